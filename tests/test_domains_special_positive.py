"""Signs of special functions at parameters in their domains: B(a, b), I_nu(x), C(n, k).

The corpus left rows "plausible" with the side condition beta(alpha, beta) != 0 (a beta
density), I_0(kappa) > 0 (von Mises) or binomial(k + r - 1, k) > 0 (negative binomial)
open, although each follows from the parameters' domains. Every sign decided here is
checked against values at random points of the domain.
"""

from __future__ import annotations

import random
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from derivations.assumptions import Domain
from derivations.engine._domains import Domains

a = sp.Symbol("alpha")
b = sp.Symbol("beta")
kappa = sp.Symbol("kappa")
k = sp.Symbol("k", integer=True, nonnegative=True)
r = sp.Symbol("r")
t = sp.Symbol("t", real=True)


def _domains() -> Domains:
    positive = {"lower": Fraction(0), "lower_strict": True}
    return Domains(
        {
            a: Domain("alpha", **positive),
            b: Domain("beta", **positive),
            kappa: Domain("kappa", **positive),
            r: Domain("r", **positive),
        }
    )


def _value(e: sp.Basic, rng: random.Random) -> float:
    env = {a: rng.uniform(0.05, 6), b: rng.uniform(0.05, 6), kappa: rng.uniform(0.01, 20)}
    env |= {r: rng.uniform(0.05, 6), k: rng.randint(0, 12), t: rng.uniform(-20, 20)}
    return float(sp.N(e.subs(env), 30))


@pytest.mark.parametrize(
    "expr",
    [
        sp.beta(a, b),
        sp.besseli(0, kappa),
        sp.besseli(0, t),
        sp.besseli(1, kappa),
        sp.binomial(k + r - 1, k),
        sp.beta(a, b) * sp.besseli(0, kappa) ** 2,
    ],
)
def test_positive_where_the_parameters_are_in_their_domains(expr):
    d = _domains()
    assert d.is_positive(expr) is True
    assert d.is_nonzero(expr) is True
    rng = random.Random(1)
    with mpmath.workdps(30):
        assert all(_value(expr, rng) > 0 for _ in range(30))


@pytest.mark.parametrize(
    "expr",
    [
        sp.beta(a - 1, b),  # alpha - 1 may be negative: B is negative for some of them
        sp.besseli(1, t),  # odd: negative for t < 0
        sp.binomial(r - 2, k),  # r - 2 - k + 1 may be negative
        sp.binomial(k + r - 1, r),  # r is not an integer
    ],
)
def test_not_decided_where_it_does_not_follow(expr):
    assert _domains().is_positive(expr) is not True
