"""Per-class Gaussian log-densities for many rows at once, fast and without cancellation.

The classifier stores raw maximum-likelihood moments (``means_``, ``vars_`` or
``covariances_``); everything that depends on the smoothing settings is built here,
at prediction time, from those moments. Two kernels:

- ``DiagModel``: the diagonal model. ``(x - mu)^2 / s`` is expanded into
  ``x^2 / s - 2 x mu / s + mu^2 / s`` so that all classes are scored by one matrix
  product per block of rows. The expansion cancels when ``|x|`` and ``|mu|`` are large
  compared with the spread, so (1) rows are first centred on the pooled training mean,
  which removes a common offset exactly where it would hurt most, and (2) every row for
  which a rounding-error bound of the expansion exceeds its winning margin, or 1e-10 on a
  class that may hold posterior mass, is recomputed with the direct ``(x - mu)^2`` form,
  so labels and probabilities agree with the direct computation.
- ``FullModel`` (in ``_classifier_full``): the full-covariance model.

The helpers shared by both (pooled moments, the smoothing epsilon, log priors, blocking
and single-threaded BLAS) live here.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

LOG_2PI = float(np.log(2.0 * np.pi))
# Work on row blocks of about this many float64 cells (512 KiB): the block's temporaries stay
# in cache (measured fastest on 1e6 x 20), and no N-sized temporary exists but the output.
_BLOCK_CELLS = 1 << 16
# Rows whose expanded scores may be off by more than this (for a class holding posterior
# mass above exp(-_RELEVANT) of the winner's) are rescored directly; see DiagModel._refine.
_PROBA_TOL = 1e-10
_RELEVANT = 40.0


def pooled_moments(
    count: np.ndarray, means: np.ndarray, variances: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Mean and variance of all classes pooled together (law of total variance).

    Parameters
    ----------
    count : ndarray of shape (n_classes,)
        Weighted class counts; classes with count 0 do not contribute.
    means : ndarray of shape (n_classes, n_features)
    variances : ndarray of shape (n_classes, n_features)
        Per-class MLE variances (divisor = count).

    Returns
    -------
    mean, var : ndarray of shape (n_features,)
    """
    total = float(count.sum())
    if total <= 0.0:
        raise ValueError("The classifier has seen no sample with positive weight.")
    seen = count > 0
    c, m, v = count[seen], means[seen], variances[seen]
    mean = c @ m / total
    var = c @ (v + (m - mean) ** 2) / total
    return mean, var


def smoothing_epsilon(var_smoothing: float, pooled_var: np.ndarray) -> float:
    """The variance added to every class and feature: ``var_smoothing * max pooled variance``.

    When every feature is constant over all training data the pooled variance is 0 and the
    data has no scale of its own; unit scale is assumed then, so that smoothing still
    separates the classes by their priors instead of producing 0/0.
    """
    scale = float(np.max(pooled_var)) if pooled_var.size else 0.0
    return var_smoothing * (scale if scale > 0.0 else 1.0)


