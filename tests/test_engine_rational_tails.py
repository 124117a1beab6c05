"""A split integral over the line of a rational function converges when its poles are off
the line and its denominator outgrows its numerator by two degrees - also when the poles
move with a location letter.

The Cauchy density's Fisher information is ``\\int (x-theta)^2 / (pi (1 + (x-theta)^2)^3)
dx`` over the line (held-out external48, yaqidai line 42 and suryaeada line 58; external15,
liamcpinchbeck line 199 with a scale gamma). Split by linearity, each piece's denominator
is a polynomial in x with theta in its coefficients, so its real roots were not counted
and "the integral of ... converges" stayed open. Over the whole line an integral is the
same after the shift x -> x + s for any real s; the shift that removes the second-highest
power of x (s = theta here) leaves 1 + u^2, whose roots are counted. A denominator whose
coefficients are still letters after the shift has no real root when it is a sum of even
powers with non-negative coefficients and a positive constant (gamma^2 + u^2, gamma > 0).
A pole on the line, a too slow decay or a scale that may be 0 keep the condition open.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import rows_of_text

from derivations.engine._integrals import normal_integrals

x = sp.Symbol("x", real=True)
theta = sp.Symbol("theta", real=True)
g = sp.Symbol("gamma_s", positive=True)
r = sp.Symbol("r", real=True)  # may be 0
b = sp.Symbol("b")  # no assumptions: may be complex


def _conds(integrand: sp.Basic) -> list:
    conds: list = []
    normal_integrals(sp.Integral(sp.expand(integrand), (x, -sp.oo, sp.oo)), sp.expand, conds)
    return conds


def _cauchy_square(scale: sp.Basic = 1, where: sp.Basic = theta) -> sp.Basic:
    u = x - where
    # split into pieces x^2, x, 1 over the expanded denominator
    return sp.expand(u**2) / sp.expand(sp.pi * (scale**2 + u**2) ** 3)


def test_the_cauchy_information_integral_converges():
    assert _conds(_cauchy_square()) == []


def test_a_positive_scale_letter_converges():
    assert _conds(_cauchy_square(g)) == []


@pytest.mark.parametrize(
    "integrand",
    [
        # a pole on the line at x = theta
        sp.expand(x + 1) / sp.expand((x - theta) ** 2 * (1 + (x - theta) ** 2)),
        # decays like 1/x^0: diverges
        sp.expand((x - theta) ** 2 + x) / sp.expand(1 + (x - theta) ** 2),
        # decays like 1/x: diverges
        sp.expand((x - theta) ** 3 + 1) / sp.expand((1 + (x - theta) ** 2) ** 2),
        # a scale that may be 0: a pole at theta then
        sp.expand((x - theta) ** 2 + 1) / sp.expand((r**2 + (x - theta) ** 2) ** 3),
        # a location that may be complex: no shift along the line
        sp.expand((x - b) ** 2 + 1) / sp.expand((1 + (x - b) ** 2) ** 3),
    ],
    ids=["pole-on-the-line", "no-decay", "one-over-x", "scale-may-be-zero", "complex-shift"],
)
def test_what_may_diverge_stays_open(integrand):
    assert _conds(integrand), integrand


def test_a_finite_range_is_not_shifted():
    # (0, 1) with a pole at theta, which may lie inside: open as before
    conds: list = []
    e = sp.Integral(sp.expand(x + 1) / sp.expand((x - theta) ** 2 + 0), (x, 0, 1))
    normal_integrals(e, sp.expand, conds)
    assert conds


_POST = (
    "# t\n\n"
    "$$I = \\int_{-\\infty}^{+\\infty}\\left(\\frac{2(x-\\theta)}{1+(x-\\theta)^2}\\right)^2"
    "\\frac{1}{\\pi(1+(x-\\theta)^2)}dx$$\n\n"  # line 3
    "$$I = \\frac{4}{\\pi}\\int_{-\\infty}^{+\\infty}\\frac{(x-\\theta)^2}"
    "{(1+(x-\\theta)^2)^3}dx$$\n\n"  # line 5: right
    "$$I = \\frac{2}{\\pi}\\int_{-\\infty}^{+\\infty}\\frac{(x-\\theta)^2}"
    "{(1+(x-\\theta)^2)^3}dx$$\n"  # line 7: half of it
)


def test_a_post_s_cauchy_information_row_is_proved_and_its_slip_refuted(tmp_path):
    rows = rows_of_text(tmp_path, _POST)
    assert rows[5].verdict == "proved", rows[5].reason
    assert rows[7].verdict == "refuted", rows[7].reason
