"""Sums over the same range whose summands cancel only together are proved zero.

jethro-logistic-regression-gradient lines 89, 120, 128 and 132 (correct) timed out:
after the derivative of log(1 - h(z_i)) is carried out, the two lines differ by
sums over i whose summands cancel only when put over one denominator, and
``cancel`` cannot look inside two ``Sum`` objects, so ``simplify`` ran to the step's
time limit. Merging sums over the same index and limits decides it in a moment.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine import is_zero
from derivations.engine._normal import _summands_cancel

i, m, n = sp.symbols("i m n", integer=True, positive=True)
t0, t1 = sp.symbols("theta_0 theta_1", real=True)
x, y = sp.IndexedBase("x"), sp.IndexedBase("y")
z = t0 + t1 * x[i]
h = 1 / (1 + sp.exp(-z))


def _sum(f, hi=m):
    return sp.Sum(f, (i, 1, hi))


def test_summands_that_cancel_together_are_zero():
    # d/dz log(1 - h) = -h, written two ways, in two sums
    derived = sp.diff(sp.log(1 - h), t0)
    e = sp.expand(_sum(y[i] * derived) / m + _sum(y[i] * h) / m)
    assert _summands_cancel(e)
    assert is_zero(e, thorough=False) is True


def test_summands_that_do_not_cancel_are_not_zero():
    derived = sp.diff(sp.log(1 - h), t0)
    e = sp.expand(_sum(y[i] * derived) / m + _sum(y[i] * h * 2) / m)
    assert not _summands_cancel(e)


def test_sums_over_different_ranges_are_not_merged():
    # sum_1^m f - sum_1^n f is not zero unless m = n
    f = y[i] * h
    assert not _summands_cancel(_sum(f) - _sum(f, n))


def test_a_coefficient_that_depends_on_the_index_is_not_merged():
    # i outside the sum is another i: x_i sum_i y_i - sum_i x_i y_i is not zero
    e = x[i] * _sum(y[i]) - _sum(x[i] * y[i])
    assert not _summands_cancel(e)


def test_the_rest_of_the_line_must_vanish_too():
    f = y[i] * h
    assert not _summands_cancel(_sum(f) - _sum(f) + t0)
    assert _summands_cancel(sp.Add(_sum(f), -_sum(2 * f) / 2, t0 - t0, evaluate=False))
