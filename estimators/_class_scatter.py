"""Per-class count, mean and scatter matrix of one batch, in one pass of BLAS products.

The full-covariance classifier needs, per class k, ``N_k``, ``m_k`` and the centred scatter
``C_k = sum_n w_n (x_n - m_k)(x_n - m_k)^T``; the ``gaussian-mvn-mle`` derivation's closed
forms are evaluated on them afterwards (``_mvn_forms``). The general path
(``SuffStats.from_data``) sorts every 4096-row block by class, transposes it and reduces it
with the compiled univariate forms; that took ~270 ms of CPU on 1e6 x 20, 10 classes.
Here the rows of a super-block (64 Ki rows, ~10 MiB at 20 features, in L3) are ordered by
class once (a radix sort of 8- or 16-bit codes), and each class's rows are gathered in
chunks (2500 rows at 20 features) into a row-major buffer, shifted by a reference row of
the class, and reduced by one ``G^T G`` and one ``1^T G`` per chunk. ``G^T G`` is a general
product of G with a copy of it, small enough for OpenBLAS's small-matrix kernel, where
numpy would call ``syrk`` for G with itself (slower at these shapes); with more than 31
features, ``syrk``. One thread, 1e6 x 20, 10 classes, a loaded machine: ~105 ms of CPU
(~113 with syrk and a broadcast shift), of which the gather is ~45, the shift ~14, the
products ~33 and the sort ~9.

Accuracy is the general path's: sums are taken about a reference row per class (Chan,
Golub & LeVeque's shifted data), centred with Steiner's identity, and summed again about the
mean when the reference was an outlier; ranges in threads are merged pairwise in the frame of
the first range that has the class. What this path does not do is rescale data whose squares leave
float64's normal range (around 1e-155 or 1e+150): it returns ``None`` when its own sums say
they may have (a mean square outside 2^-800..2^800, a non-finite sum on finite data), and
the caller runs the general path, which rescales by powers of two.
"""

from __future__ import annotations

import numpy as np

from ._blocks import check_finite_rows
from ._parallel import map_ranges, split_rows, worker_count
from ._stats import SuffStats, merge_ranges

# Rows ordered by class at once: long per-class runs, an order array of 512 KiB.
_SUPER_ROWS = 1 << 16
# Rows gathered per product (at most; 4096 x 20 float64 = 640 KiB, in L2).
_CHUNK_CELLS = 80 * 1024
# Multiply-adds of a product OpenBLAS (SkylakeX kernels) runs through its small-matrix
# kernel, and the fewest rows per chunk for which that beats syrk (see _range_stats).
_SMALL_PRODUCT = 100**3
_MIN_TWIN_ROWS = 1024
# Values per row of the shift's subtraction (see _range_stats).
_SHIFT_CELLS = 256
# Mean squares (about the reference) outside 2^-_SAFE..2^_SAFE send the batch to the
# general path: individual squares may have under- or overflowed there.
_SAFE = 800
# A reference row whose squared z-score exceeds this made Steiner's identity cancel more
# than ~5 bits (as in _stats): the range is summed again about the mean just found.
_CANCELLATION = 32.0


class _Unsafe(Exception):
    """The sums of a range may have left float64's normal range."""


def class_scatter(
    X: np.ndarray,
    codes: np.ndarray,
    weights: np.ndarray | None,
    n_classes: int,
    n_threads: int | None = None,
) -> SuffStats | None:
    """Per-class ``SuffStats`` with scatter, or ``None`` if the data need rescaling.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features), float32 or float64
    codes : ndarray of int of shape (n_samples,)
        Class position of each row, in ``[0, n_classes)``.
    weights : ndarray of shape (n_samples,) or None
        Finite non-negative weights (validated by the caller).
    n_classes : int
    n_threads : int, optional
        Threads over row ranges (default: one per core, see ``_parallel``).

    Raises
    ------
    ValueError
        Naming the first NaN or infinity of ``X`` (its row and column), including rows of
        weight 0.
    """
    n, d = X.shape
    k = n_classes
    small = np.uint8 if k <= 1 << 8 else np.uint16 if k <= 1 << 16 else np.intp
    workers = worker_count(n) if n_threads is None else max(1, int(n_threads))

    def run(lo: int, hi: int) -> tuple[SuffStats, np.ndarray] | None:
        try:
            return _range_stats(X, codes, weights, k, small, lo, hi, None)
        except _Unsafe:
            return None

    parts = map_ranges(run, split_rows(n, workers), d * d)
    if any(p is None for p in parts):
        return None
    total = merge_ranges(parts)  # one frame per class (see _stats.merge_ranges)
    return total if np.all(np.isfinite(total.mean)) else None


