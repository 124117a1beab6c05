"""A row after a row only taken as given is not refuted for disagreeing with it.

Held-out batch 20 (techqa-inverse-gamma line 39; repro19 inverse-gamma-posterior-sign-
slip-given-next-row): ``P(X|\\sigma^2) p(\\sigma^2)`` has no value in the post (its model
line is unparsed), so the next row, which gives it one, is "given" - here with the normal
density's minus sign dropped (wrong) - and the right kernel after it was refuted as not
following. A disagreement with a row that was never checked cannot say which row is wrong:
"does not follow from the row above, which was taken as given". A definition the post
makes (``\\ell(\\mu) = ...``) still counts.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

HERE = Path(__file__).parent


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def _chain(given: str, last: str, rel: str = "=") -> str:
    return (
        "The posterior:\n$$\n\\begin{aligned}\n"
        "q(\\lambda | y) &= P(y | \\lambda) g(\\lambda) \\\\\n"
        f"&= {given} \\\\\n&{rel} {last}\n\\end{{aligned}}\n$$\n"
    )


RIGHT_VALUE = "e^{-\\lambda} \\lambda^{y} e^{-b \\lambda}"
SLIPPED_VALUE = "e^{\\lambda} \\lambda^{y} e^{-b \\lambda}"
RIGHT_NEXT = "\\lambda^{y} e^{-(1 + b) \\lambda}"
WRONG_NEXT = "\\lambda^{y} e^{-(2 + b) \\lambda}"


def test_the_right_row_after_a_given_slip_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, _chain(SLIPPED_VALUE, RIGHT_NEXT))
    last = rows[max(rows)]
    assert last.verdict != "refuted", last.reason
    rows = _rows(tmp_path, _chain(SLIPPED_VALUE, RIGHT_NEXT, "\\propto"))
    assert rows[max(rows)].verdict != "refuted", rows[max(rows)].reason


def test_the_wrong_twin_after_a_right_given_row_is_not_proved(tmp_path):
    for rel in ("=", "\\propto"):
        rows = _rows(tmp_path, _chain(RIGHT_VALUE, WRONG_NEXT, rel))
        assert rows[max(rows)].verdict != "proved", rows[max(rows)].reason


def test_the_right_row_after_a_right_given_row_is_proved(tmp_path):
    rows = _rows(tmp_path, _chain(RIGHT_VALUE, RIGHT_NEXT))
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason


def test_a_definition_the_post_makes_still_counts(tmp_path):
    """``\\ell(\\lambda) = ...`` is the post's definition: the row after it is compared."""
    body = (
        "$$\n\\begin{aligned}\n\\ell(\\lambda) &= -n\\lambda + S \\log \\lambda \\\\\n"
        "&= -n\\lambda + 2 S \\log \\lambda\n\\end{aligned}\n$$\n"
    )
    rows = _rows(tmp_path, body)
    assert rows[max(rows)].verdict == "refuted", rows[max(rows)].reason


def test_the_repro_row_is_not_refuted():
    post = (
        HERE / "posts/incoming/repro19/inverse-gamma-posterior-sign-slip-given-next-row-refuted.md"
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[15].verdict != "refuted", rows[15].reason


def _named_law(root: str) -> str:
    """statproofbook linreg lines 33-35: the given row is a named law the reader writes out."""
    return (
        "$$\n\\begin{split}\n"
        "p(y|\\mu,\\sigma^2) &= \\prod_{i=1}^n p(y_i|\\mu,\\sigma^2) \\\\\n"
        "&= \\prod_{i=1}^n \\mathcal{N}(y_i; \\mu, \\sigma^2) \\\\\n"
        f"&= \\prod_{{i=1}}^n \\frac{{1}}{{\\sqrt{{{root}}}}} \\cdot \\exp \\left[ "
        "-\\frac{(y_i - \\mu)^2}{2 \\sigma^2} \\right]\n"
        "\\end{split}\n$$\n"
    )


def test_after_a_named_law_taken_as_given_a_slip_is_still_refuted(tmp_path):
    """The author wrote no formula in ``\\prod \\mathcal{N}(y_i; \\mu, \\sigma^2)``: a row that
    disagrees with it is wrong (sigma for sigma^2), and still refuted."""
    wrong = _rows(tmp_path, _named_law("2 \\pi \\sigma"))
    assert wrong[max(wrong)].verdict == "refuted", wrong[max(wrong)].reason
    right = _rows(tmp_path, _named_law("2 \\pi \\sigma^2"))
    assert right[max(right)].verdict not in ("refuted", "unparsed"), right[max(right)].reason
