"""A chain of inline formulas, one to a line, whose first line is the left side alone
(``>$\\Gamma(x)\\cdot\\Gamma(y)$`` then ``>$=\\int_0^\\infty ...$``: a Jekyll blog written with
single dollars only, held-out batch 51, mjtsai's beta post lines 49-50). The left side was no
row (it is no paragraph of its own: a quote marker and the next line touch it), so the row
``=...`` after it went on from the row above it (``\\beta(x,y) = ...``) and a correct row was
refuted. A formula with no relation alone on its line, right before a line whose formula opens
with a relation sign, is the chain's first row, as a bare display row is. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

# (a row above that the chain is not about, the left side, a right side that holds, one that does not)
_CASES = [
    (r"c=\frac{a}{b}", r"a\cdot b", r"b\cdot a", r"a+b"),
    (r"g(t)=t^2", r"(x+1)^2", r"x^2+2x+1", r"x^2+1"),
    (
        r"B(x,y)=\frac{\Gamma(x)\Gamma(y)}{\Gamma(x+y)}",
        r"\Gamma(x)\cdot\Gamma(y)",
        r"\Gamma(y)\cdot\Gamma(x)",
        r"\Gamma(x+y)",
    ),
]


def _post(above: str, left: str, right: str) -> str:
    return f"---\ntitle: t\n---\n\n>${above}$ by definition  \n>\n>proof:  \n>${left}$  \n>$={right}$  \n"


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_the_row_after_a_left_side_line_goes_on_from_it(tmp_path, above, left, right, false):
    rows = rows_of_text(tmp_path, _post(above, left, right))
    assert rows[9].verdict == "proved"


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_a_false_row_after_a_left_side_line_is_never_proved(tmp_path, above, left, right, false):
    rows = rows_of_text(tmp_path, _post(above, left, false))
    assert rows[9].verdict != "proved"


def test_a_formula_in_a_sentence_is_no_left_side(tmp_path):
    # the formula shares its line with words: prose, as before (the "=" row goes on from above)
    body = "---\ntitle: t\n---\n\n>$a=2$  \n>we now look at $b$ here  \n>$=2$  \n"
    rows = rows_of_text(tmp_path, body)
    assert 6 not in rows or rows[6].verdict != "proved"
