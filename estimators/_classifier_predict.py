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

The helpers shared by both (pooled moments, the smoothing epsilon, log priors, per-feature
scales, block sizes) live here; both kernels write their scores into a ``_scores.Scores``
and split the rows over threads with ``_scores.score_rows``.

Extreme data. Both kernels work in per-feature units ``x / scale_j``, with ``scale_j`` a
power of two near the pooled standard deviation whenever that lies outside 2^-200..2^200
(about 1e-60..1e60; otherwise 1). A power of two changes no digit, so well-scaled data get
bit-for-bit the same products, while data around 1e-155 (variances near 1e-310, below the
smallest normal float64, whose reciprocal overflows) or 1e+150 (squares near 1e300) are
scored with O(1) numbers; ``-sum_j log(scale_j)`` is added back to every class.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._blocks import check_finite_rows
from ._scores import Scores, score_rows

LOG_2PI = float(np.log(2.0 * np.pi))
# Work on row blocks of about this many float64 cells (512 KiB): the block's temporaries stay
# in cache (measured fastest on 1e6 x 20), and no N-sized temporary exists but the output.
_BLOCK_CELLS = 1 << 16
# Rows whose expanded scores may be off by more than this (for a class holding posterior
# mass above exp(-_RELEVANT) of the winner's) are rescored directly; see DiagModel._refine.
_PROBA_TOL = 1e-10
_RELEVANT = 40.0
# Standard deviations within 2^-_SAFE_EXPONENT..2^_SAFE_EXPONENT need no rescaling: their
# squares, reciprocals and the squares of rows many deviations away stay normal numbers.
_SAFE_EXPONENT = 200


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


def show_label(label: object) -> str:
    """A class label as users wrote it (``0``, ``'spam'``), not as ``np.int64(0)``."""
    return repr(label.item() if isinstance(label, np.generic) else label)