def _range_stats(
    X: np.ndarray,
    codes: np.ndarray,
    weights: np.ndarray | None,
    k: int,
    small: type,
    lo: int,
    hi: int,
    refs: np.ndarray | None,
) -> tuple[SuffStats, np.ndarray]:
    """Statistics of rows ``lo:hi``, means relative to the returned reference rows."""
    d = X.shape[1]
    # Buffers no larger than the range: small batches (partial_fit, dask chunks) stay small.
    chunk = max(256, _CHUNK_CELLS // max(1, d))
    # G^T G is a product of one array with itself, which numpy hands to BLAS syrk: 36-44
    # ms of CPU per 1e6 x 20. A general product of G with a copy of it, in chunks within
    # OpenBLAS's small-matrix kernel (D^2 * rows <= 100^3), took 28-35 ms with the copy.
    # Worth it where such chunks are long (D <= 31).
    within = _SMALL_PRODUCT // max(1, d * d)
    twin_rows = within >= _MIN_TWIN_ROWS
    if twin_rows:
        chunk = min(chunk, within)
    chunk = max(1, min(chunk, hi - lo))
    given = refs is not None
    refs = np.zeros((k, d)) if refs is None else refs
    seen = np.ones(k, dtype=bool) if given else np.zeros(k, dtype=bool)
    count = np.zeros(k)
    sum1 = np.zeros((k, d))
    cross = np.zeros((k, d, d))
    # The shift is subtracted from ``rep`` rows at a time, against the reference row
    # repeated ``rep`` times: numpy's inner loop then runs over rep * D values instead of D
    # (1e6 x 20, one thread: 17-27 -> 14-17 ms of CPU, depending on the machine's load).
    # The buffers hold whole groups of rep rows; the rows after the chunk's last are
    # subtracted too and never read.
    rep = max(1, _SHIFT_CELLS // max(1, d))
    capacity = -(-chunk // rep) * rep
    gathered = np.empty((capacity, d), dtype=X.dtype)
    shifted = np.empty((capacity, d)) if X.dtype != np.float64 else gathered
    tiled = np.empty(rep * d)
    twin = np.empty((chunk, d)) if twin_rows else None
    ones = np.ones(chunk)
    quiet = np.errstate(invalid="ignore", over="ignore", under="ignore")
    with quiet:
        for start in range(lo, hi, _SUPER_ROWS):
            stop = min(start + _SUPER_ROWS, hi)
            c = codes[start:stop].astype(small, copy=False)
            order = np.argsort(c, kind="stable")  # radix sort of small codes
            counts = np.bincount(c, minlength=k)
            w = None
            if weights is not None:
                w = weights[start:stop]
                zero = w[order] == 0
                if zero.any():
                    # Rows of weight 0 add nothing (0 * inf would be NaN) but are checked.
                    if not np.isfinite(X[start + order[zero]]).all():
                        check_finite_rows(X[start:stop], start)
                    counts = np.bincount(c[w > 0], minlength=k)
                    order = order[~zero]
                w = w[order]
            order += start
            ends = np.cumsum(counts)
            for g in np.flatnonzero(counts):
                first, last = int(ends[g] - counts[g]), int(ends[g])
                if not seen[g]:
                    refs[g], seen[g] = X[order[first]], True
                ref = refs[g]
                tiled.reshape(rep, d)[:] = ref
                for a in range(first, last, chunk):
                    b = min(a + chunk, last)
                    m = b - a
                    np.take(X, order[a:b], axis=0, out=gathered[:m], mode="clip")
                    whole = -(-m // rep) * rep
                    np.subtract(
                        gathered[:whole].reshape(-1, rep * d),
                        tiled,
                        out=shifted[:whole].reshape(-1, rep * d),
                    )
                    G = shifted[:m]
                    if w is None:
                        if twin is None:
                            cross[g] += G.T @ G  # syrk
                        else:
                            copy = twin[:m]
                            np.copyto(copy, G)
                            cross[g] += G.T @ copy
                        sum1[g] += ones[:m] @ G
                        count[g] += m
                    else:
                        wg = w[a:b]
                        cross[g] += G.T @ (G * wg[:, None])
                        sum1[g] += wg @ G
                        count[g] += wg.sum()
    if not (np.all(np.isfinite(cross)) and np.all(np.isfinite(sum1))):
        check_finite_rows(X[lo:hi], lo)  # NaN or infinity in X is named here
        raise _Unsafe  # finite data whose sums overflow: the general path rescales
    live = count > 0
    safe = np.ones(k, dtype=bool)
    diag = np.einsum("kii->ki", cross)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_square = np.where(live[:, None], diag / np.where(live, count, 1.0)[:, None], 1.0)
        tiny = (mean_square < 2.0**-_SAFE) & (sum1 != 0)
        safe = ~(tiny | (mean_square > 2.0**_SAFE)).any(axis=1)
    if not safe.all():
        raise _Unsafe
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(live[:, None], sum1 / np.where(live, count, 1.0)[:, None], 0.0)
        m2 = diag - mean * sum1
        z2 = np.where(live[:, None], mean * sum1 / np.where(m2 > 0, m2, 1.0), 0.0)
    if not given and ((m2 < 0) | (z2 > _CANCELLATION) | ((m2 == 0) & (mean != 0))).any():
        # An outlier served as a reference: sum the range again about the mean just found.
        better = np.where(live[:, None], refs + mean, refs)
        return _range_stats(X, codes, weights, k, small, lo, hi, better)
    scatter = cross - mean[:, :, None] * sum1[:, None, :]
    scatter = 0.5 * (scatter + scatter.transpose(0, 2, 1))
    m2 = np.maximum(m2, 0.0)
    scatter[:, np.arange(d), np.arange(d)] = m2
    return SuffStats(count, mean, m2, scatter), refs


__all__ = ["class_scatter"]
