"""An inline formula that is a relation sign alone is a word of the sentence, not a row.

"where $>$ ..." and "Posterior $\\propto$ Likelihood $\\times$ Prior." (held-out external3,
external8, external31) were rows, each "unparsed: a side of a relation is empty". A sign
with nothing on either side claims nothing; a formula with something beside its sign is a
row as before, and a display that is a sign alone is left to the row semantics.
"""

from __future__ import annotations

from derivations.post._extract import extract, split_front_matter


def _rows(body: str) -> list:
    text = "---\ntitle: t\n---\n" + body
    rows, _ = extract(split_front_matter(text)[1])
    return [r.text.strip() for r in rows if r.role == "row"]


DISPLAY = "$$\\ell(\\theta) = n \\log \\theta$$\n\n"


def test_a_sign_alone_in_a_sentence_is_no_row():
    for sign in (">", "\\propto", "\\le", "=", "\\Rightarrow", "\\; < \\;"):
        body = DISPLAY + f"Posterior ${sign}$ Likelihood $\\times$ Prior.\n"
        assert _rows(body) == ["\\ell(\\theta) = n \\log \\theta"], sign
        lines = f"MAP maximizes it.\nPosterior ${sign}$ Likelihood $\\times$ Prior.\nIt is $a^s$.\n"
        assert _rows(DISPLAY + lines) == ["\\ell(\\theta) = n \\log \\theta"], sign
        assert _rows(DISPLAY + f"where ${sign}$\n\nI know.\n") == [
            "\\ell(\\theta) = n \\log \\theta"
        ], sign


def test_a_sign_with_something_beside_it_is_still_a_row():
    body = DISPLAY + "$$\\hat\\theta = 2$$\n\nand so\n\n$x > 0$\n"
    assert "x > 0" in _rows(body)


def test_a_display_that_is_a_sign_alone_is_kept():
    body = DISPLAY + "$$\\Leftrightarrow$$\n\n$$\\theta = 1$$\n"
    assert "\\Leftrightarrow" in _rows(body)
