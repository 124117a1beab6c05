"""A sum's index is a bound letter: sums equal up to its name are equal, and a 0/1 sample's
powers are the sample.

techqa-bernoulli-variance-umvue (held-out external20, lines 19 and 21) and its reproducer
(repro19 line 14) were plausible, not proved: ``T = X_1 + \\dots + X_n`` is read with the
index ``n`` of its last term (``Sum(X[n], (n, 1, n))``: the bound ``n`` runs from 1 to the
free ``n``), the sample mean with ``i``, and the squares of the two sums never met. And
``X_i^2 = X_i`` for Bernoulli samples (``X_i in {0, 1}``, stated by the post) was not used.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine import is_zero
from derivations.engine._normal import normal
from tests._domains import domains_of

i, k, n = sp.symbols("i k n", integer=True, positive=True)
X, Y = sp.IndexedBase("X"), sp.IndexedBase("Y")


def _s(body, idx=i, lo=1, hi=n):
    return sp.Sum(body, (idx, lo, hi))


def test_squares_of_one_sum_in_two_index_letters_are_equal():
    e = sp.expand(_s(X[n], n) ** 2 - _s(X[i]) ** 2)
    assert is_zero(e) is True
    e = sp.expand(n * _s(X[k], k) ** 2 * _s(Y[i]) - n * _s(X[i]) ** 2 * _s(Y[k], k))
    assert is_zero(e) is True


def test_sums_that_differ_beyond_their_index_letter_are_not_equal():
    # an off-by-one range, another summand, another sample, and the bound n read as the free n
    twins = [
        _s(X[n], n) ** 2 - _s(X[i], i, 1, n - 1) ** 2,
        _s(X[n], n) ** 2 - _s(X[i] ** 2) ** 2,
        _s(X[k], k) * _s(Y[k], k) - _s(X[i]) ** 2,
        _s(n * X[n], n) ** 2 - (n * _s(X[i])) ** 2,
        _s(X[n], n) ** 2 - 2 * _s(X[i]) ** 2,
    ]
    for twin in twins:
        assert is_zero(sp.expand(twin)) is not True, twin


BERNOULLI = domains_of(r"X_i \in \{0, 1\}")


def test_powers_of_a_zero_one_sample_are_the_sample():
    d = sp.expand(normal(_s(X[i] ** 2), BERNOULLI) - normal(_s(X[i]), BERNOULLI))
    assert d == 0
    d = sp.expand(normal(_s(X[i] ** 3 * Y[i]), BERNOULLI) - normal(_s(X[i] * Y[i]), BERNOULLI))
    assert d == 0


def test_powers_that_are_not_of_a_zero_one_sample_stay():
    # no domain, a {0, 1, 2} domain, another sample, a power that is not a positive integer
    twins = [
        (normal(_s(X[i] ** 2)), normal(_s(X[i]))),
        (
            normal(_s(X[i] ** 2), domains_of(r"X_i \in \{0, 1, 2\}")),
            normal(_s(X[i]), domains_of(r"X_i \in \{0, 1, 2\}")),
        ),
        (normal(_s(Y[i] ** 2), BERNOULLI), normal(_s(Y[i]), BERNOULLI)),
        (normal(_s(X[i] ** -1), BERNOULLI), normal(_s(X[i]), BERNOULLI)),
        (normal(_s(X[i] ** 2), BERNOULLI), normal(2 * _s(X[i]), BERNOULLI)),
    ]
    for a, b in twins:
        assert sp.expand(a - b) != 0, (a, b)


def test_a_derivative_by_a_zero_one_letter_is_taken_before_any_power_is_dropped():
    # d/dx x^2 = 2x, not d/dx x = 1, whatever values x takes
    x = sp.Symbol("x")
    doms = domains_of(r"x \in \{0, 1\}")
    assert sp.expand(normal(sp.Derivative(x**2, x), doms) - 1) != 0
    assert sp.expand(normal(sp.Derivative(x**2, x), doms) - 2 * x) == 0


def test_an_equation_restated_with_another_index_letter_follows():
    # repro25 sample-mean-beside-a-sum line 16: sum_k X_k = n Xbar, then the same sum by i
    from derivations.engine._symbolic_check import symbolic_check

    xbar = sp.Symbol("bar_X", real=True)
    before = sp.Eq(_s(X[k], k), n * xbar)
    assert symbolic_check(before, sp.Eq(_s(X[i]), n * xbar), "<=>").status == "pass"
    twins = [
        sp.Eq(_s(X[i], i, 1, n - 1), n * xbar),
        sp.Eq(2 * _s(X[i]), n * xbar),
        sp.Eq(_s(X[i]), -n * xbar),
        sp.Eq(_s(X[i] ** 2), n * xbar),
    ]
    for twin in twins:
        assert symbolic_check(before, twin, "<=>").status != "pass", twin