def block_rows(width: int) -> int:
    """Rows per block for temporaries ``width`` float64 cells wide."""
    return max(256, _BLOCK_CELLS // max(width, 1))


def feature_scales(var: np.ndarray) -> np.ndarray:
    """Per-feature powers of two near ``sqrt(var)``; 1 where no rescaling is needed.

    Parameters
    ----------
    var : ndarray of shape (n_features,)
        Non-negative variances (subnormal values included).

    Returns
    -------
    ndarray of shape (n_features,)
        ``2**e`` with ``e = round(log2(sqrt(var)))`` when ``|e| > 200``, else 1.0.
    """
    sd = np.sqrt(np.asarray(var, dtype=np.float64))
    with np.errstate(divide="ignore", invalid="ignore"):
        e = np.round(np.log2(sd))
    e = np.where(np.isfinite(e) & (np.abs(e) > _SAFE_EXPONENT), e, 0.0)
    return np.ldexp(1.0, e.astype(np.int64))


def scale_variances(var: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """``var / scale**2`` without forming ``scale**2`` (which may under- or overflow)."""
    return var / scale / scale


@dataclass(frozen=True)
class DiagModel:
    """Diagonal-covariance class densities, ready for scoring.

    All per-feature quantities are in scaled units ``x / scale`` (see ``feature_scales``).

    Attributes
    ----------
    centre : ndarray of shape (n_features,)
        Pooled training mean, subtracted from every row before the expansion.
    inv_scale : ndarray of shape (n_features,) or None
        ``1 / scale``; None when every scale is 1.
    means : ndarray of shape (n_classes, n_features)
        Class means (uncentred, data units), used by the direct recomputation.
    inv_var : ndarray of shape (n_classes, n_features)
        Reciprocals of the smoothed variances, in scaled units.
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
    inv_scale: np.ndarray | None
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
            ``var_smoothing`` and ``reg_param`` are 0), or if the smoothed variances are
            not finite.
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
        if not np.all(np.isfinite(s[seen])) or not np.all(np.isfinite(centre)):
            raise ValueError(
                "The class variances overflow float64 (the data spread beyond about 1e154); "
                "rescale the data."
            )
        scale = feature_scales((1.0 - reg_param) * pooled_var + (reg_param + eps))
        # Classes without data get harmless placeholders; their -inf prior decides.
        s = np.where(seen[:, None], scale_variances(s, scale), 1.0)
        mu = (np.where(seen[:, None], means, centre) - centre) / scale
        inv = 1.0 / s
        d = means.shape[1]
        log_prior = log_priors(priors, count, labels)
        # log N(x | mu, s) in data units = log N(x / scale | mu / scale, s / scale^2)
        #                                  - sum_j log(scale_j).
        log_scale = float(np.log(scale).sum())
        direct_const = -0.5 * (d * LOG_2PI + np.log(s).sum(axis=1)) - log_scale + log_prior
        msum = (mu * mu * inv).sum(axis=1)
        weights = np.concatenate([(mu * inv).T, (-0.5 * inv).T], axis=0)
        err_scale = np.stack([inv.max(axis=1), msum])
        return cls(
            centre=centre,
            inv_scale=None if np.all(scale == 1.0) else 1.0 / scale,
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
        ndarray of shape (n_samples, n_classes), float64 (a view of class-major storage)
        """
        return self._score(X, Scores(len(X), self.const.shape[0]))

    def best_classes(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's most likely class and its joint log-likelihood, in the threads."""
        scores = Scores(len(X), self.const.shape[0], best=True)
        self._score(X, scores)
        return scores.best, scores.top

    def _score(self, X: np.ndarray, scores: Scores) -> np.ndarray:
        n, d = X.shape
        k = self.const.shape[0]
        rows = block_rows(2 * d)
        wt = np.ascontiguousarray(self.weights.T)
        const = self.const[:, None]
        centre = self.centre[:, None]
        inv_scale = None if self.inv_scale is None else self.inv_scale[:, None]

        def kernel(lo: int, hi: int) -> None:
            # Blocks are laid out feature-major (2D, m) and scored class-major (K, m): the
            # per-row checks in _refine then reduce over K contiguous rows of length m,
            # which numpy vectorises, instead of over K-long rows, which it does not.
            buf = np.empty((2 * d, min(rows, hi - lo)))
            for start in range(lo, hi, rows):
                stop = min(start + rows, hi)
                m = stop - start
                b = buf[:, :m]
                r = scores.view(start, stop)
                np.subtract(X[start:stop].T, centre, out=b[:d])
                if inv_scale is not None:
                    b[:d] *= inv_scale
                np.square(b[:d], out=b[d:])
                np.matmul(wt, b, out=r)
                r += const
                norm2 = b[d:].sum(axis=0)
                if not np.isfinite(norm2).all():
                    # NaN or infinity in X is named; finite rows too far out to square
                    # score -inf and are reported by the prediction methods.
                    check_finite_rows(X[start:stop], start)
                self._refine(X[start:stop], norm2, r)
                scores.done(start, stop)

        return score_rows(n, kernel, scores, 2 * d * k)

    def _refine(self, Xb: np.ndarray, norm2: np.ndarray, block: np.ndarray) -> None:
        """Recompute, in the direct form, rows the expansion may have scored inaccurately.

        ``block`` is class-major, shape (n_classes, m). The expanded score of class k is a
        sum of 2D + 1 terms whose magnitudes add up to at most
        ``|x'|^2 max(1/s_k) + sum(mu'_k^2 / s_k)``. Each term carries at most ~7 unit
        roundoffs u from its inputs (x' and its square, mu' / s, 1 / s, the product) and
        the sum adds at most (2D + 1) u of that magnitude, whatever the order of the BLAS
        summation; ``b_k = (2D + 8) eps = 2 (2D + 8) u`` times the magnitude bounds the error
        with a factor of 2 to spare. (The earlier factor 4 (2D + 4) eps sent every row of
        200-feature data to the slow direct form: 1 s to predict 1e5 rows.) A row is redone
        when

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
        unit = (2 * d + 8) * np.finfo(np.float64).eps
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
        """Scores by the direct form ``-(x - mu)^2 / (2 s)``, shape (n_samples, n_classes)."""
        diff = X.astype(np.float64)[:, None, :] - self.means[None, :, :]
        if self.inv_scale is not None:
            diff *= self.inv_scale
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            maha = np.einsum("nkd,nkd,kd->nk", diff, diff, self.inv_var)
        return -0.5 * maha + self.direct_const
