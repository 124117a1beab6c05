"""A range beside a definition that the reader cannot use must not leave the formula as the
value everywhere (adversarial set 12, pairs 190, 192, 18): a Unicode sign (``x ≥ 0``), a
range over two variables (``0 < x < 1, \\; 0 < y < 1``), a condition on ``|x|`` in cases.
The value is unknown off the points the line leaves free: a false value at a number outside
is not proved, and the correct one is not refuted."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._trailing_range import trailing_range
from derivations.post._unread_range import RELATION_SIGNS, ascii_relations

_UNICODE_GE = (
    "Let\n\n$$f(x) = 2e^{-2x}, \\quad x ≥ 0$$\n\n"
    "and $f(x) = 0$ for every other $x$. Then\n\n$$ROW$$\n"
)
_TWO_VARS = (
    "Let\n\n$$p(x, y) = x + y, \\quad 0 < x < 1, \\; 0 < y < 1$$\n\n"
    "and $p(x, y) = 0$ for every other $(x, y)$. Then\n\n$$ROW$$\n"
)
_ABS_CASES = (
    "Let\n\n$$g(x) = \\begin{cases} 1 - |x| & |x| \\le 1 \\\\ 0 & \\text{otherwise} "
    "\\end{cases}$$\n\nThen\n\n$$ROW$$\n"
)
# my own shapes: a Unicode sign in cases; a condition on a square the reader does not read;
# a range over two variables written by cases
_UNICODE_CASES = (
    "Let\n\n$$h(s) = \\begin{cases} s^2 & s ≤ 3 \\\\ 0 & \\text{otherwise} \\end{cases}$$"
    "\n\nThen\n\n$$ROW$$\n"
)
_SQUARE_RANGE = (
    "Let\n\n$$q(t) = 3t \\text{ for } t^2 < 1$$\n\nand $q(t) = 0$ for every other $t$. "
    "Then\n\n$$ROW$$\n"
)

_PARAMETER_RANGE = (
    "Let\n\n$$f(x) = \\theta x, \\quad \\theta > 0$$\n\nfor every real $x$. Then\n\n$$ROW$$\n"
)

PAIRS = [
    (_UNICODE_GE, "f(-1) = 2e^{2}", "f(-1) = 0"),
    (
        _TWO_VARS,
        "p\\left(2, \\frac{1}{2}\\right) = \\frac{5}{2}",
        "p\\left(2, \\frac{1}{2}\\right) = 0",
    ),
    (_ABS_CASES, "g(2) = -1", "g(2) = 0"),
    (_UNICODE_CASES, "h(5) = 25", "h(5) = 0"),
    (_SQUARE_RANGE, "q(4) = 12", "q(4) = 0"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_value_off_an_unread_range_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_correct_value_off_the_range_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_parameter_range_leaves_the_formula_everywhere(tmp_path):
    # the range bounds theta, not f's variable: the formula is the value at -1 too
    right = _PARAMETER_RANGE.replace("ROW", "f(-1) = -\\theta")
    assert verdict_of_row(tmp_path, right, "f(-1) = -\\theta") == "proved"
    wrong = _PARAMETER_RANGE.replace("ROW", "f(-1) = \\theta")
    assert verdict_of_row(tmp_path, wrong, "f(-1) = \\theta") != "proved"


def test_inside_a_readable_unicode_range_the_formula_still_holds(tmp_path):
    post = _UNICODE_GE.replace("ROW", "f(1) = 2e^{-2}")
    assert verdict_of_row(tmp_path, post, "f(1) = 2e^{-2}") == "proved"
    wrong = _UNICODE_GE.replace("ROW", "f(1) = 2e^{2}")
    assert verdict_of_row(tmp_path, wrong, "f(1) = 2e^{2}") != "proved"


@pytest.mark.parametrize("sign", sorted(RELATION_SIGNS))
def test_every_unicode_relation_sign_makes_a_range(sign):
    text = f"f(x) = 2x, \\quad x {sign} 0"
    assert trailing_range(text) is not None
    assert sign not in ascii_relations(text)


def test_a_range_of_several_parts_is_still_a_range():
    # returned whole, so the caller fails closed instead of taking the formula everywhere
    assert trailing_range("p(x, y) = x + y, \\quad 0 < x < 1, \\; 0 < y < 1") is not None
