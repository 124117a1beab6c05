"""Small inputs are reduced in the calling thread; large ones are split (``estimators._stats``).

Below ``ONE_THREAD_CELLS`` cells of work a second thread cost more than it saved (a
1e6 x 1 fit took 13.6 ms split, 8.3 ms whole). The split must not change the statistics:
the same data gives the same means and sums of squares either way (to rounding).
"""

from __future__ import annotations

import numpy as np

import estimators._stats as st
from estimators._parallel import worker_count


def _ranges_used(monkeypatch, X):
    seen = []
    real = st.map_ranges

    def spy(fn, ranges, width=1):
        seen.append(len(ranges))
        return real(fn, ranges, width)

    monkeypatch.setattr(st, "map_ranges", spy)
    stats = st.SuffStats.from_data(X)
    return seen, stats


def test_small_inputs_use_one_range_and_large_ones_split(monkeypatch):
    small = np.random.default_rng(0).normal(size=(200_000, 2))
    seen, _ = _ranges_used(monkeypatch, small)
    assert seen and set(seen) == {1}
    rows = st.ONE_THREAD_CELLS // 2 + 1
    large = np.random.default_rng(1).normal(size=(rows, 2))
    seen, _ = _ranges_used(monkeypatch, large)
    assert worker_count(rows) in seen


def test_the_statistics_do_not_depend_on_the_split():
    X = np.random.default_rng(2).normal(loc=3.0, size=(300_000, 3))
    one = st.SuffStats.from_data(X, n_threads=1)
    two = st.SuffStats.from_data(X, n_threads=2)
    np.testing.assert_allclose(one.mean, two.mean, rtol=1e-13)
    np.testing.assert_allclose(one.m2, two.m2, rtol=1e-11)
