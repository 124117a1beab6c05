"""A sum over an empty range is 0 and a product 1, in the symbolic check as in the numeric
one. sympy's ``doit`` follows Karr's convention (``sum_{k=a}^{b} = -sum_{k=b+1}^{a-1}`` for
``b < a - 1``), so ``sum_{k=m+3}^{m} k = -(2m + 3)`` had "normal forms agree" while the
numeric check refuted ``sum_{k=5}^{2} k = -7`` (adversarial set 17, 24, 25, 55). The
property: the normal form of a sum or product with symbolic limits equals, at every
small integer value of its letter, the sum or product of Python's ``range`` over it."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from derivations.engine._normal import normal

m, k = sp.symbols("m k", integer=True, positive=True)


@pytest.mark.parametrize(("lo", "hi"), [(3, 0), (2, 0), (1, 0), (0, 0), (0, 2), (-1, 3)])
def test_sums_and_products_follow_the_range(lo, hi):
    s = normal(sp.Sum(k**2 + 1, (k, m + lo, m + hi)))
    p = normal(sp.Product(k + 1, (k, m + lo, m + hi)))
    for v in range(1, 6):
        terms = range(v + lo, v + hi + 1)
        assert sp.simplify(s.subs(m, v) - sum(t**2 + 1 for t in terms)) == 0
        assert sp.simplify(p.subs(m, v) - math.prod(t + 1 for t in terms)) == 0


def test_an_empty_inner_range_empties_a_double_sum():
    j = sp.Symbol("j", integer=True)
    assert normal(sp.Sum(j * k, (j, k + 2, k), (k, 1, m))) == 0
