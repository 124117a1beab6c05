"""GaussianClassifier on dask arrays: per-chunk SuffStats merged in a tree, lazy prediction.

Only imported when ``fit``, ``partial_fit`` or a prediction method receive a dask
collection, so the core package never needs dask (``pip install .[dask]`` adds it). Each
row chunk is reduced on a worker to per-class ``SuffStats`` with the same function the
in-memory path uses; the partial statistics are merged pairwise with Chan, Golub &
LeVeque's formula in a tree of depth ``ceil(log2(n_chunks))``, so no worker ever holds
more than one chunk of ``X`` and the result equals an in-memory ``fit`` up to rounding.
Computation runs on whatever dask scheduler is active (a ``dask.distributed.Client`` if
one exists). Prediction methods map over row chunks and return lazy dask arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted

from ._labels import class_stats, encode_labels
from ._stats import SuffStats

T = TypeVar("T")


def fit_stats(
    X: Any, y: Any, sample_weight: Any, *, full: bool, classes: np.ndarray | None
) -> tuple[np.ndarray, SuffStats, int]:
    """Per-class sufficient statistics of a dask array.

    Parameters
    ----------
    X : dask.array.Array of shape (n_samples, n_features)
    y : dask.array.Array or array-like of shape (n_samples,)
    sample_weight : dask.array.Array, array-like of shape (n_samples,), or None
    full : bool
        Also accumulate the centred cross-products (full covariance).
    classes : ndarray of shape (n_classes,) or None
        Sorted labels; ``None`` computes ``unique(y)`` first (one extra pass over ``y``).

    Returns
    -------
    classes : ndarray of shape (n_classes,)
    stats : SuffStats with n_groups = n_classes
    n_features : int

    Raises
    ------
    ValueError
        If shapes disagree, chunk sizes are unknown, or a chunk holds NaN/inf, labels
        outside ``classes`` or invalid weights (the message names the chunk's rows).
    """
    import dask
    import dask.array as da

    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got a {X.ndim}-D dask array of shape {X.shape}.")
    if any(np.isnan(c) for c in X.chunks[0]):
        raise ValueError(
            "X has chunks of unknown size; call X.compute_chunk_sizes() before fitting."
        )
    X = X.rechunk({1: -1})  # one column block: each task sees whole rows
    row_chunks = X.chunks[0]
    y = _aligned(da, y, "y", X.shape[0], row_chunks)
    w = (
        None
        if sample_weight is None
        else _aligned(da, sample_weight, "sample_weight", X.shape[0], row_chunks)
    )
    if classes is None:
        classes = np.asarray(da.unique(y).compute())
        check_classification_targets(classes)
    n_features = int(X.shape[1])
    offsets = np.r_[0, np.cumsum(row_chunks)[:-1]].astype(int)
    x_blocks = X.to_delayed().ravel()
    y_blocks = y.to_delayed().ravel()
    w_blocks = [None] * len(x_blocks) if w is None else w.to_delayed().ravel()
    chunk = dask.delayed(chunk_stats, pure=True)
    parts = [
        chunk(xb, yb, wb, classes, full, int(off))
        for xb, yb, wb, off in zip(x_blocks, y_blocks, w_blocks, offsets, strict=True)
    ]
    root = tree_reduce(parts, dask.delayed(merge_stats, pure=True))
    (stats,) = dask.compute(root)
    return classes, stats, n_features


def map_rows(estimator: Any, X: Any, method: str) -> Any:
    """Apply a prediction method of a fitted classifier to each row chunk of a dask array.

    Parameters
    ----------
    estimator : fitted GaussianClassifier
    X : dask.array.Array of shape (n_samples, n_features)
    method : str
        ``"predict"``, ``"predict_proba"``, ``"predict_log_proba"``,
        ``"predict_joint_log_proba"`` or ``"decision_function"``.

    Returns
    -------
    dask.array.Array of shape (n_samples,) or (n_samples, n_classes), not yet computed.
    """
    check_is_fitted(estimator)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got a {X.ndim}-D dask array of shape {X.shape}.")
    if X.shape[1] != estimator.n_features_in_:
        raise ValueError(
            f"X has {X.shape[1]} features, but {type(estimator).__name__} is expecting "
            f"{estimator.n_features_in_} features as input."
        )
    X = X.rechunk({1: -1})
    fn = getattr(estimator, method)
    k = len(estimator.classes_)
    if method == "predict" or (method == "decision_function" and k == 2):
        dtype = estimator.classes_.dtype if method == "predict" else np.float64
        return X.map_blocks(fn, drop_axis=1, dtype=dtype, meta=np.empty((0,), dtype=dtype))
    return X.map_blocks(fn, chunks=(X.chunks[0], (k,)), dtype=np.float64)


def _aligned(da: Any, v: Any, name: str, n_rows: int, row_chunks: tuple[int, ...]) -> Any:
    arr = v if type(v).__module__.partition(".")[0] == "dask" else da.from_array(np.asarray(v))
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1 or arr.shape[0] != n_rows:
        raise ValueError(f"{name} has shape {arr.shape}, but X has {n_rows} rows.")
    return arr.rechunk((row_chunks,))


def chunk_stats(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray | None,
    classes: np.ndarray,
    full: bool,
    offset: int,
) -> SuffStats:
    """Per-class SuffStats of one row chunk (runs on a worker).

    Parameters
    ----------
    X : ndarray of shape (m, n_features)
    y : ndarray of shape (m,)
    w : ndarray of shape (m,) or None
    classes : ndarray of shape (n_classes,)
    full : bool
    offset : int
        Index of the chunk's first row in the whole array, for error messages.
    """
    X = np.asarray(X)
    if X.dtype.kind not in "biuf":
        raise ValueError(f"X must hold real numbers, got dtype {X.dtype}.")
    if X.dtype.kind != "f":
        X = X.astype(np.float64)
    bad = ~np.isfinite(X)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        what = "NaN" if np.isnan(X[row, col]) else "infinity"
        raise ValueError(f"Input X contains {what} at row {offset + row}, column {col}.")
    if w is not None:
        w = np.asarray(w, dtype=np.float64)
        if not np.all(np.isfinite(w)) or np.any(w < 0):
            raise ValueError(
                f"sample_weight must be finite and non-negative; rows {offset}.."
                f"{offset + len(w) - 1} contain a negative, NaN or infinite weight."
            )
    if len(X) == 0:
        return SuffStats.zeros(len(classes), X.shape[1], full=full)
    codes = encode_labels(np.asarray(y), classes)
    return class_stats(X, codes, w, len(classes), full=full, n_threads=1)


def merge_stats(a: SuffStats, b: SuffStats) -> SuffStats:
    """Chan, Golub & LeVeque merge of two partial statistics (a tree node)."""
    return a.merge(b)


def tree_reduce(items: Sequence[T], combine: Callable[[T, T], T]) -> T:
    """Combine ``items`` pairwise, level by level: depth ``ceil(log2(len(items)))``.

    A balanced tree keeps every merge between partial results of similar size (the
    accurate case of the pairwise variance update) and lets a scheduler run each level
    in parallel.
    """
    if not items:
        raise ValueError("Nothing to reduce: X has no row chunks.")
    level = list(items)
    while len(level) > 1:
        nxt = [combine(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]
