"""The left side of an inline chain, alone on its line, in a post that also has display math
(held-out batch 54: a Mathematics Stack Exchange question on the Cauchy location family,
mirrored by math.techqa.club, lines 17-21). The asker writes the score as one inline chain,
then ``$\\frac{\\partial^2}{\\partial\\theta^2}\\log f(x;\\theta)$`` alone on a line and
``$=2\\frac{...}{...}$`` rows under it; the answer below has a display. The lone left side is
made the chain's first row only in posts without display math (test_post_inline_left_side_line,
batch 51), so here it was dropped, the ``=`` row went on from the score's chain above, and the
correct quotient-rule row was compared with the first derivative: a counterexample, kept from
a refutation only by a range of x the answer happens to state.

Properties: with display math anywhere in the post, the row after a lone left-side line goes on
from that line (a row true of it is proved, whatever the row above says), a false one is never
proved, and a formula that shares its line with words is still no left side."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

# (a chain above that the next chain is not about, the left side, a right side that holds
# for it, one that does not)
_CASES = [
    (r"g(t)=t^2=t\cdot t", r"(x+1)^2", r"x^2+2x+1", r"x^2+1"),
    (
        r"\frac{d}{dt}t^3 =3t^2",
        r"\frac{d^2}{dt^2}t^3",
        r"6t",
        r"3t^2",
    ),
    (r"c=\frac{a}{b}", r"a\cdot b", r"b\cdot a", r"a+b"),
]

_DISPLAY = (
    "\n\nAn answer below.\n\n$$ \\begin{aligned} u &= v + 1 \\\\ &= 1 + v \\end{aligned} $$\n"
)


def _post(above: str, left: str, right: str, display: str = _DISPLAY) -> str:
    return f"---\ntitle: t\n---\n\n${above}$\nNow\n${left}$\n$={right}$\n" + display


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_the_row_after_a_left_side_line_goes_on_from_it_beside_a_display(
    tmp_path, above, left, right, false
):
    rows = rows_of_text(tmp_path, _post(above, left, right))
    assert rows[8].verdict == "proved", rows[8].reason


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_a_false_row_after_a_left_side_line_beside_a_display_is_never_proved(
    tmp_path, above, left, right, false
):
    rows = rows_of_text(tmp_path, _post(above, left, false))
    assert rows[8].verdict != "proved"


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_without_the_display_the_reading_is_the_same(tmp_path, above, left, right, false):
    # the property does not depend on the display: batch 51's reading, now the only one
    rows = rows_of_text(tmp_path, _post(above, left, right, display="\n"))
    assert rows[8].verdict == "proved", rows[8].reason


def test_a_formula_in_a_sentence_is_no_left_side_beside_a_display(tmp_path):
    body = f"---\ntitle: t\n---\n\n$a=2$\nwe now look at $b$ here\n$=2$\n{_DISPLAY}"
    rows = rows_of_text(tmp_path, body)
    # the words' line is no row, so it is no left side of the "=" row either
    assert 6 not in rows or rows[6].verdict != "proved"
