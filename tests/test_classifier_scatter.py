"""The full-covariance fit's per-class scatter pass (estimators/_class_scatter.py).

It must give the general path's statistics (``SuffStats.from_data``, which reduces with the
compiled univariate forms) to rounding, keep its accuracy on offset data and outlier
reference rows, name bad values even in rows of weight 0, and hand data whose squares leave
float64's range back to the general path.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import estimators._class_scatter as scatter_mod
from estimators._class_scatter import class_scatter
from estimators._classifier import GaussianClassifier
from estimators._stats import SuffStats


def _data(seed: int, n: int, d: int, k: int, offset: float = 0.0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    X = rng.normal(0.0, 2.0, (k, d))[y] + rng.normal(size=(n, d)) * rng.uniform(0.1, 3.0, d)
    return X + offset * rng.uniform(0.5, 1.5, d), y


def _assert_same_stats(a: SuffStats, b: SuffStats, rel: float = 1e-12) -> None:
    """Equal up to rounding, each entry judged against the scale it lives on."""
    np.testing.assert_allclose(a.count, b.count, rtol=1e-14)
    live = b.count > 0
    sd = np.sqrt(np.einsum("kii->ki", b.scatter[live]) / b.count[live, None])
    scale = np.where(sd > 0, sd, 1.0)  # a class of one row or a constant feature: absolute
    # A mean of size 1e8 is stored to a few units of its last place, whatever its spread.
    slack = rel * scale * np.sqrt(b.count[live].max())[..., None]
    slack = slack + 4 * np.finfo(float).eps * np.abs(b.mean[live])
    assert np.all(np.abs(a.mean[live] - b.mean[live]) <= slack)
    outer = b.count[live, None, None] * scale[:, :, None] * scale[:, None, :]
    err = np.abs(a.scatter[live] - b.scatter[live]) / outer
    assert err.max() <= rel, err.max()
    np.testing.assert_array_equal(a.mean[~live], 0.0)
    np.testing.assert_array_equal(a.scatter[~live], 0.0)


@settings(max_examples=30, deadline=None, database=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 400),
    d=st.integers(1, 6),
    k=st.integers(1, 6),
    offset=st.sampled_from([0.0, 1e3, -1e8]),
    weights=st.sampled_from([None, "positive", "some zero"]),
    threads=st.sampled_from([1, 3]),
)
def test_equals_the_general_path(seed, n, d, k, offset, weights, threads):
    X, y = _data(seed, n, d, k, offset)
    rng = np.random.default_rng(seed + 1)
    w = None
    if weights is not None:
        w = rng.uniform(0.1, 3.0, n)
        if weights == "some zero":
            w[rng.random(n) < 0.3] = 0.0
            if not w.any():
                w[0] = 1.0
    fast = class_scatter(X, y, w, k, n_threads=threads)
    assert fast is not None  # ordinary data never needs the rescaling path
    general = SuffStats.from_data(X, weights=w, groups=y, n_groups=k, full=True, n_threads=1)
    _assert_same_stats(fast, general)


def test_long_batches_cross_super_blocks_and_threads(monkeypatch):
    # Small super-blocks and chunks so that 5000 rows take several of each.
    monkeypatch.setattr(scatter_mod, "_SUPER_ROWS", 512)
    monkeypatch.setattr(scatter_mod, "_CHUNK_CELLS", 300)
    X, y = _data(3, 5000, 4, 7, offset=1e6)
    X32 = X.astype(np.float32)
    for data in (X, X32):
        fast = class_scatter(data, y, None, 9, n_threads=2)  # classes 7 and 8 are empty
        general = SuffStats.from_data(data, groups=y, n_groups=9, full=True, n_threads=1)
        _assert_same_stats(fast, general)


def test_an_outlier_reference_row_does_not_cost_digits():
    # Each class's first row (its reference) lies 1e4 standard deviations out: Steiner's
    # identity about it cancels ~17 bits (errors ~5e-11 of the scale); the range is summed
    # again about the mean just found. Compared with a long-double two-pass computation.
    rng = np.random.default_rng(0)
    y = np.r_[0, 1, rng.integers(0, 2, 20000)]
    X = rng.normal(size=(len(y), 3)) + 5.0
    X[:2] += 1e4
    stats = class_scatter(X, y, None, 2, n_threads=1)
    for c in range(2):
        rows = X[y == c].astype(np.longdouble)
        centred = rows - rows.mean(axis=0)
        exact = (centred.T @ centred).astype(np.float64)
        sd = np.sqrt(np.diag(exact))
        assert np.abs(stats.scatter[c] - exact).max() <= 1e-13 * np.outer(sd, sd).min()


def test_nan_in_a_row_of_weight_zero_is_named():
    X, y = _data(0, 300, 3, 2)
    X[201, 2] = np.nan
    w = np.ones(300)
    w[201] = 0.0
    with pytest.raises(ValueError, match=r"^X contains NaN at row 201, column 2\.$"):
        class_scatter(X, y, w, 2, n_threads=1)
    with pytest.raises(ValueError, match=r"NaN at row 201, column 2"):
        GaussianClassifier(covariance="full").fit(X, y, sample_weight=w)


@pytest.mark.parametrize("scale", [1e-150, 1e152])
def test_data_beyond_the_normal_range_go_to_the_general_path(scale):
    X, y = _data(1, 400, 3, 2)
    assert class_scatter(X * scale, y, None, 2) is None
    clf = GaussianClassifier(covariance="full").fit(X * scale, y)
    ref = GaussianClassifier(covariance="full").fit(X, y)
    np.testing.assert_allclose(clf.covariances_ / scale**2, ref.covariances_, rtol=1e-12)
