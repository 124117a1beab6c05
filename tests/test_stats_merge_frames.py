"""Row ranges computed in threads merge in one frame per group (``estimators._stats``).

Each range shifts its rows by a reference row per group; merging in the frame of the
first range's references put a group missing from the first range in the frame 0, so
means of size 1e8 entered Chan's merge and the scatter lost about 5e-9 of itself
(reported by the helper who fixed the same in ``_class_scatter``). Written before the fix.
"""

from __future__ import annotations

import numpy as np
import pytest

from estimators._stats import SuffStats


def _exact_stats(X, g, k):
    """Means and centred sums by two passes in extended precision (float128 where there)."""
    wide = np.longdouble
    out_mean, out_m2, out_scatter = [], [], []
    for c in range(k):
        rows = X[g == c].astype(wide)
        m = rows.mean(axis=0)
        z = rows - m
        out_mean.append(m)
        out_m2.append((z * z).sum(axis=0))
        out_scatter.append(z.T @ z)
    return np.array(out_mean), np.array(out_m2), np.array(out_scatter)


@pytest.mark.parametrize("offset", [1e8, -3e7, 1e10])
def test_a_group_missing_from_the_first_range_keeps_its_digits(offset):
    rng = np.random.default_rng(5)
    n, d, k = 300_000, 3, 3
    X = offset + rng.normal(size=(n, d))
    g = rng.integers(0, k, size=n)
    g[: n // 3 + 10] = np.where(g[: n // 3 + 10] == 2, 0, g[: n // 3 + 10])  # 2 absent early
    stats = SuffStats.from_data(X, groups=g, n_groups=k, full=True, n_threads=3)
    mean, m2, scatter = _exact_stats(X, g, k)
    assert np.allclose(stats.mean, mean.astype(float), rtol=1e-15, atol=0)
    # One pass in the group's own frame is good to ~1e-14 (threads or not); the frame 0
    # lost 1.7e-12 at 1e8 and 8e-9 at 1e10.
    assert np.allclose(stats.m2, m2.astype(float), rtol=1e-13, atol=0)
    diag = np.einsum("kii->ki", scatter.astype(float))
    assert np.allclose(np.einsum("kii->ki", stats.scatter), diag, rtol=1e-13, atol=0)
