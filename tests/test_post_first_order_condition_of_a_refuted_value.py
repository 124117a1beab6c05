"""A first-order condition whose derivative takes its value from a refuted row (lead's probe
p11, 2026-12-07). ``\\ell'(\\lambda) = n/\\lambda^2 - \\sum x_i`` is refuted; the next rows set
``\\ell'(\\lambda) = 0`` (given: the method's step) and solve it, ``\\hat\\lambda = n / \\sum x_i``
- the right estimate, refuted because it does not solve the wrong derivative's equation.
When the condition is on the derivative's own row (``= n/\\lambda^2 - \\sum x_i = 0``) the
second look already left the estimate unchecked; set to zero on a row of its own, it did
not. A disagreement with an equation whose value comes from a refuted row cannot say which
row is wrong."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """# Exponential MLE

$$\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_{{i=1}}^n x_i$$

$$\\ell'(\\lambda) = {derivative}$$

Setting the derivative to zero:

$$\\ell'(\\lambda) = 0$$

$$\\hat\\lambda = {estimate}$$
"""

_RIGHT = "\\frac{n}{\\lambda} - \\sum_{i=1}^n x_i"
_WRONG = "\\frac{n}{\\lambda^2} - \\sum_{i=1}^n x_i"


def _rows(tmp_path, derivative: str, estimate: str):
    rows = rows_of_text(tmp_path, _POST.format(derivative=derivative, estimate=estimate))
    return [rows[k] for k in sorted(rows)]


def test_the_right_estimate_after_a_refuted_derivative_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, _WRONG, "\\frac{n}{\\sum_{i=1}^n x_i}")
    assert rows[1].verdict == "refuted", (rows[1].verdict, rows[1].reason)
    assert rows[-1].verdict == "unchecked", (rows[-1].verdict, rows[-1].reason)
    assert f"line {rows[1].line}" in rows[-1].reason, rows[-1].reason


@pytest.mark.parametrize(
    "estimate",
    ["\\frac{n}{\\sum_{i=1}^n x_i}", "\\frac{1}{\\bar x}"],
)
def test_after_the_right_derivative_the_estimate_is_proved(tmp_path, estimate):
    rows = _rows(tmp_path, _RIGHT, estimate)
    assert rows[-1].verdict == "proved", (rows[-1].verdict, rows[-1].reason)


def test_after_the_right_derivative_a_wrong_estimate_is_refuted(tmp_path):
    rows = _rows(tmp_path, _RIGHT, "\\frac{n - 1}{\\sum_{i=1}^n x_i}")
    assert rows[-1].verdict == "refuted", (rows[-1].verdict, rows[-1].reason)
