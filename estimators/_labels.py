"""Labels: encoding them as class positions, and per-class statistics of one batch.

Shared by the in-memory classifier and its dask path (which reduces each chunk
with the same function), so neither imports the other.
"""

from __future__ import annotations

import numpy as np
from sklearn.utils.multiclass import check_classification_targets

from ._stats import SuffStats

# Integer labels spanning fewer values than this are encoded with a lookup table.
_DENSE_LABEL_SPAN = 1 << 22


def classes_and_codes(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct labels of 1-D ``y`` and each label's position among them.

    Equivalent to ``np.unique(y, return_inverse=True)`` after scikit-learn's target check.
    For integer labels in a narrow range a counting pass replaces both the sort and the
    check: 1-D integers are always binary or multiclass targets, and on 1e6 labels this
    saves about 0.13 s of a 0.5 s fit.
    """
    if y.ndim == 1 and y.dtype.kind in "iu" and y.size:
        lo, hi = int(y.min()), int(y.max())
        if hi - lo < _DENSE_LABEL_SPAN:
            offset = y.astype(np.intp, copy=False) if lo == 0 else (y - lo).astype(np.intp)
            present = np.bincount(offset, minlength=hi - lo + 1) > 0
            classes = (np.flatnonzero(present) + lo).astype(y.dtype)
            if present.all():
                # Labels lo..hi, all present: a label's position is label - lo.
                return classes, offset
            position = np.cumsum(present) - 1
            return classes, position[offset]
    check_classification_targets(y)
    return np.unique(y, return_inverse=True)


def class_stats(
    X: np.ndarray,
    codes: np.ndarray,
    weights: np.ndarray | None,
    n_classes: int,
    *,
    full: bool,
    n_threads: int | None = None,
) -> SuffStats:
    """Per-class SuffStats of one batch (also used per chunk by the dask path).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    codes : ndarray of int of shape (n_samples,)
        Position of each row's label in ``classes_``.
    weights : ndarray of shape (n_samples,) or None
    n_classes : int
    full : bool
        Also accumulate the centred cross-products.
    n_threads : int, optional
        Threads over row ranges (default: one per core; the dask path passes 1, its
        scheduler already runs chunks in parallel).

    With ``full``, float data go through ``class_scatter`` (one gather and one BLAS product
    per class and chunk); data whose squares leave float64's normal range, for which it
    returns None, through ``SuffStats.from_data``, which rescales them.
    """
    if full and isinstance(X, np.ndarray) and X.ndim == 2 and X.dtype.kind == "f":
        from ._class_scatter import class_scatter

        stats = class_scatter(X, codes, weights, n_classes, n_threads)
        if stats is not None:
            return stats
    return SuffStats.from_data(
        X, weights=weights, groups=codes, n_groups=n_classes, full=full, n_threads=n_threads
    )


def encode_labels(y: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Positions of ``y``'s labels in sorted ``classes``; unknown labels raise ValueError."""
    codes = np.searchsorted(classes, y)
    codes = np.clip(codes, 0, len(classes) - 1)
    unknown = classes[codes] != y
    if np.any(unknown):
        raise ValueError(
            f"The label(s) {np.unique(np.asarray(y)[unknown]).tolist()} in y are not in "
            f"classes {classes.tolist()}."
        )
    return codes
