"""``A = B = 0``: the zero at the end of a chain is read as a first-order condition (the
derivative set to zero, a premise taken as given) - and a row whose other links are proved
stays proved. Without a derivative, a score or words that set something to zero, the zero
is as likely a claim: the lead's probe of 2026-12-07 had ``\\operatorname{Var}(X) =
E[X^2] - E[X]^2 = 0`` for an exponential X **proved** ("OK: every row is proved") though the
variance is ``1/\\lambda^2``. Such a zero is now unchecked, naming the doubt: the row is not
proved, and never refuted (the zero may be a condition the post solves)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_EXP = (
    "# Exponential\n\nLet $X \\sim \\mathrm{Exp}(\\lambda)$ with density $f(x \\mid \\lambda) = "
    "\\lambda e^{-\\lambda x}$, $x \\ge 0$.\n\n$$E[X] = \\frac{1}{\\lambda}$$\n\n"
    "$$E[X^2] = \\frac{2}{\\lambda^2}$$\n\n$$ROW$$\n"
)
_SQUARES = (
    "# Data\n\nLet $x_1, \\dots, x_n$ be the data and $\\bar x = \\frac{1}{n}\\sum_{i=1}^n x_i$."
    "\n\n$$ROW$$\n"
)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (_EXP, "\\operatorname{Var}(X) = E[X^2] - E[X]^2 = 0"),
        (_SQUARES, "\\sum_{i=1}^n (x_i - \\bar x)^2 = \\sum_{i=1}^n x_i^2 - n\\bar x^2 = 0"),
    ],
    ids=["variance", "sum-of-squares"],
)
def test_a_false_zero_at_the_end_of_a_chain_is_not_proved(tmp_path, body, row):
    assert verdict_of_row(tmp_path, body.replace("ROW", row), row) not in ("proved", "plausible")


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (_EXP, "E[X^2] - 2E[X]^2 = \\frac{2}{\\lambda^2} - \\frac{2}{\\lambda^2} = 0"),
        (_SQUARES, "\\sum_{i=1}^n (x_i - \\bar x) = \\sum_{i=1}^n x_i - n\\bar x = 0"),
    ],
    ids=["moments", "deviations"],
)
def test_a_true_zero_at_the_end_of_a_chain_is_not_refuted(tmp_path, body, row):
    assert verdict_of_row(tmp_path, body.replace("ROW", row), row) != "refuted"


_SCORE = (
    "# Normal mean\n\nThe log-likelihood is\n\n$$\\ell(\\mu) = -\\frac{1}{2\\sigma^2}"
    "\\sum_{i=1}^n (x_i - \\mu)^2$$\n\nSetting its derivative to zero:\n\n$$ROW$$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "\\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^n (x_i - \\mu) = 0",
        "\\ell'(\\mu) = \\frac{1}{\\sigma^2}\\sum_{i=1}^n (x_i - \\mu) = 0",
    ],
    ids=["partial", "prime"],
)
def test_a_derivative_set_to_zero_in_a_chain_is_still_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _SCORE.replace("ROW", row), row) == "proved"
