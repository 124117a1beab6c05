"""A display definition with its range beside it (``f(x) = \\lambda e^{-\\lambda x}, \\quad
x \\ge 0``, ``G(x) = 2x \\text{ for } 0 < x < 1``) gives the function that value on the range
only. Beyond it the row says nothing, so a line that reads the function there
(``f(-1)``, ``\\int_{-1}^{1} f``) is not proved by the formula, nor refuted by it: taking the
formula everywhere proved ``f(-1) = \\lambda e^{\\lambda}`` and refuted the correct
``\\int_{-1}^{1} f = 1 - e^{-\\lambda}`` (adversarial set 11, pairs 67-69, 176, 177, 192-195).
Inside the range, and at the samples of a likelihood, the formula is still the value."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_EXP = (
    "The density is\n\n$$f(x) = \\lambda e^{-\\lambda x}, \\quad x \\ge 0$$\n\n"
    "with $\\lambda > 0$. Then\n\n$$ROW$$\n"
)
_WORDS = "Let\n\n$$G(t) = 2t \\text{ for } 0 < t < 1$$\n\nThen\n\n$$ROW$$\n"
_COMMA = "Let\n\n$$h(u) = 3u^2, 0 \\le u \\le 1.$$\n\nThen\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (_EXP, "f(-1) = \\lambda e^{\\lambda}"),
        (_EXP, "\\int_{-1}^{1} f(x)\\,dx = e^{\\lambda} - e^{-\\lambda}"),
        (_WORDS, "G(3) = 6"),
        (_WORDS, "\\int_0^2 G(t)\\,dt = 4"),
        (_COMMA, "h(2) = 12"),
    ],
)
def test_beyond_its_range_the_formula_proves_nothing(tmp_path, body, wrong):
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(
    ("body", "right"),
    [
        (_EXP, "\\int_{-1}^{1} f(x)\\,dx = 1 - e^{-\\lambda}"),
        (_WORDS, "\\int_0^2 G(t)\\,dt = 1"),
        (_COMMA, "h(2) = 0"),
    ],
)
def test_beyond_its_range_a_value_the_post_may_mean_is_not_refuted(tmp_path, body, right):
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"


@pytest.mark.parametrize(
    ("body", "right", "wrong"),
    [
        (_EXP, "f(1) = \\lambda e^{-\\lambda}", "f(1) = \\lambda e^{\\lambda}"),
        (_WORDS, "G(\\frac{1}{2}) = 1", "G(\\frac{1}{2}) = 2"),
        (_COMMA, "\\int_0^1 h(u)\\,du = 1", "\\int_0^1 h(u)\\,du = 3"),
    ],
)
def test_inside_its_range_the_formula_is_checked(tmp_path, body, right, wrong):
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) == "refuted"


def test_the_likelihood_of_samples_still_uses_the_formula(tmp_path):
    row = "L(\\lambda) = \\prod_{i=1}^n f(x_i) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i}"
    assert verdict_of_row(tmp_path, _EXP.replace("ROW", row), row) == "proved"


def test_an_integral_inside_the_range_is_compared(tmp_path):
    # (sympy's simplify worked the integral out but left lambda*(1/lambda - e^-lambda/lambda)
    # unexpanded, so this row was only plausible until 2026-12-03)
    right = "\\int_{0}^{1} f(x)\\,dx = 1 - e^{-\\lambda}"
    wrong = "\\int_{0}^{1} f(x)\\,dx = 1"
    assert verdict_of_row(tmp_path, _EXP.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, _EXP.replace("ROW", wrong), wrong) == "refuted"
