"""Adversarial set 15, pair 87, and set 14's 76: a definition by cases whose condition holds
a parameter, read at a point that is a multiple of it.

``f(x) = \\begin{cases} 2x/\\theta^2 & 0 < x < \\theta \\\\ 0 & \\text{otherwise}
\\end{cases}``, then ``f(2\\theta) = 4/\\theta``: the value on the range was taken at a
point outside it - a condition with a letter in it was read as "a point the line leaves
free" (``f(x_i)`` in a likelihood), though the letter is the parameter and the condition
is decided by its sign (``2\\theta < \\theta`` is false for ``\\theta > 0``). A condition
the declared signs decide picks its piece.

Pairs of our own (other densities, points below and above the range): the wrong twin must
not be proved, the correct twin must not be refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_CUBIC = (
    "For $\\beta > 0$ let\n\n"
    "$$g(y) = \\begin{cases} 3y^2/\\beta^3 & 0 < y < \\beta \\\\ 0 & \\text{otherwise} "
    "\\end{cases}$$\n\nThen\n\n$$ROW$$\n"
)
_SHIFTED = (
    "For $a > 0$ the density of the shifted exponential is\n\n"
    "$$h(t) = \\begin{cases} e^{-(t - a)} & t > a \\\\ 0 & \\text{otherwise} "
    "\\end{cases}$$\n\nBelow the shift,\n\n$$ROW$$\n"
)

PAIRS = [
    (_CUBIC, "g(3\\beta) = \\frac{27}{\\beta}", "g(3\\beta) = 0"),
    (_CUBIC, "g(\\beta / 2) = 0", "g(\\beta / 2) = \\frac{3}{4\\beta}"),
    (_SHIFTED, "h(a/2) = e^{a/2}", "h(a/2) = 0"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_value_off_the_range_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_value_the_cases_give_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_free_point_is_still_read_on_the_range(tmp_path):
    """``g(y_1)`` at a data point the line leaves free keeps the value on the range."""
    row = "g(y_1) = \\frac{3 y_1^2}{\\beta^3}"
    assert verdict_of_row(tmp_path, _CUBIC.replace("ROW", row), row) != "refuted"
