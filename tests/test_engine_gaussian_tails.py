"""A split integral over the line converges when a Gaussian tail with a parameter decays.

The pieces of a KL divergence or a moment of the normal density are polynomials times
``exp(-(x - mu)^2 / (2 sigma^2))``: the parameters are letters, not numbers, so the
convergence of each piece was "not shown" and every such row stayed plausible with
"the integral of ... converges" open. What decides it is the sign of the exponent's
leading coefficient, which the letters' assumptions give (``sigma > 0``), and all the
exponentials of a piece together (``exp(x mu / sigma^2)`` alone grows, times the
Gaussian it does not). Where the sign is not given, or a growing factor wins, the
condition stays open.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine._integrals import normal_integrals


def _conds(e: sp.Basic) -> list:
    conds: list = []
    normal_integrals(e, sp.expand, conds)
    return conds


x = sp.Symbol("x", real=True)
mu = sp.Symbol("mu", real=True)
s = sp.Symbol("sigma_p", positive=True)
a = sp.Symbol("a", real=True)


def _gauss(m: sp.Basic = mu, v: sp.Basic = s**2) -> sp.Basic:
    return sp.exp(-((x - m) ** 2) / (2 * v)) / sp.sqrt(2 * sp.pi * v)


def test_polynomial_times_a_gaussian_with_letters_converges():
    e = sp.Integral((x**2 + a * x + 3) * _gauss(), (x, -sp.oo, sp.oo))
    assert _conds(e) == []


def test_the_exponentials_of_a_piece_are_taken_together():
    # expanded, the Gaussian is exp(-x^2/(2 s^2)) exp(x mu/s^2) exp(-mu^2/(2 s^2))
    e = sp.Integral(sp.expand((x - mu) ** 2 * _gauss() + x * _gauss()), (x, -sp.oo, sp.oo))
    assert _conds(e) == []


def test_a_leading_coefficient_of_unknown_sign_stays_open():
    # exp(-a x^2): converges for a > 0 only, and a is any real
    e = sp.Integral(x**2 * sp.exp(-a * x**2) + x * sp.exp(-a * x**2), (x, -sp.oo, sp.oo))
    assert len(_conds(e)) == 2


def test_a_growing_exponential_wins_over_no_gaussian():
    e = sp.Integral(x * sp.exp(x * mu / s**2) + _gauss(), (x, -sp.oo, sp.oo))
    assert len(_conds(e)) >= 1


def test_a_gaussian_growing_the_other_way_stays_open():
    e = sp.Integral(x * sp.exp(x**2 / (2 * s**2)) + x**2 * sp.exp(-x), (x, -sp.oo, sp.oo))
    assert len(_conds(e)) == 2


def test_a_pole_with_letters_stays_open():
    # 1/(x - mu) has a pole on the line, whatever the Gaussian does
    e = sp.Integral(_gauss() / (x - mu) + _gauss(), (x, -sp.oo, sp.oo))
    assert len(_conds(e)) >= 1


def test_a_letter_that_may_be_infinite_in_a_coefficient_stays_open():
    b = sp.Symbol("b")  # no assumptions: may be complex or infinite
    e = sp.Integral(x * sp.exp(-(x**2) + b * x) + x**2 * sp.exp(-(x**2)), (x, -sp.oo, sp.oo))
    assert len(_conds(e)) >= 1


def test_numbers_only_behave_as_before():
    e = sp.Integral((x**3 + x) * sp.exp(-x) + sp.exp(-x), (x, 0, sp.oo))
    assert _conds(e) == []
    grows = sp.Integral(x * sp.exp(x) + sp.exp(-x), (x, 0, sp.oo))
    assert len(_conds(grows)) == 1
