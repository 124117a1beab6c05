"""The scatter pass subtracts each class's reference row from several rows at once.

``_class_scatter._range_stats`` views its gathered rows as groups of ``rep`` rows and
subtracts the reference row repeated ``rep`` times (a long inner loop for numpy). The rows
of a chunk are rarely a multiple of ``rep``: the group that holds the last rows is
subtracted whole, and the rows past the chunk's end must be neither read nor able to spoil
a statistic (they hold other classes' rows or garbage). Here chunks of every remainder
modulo ``rep`` occur, with float32 and float64 data, weights, and a NaN or infinity
left in the buffer by an earlier class.
"""

from __future__ import annotations

import numpy as np
import pytest

import estimators._class_scatter as scatter_mod
from estimators._class_scatter import class_scatter
from estimators._stats import SuffStats


def _direct(X: np.ndarray, y: np.ndarray, w: np.ndarray | None, k: int):
    """Counts, means and scatter matrices per class, in long double, two passes."""
    w = np.ones(len(X)) if w is None else w
    out = []
    for g in range(k):
        rows = X[y == g].astype(np.longdouble)
        wg = w[y == g].astype(np.longdouble)
        n = wg.sum()
        mean = (wg[:, None] * rows).sum(axis=0) / n
        c = rows - mean
        out.append((float(n), mean.astype(float), (c.T @ (wg[:, None] * c)).astype(float)))
    return out


@pytest.mark.parametrize("d", [1, 3, 20, 300])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("weighted", [False, True])
def test_ragged_groups_of_rows_give_the_exact_statistics(monkeypatch, d, dtype, weighted):
    # Chunks of at most 256 rows (the floor), super-blocks of 700: with rep = 256 // d
    # rows per group, chunks end at every offset within a group as the classes' row
    # counts vary. d <= 31 multiplies G by a copy of it, d = 300 uses syrk.
    monkeypatch.setattr(scatter_mod, "_CHUNK_CELLS", 37 * d)
    monkeypatch.setattr(scatter_mod, "_SUPER_ROWS", 700)
    rng = np.random.default_rng(d)
    k = 5
    y = rng.integers(0, k, 2100)
    X = (rng.normal(0.0, 3.0, (k, d))[y] + rng.normal(size=(len(y), d)) + 1e3).astype(dtype)
    w = rng.uniform(0.1, 2.0, len(y)) if weighted else None
    stats = class_scatter(X, y, w, k, n_threads=1)
    assert stats is not None
    for g, (n, mean, scatter) in enumerate(_direct(X, y, w, k)):
        assert stats.count[g] == pytest.approx(n, rel=1e-14)
        np.testing.assert_allclose(stats.mean[g], mean, rtol=1e-13, atol=0)
        tol = 1e-11 * np.sqrt(np.outer(np.diag(scatter), np.diag(scatter)))
        assert np.all(np.abs(stats.scatter[g] - scatter) <= tol)


def test_values_past_a_chunk_cannot_reach_the_statistics(monkeypatch):
    # A NaN row in a class whose rows are never mixed with the others' sums: class 1's
    # chunk leaves its NaN row in the buffer, class 2's shorter chunk then ends inside the
    # same group of rows. The NaN must be named (it is in X), and after removing it the
    # statistics must be finite and exact.
    monkeypatch.setattr(scatter_mod, "_CHUNK_CELLS", 40 * 4)
    X = np.random.default_rng(0).normal(size=(200, 4))
    y = np.r_[np.zeros(100, int), np.ones(60, int), np.full(40, 2)]
    X[159] = np.inf
    with pytest.raises(ValueError, match="infinity at row 159"):
        class_scatter(X, y, None, 3, n_threads=1)
    keep = np.arange(200) != 159
    stats = class_scatter(X[keep], y[keep], None, 3, n_threads=1)
    general = SuffStats.from_data(X[keep], groups=y[keep], n_groups=3, full=True, n_threads=1)
    np.testing.assert_allclose(stats.scatter, general.scatter, rtol=1e-12, atol=1e-12)
