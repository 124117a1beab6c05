"""What an integral's value costs: bounded, whatever the integrand.

Gauss-Legendre nodes of degree m number 3 * 2^(m - 1) and cost O(n^2) to compute
(degree 7: ~3 s, degree 8: ~15 s at 30-50 digits), far over the 3 s a step has; mpmath
goes up to degree 7-8 when the rule does not settle, as on the von Mises
``I_0(kappa) = (1/2pi) int_0^2pi exp(kappa cos x) dx`` for a large kappa at 50 digits.
The rule stops at a degree whose nodes are cheap, and the integral goes on to tanh-sinh
(cheap nodes), with its value unchanged.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp
from mpmath.calculus.quadrature import GaussLegendre

from derivations.engine import _integrals
from derivations.engine._evaluate import _compile, _Frame


@pytest.mark.parametrize(("kappa", "dps"), [("10", 50), ("40", 50), ("0.7", 30), ("25", 30)])
def test_the_von_mises_normaliser_needs_no_costly_nodes(monkeypatch, kappa, dps):
    asked: list[int] = []
    calc = GaussLegendre.calc_nodes

    def spy(self, degree, prec, verbose=False):
        asked.append(degree)
        return calc(self, degree, prec, verbose)

    monkeypatch.setattr(GaussLegendre, "calc_nodes", spy)
    _integrals._MEMO.clear()
    x, k = sp.Symbol("x", real=True), sp.Symbol("kappa", positive=True)
    e = sp.Integral(sp.exp(k * sp.cos(x)), (x, 0, 2 * sp.pi))
    with mpmath.workdps(dps):
        value = _integrals.compile_integral(e, frozenset(), _compile)(
            _Frame({k: mpmath.mpf(kappa)}, {})
        )
        want = 2 * mpmath.pi * mpmath.besseli(0, mpmath.mpf(kappa))
        assert abs(value - want) <= mpmath.mpf(10) ** -(dps - 10) * abs(want)
    assert max(asked, default=0) <= _integrals.GL_MAX_DEGREE


def test_two_spellings_of_one_integral_are_computed_once(monkeypatch):
    calls: list[int] = []
    quadrature = _integrals._quadrature

    def counted(*args):
        calls.append(1)
        return quadrature(*args)

    monkeypatch.setattr(_integrals, "_quadrature", counted)
    _integrals._MEMO.clear()
    x, k = sp.Symbol("x", real=True), sp.Symbol("kappa", positive=True)
    u = k * sp.cos(x)
    written = sp.Mul(1, sp.Mul(1, sp.Pow(sp.E, u, evaluate=False), evaluate=False), evaluate=False)
    frame = _Frame({k: mpmath.mpf("1.5")}, {})
    with mpmath.workdps(30):
        a = _integrals.compile_integral(
            sp.Integral(sp.exp(u), (x, 0, 2 * sp.pi)), frozenset(), _compile
        )(frame)
        b = _integrals.compile_integral(
            sp.Integral(written, (x, 0, 2 * sp.pi)), frozenset(), _compile
        )(frame)
    assert a == b
    assert len(calls) == 1
