"""``\\log(x^2) = 2\\log|x|`` for a real x (``._normal._split_log``, ``._domains._holds``).

Adversarial set 38's 12-true and 45-true ("sigma can be negative": ``\\log(\\sigma^2) =
2\\log|\\sigma|``) stayed plausible: the log of an even power was split only for a positive
base, and the condition ``|\\sigma| > 0`` the written line needs was not read off the line
above's ``\\sigma^2 > 0``. An even power of a real base is ``|b|^k``, whose log is
``k \\log|b|`` wherever either side is defined; ``|b| > 0`` is ``b \\ne 0``.

Properties: the right rows are proved for a letter that may be negative; the rows that drop
the absolute value, use an odd power, or change the factor are never proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_SAID = "Here $x$ is a real number that may be negative, and $x \\neq 0$.\n\n"

_RIGHT = [
    r"\log(x^2) = 2\log|x|",
    r"\log(x^4) = 4 \log|x|",
    r"\log\left(\frac{1}{x^2}\right) = -2\log|x|",
    r"\log(3 x^2) = \log 3 + 2 \log|x|",
]

_NOT_PROVED = [
    r"\log(x^2) = 2\log x",
    r"\log(x^2) = \log|x|",
    r"\log(x^4) = 2 \log|x|",
    r"\log|x^3| = 3 \log x",
]


@pytest.mark.parametrize("row", _RIGHT)
def test_the_log_of_an_even_power_of_a_real_letter_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, f"{_SAID}$${row}$$\n", row) == "proved"


@pytest.mark.parametrize("row", _NOT_PROVED)
def test_without_the_absolute_value_or_with_another_factor_it_is_not(tmp_path, row):
    assert verdict_of_row(tmp_path, f"{_SAID}$${row}$$\n", row) != "proved"


def test_a_positive_letter_needs_no_absolute_value(tmp_path):
    body = "Let $\\sigma > 0$.\n\n$$\\log(\\sigma^2) = 2\\log\\sigma$$\n"
    assert verdict_of_row(tmp_path, body, r"\log(\sigma^2) = 2\log\sigma") == "proved"
