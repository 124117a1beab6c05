"""Sufficient statistics of the Gaussian MLE, computed from the derived closed forms.

Per group (one group for ungrouped data) we keep the total weight, the mean and
the centred sums of squares ``m2 = sum_n w_n (x_n - mean)^2`` (and optionally
the centred cross-products). Blocks of rows are reduced with the compiled
closed forms of the ``gaussian-mle`` derivation and merged pairwise with the
formula of Chan, Golub & LeVeque ("Updating formulae and a pairwise algorithm
for computing sample variances", 1979; "Algorithms for computing the sample
variance: analysis and recommendations", The American Statistician 37, 1983).
Never ``E[x^2] - E[x]^2``, which loses every digit when |mean| >> spread.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

import numpy as np

from ._blocks import (
    Reducer,
    Workspace,
    check_data,
    check_groups,
    check_weights,
    default_chunk_rows,
    drop_zero_weights,
)
from ._compile import CompiledExpr, compile_sample_expr


@dataclasses.dataclass(frozen=True, eq=False)
class GaussianForms:
    """The compiled closed forms a Gaussian estimator is computed from.

    Attributes
    ----------
    mean : CompiledExpr
        The derivation's result for mu (no parameters).
    var : CompiledExpr
        The derivation's result for sigma^2, with parameter ``mu``.
    log_likelihood : CompiledExpr or None
        The log-likelihood, with parameters ``mu`` and ``sigma2``.
    """

    mean: CompiledExpr
    var: CompiledExpr
    log_likelihood: CompiledExpr | None = None

    @classmethod
    def from_results(cls, results: Mapping[str, Any], log_likelihood: Any = None) -> GaussianForms:
        """Compile a derivation's results.

        Parameters
        ----------
        results : mapping
            ``{"mu": Eq(mu, ...), "sigma2": Eq(sigma2, ...)}`` (equations or
            right-hand sides); the sigma2 form may use the symbol ``mu``.
        log_likelihood : sympy.Expr, optional
            The log-likelihood in ``mu`` and ``sigma2``.
        """
        import sympy as sp

        from derivations.symbols import mu, sigma2

        missing = [k for k in ("mu", "sigma2") if k not in results]
        if missing:
            raise ValueError(f"The derivation results lack {missing}; got {sorted(results)}.")

        def rhs(key: str, symbol: Any) -> Any:
            value = results[key]
            if isinstance(value, sp.Equality):
                if value.lhs != symbol:
                    raise ValueError(f"Result {key!r} should solve for {symbol}, got {value}.")
                return value.rhs
            return value

        ll = None if log_likelihood is None else compile_sample_expr(log_likelihood, (mu, sigma2))
        return cls(
            compile_sample_expr(rhs("mu", mu)),
            compile_sample_expr(rhs("sigma2", sigma2), (mu,)),
            ll,
        )

    @functools.cached_property
    def mergeable(self) -> bool:
        """Whether blockwise statistics merged by Chan's formula reproduce these forms.

        Shifting blocks by one of their rows and merging with Chan et al. is
        exact for the mean and the centred mean square; a different closed form
        (a divisor N - 1, say) is not mergeable and must be evaluated directly.
        Decided numerically on a fixed weighted sample in three blocks.
        """
        rng = np.random.default_rng(0)
        X = rng.normal(size=(37, 3)) * [1.0, 10.0, 0.1] + [0.0, 100.0, -5.0]
        w = rng.random(37) + 0.5
        mean = self.mean(X, weights=w)
        var = self.var(X, weights=w, mu=mean)
        stats = _accumulate(X, w, None, 1, False, 13, self)
        return bool(
            np.allclose(stats.mean[0], mean, rtol=1e-9, atol=0)
            and np.allclose(stats.m2[0] / stats.count[0], var, rtol=1e-9, atol=0)
        )


@functools.cache
def gaussian_forms() -> GaussianForms:
    """The closed forms of the bundled ``gaussian-mle`` derivation, compiled once."""
    import derivations  # lazy: sympy and the engine load only when a form is needed

    derivation = derivations.load("gaussian-mle")
    return GaussianForms.from_results(derivation.results, derivation.log_likelihood)


@dataclasses.dataclass(frozen=True, eq=False)
class SuffStats:
    """Weighted count, mean and centred second moments per group.

    Attributes
    ----------
    count : ndarray of shape (n_groups,)
        Total weight per group. A group may be empty (count 0): its ``mean``
        and ``m2`` are stored as 0, the identity of the merge, and ``var`` /
        ``covariance`` refuse to divide by its zero count (see ``empty_groups``).
    mean : ndarray of shape (n_groups, n_features)
    m2 : ndarray of shape (n_groups, n_features)
        ``sum_n w_n (x_n - mean)^2`` per group and feature.
    scatter : ndarray of shape (n_groups, n_features, n_features) or None
        ``sum_n w_n (x_n - mean)(x_n - mean)^T``; only with ``full=True``.
    """

    count: np.ndarray
    mean: np.ndarray
    m2: np.ndarray
    scatter: np.ndarray | None = None

    def __post_init__(self) -> None:
        k, d = self.mean.shape
        if self.count.shape != (k,) or self.m2.shape != (k, d):
            raise ValueError(
                f"Inconsistent statistics: count {self.count.shape}, mean {self.mean.shape}, "
                f"m2 {self.m2.shape}."
            )
        if self.scatter is not None and self.scatter.shape != (k, d, d):
            raise ValueError(f"scatter has shape {self.scatter.shape}, expected {(k, d, d)}.")

    @classmethod
    def zeros(cls, n_groups: int, n_features: int, *, full: bool = False) -> SuffStats:
        """Statistics of no data: the identity of ``merge``."""
        k, d = n_groups, n_features
        scatter = np.zeros((k, d, d)) if full else None
        return cls(np.zeros(k), np.zeros((k, d)), np.zeros((k, d)), scatter)

    @classmethod
    def from_data(
        cls,
        X: Any,
        *,
        weights: Any = None,
        groups: Any = None,
        n_groups: int | None = None,
        full: bool = False,
        chunk_rows: int | None = None,
        forms: GaussianForms | None = None,
    ) -> SuffStats:
        """Compute the statistics block by block.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features) or (n_samples,)
            Real, finite data; 1-D input is one feature. float32 is accumulated
            in float64 one block at a time (no float64 copy of X).
        weights : array-like of shape (n_samples,), optional
            Finite non-negative sample weights.
        groups : array-like of int of shape (n_samples,), optional
            Group of each row in ``[0, n_groups)``; ungrouped data is one group.
        n_groups : int, optional
            Number of groups (default ``groups.max() + 1``).
        full : bool
            Also compute the centred cross-products ``scatter``.
        chunk_rows : int, optional
            Rows per block (default: about 512 KiB of float64 per block).
        forms : GaussianForms, optional
            The closed forms to evaluate (default: the bundled derivation's).

        Returns
        -------
        SuffStats

        Raises
        ------
        ValueError
            Naming the problem: non-numeric, NaN or infinite data (with the row
            and column), wrong dimensions, bad weights or groups, or closed
            forms that are not mergeable.
        """
        forms = gaussian_forms() if forms is None else forms
        if not forms.mergeable:
            raise ValueError(
                "These closed forms cannot be computed by merging blocks (they are not the "
                "weighted mean and centred mean square); evaluate them directly instead."
            )
        X = check_data(X)
        n_rows = len(X)
        w = check_weights(weights, n_rows)
        g, k = check_groups(groups, n_groups, n_rows)
        return _accumulate(X, w, g, 1 if k is None else k, full, chunk_rows, forms)

    @property
    def n_groups(self) -> int:
        return self.mean.shape[0]

    @property
    def n_features(self) -> int:
        return self.mean.shape[1]

    @property
    def empty_groups(self) -> np.ndarray:
        """Indices of the groups with zero total weight."""
        return np.flatnonzero(self.count == 0)

    @property
    def var(self) -> np.ndarray:
        """MLE variance ``m2 / count`` (divisor N), shape (n_groups, n_features).

        Raises
        ------
        ValueError
            If a group is empty: 0/0 would be a silent nan.
        """
        return self.m2 / self._nonzero_count()[:, None]

    @property
    def covariance(self) -> np.ndarray:
        """MLE covariance ``scatter / count``, shape (n_groups, n_features, n_features)."""
        if self.scatter is None:
            raise ValueError("These statistics were computed without full=True: no scatter.")
        return self.scatter / self._nonzero_count()[:, None, None]

    def _nonzero_count(self) -> np.ndarray:
        empty = self.empty_groups
        if empty.size:
            raise ValueError(
                f"Groups {empty.tolist()} have zero total weight; their variance is undefined."
            )
        return self.count

    def merge(self, other: SuffStats) -> SuffStats:
        """Pool two sets of statistics (Chan, Golub & LeVeque's pairwise update).

        With ``n = n_a + n_b`` and ``delta = mean_b - mean_a``:
        ``mean = mean_a + delta n_b / n`` and
        ``m2 = m2_a + m2_b + delta^2 n_a n_b / n`` (outer products for scatter).
        """
        if self.mean.shape != other.mean.shape:
            raise ValueError(
                f"Cannot merge statistics of shapes {self.mean.shape} and {other.mean.shape}."
            )
        if (self.scatter is None) != (other.scatter is None):
            raise ValueError("Cannot merge statistics with and without full=True.")
        na, nb = self.count, other.count
        total = na + nb
        # Empty pools merge to the other side exactly; no 0/0 anywhere.
        frac_b = np.divide(nb, total, out=np.zeros_like(total), where=total > 0)
        delta = other.mean - self.mean
        mean = self.mean + delta * frac_b[:, None]
        cross = (na * frac_b)[:, None]  # n_a n_b / n
        m2 = self.m2 + other.m2 + delta * delta * cross
        scatter = None
        if self.scatter is not None and other.scatter is not None:
            outer = delta[:, :, None] * delta[:, None, :]
            scatter = self.scatter + other.scatter + outer * cross[:, :, None]
        return SuffStats(total, mean, m2, scatter)


# --------------------------------------------------------------------------- validation


def raise_non_finite(block: np.ndarray, offset: int) -> None:
    bad = ~np.isfinite(block)
    if not bad.any():
        raise ValueError(
            f"The data in rows {offset}..{offset + len(block) - 1} overflow float64 "
            "when summed; rescale them."
        )
    row, col = np.argwhere(bad)[0]
    what = "NaN" if np.isnan(block[row, col]) else "an infinite value"
    raise ValueError(f"X contains {what} at row {offset + row}, column {col}.")


# --------------------------------------------------------------------------- blocks


def _accumulate(
    X: np.ndarray,
    w: np.ndarray | None,
    g: np.ndarray | None,
    k: int,
    full: bool,
    chunk_rows: int | None,
    forms: GaussianForms,
) -> SuffStats:
    n_rows, d = X.shape
    step = chunk_rows or default_chunk_rows(d)
    buf = np.empty((min(step, n_rows), d))
    workspace = Workspace(len(buf), d)
    # Work in data shifted by one row of each group (Chan et al. 1983's shifted
    # data): the closed forms and the merges then see values of the size of the
    # spread even when |mean| >> spread (1e9 + N(0, 1) keeps ~1e-15 relative
    # variance instead of the ~1e-9 that merging means of size 1e9 gives), and
    # a constant column becomes exact zeros, so its m2 is exactly 0.
    shift = np.zeros((k, d), dtype=X.dtype)
    seen = np.zeros(k, dtype=bool)
    total = SuffStats.zeros(k, d, full=full)
    for start in range(0, n_rows, step):
        stop = min(start + step, n_rows)
        block, bw, bg = drop_zero_weights(
            X[start:stop],
            None if w is None else w[start:stop],
            None if g is None else g[start:stop],
        )
        rows = len(block)
        if rows < stop - start and not np.isfinite(X[start:stop]).all():
            raise_non_finite(X[start:stop], start)  # bad values in dropped rows too
        if rows == 0:
            continue
        reducer = Reducer(rows, bw, bg, k)
        if bg is None:
            if not seen[0]:
                shift[0], seen[0] = block[0], True
            shift_rows = shift
        else:
            new = np.zeros(k, dtype=bool)
            new[bg] = True
            new &= ~seen
            if new.any():
                rep = np.zeros(k, dtype=np.intp)
                rep[bg] = np.arange(rows)  # any row of the group will do
                shift[new], seen[new] = block[rep[new]], True
            shift_rows = shift[bg]
        with np.errstate(invalid="ignore", over="ignore"):  # non-finite data: named below
            shifted = np.subtract(block, shift_rows, out=buf[:rows], dtype=np.float64)
        count = np.broadcast_to(np.asarray(reducer.count, dtype=np.float64).reshape(-1), (k,))
        with np.errstate(invalid="ignore", divide="ignore"):
            mean_s = forms.mean.combine(
                forms.mean.reduce_block(shifted, reducer, {}, workspace), reducer.count, {}
            )
            params = {"mu": np.asarray(mean_s, dtype=np.float64)}
            var_s = forms.var.combine(
                forms.var.reduce_block(shifted, reducer, params, workspace), reducer.count, params
            )
        mean_s = np.broadcast_to(mean_s, (k, d))
        m2 = count[:, None] * np.broadcast_to(var_s, (k, d))
        present = count > 0
        if not (np.isfinite(mean_s[present]).all() and np.isfinite(m2[present]).all()):
            raise_non_finite(X[start:stop], start)
        mean_s = np.where(present[:, None], mean_s, 0.0)
        m2 = np.where(present[:, None], m2, 0.0)
        scatter = _scatter(shifted, mean_s, bw, bg, k) if full else None
        total = total.merge(SuffStats(count.copy(), mean_s, m2, scatter))
    mean = np.where(total.count[:, None] > 0, total.mean + shift, 0.0)
    return dataclasses.replace(total, mean=mean)


def _scatter(
    shifted: np.ndarray, mean_s: np.ndarray, w: np.ndarray | None, g: np.ndarray | None, k: int
) -> np.ndarray:
    """Centred cross-products per group; not part of the univariate derivation."""
    d = shifted.shape[1]
    out = np.zeros((k, d, d))
    centred = shifted - (mean_s[0] if g is None else mean_s[g])
    for group in range(k):
        rows = slice(None) if g is None else np.flatnonzero(g == group)
        c = centred[rows]
        out[group] = c.T @ (c if w is None else c * w[rows, None])
    return out


__all__ = ["GaussianForms", "SuffStats", "gaussian_forms", "raise_non_finite"]
