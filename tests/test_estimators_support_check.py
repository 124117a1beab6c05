"""The support check of the reals: a bad value anywhere is named, whatever the sum does.

The check sums each block first (one pass, no mask) and looks value by value only when
the sum is not finite. Property: for random data with one NaN or infinity placed at a
random cell - also beside values whose sum overflows, and +inf beside -inf - the error
names that cell; finite data whose sum overflows is accepted.
"""

from __future__ import annotations

import numpy as np
import pytest

from estimators._support import SUPPORTS, check_support

REAL = SUPPORTS["real"]


@pytest.mark.parametrize("seed", range(12))
def test_a_bad_value_is_named_at_its_cell(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(2, 5000)), int(rng.integers(1, 7))
    X = rng.normal(size=(n, d))
    if seed % 3 == 0:
        X *= 1e307  # sums overflow to inf: the slow path must still find the cell
    i, j = int(rng.integers(n)), int(rng.integers(d))
    X[i, j] = [np.nan, np.inf, -np.inf][seed % 3]
    if seed % 4 == 1 and n > 1:
        X[(i + 1) % n, j] = -X[i, j] if np.isinf(X[i, j]) else X[(i + 1) % n, j]
    with pytest.raises(ValueError) as err:
        check_support(X, REAL, "Gaussian")
    first = np.argwhere(~np.isfinite(X))[0]
    assert f"row {first[0]}" in str(err.value) and f"column {first[1]}" in str(err.value)


def test_finite_data_whose_sum_overflows_is_accepted():
    X = np.full((1000, 3), 1e308)
    with np.errstate(over="ignore"):
        assert not np.isfinite(X.sum())
    check_support(X, REAL, "Gaussian")