def log_priors(priors: np.ndarray, count: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``log(priors)``, with ``-inf`` for classes without data; raises if none is left."""
    seen = count > 0
    with np.errstate(divide="ignore"):
        log_prior = np.log(priors)
    # A class with no data cannot have generated a row, whatever its prior says.
    log_prior = np.where(seen, log_prior, -np.inf)
    if not np.any(np.isfinite(log_prior)):
        raise ValueError(
            "Every class that has training data has prior 0 "
            f"(classes with data: {labels[seen].tolist()}); no row can be classified."
        )
    return log_prior


@functools.cache
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController  # a scikit-learn dependency

    return ThreadpoolController()


_blas_lock = threading.Lock()
_blas_users = 0
_blas_limiter: Any = None


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Limit BLAS to one thread while scoring blocks.

    The per-block products are small (about 1600 x 40 times 40 x K); OpenBLAS gains
    nothing from threading them and, on a shared machine, its spinning threads made the
    same prediction 2-5x slower in our measurements. The limit is process-wide, so it is
    reference-counted: with predictions running in several threads at once (a threaded
    dask scheduler), the first to enter sets it and the last to leave restores the
    original thread count.
    """
    global _blas_users, _blas_limiter
    with _blas_lock:
        if _blas_users == 0:
            _blas_limiter = _blas_controller().limit(limits=1, user_api="blas")
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0:
                _blas_limiter.restore_original_limits()
                _blas_limiter = None


def show_label(label: object) -> str:
    """A class label as users wrote it (``0``, ``'spam'``), not as ``np.int64(0)``."""
    return repr(label.item() if isinstance(label, np.generic) else label)


def block_rows(width: int) -> int:
    """Rows per block for temporaries ``width`` float64 cells wide."""
    return max(256, _BLOCK_CELLS // max(width, 1))


@dataclass(frozen=True)
class DiagModel:
    """Diagonal-covariance class densities, ready for scoring.

    Attributes
    ----------
    centre : ndarray of shape (n_features,)
        Pooled training mean, subtracted from every row before the expansion.
    means : ndarray of shape (n_classes, n_features)
        Class means (uncentred), used by the direct recomputation.
    inv_var : ndarray of shape (n_classes, n_features)
        Reciprocals of the smoothed variances.
    weights : ndarray of shape (2 * n_features, n_classes)
        ``[(mu - centre) / s; -1/(2 s)]`` stacked, multiplied by ``[x', x'^2]``.
    const : ndarray of shape (n_classes,)
        Per-class constant of the expanded form (``-inf`` for classes without data).
    direct_const : ndarray of shape (n_classes,)
        Per-class constant of the direct form.
    err_scale : ndarray of shape (2, n_classes)
        Row-independent factors of the rounding-error bound (see ``_refine``).
    """

    centre: np.ndarray
    means: np.ndarray
    inv_var: np.ndarray
    weights: np.ndarray
    const: np.ndarray
    direct_const: np.ndarray
    err_scale: np.ndarray

    @classmethod
    def build(
        cls,
        *,
        count: np.ndarray,
        means: np.ndarray,
        variances: np.ndarray,
        priors: np.ndarray,
        labels: np.ndarray,
        var_smoothing: float,
        reg_param: float,
    ) -> DiagModel:
        """Apply the smoothing to raw MLE moments and precompute the scoring terms.

        ``s = (1 - reg_param) * var + reg_param + epsilon`` for every class and feature.

        Raises
        ------
        ValueError
            If a class with data is left with a zero variance (possible only when both
            ``var_smoothing`` and ``reg_param`` are 0).
        """
        centre, pooled_var = pooled_moments(count, means, variances)
        eps = smoothing_epsilon(var_smoothing, pooled_var)
        seen = count > 0
        s = (1.0 - reg_param) * variances + (reg_param + eps)
        bad = seen[:, None] & ~(s > 0.0)
        if np.any(bad):
            k, j = (int(i) for i in np.argwhere(bad)[0])
            raise ValueError(
                f"Class {show_label(labels[k])} has variance 0 in feature {j} and no smoothing "
                "is set (var_smoothing=0, reg_param=0); set var_smoothing > 0 or reg_param > 0."
            )
        # Classes without data get harmless placeholders; their -inf prior decides.
        s = np.where(seen[:, None], s, 1.0)
        mu = np.where(seen[:, None], means, centre) - centre
        inv = 1.0 / s
        d = means.shape[1]
        log_prior = log_priors(priors, count, labels)
        direct_const = -0.5 * (d * LOG_2PI + np.log(s).sum(axis=1)) + log_prior
        msum = (mu * mu * inv).sum(axis=1)
        weights = np.concatenate([(mu * inv).T, (-0.5 * inv).T], axis=0)
        err_scale = np.stack([inv.max(axis=1), msum])
        return cls(
            centre=centre,
            means=means,
            inv_var=inv,
            weights=np.ascontiguousarray(weights),
            const=direct_const - 0.5 * msum,
            direct_const=direct_const,
            err_scale=err_scale,
        )

    def joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        """``log p(x | class) + log prior`` for every row and class.

        Parameters
        ----------
        X : ndarray of shape (n_samples, n_features), float32 or float64

        Returns
        -------
        ndarray of shape (n_samples, n_classes), float64
        """
        n, d = X.shape
        k = self.const.shape[0]
        out = np.empty((n, k))
        rows = block_rows(2 * d)
        # Blocks are laid out feature-major (2D, m) and scored class-major (K, m): the
        # per-row checks in _refine then reduce over K contiguous rows of length m, which
        # numpy vectorises, instead of over K-long rows, which it does not.
        buf = np.empty((2 * d, min(rows, n)))
        res = np.empty((k, min(rows, n)))
        wt = np.ascontiguousarray(self.weights.T)
        const = self.const[:, None]
        # Rows beyond float64's range score -inf (or NaN) here; predict_log_proba reports
        # them by name, so numpy's overflow warnings would only repeat that.
        with single_threaded_blas(), np.errstate(over="ignore", invalid="ignore"):
            for start in range(0, n, rows):
                stop = min(start + rows, n)
                m = stop - start
                b, r = buf[:, :m], res[:, :m]
                np.subtract(X[start:stop].T, self.centre[:, None], out=b[:d])
                np.square(b[:d], out=b[d:])
                np.matmul(wt, b, out=r)
                r += const
                self._refine(X[start:stop], b[d:].sum(axis=0), r)
                out[start:stop] = r.T
        return out

    def _refine(self, Xb: np.ndarray, norm2: np.ndarray, block: np.ndarray) -> None:
        """Recompute, in the direct form, rows the expansion may have scored inaccurately.

        ``block`` is class-major, shape (n_classes, m). The expanded score of class k is a
        sum of 2D + 1 terms whose magnitudes add up to at most
        ``|x'|^2 max(1/s_k) + sum(mu'_k^2 / s_k)``; each rounding step is at most one unit
        roundoff of the running magnitude, so ``b_k = 4 (2D + 4) u`` times that sum bounds
        the error generously. A row is redone when

        - another class scores within ``b_top1 + b_k`` of the winner (the label could
          change), or
        - some class that may hold posterior mass above ``exp(-_RELEVANT)`` of the winner's
          has ``b_k > _PROBA_TOL`` (its probability could be off by more than ~1e-10).

        A row-wise upper bound over all classes is tried first because it costs O(n) and
        clears every row of well-scaled data; only rows it does not clear get the per-class
        test. Near-ties and hard data (offsets that centring did not remove, tiny variances
        next to large ones) are thereby rescored exactly.
        """
        if block.shape[1] == 0:
            return
        d = Xb.shape[1]
        unit = 4.0 * (2 * d + 4) * np.finfo(np.float64).eps
        a, b = self.err_scale
        row_bound = unit * (norm2 * a.max() + b.max())
        top = block.max(axis=0)
        close = np.count_nonzero(block >= top - 2.0 * row_bound, axis=0) > 1
        suspect = np.flatnonzero(close | (row_bound > _PROBA_TOL))
        if suspect.size == 0:
            return
        sub = block[:, suspect]
        bound = unit * (norm2[suspect] * a[:, None] + b[:, None])
        top = top[suspect]
        uncertain = (bound > _PROBA_TOL) & (sub + bound > top - _RELEVANT)
        near = np.count_nonzero(sub + bound >= top - bound.max(axis=0), axis=0) > 1
        rows = suspect[uncertain.any(axis=0) | near]
        if rows.size:
            block[:, rows] = self._direct(Xb[rows]).T

    def _direct(self, X: np.ndarray) -> np.ndarray:
        diff = X.astype(np.float64)[:, None, :] - self.means[None, :, :]
        maha = np.einsum("nkd,nkd,kd->nk", diff, diff, self.inv_var)
        return -0.5 * maha + self.direct_const
