"""A row ``R = 0`` that holds for every sample is an identity the post states, not an
equation to solve.

Probe of 2026-12-05 (evening), written before the fix: after "with mean $\\bar x =
\\frac{1}{n}\\sum_{i=1}^n x_i$", the row ``sum_i (x_i - \\bar x) = 0`` was "unrelated: an
equation that no row above leads to", and the next row, ``sum_i (x_i - \\bar x)^2 = sum_i
x_i^2 - n \\bar x^2``, "unchecked: the previous equation is an identity" - so its wrong
twin (``- \\bar x^2``) was not caught either. An equation that does not hold identically
(an estimating equation in a parameter) is still never compared as an identity.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

MEAN = "For numbers $x_1, \\dots, x_n$ with mean $\\bar x = \\frac{1}{n}\\sum_{i=1}^n x_i$:\n\n"
ZERO = "$$\\sum_{i=1}^n (x_i - \\bar x) = 0.$$\n\n"
SQUARES = "$$\\sum_{i=1}^n (x_i - \\bar x)^2 = \\sum_{i=1}^n x_i^2 - n\\bar x^2.$$\n"


def test_a_sum_that_vanishes_for_every_sample_is_proved(tmp_path):
    assert verdict_of_row(tmp_path, MEAN + ZERO + SQUARES, "(x_i - \\bar x) = 0") == "proved"


@pytest.mark.parametrize("zero", [ZERO, ZERO.replace("(x_i - \\bar x) = 0", "0 = (x_i - \\bar x)")])
def test_the_row_after_it_is_checked_on_its_own(tmp_path, zero):
    assert verdict_of_row(tmp_path, MEAN + zero + SQUARES, "n\\bar x^2") == "proved"
    wrong = SQUARES.replace("- n\\bar x^2", "- \\bar x^2")
    assert verdict_of_row(tmp_path, MEAN + zero + wrong, "- \\bar x^2") == "refuted"


@pytest.mark.parametrize(
    "row",
    [
        "$$\\sum_{i=1}^n (x_i - \\mu) = 0.$$\n",  # an estimating equation in mu
        "$$\\sum_{i=1}^n (x_i - \\bar x)^2 = 0.$$\n",  # holds for constant samples only
    ],
)
def test_an_equation_that_does_not_hold_identically_is_not_refuted(tmp_path, row):
    assert verdict_of_row(tmp_path, MEAN + row, "= 0") not in ("refuted", "proved")


@pytest.mark.parametrize(
    "body",
    [
        # a value the prose negates, and one it takes back: never an identity by them
        "In general $x \\ne y$; it is not true that $x = y$. For reals $x, y$:\n\n"
        "$$(x - y)^2 = 0$$\n",
        "Suppose $x = 1$. Then $\\log x = 0$. Now take any $x > 0$:\n\n$$\\log(x^2) = 0$$\n",
    ],
)
def test_a_letter_set_in_the_prose_does_not_make_an_identity(tmp_path, body):
    """The first version of the fix read these rows as identities under x = y and x = 1 and
    proved them (adversarial sets 12, 82 and 13, 09; caught by the CI dry run)."""
    assert verdict_of_row(tmp_path, body, "= 0$$") != "proved"
