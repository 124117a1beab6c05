"""A sum from a later index is the sum from 1 less its first terms.

techqa-poisson-sufficiency (held-out external25, line 17) and its reproducer (repro25,
partial-sum-range line 14; sample-mean-beside-a-sum line 16) split the exponent
``sum_{i=1}^n X_i`` as ``X_1 + sum_{i=2}^n X_i``; the normal form wrote the second sum as
``Sum(X[i + 1], (i, 1, n - 1))``, which never met ``X_1`` and the sum from 1. With the
empty-range convention the split holds only when ``n >= 1`` (at ``n = 0`` the left side
is ``X_1`` and the right 0): it is made only where the domains decide that.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine._normal import normal, normal_conditions
from tests._domains import domains_of

i, n = sp.symbols("i n", integer=True, positive=True)
m = sp.Symbol("m", integer=True)
X, Y = sp.IndexedBase("X"), sp.IndexedBase("Y")
lam = sp.Symbol("lambda", positive=True)
NONE = domains_of("y > 0")


def _s(body, lo=1, hi=n):
    return sp.Sum(body, (i, lo, hi))


def _same(a, b, doms=NONE):
    return sp.expand(normal(a, doms) - normal(b, doms)) == 0


def test_first_term_and_the_rest_are_the_whole_sum():
    assert _same(X[1] + _s(X[i], 2), _s(X[i]))
    assert _same(lam ** (X[1] + _s(X[i], 2)), lam ** _s(X[i]))
    # two terms peeled need n >= 2: proved under that domain, and only there
    k = sp.Symbol("n")  # the name the declared domain speaks of
    two = (
        X[1] ** 2 * Y[1] + _s(X[i] ** 2 * Y[i], 3, k),
        _s(X[i] ** 2 * Y[i], 1, k) - X[2] ** 2 * Y[2],
    )
    assert _same(*two, domains_of("n >= 2"))
    assert not _same(*two)
    # the shifted writing of the same sum
    assert _same(_s(X[i + 1], 1, n - 1), _s(X[i], 2))


def test_the_split_names_its_condition():
    _, conds = normal_conditions(X[1] + _s(X[i], 2), NONE)
    assert sp.GreaterThan(n - 1, 0, evaluate=False) in conds


def test_near_twins_of_the_split_are_not_equal():
    twins = [
        (_s(X[i], 2), _s(X[i])),  # the first term dropped
        (X[2] + _s(X[i], 2), _s(X[i])),  # the wrong first term
        (X[1] + _s(X[i], 3), _s(X[i])),  # one term short
        (X[1] + _s(X[i], 2), _s(X[i], 1, n - 1)),  # an upper limit off by one
        (2 * X[1] + _s(X[i], 2), _s(X[i])),  # a factor of 2
        (X[1] + _s(X[i - 1], 2), _s(X[i])),  # a lagged sample
    ]
    for a, b in twins:
        assert not _same(a, b), (a, b)


def test_no_split_where_the_range_may_be_empty_below_its_start():
    # m is any integer: X_1 + sum_{i=2}^m X_i = sum_{i=1}^m X_i fails at m = 0
    assert not _same(X[1] + _s(X[i], 2, m), _s(X[i], 1, m))
