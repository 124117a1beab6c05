"""The size guard sees double factorials: ``100!!!!!!`` (nested n!!) is over the limit before
sympy multiplies it out (it spent the whole 3 s row limit in Integer powers)."""

from __future__ import annotations

import math
import time

import pytest
import sympy as sp

from derivations import _budget as B


@pytest.mark.parametrize("n", [0, 1, 2, 3, 10, 11, 57, 100, 101, 400, 999])
def test_the_magnitude_of_a_double_factorial_is_close(n):
    estimate = B._log10_magnitude(sp.factorial2(sp.Integer(n), evaluate=False), B.DEFAULT)
    true = math.log10(int(sp.factorial2(n)))
    assert abs(estimate - true) < 0.6 + 1e-9  # exact for even n, about half a digit high for odd


def test_nested_double_factorials_are_over_the_limit_at_once():
    e = sp.Integer(100)
    for _ in range(3):
        e = sp.factorial2(e, evaluate=False)
    start = time.process_time()
    with pytest.raises(B.OverBudget, match="limit"):
        B.check(sp.Eq(e, 1, evaluate=False))
    assert time.process_time() - start < 0.5


def test_a_small_double_factorial_is_within_the_limits():
    B.check(sp.Eq(sp.factorial2(sp.Integer(9), evaluate=False), 945, evaluate=False))
