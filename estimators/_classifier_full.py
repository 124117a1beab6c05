"""Full-covariance class densities (quadratic discriminant analysis) for many rows at once.

Each class's smoothed covariance ``S_k = L_k L_k^T`` is factored once; rows are whitened
with ``W_k = L_k^{-T}`` and the whitened class mean is subtracted *before* squaring, so the
Mahalanobis distance has no quadratic cancellation. A class whose MLE covariance is
singular is refused unless ``reg_param > 0`` (see ``rank_deficient_classes``).

Speed. Scoring costs ``n * K * D^2`` multiply-adds, all of them in one matrix product per
block of rows: the whitening matrices of all classes sit side by side in one
``(K*D, D+1)`` matrix whose last column holds the whitened means, so
``[W_1^T .. W_K^T | -o] @ [x - c; 1]`` gives every class's whitened rows at once; squaring
and summing them per class is one ``einsum``. Blocks are sized to stay in cache and the
rows are split over threads (``_parallel``).

Accuracy. Whitening ``x - c`` (``c`` the pooled mean) and subtracting the whitened class
mean ``o_k`` cancels linearly when class k lies far from ``c`` compared with its own
spread. The rounding error of ``z_k`` is then about ``u (D + 2) |mu_k - c|^T |W_k|`` per
coordinate; classes for which that could move a probability by more than ~1e-11 are
scored apart, centred on their own mean (``(x - mu_k) W_k``), as QDA does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._blocks import check_finite_rows
from ._classifier_predict import (
    LOG_2PI,
    feature_scales,
    log_priors,
    pooled_moments,
    show_label,
    smoothing_epsilon,
)
from ._scores import Scores, score_rows

# A class covariance whose correlation matrix has an eigenvalue below this is treated as
# rank-deficient (exactly singular matrices give ~1e-16 here, well-posed ones far more).
RANK_TOL = 1e-10
# Largest accepted bound on the error of a Mahalanobis distance from the batched product
# (see the module docstring); classes above it are centred on their own mean.
_BATCH_TOL = 1e-11
# Cells of the per-block product (K*D rows times the block's rows, 8 MiB): larger blocks keep
# the products efficient when K*D is large (1e5 x 200, 5 classes: 1.14 s of CPU against
# 1.55 s with 1 MiB blocks of 109 rows) and cost nothing measurable at 20 features.
_PRODUCT_CELLS = 1 << 20


def _correlation(cov: np.ndarray, sd: np.ndarray) -> np.ndarray:
    # Divide by sd twice rather than by outer(sd, sd): that product underflows for data
    # around 1e-155.
    return cov / sd[:, None] / sd[None, :]


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
            sub = _correlation(cov[np.ix_(live, live)], sd[live])
            rank = int(np.sum(np.linalg.eigvalsh(sub) > RANK_TOL)) if sub.size else 0
            out.append((int(k), rank))
            continue
        eig = np.linalg.eigvalsh(_correlation(cov, sd))
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
        Pooled training mean, subtracted from every row.
    means : ndarray of shape (n_classes, n_features)
        Class means, data units.
    whiten : ndarray of shape (n_classes, n_features, n_features)
        ``W_k`` with ``z = (x - mu_k) W_k`` standard normal under class k (data units:
        ``W_k = diag(1/scale) L'_k^{-T}``, ``L'_k`` the Cholesky factor of the scaled
        covariance).
    offsets : ndarray of shape (n_classes, n_features)
        ``(mu_k - centre) W_k``, subtracted after whitening.
    const : ndarray of shape (n_classes,)
        ``-(D log 2 pi + log det S_k) / 2 + log prior_k``; ``-inf`` for classes without data.
    batched : ndarray of int
        Classes scored by the one product per block.
    apart : ndarray of int
        Classes scored on their own, centred on their mean (see the module docstring).
    panels : tuple of (int, int, ndarray)
        The batched classes' whitening split by output coordinate: panel ``(lo, hi, A)``
        gives coordinates ``lo:hi`` of every batched class, ``A @ [1; x - c][:hi + 1]``
        with ``A`` of shape ``(len(batched) * (hi - lo), hi + 1)``. ``W_k`` is upper
        triangular, so coordinate ``j`` needs only features ``0..j``: three panels for
        D = 20 do a third fewer multiply-adds than one full product.
    """

    centre: np.ndarray
    means: np.ndarray
    whiten: np.ndarray
    offsets: np.ndarray
    const: np.ndarray
    batched: np.ndarray
    apart: np.ndarray
    panels: tuple

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

        ``S_k = (1 - reg_param) * Sigma_k + (reg_param + epsilon) * I``. The factorisation
        works on ``S_k`` scaled by per-feature powers of two (``feature_scales``), so that
        covariances near the ends of float64's range (data around 1e-155 or 1e+150)
        factor as accurately as well-scaled ones.

        Raises
        ------
        ValueError
            If ``reg_param == 0`` and a class covariance is rank-deficient, if a
            regularised covariance still fails to factor, or if it is not finite.
        """
        k_classes, d = means.shape
        diag_vars = np.einsum("kii->ki", covariances)
        centre, pooled_var = pooled_moments(count, means, diag_vars)
        eps = smoothing_epsilon(var_smoothing, pooled_var)
        if reg_param == 0.0:
            for k, rank in rank_deficient_classes(count, covariances):
                raise ValueError(rank_deficiency_message(labels[k], rank, d, count[k]))
        seen = count > 0
        if not (np.all(np.isfinite(covariances[seen])) and np.all(np.isfinite(centre))):
            raise ValueError(
                "The class covariances overflow float64 (the data spread beyond about 1e154); "
                "rescale the data."
            )
        scale = feature_scales((1.0 - reg_param) * pooled_var + (reg_param + eps))
        ridge = (reg_param + eps) / scale / scale
        eye = np.eye(d)
        whiten = np.zeros((k_classes, d, d))
        offsets = np.zeros((k_classes, d))
        logdet = np.zeros(k_classes)
        for k in range(k_classes):
            if not seen[k]:
                continue
            s = (1.0 - reg_param) * _correlation(covariances[k], scale)
            s[np.diag_indices(d)] += ridge
            try:
                chol = np.linalg.cholesky(s)
            except np.linalg.LinAlgError:
                raise ValueError(
                    f"The regularised covariance of class {show_label(labels[k])} is not positive "
                    f"definite (reg_param={reg_param}); increase reg_param."
                ) from None
            # W = diag(1/scale) L^{-T}: solve L W'^T = I rather than forming an inverse of S.
            # L^{-1} is lower triangular; np.tril makes the zeros exact (the scoring kernel
            # relies on W being upper triangular). scipy's solve_triangular took 8 ms per
            # 20 x 20 call here (its BLAS waking threads), numpy's solve 0.05 ms.
            w = np.tril(np.linalg.solve(chol, eye)).T / scale[:, None]
            whiten[k] = w
            offsets[k] = (means[k] - centre) @ w
            logdet[k] = 2.0 * np.log(np.diag(chol)).sum() + 2.0 * np.log(scale).sum()
        if not (np.all(np.isfinite(whiten)) and np.all(np.isfinite(offsets))):
            raise ValueError(
                "The whitened class means do not fit in float64 (classes too far apart for "
                "their spread); rescale the data."
            )
        const = -0.5 * (d * LOG_2PI + logdet) + log_priors(priors, count, labels)
        live = np.flatnonzero(np.isfinite(const))
        # Rounding bound of the batched z_k (module docstring): u (D + 2) |mu_k - c|^T |W_k|,
        # and the distance error 2 |z| |dz| with |z|^2 ~ D for rows near class k.
        err = (
            np.finfo(np.float64).eps
            * (d + 2)
            * np.einsum("kd,kde->ke", np.abs(means - centre), np.abs(whiten))
        )
        dist_err = 2.0 * np.sqrt(d) * np.sqrt((err * err).sum(axis=1))
        batched = live[dist_err[live] <= _BATCH_TOL]
        apart = live[dist_err[live] > _BATCH_TOL]
        return cls(
            centre=centre,
            means=means,
            whiten=whiten,
            offsets=offsets,
            const=const,
            batched=batched,
            apart=apart,
            panels=_panels(whiten[batched], offsets[batched]),
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
        """Each row's most likely class, and a value finite exactly where its density is > 0.

        Rows are scored in float32 and a label is kept only where a proven error bound
        says the float64 kernel would give it too; the other rows are scored in float64
        (``_classifier_full32``). The second array is the winner's joint log-likelihood
        for rows scored in float64 and an approximation of it (or, with two classes, 0.0)
        for the others; it is finite exactly where the float64 one is.
        """
        from ._classifier_full32 import float32_labels

        scores = Scores(len(X), self.const.shape[0], best=True)
        if not float32_labels(self, X, scores):
            self._score(X, scores)
        return scores.best, scores.top

    def scorer64(self, m_max: int) -> Scorer64:
        """The float64 block kernel for blocks of at most ``m_max`` rows."""
        return Scorer64(self, m_max)

    def panels_of(self, classes: np.ndarray, offsets: np.ndarray | None = None) -> tuple:
        """The whitening panels of ``classes`` (see :func:`_panels`), subtracting
        ``offsets`` (one row per class; default ``self.offsets[classes]``) after whitening."""
        return _panels(self.whiten[classes], self.offsets[classes] if offsets is None else offsets)

    def block_rows(self) -> int:
        """Rows per block of the float64 kernel (see ``_PRODUCT_CELLS``)."""
        d = self.means.shape[1]
        return max(256, min(4096, _PRODUCT_CELLS // max(1, len(self.batched) * d + d + 1)))

    def _score(self, X: np.ndarray, scores: Scores) -> np.ndarray:
        n, d = X.shape
        rows = self.block_rows()

        def kernel(lo: int, hi: int) -> None:
            score = Scorer64(self, min(rows, hi - lo))
            for start in range(lo, hi, rows):
                stop = min(start + rows, hi)
                score(X[start:stop], start, scores.view(start, stop))
                scores.done(start, stop)

        return score_rows(n, kernel, scores, self.const.shape[0] * d * d)


class Scorer64:
    """The float64 kernel: scores blocks of at most ``m_max`` rows into class-major slots.

    One per thread (it owns the block's buffers). ``__call__(Xb, row0, block)`` writes
    the joint log-likelihood of rows ``Xb`` (rows ``row0...`` of the caller's X, for
    naming a NaN) into ``block`` of shape (n_classes, len(Xb)).
    """

    def __init__(self, model: FullModel, m_max: int) -> None:
        self.model = model
        d = model.means.shape[1]
        nb, n_apart = len(model.batched), len(model.apart)
        self.everything = nb == model.const.shape[0]
        self.centre = model.centre[:, None]
        self.batched_const = model.const[model.batched][:, None]
        self.dead = np.flatnonzero(~np.isfinite(model.const))
        self.apart_shift = [(model.means[k] - model.centre)[:, None] for k in model.apart]
        self.apart_w = [np.ascontiguousarray(model.whiten[k].T) for k in model.apart]
        self.xa = np.empty((d + 1, m_max))  # [1; x - c], feature-major
        self.xa[0] = 1.0
        self.z = np.empty((nb * d, m_max))
        self.maha = np.empty((nb, m_max))
        self.part = np.empty((nb, m_max))
        self.own = np.empty((d, m_max)) if n_apart else None
        self.zk = np.empty((d, m_max)) if n_apart else None
        self.one = np.empty(m_max)

    def __call__(self, Xb: np.ndarray, row0: int, block: np.ndarray) -> None:
        model, m = self.model, len(Xb)
        nb = len(model.batched)
        xa, maha, part, z = self.xa, self.maha[:, :m], self.part[:, :m], self.z
        np.subtract(Xb.T, self.centre, out=xa[1:, :m])
        if nb:
            for i, (c0, c1, panel) in enumerate(model.panels):
                zb = np.matmul(panel, xa[: c1 + 1, :m], out=z[: nb * (c1 - c0), :m])
                z3 = zb.reshape(nb, c1 - c0, m)
                target = maha if i == 0 else part
                np.einsum("kdm,kdm->km", z3, z3, out=target)
                if i:
                    maha += target
            # Distances are >= 0, so NaN or inf in any makes the sum non-finite (a sum of
            # finite ones that overflows only costs the check).
            if not np.isfinite(maha.sum()):
                check_finite_rows(Xb, row0)  # NaN/inf named; else -inf
            if self.everything:
                np.multiply(maha, -0.5, out=block)
                block += self.batched_const
            else:
                block[model.batched] = -0.5 * maha + self.batched_const
        own, zk, one = self.own, self.zk, self.one[:m]
        for k, shift, wt in zip(model.apart, self.apart_shift, self.apart_w, strict=True):
            np.subtract(xa[1:, :m], shift, out=own[:, :m])
            np.matmul(wt, own[:, :m], out=zk[:, :m])
            np.einsum("dm,dm->m", zk[:, :m], zk[:, :m], out=one)
            if not np.isfinite(one).all():
                check_finite_rows(Xb, row0)
            block[k] = -0.5 * one + model.const[k]
        if self.dead.size:
            block[self.dead] = -np.inf  # classes without data (their prior is log 0)


def _panels(whiten: np.ndarray, offsets: np.ndarray) -> tuple:
    """Split the stacked whitening of the given classes by output coordinate.

    With ``W`` upper triangular, output coordinate ``j`` of ``[1; x] -> x W - o`` reads
    inputs ``0..j`` only. Panels of about 7 coordinates (at most 6 panels) cut the
    multiply-adds to ``(1 + 1/P) / 2`` of the full product for P panels while keeping
    each product large enough for BLAS; measured on 1e6 x 20 with 10 classes, three
    panels took 15% less time than one product.
    """
    k, d, _ = whiten.shape
    n_panels = max(1, min(6, round(d / 7)))
    bounds = np.unique(np.linspace(0, d, n_panels + 1).round().astype(int))
    out = []
    for c0, c1 in zip(bounds[:-1], bounds[1:], strict=True):
        # Rows: class-major, coordinates c0..c1-1; columns: [constant, features 0..c1-1].
        block = np.concatenate(
            [-offsets[:, c0:c1, None], whiten[:, :c1, c0:c1].transpose(0, 2, 1)], axis=2
        )
        panel = block.reshape(k * (c1 - c0), c1 + 1)
        out.append((int(c0), int(c1), np.ascontiguousarray(panel)))
    return tuple(out)
