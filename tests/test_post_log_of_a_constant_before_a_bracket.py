"""``\\log\\pi(1+(x-\\theta)^2)``: the log of pi times the bracket, or the log of the product?
(held-out batch 54: the answer to a Mathematics Stack Exchange question on the Cauchy location
family, line 30, ``log f_X(x;\\theta) = (-1)\\log\\pi(1+(x-\\theta)^2) = (-1)[\\log \\pi +
\\log(1+(x-\\theta)^2)]``: its next link says the author means the log of the product.)

A function takes the one factor after it, so the reader read ``\\log(\\pi)(1 + ...)`` and found a
counterexample to a correct row; only a range of x stated on the line before kept it from a
refutation. The bracket after the log of a constant is written for both (``._reading_doubts``,
``\\log a b`` for letters): the row is read both ways and never refuted on the one reading.

Properties: the correct row is not refuted; a row false under both readings is never proved;
with the bracket the author writes around the constant (``\\log(\\pi)(...)``) there is no doubt,
and the false row is refuted as before."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_F = "$$f(x;\\theta)=\\frac{1}{\\pi(1+(x-\\theta)^2)}$$\n\n"


def _row(tmp_path, row: str):
    return rows_of_text(tmp_path, "---\ntitle: t\n---\n\n" + _F + f"$${row}$$\n")[7]


@pytest.mark.parametrize(
    "row",
    [
        r"\log f(x;\theta) = -\log\pi(1+(x-\theta)^2)",
        r"\log f(x;\theta) = (-1)\log\pi(1+(x-\theta)^2)",
        r"\log f(x;\theta) = -\log\pi\left(1+(x-\theta)^2\right)",
    ],
)
def test_the_log_of_the_product_is_not_refuted(tmp_path, row):
    assert _row(tmp_path, row).verdict != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"\log f(x;\theta) = \log\pi(1+(x-\theta)^2)",
        r"\log f(x;\theta) = -\log\pi(2+(x-\theta)^2)",
    ],
)
def test_a_row_false_both_ways_is_never_proved(tmp_path, row):
    assert _row(tmp_path, row).verdict != "proved"


def test_with_the_bracket_written_the_product_is_read_and_refuted(tmp_path):
    assert _row(tmp_path, r"\log f(x;\theta) = -\log(\pi)(1+(x-\theta)^2)").verdict == "refuted"
