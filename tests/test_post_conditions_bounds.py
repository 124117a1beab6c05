"""A declared bound by another name (``y \\le n``) signs every sum that holds ``n - y``.

A binomial count satisfies ``0 \\le y \\le n``, so ``\\beta_0 + n - y > 0`` for a prior
``\\beta_0 > 0``, ``B(\\alpha_0 + y, \\beta_0 + n - y) \\ne 0`` and ``(n - k)!`` is the
factorial of a non-negative integer. Interval arithmetic takes ``n`` and ``y`` apart
(``n - y`` could be anything); the bound pairs them. What must hold:

- a sum with ``s - t`` where ``t \\le s`` is declared has that part non-negative (positive
  for ``t < s``), whatever else the sum holds;
- without the bound, or with ``n - 2 y`` (the bound says nothing of it), nothing is
  decided;
- every condition so decided holds at random values that satisfy the declarations.
"""

from __future__ import annotations

import random

import pytest
import sympy as sp
from _domains import domains_of as _domains

n, y, k, x, theta = sp.symbols("n y k x theta")
a0, b0 = sp.symbols("alpha_0 beta_0")


BINOMIAL = ("n positive integer", "y integer", "0 <= y <= n", r"\alpha_0 > 0", r"\beta_0 > 0")
BINOMIAL_K = ("n positive integer", "k integer", "0 <= k <= n")

CASES = [
    (BINOMIAL, sp.Gt(b0 + n - y, 0)),
    (BINOMIAL, sp.Ne(sp.beta(a0 + y, b0 + n - y), 0)),
    (BINOMIAL, sp.Gt(sp.gamma(b0 + n - y + 1), 0)),
    (BINOMIAL, sp.Ge(n - y + 2, 2)),
    (BINOMIAL_K, sp.Ne(sp.factorial(n - k), 0)),
    (BINOMIAL_K, sp.Contains(n - k, sp.Naturals0)),
    (("0 < x < theta",), sp.Gt(theta - x, 0)),
    (("0 < x < theta",), sp.Gt(2 + theta - x, 2)),
]


@pytest.mark.parametrize(("statements", "cond"), CASES, ids=lambda v: str(v)[:40])
def test_a_bound_by_another_name_signs_the_difference(statements, cond):
    assert _domains(*statements).decide(cond) is True


def _point(rng: random.Random) -> dict:
    size = rng.randint(1, 30)
    theta_ = rng.uniform(1e-3, 10)
    return {
        n: size,
        y: rng.randint(0, size),
        k: rng.randint(0, size),
        a0: rng.uniform(1e-3, 5),
        b0: rng.uniform(1e-3, 5),
        theta: theta_,
        x: rng.uniform(0, theta_) or theta_ / 2,
    }


@pytest.mark.parametrize(("statements", "cond"), CASES, ids=lambda v: str(v)[:40])
def test_what_is_decided_holds_at_random_points(statements, cond):
    rng = random.Random(11)
    for _ in range(40):
        value = cond.subs(_point(rng))
        if isinstance(value, sp.Contains):
            value = value.args[0].is_integer and value.args[0] >= 0
        assert bool(value), (cond, value)


@pytest.mark.parametrize(
    ("statements", "cond"),
    [
        (("n positive integer", "y integer", "y >= 0", r"\beta_0 > 0"), sp.Gt(b0 + n - y, 0)),
        (BINOMIAL, sp.Gt(b0 + n - 2 * y, 0)),
        (BINOMIAL, sp.Gt(b0 + y - n, 0)),
        (("0 < x < theta",), sp.Gt(x - theta, 0)),
    ],
    ids=lambda v: str(v)[:40],
)
def test_without_the_bound_nothing_is_decided(statements, cond):
    assert _domains(*statements).decide(cond) is not True
