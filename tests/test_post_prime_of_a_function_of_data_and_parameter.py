r"""A prime on a function of the data and a parameter: ``p'(x_i;\theta)`` (external48, Yuqian
Liu's Cauchy score ``l'(\theta) = -\sum p'(x_i;\theta)/p(x_i;\theta)``).

The reader takes the prime by the parameter after the ``;`` or ``|`` (``l''(x|\mu)``: read by
x, a correct row was refuted). For a density ``p(x;\theta)`` the prime is as often by x: the
author's minus sign is right exactly when ``p'`` is ``\partial p/\partial x`` (for the Cauchy
density ``\partial p/\partial x = -\partial p/\partial \theta``). Which argument the prime
differentiates by is not written, so a row that fails under the reader's reading is unchecked
with the doubt, never refuted; a row that holds under it is still proved. A prime on a function
of one argument is read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """# Score

$p(x;\\theta) = \\frac{{1}}{{\\pi [1 + (x-\\theta)^2]}}$

$$l(\\theta) = \\sum_{{i=1}}^n \\log p(x_i;\\theta)$$

$${row}$$
"""

_BY_X = "l'(\\theta) = - \\sum_{i=1}^n \\frac{p'(x_i;\\theta)}{p(x_i;\\theta)}"
_BY_THETA = "l'(\\theta) = \\sum_{i=1}^n \\frac{p'(x_i;\\theta)}{p(x_i;\\theta)}"
_WRONG_EITHER_WAY = "l'(\\theta) = 2\\sum_{i=1}^n \\frac{p'(x_i;\\theta)}{p(x_i;\\theta)}"


@pytest.mark.parametrize("sep", [";", "|"])
def test_a_row_right_when_the_prime_is_by_x_is_not_refuted(tmp_path, sep):
    rows = rows_of_text(tmp_path, _POST.format(row=_BY_X).replace(";", sep))
    assert rows[7].verdict == "unchecked"
    assert "prime" in rows[7].reason


@pytest.mark.parametrize("sep", [";", "|"])
def test_a_row_right_when_the_prime_is_by_the_parameter_is_proved(tmp_path, sep):
    rows = rows_of_text(tmp_path, _POST.format(row=_BY_THETA).replace(";", sep))
    assert rows[7].verdict == "proved"


def test_a_row_wrong_under_both_readings_is_not_proved(tmp_path):
    rows = rows_of_text(tmp_path, _POST.format(row=_WRONG_EITHER_WAY))
    assert rows[7].verdict != "proved"


_ONE_ARGUMENT = """# One argument

$$f(x) = x^3$$

$$f'(x) = {value}$$
"""


@pytest.mark.parametrize(("value", "verdict"), [("3x^2", "proved"), ("2x^2", "refuted")])
def test_a_prime_on_a_function_of_one_argument_is_read_as_before(tmp_path, value, verdict):
    rows = rows_of_text(tmp_path, _ONE_ARGUMENT.format(value=value))
    assert rows[5].verdict == verdict


_AFTER_A_REFUTED_ROW = """# Score after a slip

$p(x;\\theta) = \\frac{{1}}{{\\pi [1 + (x-\\theta)^2]}}$

$$l(\\theta) = \\sum_{{i=1}}^n \\log p(x_i;\\theta)$$

$$l(\\theta) = - n \\log \\pi - \\sum_{{i=1}}^n \\log [1 + (\\theta - x_i)^4]$$

$${row}$$
"""


def test_the_second_look_after_a_refuted_row_keeps_the_doubt(tmp_path):
    # line 7 is refuted (a 4 for the 2); the score is then compared again with line 5's value,
    # and that comparison too rests on the prime's reading: unchecked, never refuted
    rows = rows_of_text(tmp_path, _AFTER_A_REFUTED_ROW.format(row=_BY_X))
    assert rows[7].verdict == "refuted"
    assert rows[9].verdict != "refuted"
    rows = rows_of_text(tmp_path, _AFTER_A_REFUTED_ROW.format(row=_BY_THETA))
    assert rows[9].verdict == "proved"
