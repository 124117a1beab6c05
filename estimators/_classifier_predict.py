"""Per-class Gaussian log-densities for many rows at once, fast and without cancellation.

The classifier stores raw maximum-likelihood moments (``means_``, ``vars_`` or
``covariances_``); everything that depends on the smoothing settings is built here,
at prediction time, from those moments. Two kernels:

- ``DiagModel``: the diagonal model. ``(x - mu)^2 / s`` is expanded into
  ``x^2 / s - 2 x mu / s + mu^2 / s`` so that all classes are scored by one matrix
  product per block of rows. The expansion cancels when ``|x|`` and ``|mu|`` are large
  compared with the spread, so (1) rows are first centred on the pooled training mean,
  which removes a common offset exactly where it would hurt most, and (2) every row whose
  winning margin is smaller than a rounding-error bound of the expansion is recomputed
  with the direct ``(x - mu)^2`` form, so labels agree with the direct computation.
- ``FullModel``: the full-covariance model. Each class's precision is factored as
  ``W_k W_k^T`` (``W_k = L_k^{-T}`` from the Cholesky factor ``L_k``); rows are whitened by
  one product with all ``W_k`` stacked side by side, and the class mean is subtracted
  *before* squaring, so there is no quadratic cancellation.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np

_LOG_2PI = float(np.log(2.0 * np.pi))
# Work on row blocks of about this many float64 cells (512 KiB): the block's temporaries stay
# in cache (measured fastest on 1e6 x 20), and no N-sized temporary exists but the output.
_BLOCK_CELLS = 1 << 16
# A class covariance whose correlation matrix has an eigenvalue below this is treated as
# rank-deficient (exactly singular matrices give ~1e-16 here, well-posed ones far more).
RANK_TOL = 1e-10
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


def _log_priors(priors: np.ndarray, count: np.ndarray, labels: np.ndarray) -> np.ndarray:
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


def single_threaded_blas() -> Any:
    """Context limiting BLAS to one thread while scoring blocks.

    The per-block products are small (about 1600 x 40 times 40 x K); OpenBLAS gains
    nothing from threading them and, on a shared machine, its spinning threads made the
    same prediction 2-5x slower in our measurements.
    """
    return _blas_controller().limit(limits=1, user_api="blas")


def _show(label: object) -> str:
    """A class label as users wrote it (``0``, ``'spam'``), not as ``np.int64(0)``."""
    return repr(label.item() if isinstance(label, np.generic) else label)


def _block_rows(width: int) -> int:
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
                f"Class {_show(labels[k])} has variance 0 in feature {j} and no smoothing is set "
                "(var_smoothing=0, reg_param=0); set var_smoothing > 0 or reg_param > 0."
            )
        # Classes without data get harmless placeholders; their -inf prior decides.
        s = np.where(seen[:, None], s, 1.0)
        mu = np.where(seen[:, None], means, centre) - centre
        inv = 1.0 / s
        d = means.shape[1]
        log_prior = _log_priors(priors, count, labels)
        direct_const = -0.5 * (d * _LOG_2PI + np.log(s).sum(axis=1)) + log_prior
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
        rows = _block_rows(2 * d)
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


def rank_deficient_classes(count: np.ndarray, covariances: np.ndarray) -> list[tuple[int, int]]:
    """Classes whose MLE covariance is singular, as ``(class index, numerical rank)``.

    The rank is read off the correlation matrix, so that features on very different scales
    do not look collinear; a feature constant within the class makes the class deficient.
    """
    out = []
    d = covariances.shape[1]
    for k in np.flatnonzero(count > 0):
        cov = covariances[k]
        sd = np.sqrt(np.clip(np.diag(cov), 0.0, None))
        live = sd > 0
        if not np.all(live):
            sub = cov[np.ix_(live, live)] / np.outer(sd[live], sd[live])
            rank = int(np.sum(np.linalg.eigvalsh(sub) > RANK_TOL)) if sub.size else 0
            out.append((int(k), rank))
            continue
        eig = np.linalg.eigvalsh(cov / np.outer(sd, sd))
        rank = int(np.sum(eig > RANK_TOL))
        if rank < d:
            out.append((int(k), rank))
    return out


def rank_deficiency_message(label: object, rank: int, n_features: int, count: float) -> str:
    """The error raised for a singular class covariance with ``reg_param=0``."""
    samples = f"{count:g} sample" + ("" if count == 1 else "s")
    return (
        f"The covariance matrix of class {_show(label)} is rank-deficient (rank {rank} of "
        f"{n_features} features, estimated from {samples}), so its Gaussian has no density; "
        "set reg_param > 0 (for example 0.1) to shrink it towards the identity, or use "
        'covariance="diag".'
    )


@dataclass(frozen=True)
class FullModel:
    """Full-covariance class densities, ready for scoring.

    Attributes
    ----------
    centre : ndarray of shape (n_features,)
    whiten : ndarray of shape (n_classes, n_features, n_features)
        ``W_k = L_k^{-T}``, with ``L_k L_k^T`` the smoothed covariance of class k.
    offsets : ndarray of shape (n_classes, n_features)
        ``(mu_k - centre) W_k``, subtracted after whitening.
    const : ndarray of shape (n_classes,)
    """

    centre: np.ndarray
    whiten: np.ndarray
    offsets: np.ndarray
    const: np.ndarray

    @classmethod
    def build(
        cls,
        *,
        count: np.ndarray,
        means: np.ndarray,
        covariances: np.ndarray,
        priors: np.ndarray,
        labels: np.ndarray,
        var_smoothing: float,
        reg_param: float,
    ) -> FullModel:
        """Regularise raw MLE covariances and factor them.

        ``S_k = (1 - reg_param) * Sigma_k + (reg_param + epsilon) * I``.

        Raises
        ------
        ValueError
            If ``reg_param == 0`` and a class covariance is rank-deficient, or if a
            regularised covariance still fails to factor.
        """
        k_classes, d = means.shape
        diag_vars = np.einsum("kii->ki", covariances)
        centre, pooled_var = pooled_moments(count, means, diag_vars)
        eps = smoothing_epsilon(var_smoothing, pooled_var)
        if reg_param == 0.0:
            for k, rank in rank_deficient_classes(count, covariances):
                raise ValueError(rank_deficiency_message(labels[k], rank, d, count[k]))
        seen = count > 0
        eye = np.eye(d)
        whiten = np.zeros((k_classes, d, d))
        offsets = np.zeros((k_classes, d))
        logdet = np.zeros(k_classes)
        for k in range(k_classes):
            if not seen[k]:
                continue
            s = (1.0 - reg_param) * covariances[k] + (reg_param + eps) * eye
            try:
                chol = np.linalg.cholesky(s)
            except np.linalg.LinAlgError:
                raise ValueError(
                    f"The regularised covariance of class {_show(labels[k])} is not positive "
                    f"definite (reg_param={reg_param}); increase reg_param."
                ) from None
            # W = L^{-T}: solve L W^T = I rather than forming an inverse of S.
            w = np.linalg.solve(chol, eye).T
            whiten[k] = w
            offsets[k] = (means[k] - centre) @ w
            logdet[k] = 2.0 * np.log(np.diag(chol)).sum()
        const = -0.5 * (d * _LOG_2PI + logdet) + _log_priors(priors, count, labels)
        return cls(centre=centre, whiten=whiten, offsets=offsets, const=const)

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
        out = np.empty((n, self.const.shape[0]))
        rows = _block_rows(2 * d)
        xc = np.empty((min(rows, n), d))
        z = np.empty((min(rows, n), d))
        live = np.flatnonzero(np.isfinite(self.const))
        dead = np.flatnonzero(~np.isfinite(self.const))
        out[:, dead] = 0.0
        # Rows beyond float64's range score -inf (or NaN) here; predict_log_proba reports
        # them by name, so numpy's overflow warnings would only repeat that.
        with single_threaded_blas(), np.errstate(over="ignore", invalid="ignore"):
            for start in range(0, n, rows):
                stop = min(start + rows, n)
                m = stop - start
                np.subtract(X[start:stop], self.centre, out=xc[:m])
                # One small product per class: measured faster here than one product
                # with all W_k side by side, whose (m, K*D) result leaves the cache.
                for k in live:
                    zb = z[:m]
                    np.matmul(xc[:m], self.whiten[k], out=zb)
                    zb -= self.offsets[k]
                    np.einsum("ij,ij->i", zb, zb, out=out[start:stop, k])
        out *= -0.5
        out += np.where(np.isfinite(self.const), self.const, 0.0)
        out[:, dead] = -np.inf  # classes without data (their prior is log 0)
        return out
