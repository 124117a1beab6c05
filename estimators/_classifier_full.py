"""Full-covariance class densities (quadratic discriminant analysis) for many rows at once.

Each class's smoothed covariance ``S_k = L_k L_k^T`` is factored once; rows are whitened
with ``W_k = L_k^{-T}`` and the whitened class mean is subtracted *before* squaring, so the
Mahalanobis distance has no quadratic cancellation. A class whose MLE covariance is
singular is refused unless ``reg_param > 0`` (see ``rank_deficient_classes``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._classifier_predict import (
    LOG_2PI,
    block_rows,
    log_priors,
    pooled_moments,
    show_label,
    single_threaded_blas,
    smoothing_epsilon,
)

# A class covariance whose correlation matrix has an eigenvalue below this is treated as
# rank-deficient (exactly singular matrices give ~1e-16 here, well-posed ones far more).
RANK_TOL = 1e-10


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
        f"The covariance matrix of class {show_label(label)} is rank-deficient (rank {rank} of "
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
                    f"The regularised covariance of class {show_label(labels[k])} is not positive "
                    f"definite (reg_param={reg_param}); increase reg_param."
                ) from None
            # W = L^{-T}: solve L W^T = I rather than forming an inverse of S.
            w = np.linalg.solve(chol, eye).T
            whiten[k] = w
            offsets[k] = (means[k] - centre) @ w
            logdet[k] = 2.0 * np.log(np.diag(chol)).sum()
        const = -0.5 * (d * LOG_2PI + logdet) + log_priors(priors, count, labels)
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
        rows = block_rows(2 * d)
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
