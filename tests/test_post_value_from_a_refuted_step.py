"""A row compared through a value that a refuted step gave (bench_mutants DOWNSTREAM, lead,
2026-12-07). Imathworks' Cramer-Rao question (external41) writes ``\\partial_\\theta \\ln
f = 2/\\theta - x``, then ``(\\partial_\\theta \\ln f)^2 = 4/\\theta^2 - 4x/\\theta + x^2``.
With the derivative slipped (``\\theta/2 - x``: refuted), the square - right - was refuted
too: it was compared with the slipped value squared. A row that *restates* the refuted
value is compared with what that row was compared with (``after_refuted_values``); a row
that uses it inside another expression (its square) was not. A disagreement there cannot
say which row is wrong: unchecked, naming the line. A row that follows the refuted value
keeps its proof (the mistake is reported at its own line), and after a right derivative a
wrong square is still refuted."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """# Information

Let $X$ have density $f(x|\\theta) = \\theta^2 x e^{{-\\theta x}}$ for $x > 0$, with $\\theta > 0$.

$$\\ln f(X|\\theta) = 2\\ln(\\theta) + \\ln(x) - \\theta x$$

$$\\frac{{\\partial}}{{\\partial \\theta}} \\ln f(X|\\theta) = {derivative}$$

$$\\left(\\frac{{\\partial}}{{\\partial \\theta}} \\ln f(X|\\theta)\\right)^2 = {square}$$
"""

_RIGHT = "\\frac{2}{\\theta} - x"
_SLIPPED = "\\frac{\\theta}{2} - x"
_SQUARE = "\\frac{4}{\\theta^2} - \\frac{4x}{\\theta} + x^2"


def _last_two(tmp_path, derivative: str, square: str):
    rows = rows_of_text(tmp_path, _POST.format(derivative=derivative, square=square))
    return [rows[k] for k in sorted(rows)][-2:]


def test_the_right_square_after_a_refuted_derivative_is_not_refuted(tmp_path):
    derivative, square = _last_two(tmp_path, _SLIPPED, _SQUARE)
    assert derivative.verdict == "refuted", (derivative.verdict, derivative.reason)
    assert square.verdict == "unchecked", (square.verdict, square.reason)
    assert f"line {derivative.line}" in square.reason, square.reason


def test_a_square_that_follows_the_refuted_value_keeps_its_proof(tmp_path):
    derivative, square = _last_two(tmp_path, _SLIPPED, "\\frac{\\theta^2}{4} - \\theta x + x^2")
    assert derivative.verdict == "refuted"
    assert square.verdict == "proved", (square.verdict, square.reason)


@pytest.mark.parametrize(
    "square", ["\\frac{4}{\\theta^2} + \\frac{4x}{\\theta} + x^2", "\\frac{4}{\\theta^2} + x^2"]
)
def test_after_the_right_derivative_a_wrong_square_is_refuted(tmp_path, square):
    derivative, row = _last_two(tmp_path, _RIGHT, square)
    assert derivative.verdict == "proved", (derivative.verdict, derivative.reason)
    assert row.verdict == "refuted", (row.verdict, row.reason)
