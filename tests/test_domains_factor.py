"""Sign questions that interval arithmetic alone cannot answer: factored forms, Gamma.

Interval arithmetic treats each occurrence of a name as independent, so ``p - p**2``
under ``0 < p < 1`` spans ``(-1, 1)``. The domains also look at the factored form,
whose interval is a product of signs. Every answer is checked against values at
points drawn inside the domain: a decided sign must hold there.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.assumptions import Domain
from derivations.engine._domains import Domains, conditions

p = sp.Symbol("p")
q = sp.Symbol("q")
n = sp.Symbol("n", positive=True, integer=True)


def _unit_interval() -> Domains:
    """``0 < p < 1`` and ``q > 2``."""
    return Domains(
        {
            p: Domain(
                "p", lower=Fraction(0), lower_strict=True, upper=Fraction(1), upper_strict=True
            ),
            q: Domain("q", lower=Fraction(2), lower_strict=True),
        }
    )


def _values(e: sp.Basic, draws: int = 40, seed: int = 0) -> list[float]:
    """``e`` at random points with 0 < p < 1, q > 2, n a positive integer."""
    rng = random.Random(seed)
    f = sp.lambdify((p, q, n), e, "math")
    return [
        float(f(rng.uniform(1e-3, 1 - 1e-3), rng.uniform(2 + 1e-3, 50), rng.randint(1, 30)))
        for _ in range(draws)
    ]


@pytest.mark.parametrize(
    ("expr", "nonzero", "positive"),
    [
        (p - p**2, True, True),  # the Bernoulli and binomial score equations' factor
        (p * (1 - p), True, True),
        (p**2 - p, True, False),
        ((p**2 - p) / n, True, False),
        (p**3 - p, True, False),
        (q**2 - 3 * q + 2, True, True),  # (q - 1)(q - 2) with q > 2
        (p * q - p, True, True),  # p (q - 1)
    ],
)
def test_factored_signs_are_decided(expr, nonzero, positive):
    d = _unit_interval()
    assert d.is_nonzero(expr) is nonzero
    assert d.is_positive(expr) is positive
    values = _values(expr)
    assert all(v != 0 for v in values)
    assert all((v > 0) == positive for v in values)


@pytest.mark.parametrize("expr", [1 - 2 * p, p**2 - p + sp.Rational(1, 8), q**2 - 9])
def test_signs_that_change_in_the_domain_stay_undecided(expr):
    d = _unit_interval()
    values = _values(expr, 200)
    assert min(values) < 0 < max(values)  # the premise of the test
    assert d.is_nonzero(expr) is None
    assert d.is_positive(expr) is None
    assert d.is_nonnegative(expr) is None


def test_every_decided_sign_of_a_product_of_factors_holds_at_random_points():
    """A property over products of factors with known and unknown signs, expanded."""
    factors = [p, 1 - p, 2 - p, q - 2, q - 1, p - sp.Rational(1, 2), q - 5, 3 * p - q]
    d = _unit_interval()
    decided = 0
    for a, b, c in itertools.combinations(factors, 3):
        e = sp.expand(a * b * c)
        values = _values(e, 30, seed=hash((str(a), str(b))) % 1000)
        sign = d.is_positive(e)
        if sign is True:
            decided += 1
            assert all(v > 0 for v in values), e
        elif sign is False:
            decided += 1
            assert all(v <= 0 for v in values), e
        if d.is_nonzero(e) is True:
            assert all(v != 0 for v in values), e
    assert decided >= 10  # the factored form does decide the fixed-sign products


def test_factoring_is_bounded_on_large_expressions():
    d = _unit_interval()
    big = sp.expand((p - p**2) * sum(p**k for k in range(40)))
    assert d.is_nonzero(big) is None  # too large to factor: undecided, not slow


def test_gamma_is_never_zero_and_positive_on_positive_arguments():
    g = sp.Symbol("g")
    d = Domains({g: Domain("g", lower=Fraction(0), lower_strict=True)})
    assert d.is_nonzero(sp.gamma(g)) is True
    assert d.is_positive(sp.gamma(g)) is True
    assert d.is_positive(sp.gamma(p)) is None  # p's sign is not known here
    assert Domains().is_nonzero(sp.gamma(g)) is True
    assert sp.StrictGreaterThan(g, 0) in conditions(sp.loggamma(g))


def test_gamma_in_a_definition_gives_its_argument_the_domain_g_positive():
    g, a, x = sp.symbols("g a x")
    density = a**g / sp.gamma(g) * x ** (g - 1) * sp.exp(-a * x)
    f = sp.Symbol("f")
    d = Derivation(
        "gamma-density",
        "a density with Gamma(g)",
        [Assumption(s, "a number") for s in (g, a, x, f)],
        [Step(sp.Eq(f, density), "definition", "start")],
        infer_domains=True,
    )
    doms = Domains.of(d)
    assert doms.is_positive(g) is True
    assert doms.decide(sp.StrictGreaterThan(sp.gamma(g), 0)) is True
    texts = [fact.domain.text for fact in doms.facts() if fact.symbol == "g"]
    assert any("taken as g > 0" in t for t in texts)
    # Without natural domains (a Python derivation) nothing is assumed.
    plain = Domains.of(Derivation("p", "p", d.assumptions, d.steps))
    assert plain.is_positive(g) is None
