"""Integrals are read: ``\\int_a^b f(x)\\,dx`` is ``Integral(f, (x, a, b))``.

Every integral was "an integral (\\int) is not read", the largest single cause of unread
rows on the held-out posts (gamma-Poisson marginals, truncated-normal moment generating
functions). The integration variable is bound by the integral, as a sum binds its index;
where the integrand ends without a differential, or the integral has no limits (an
antiderivative, defined only up to a constant), the row stays unread with the column.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _read(text: str) -> sp.Basic:
    e, _ = parse_expression(text)
    return e


def _integrals(e: sp.Basic) -> list[sp.Integral]:
    return sorted(e.atoms(sp.Integral), key=str)


@pytest.mark.parametrize(
    "text",
    [
        r"\int_0^1 x^2 \, dx",
        r"\int_{0}^{1} x^2 \,\mathrm{d}x",
        r"\int_{0}^{1} x^2 \text{d} x",
        r"\int^1_0 x^2 dx",
        r"\int_0^1 dx\, x^2",
        r"\int\limits_0^1 x^2 dx",
        r"\int_0^1 x^2 \mathrm dx",
    ],
)
def test_one_definite_integral_in_its_spellings(text):
    e = _read(text)
    (i,) = _integrals(e)
    (x, lo, hi) = i.limits[0]
    assert (lo, hi) == (0, 1)
    assert str(x) == "x"
    assert not e.free_symbols  # the variable is bound
    assert sp.simplify(i.doit() - sp.Rational(1, 3)) == 0


def test_infinite_limits_and_a_greek_variable():
    e = _read(r"\int_{-\infty}^{\infty} e^{-\theta^2} d\theta")
    (i,) = _integrals(e)
    assert i.limits[0][1:] == (-sp.oo, sp.oo)
    assert str(i.limits[0][0]) == "theta"
    assert not e.free_symbols


def test_the_integrand_runs_to_its_differential():
    # \int a + b dx is the integral of a + b; what follows the differential is outside
    e = _read(r"\int_0^1 x + 1 \, dx + 2")
    (i,) = _integrals(e)
    assert sp.simplify(e.doit() - sp.Rational(7, 2)) == 0
    assert sp.simplify(i.doit() - sp.Rational(3, 2)) == 0


def test_factors_before_the_integral_stay_outside():
    e = _read(r"c \int_0^\infty \lambda e^{-\lambda} d\lambda")
    assert {str(s) for s in e.free_symbols} == {"c"}
    (i,) = _integrals(e)
    assert sp.simplify(i.doit() - 1) == 0


def test_a_double_integral_binds_the_inner_differential_first():
    e = _read(r"\int_0^1 \int_0^2 x y^2 \, dx \, dy")
    (outer,) = [i for i in _integrals(e) if str(i.limits[-1][0]) == "y" or len(i.limits) == 2]
    assert not e.free_symbols
    # inner over x from 0 to 2 (x^2/2 -> 2), outer over y from 0 to 1 (y^3/3 -> 1/3)
    assert sp.simplify(e.doit() - sp.Rational(2, 3)) == 0
    assert outer is not None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (r"\int f(x) dx", "limits"),
        (r"\int_0^1 x^2", "differential"),
        (r"\int_u x^2 dx", "limits"),
        (r"\iint_D f \, dA", "double"),
        (r"\int_0^1 x \, dx \, dy", "differential"),
        (r"\int_0^1 x \, dF(x)", "differential"),
    ],
)
def test_unclear_integrals_stay_unread_with_the_reason(text, why):
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        _read(text)
    assert why in str(err.value)
