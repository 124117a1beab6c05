"""A row with a condition beside its equation is no equation the next rows solve
(adversarial set 10, pair 17).

``|x| = x \\text{ if } x > 0`` holds where x > 0: an identity there, not an equation in x.
Taken as an equation no row leads to, the next row ``|x|^3 = x^3`` (claimed "for every real
x") was "proved: equation equivalent to the one above". A headless equation without a
condition is still continued as an equation.
"""

from __future__ import annotations

from derivations.post import check_post


def last_row(tmp_path, first: str, second: str):
    post = tmp_path / "post.md"
    post.write_text(
        f"For a real $x$,\n\n$${first}$$\n\nand, for every real $x$,\n\n$${second}$$\n",
        encoding="utf-8",
    )
    return check_post(post, jobs=1).rows[-1]


def test_a_conditioned_row_is_not_continued_as_an_equation(tmp_path):
    row = last_row(tmp_path, r"|x| = x \text{ if } x > 0", r"|x|^3 = x^3")
    assert row.verdict != "proved"
    assert "equation that follows" not in row.how and "equation equivalent" not in row.how


def test_a_headless_equation_is_still_continued(tmp_path):
    # without the condition, |x| = x is an equation in x, and |x|^3 = x^3 one that follows
    # from it (an equation step; lead22: read as an implication unless \iff is written)
    row = last_row(tmp_path, r"|x| = x", r"|x|^3 = x^3")
    assert "equation that follows from the one above" in row.how
