"""Sufficient statistics of the Gaussian MLE, computed from the derived closed forms.

Per group (one group for ungrouped data) we keep the total weight, the mean and
the centred sums of squares ``m2 = sum_n w_n (x_n - mean)^2`` (and optionally
the centred cross-products). Blocks of rows, shifted by a reference row of each
group, are reduced with the compiled closed forms of the ``gaussian-mle``
derivation; the shifted sums are centred with Steiner's identity (exact when the
reference is near the mean, and checked); row ranges accumulated in threads, and
statistics from separate calls, are merged pairwise with the formula of Chan, Golub
& LeVeque ("Updating formulae and a pairwise algorithm for computing sample
variances", 1979; "Algorithms for computing the sample variance: analysis and
recommendations", The American Statistician 37, 1983). Never ``E[x^2] - E[x]^2``
on unshifted data, which loses every digit when |mean| >> spread.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ._blocks import (
    Workspace,
    block_rows,
    check_data,
    check_finite_rows,
    check_groups,
    check_weights,
    default_chunk_rows,
    feature_major,
)
from ._compile import CompiledExpr, compile_sample_expr
from ._parallel import map_ranges, split_rows, worker_count


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
    def var_about_zero(self) -> CompiledExpr:
        """The sigma^2 form with ``mu := 0``, compiled: ``Sum(x[n]**2) / N`` for the MLE.

        On data shifted by a reference row ``r`` it gives the mean square about ``r``, from
        which the blocks' sums of squares are accumulated (see ``_accumulate_range``).
        """
        from derivations.symbols import mu

        return compile_sample_expr(self.var.expr.subs(mu, 0))

    @functools.cached_property
    def mergeable(self) -> bool:
        """Whether statistics accumulated block by block reproduce these forms.

        Blocks are shifted by a reference row, reduced with the mean form and the
        sigma^2 form at ``mu = 0``, and combined with Steiner's identity
        ``sum (x - m)^2 = sum (x - r)^2 - N (m - r)^2`` and Chan et al.'s merge: exact
        for the mean and the centred mean square; a different closed form (a divisor
        N - 1, say) is not mergeable and must be evaluated directly. Decided
        numerically on a fixed weighted sample in three blocks.
        """
        rng = np.random.default_rng(0)
        X = rng.normal(size=(37, 3)) * [1.0, 10.0, 0.1] + [0.0, 100.0, -5.0]
        w = rng.random(37) + 0.5
        mean = self.mean(X, weights=w)
        var = self.var(X, weights=w, mu=mean)
        # The reference row must not matter: try the automatic one and two others.
        trials = [_accumulate(X, w, None, 1, False, 13, self, 1)]
        for ref in (X[5], X[20] + 1.0):
            stats, shift = _accumulate_range(X, w, None, 1, False, 13, self, 0, 37, ref[None, :])
            trials.append(dataclasses.replace(stats, mean=stats.mean + shift))
        return all(
            np.allclose(stats.mean[0], mean, rtol=1e-9, atol=0)
            and np.allclose(stats.m2[0] / stats.count[0], var, rtol=1e-9, atol=0)
            for stats in trials
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
        n_threads: int | None = None,
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
        n_threads : int, optional
            Threads over contiguous row ranges, whose statistics are merged
            (default: one per core, at most the BLAS thread limit, and only for
            more than 64 Ki rows; see ``estimators._parallel``).

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
        return _accumulate(X, w, g, 1 if k is None else k, full, chunk_rows, forms, n_threads)

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
    """Name the first NaN or infinity in ``block``, or else report an overflow of its sums."""
    check_finite_rows(block, offset)
    raise ValueError(
        f"The data in rows {offset}..{offset + len(block) - 1} overflow float64 "
        "when summed; rescale them."
    )


# --------------------------------------------------------------------------- blocks

# Shifted values whose magnitude lies outside 2^-_SAFE_EXPONENT..2^_SAFE_EXPONENT are
# rescaled by a power of two before they are squared: their squares (and sums of up to
# 2^53 of them) would otherwise leave float64's normal range (data around 1e-155 or 1e+150).
_SAFE_EXPONENT = 450


def _accumulate(
    X: np.ndarray,
    w: np.ndarray | None,
    g: np.ndarray | None,
    k: int,
    full: bool,
    chunk_rows: int | None,
    forms: GaussianForms,
    n_threads: int | None = None,
) -> SuffStats:
    """Statistics of all rows: contiguous row ranges in threads, merged (Chan et al.).

    Each range works in data shifted by its own reference row per group; the ranges are
    merged in the frame of the first range's references (their differences are exact
    for nearby rows), so that means of size 1e9 never enter the merge.
    """
    n_rows, d = X.shape
    step = chunk_rows or default_chunk_rows(d, k)
    if g is not None and k <= 1 << 16:
        # Stable sorting of 8- or 16-bit codes is a radix sort: ~10x faster than on intp.
        g = g.astype(np.uint8 if k <= 1 << 8 else np.uint16)
    workers = worker_count(n_rows) if n_threads is None else max(1, int(n_threads))
    if n_threads is None and n_rows * d * (d if full else 1) < ONE_THREAD_CELLS:
        workers = 1
    parts = map_ranges(
        lambda lo, hi: _accumulate_range(X, w, g, k, full, step, forms, lo, hi),
        split_rows(n_rows, workers),
        d * (d if full else 1),
    )
    return merge_ranges(parts)


#: Below this many cells of work (rows x features, x features again for a full scatter)
#: the statistics run in the calling thread: a second thread cost more than it saved on
#: this machine (1e6 x 1: 13.6 ms with two, 8.3 ms with one; 1e6 x 5: 45 and 34 ms; 1e6 x 8
#: and 1e6 x 10 about even; 1e6 x 20: 100 ms with two, 122 ms with one; medians of 21
#: interleaved fits, otherwise idle machine, 2026-12-01).
ONE_THREAD_CELLS = 1 << 23


def merge_ranges(parts: Sequence[tuple[SuffStats, np.ndarray]]) -> SuffStats:
    """Merge statistics of row ranges whose means are relative to reference rows.

    ``parts`` holds ``(stats, shift)`` per range, ``stats.mean`` relative to
    ``shift`` (groups x features). Each group is merged in one frame: the reference
    row of the first range that has the group, so that means relative to it are
    differences of nearby rows. (A frame of 0 for a group missing from the first
    range merged means of size |x|: 8e-9 of the variance lost at 1e10.)
    """
    first, shift0 = parts[0]
    ref = np.zeros_like(shift0)
    found = np.zeros(len(ref), dtype=bool)
    for stats, shift in parts:
        new = (stats.count > 0) & ~found
        ref[new], found[new] = shift[new], True
    total = SuffStats.zeros(len(ref), ref.shape[1], full=first.scatter is not None)
    for stats, shift in parts:
        moved = np.where(stats.count[:, None] > 0, stats.mean + (shift - ref), 0.0)
        total = total.merge(dataclasses.replace(stats, mean=moved))
    mean = np.where(total.count[:, None] > 0, total.mean + ref, 0.0)
    return dataclasses.replace(total, mean=mean)


# A reference row whose squared z-score exceeds this made Steiner's identity cancel
# more than ~5 bits: the range is summed again about the mean just found.
_CANCELLATION = 32.0


def _accumulate_range(
    X: np.ndarray,
    w: np.ndarray | None,
    g: np.ndarray | None,
    k: int,
    full: bool,
    step: int,
    forms: GaussianForms,
    lo: int,
    hi: int,
    shift: np.ndarray | None = None,
) -> tuple[SuffStats, np.ndarray]:
    """Statistics of rows ``lo:hi`` relative to a reference row per group.

    Returns ``(stats, shift)`` with ``stats.mean`` relative to ``shift`` (k, d).

    Every block is shifted by its group's reference row ``r`` (Chan et al. 1983's
    shifted data: values of the size of the spread even when |mean| >> spread; a
    constant column becomes exact zeros) and reduced with the compiled forms: the
    mean form gives ``sum (x - r)``, the sigma^2 form at ``mu = 0`` gives
    ``sum (x - r)^2`` (and, with ``full``, one BLAS product per group gives
    ``sum (x - r)(x - r)^T``). These sums are added over the blocks and the centred
    sums follow from Steiner's identity ``sum (x - m)^2 = sum (x - r)^2 - N (m - r)^2``.
    That subtraction loses about ``log2(1 + z^2)`` bits, ``z`` the reference row's
    z-score: nothing for a typical row; if a group's reference was an outlier
    (``z^2 > _CANCELLATION``), the range is summed once more about the mean just
    found, where ``z`` is ~0.
    """
    d = X.shape[1]
    width = max(1, min(step, hi - lo))
    buf = np.empty((d, width))
    workspace = Workspace(d, width)
    given = shift is not None
    shift = np.zeros((k, d)) if shift is None else shift
    seen = np.zeros(k, dtype=bool) if not given else np.ones(k, dtype=bool)
    inv_scale: np.ndarray | None = None  # decided on the first block (see _SAFE_EXPONENT)
    count = np.zeros(k)
    raw1: list[np.ndarray] | None = None  # the forms' sums, added over the blocks
    raw2: list[np.ndarray] | None = None
    cross = np.zeros((k, d, d)) if full else None
    quiet = np.errstate(invalid="ignore", divide="ignore", over="ignore", under="ignore")
    with quiet:  # non-finite data is found and named below (raise_non_finite)
        for start in range(lo, hi, step):
            stop = min(start + step, hi)
            rows, reducer = block_rows(X, start, stop, w, g, k)
            if len(rows) < stop - start and not np.isfinite(X[start:stop]).all():
                raise_non_finite(X[start:stop], start)  # bad values in dropped rows too
            if len(rows) == 0:
                continue
            runs = reducer.runs()
            for group, first, _ in runs:
                if not seen[group]:
                    shift[group], seen[group] = rows[first], True
            block = feature_major(rows, buf, reducer, shift)
            if inv_scale is None:
                inv_scale = _inverse_scales(block)
            if inv_scale.size:
                block *= inv_scale[:, None]
            # The sums of the mean form and of the sigma^2 form at mu = 0, added over the
            # blocks and combined once at the end (below). The cross products need the
            # block intact; the sigma^2 form then squares it in place (consume=True).
            part1 = forms.mean.reduce_block(block, reducer, {}, workspace)
            if cross is not None:
                _add_cross_products(cross, block, reducer, runs)
            part2 = forms.var_about_zero.reduce_block(block, reducer, {}, workspace, consume=True)
            if not all(np.isfinite(p).all() for p in (*part1, *part2)):
                raise_non_finite(X[start:stop], start)
            count += np.reshape(reducer.count, -1)
            raw1 = part1 if raw1 is None else [a + b for a, b in zip(raw1, part1, strict=True)]
            raw2 = part2 if raw2 is None else [a + b for a, b in zip(raw2, part2, strict=True)]
    # sum (x - r) and sum (x - r)^2 (groups x features) from the two forms: N times the
    # weighted mean of the shifted data and N times its mean square about 0.
    sum1, sum2 = np.zeros((k, d)), np.zeros((k, d))
    if raw1 is not None:
        n = count[:, None] if g is not None else float(count[0])
        with np.errstate(invalid="ignore", divide="ignore", over="ignore", under="ignore"):
            sum1[:] = n * forms.mean.combine(raw1, n, {})
            sum2[:] = n * forms.var_about_zero.combine(raw2, n, {})
        sum1[count == 0], sum2[count == 0] = 0.0, 0.0  # groups with no rows: 0/0
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count[:, None] > 0, sum1 / count[:, None], 0.0)
        m2 = sum2 - mean * sum1
        z2 = np.where(count[:, None] > 0, mean * sum1 / np.where(m2 > 0, m2, 1.0), 0.0)
    unsafe = (m2 < 0) | (z2 > _CANCELLATION) | ((m2 == 0) & (mean != 0))
    if unsafe.any() and not given:
        # An outlier served as a reference: sum again about the mean just found.
        better = np.where(count[:, None] > 0, shift + _unscaled(mean, inv_scale), shift)
        return _accumulate_range(X, w, g, k, full, step, forms, lo, hi, better)
    m2 = np.maximum(m2, 0.0)
    scatter = None
    if cross is not None:
        scatter = cross - mean[:, :, None] * sum1[:, None, :]
        scatter = 0.5 * (scatter + scatter.transpose(0, 2, 1))
        # The diagonal is the sum of squares; keep the one the sigma^2 form gave.
        scatter[:, np.arange(d), np.arange(d)] = m2
    stats = SuffStats(count, mean, m2, scatter)
    if inv_scale is not None and inv_scale.size:
        stats = _unscale(stats, 1.0 / inv_scale)
    return stats, shift


def _unscaled(mean: np.ndarray, inv_scale: np.ndarray | None) -> np.ndarray:
    return mean if inv_scale is None or not inv_scale.size else mean / inv_scale


def _inverse_scales(block: np.ndarray) -> np.ndarray:
    """Per-feature powers of two that bring a block's largest |value| near 1, or ``[]``.

    Empty (no rescaling, the common case) when every feature's largest shifted value
    lies within 2^-_SAFE_EXPONENT..2^_SAFE_EXPONENT or is 0.
    """
    if not block.size:
        return np.empty(0)
    top = np.maximum(block.max(axis=1), -block.min(axis=1))
    with np.errstate(divide="ignore"):
        e = np.floor(np.log2(top))
    e = np.where(np.isfinite(e) & (np.abs(e) > _SAFE_EXPONENT), e, 0.0)
    if not e.any():
        return np.empty(0)
    return np.ldexp(1.0, -e.astype(np.int64))


def _unscale(stats: SuffStats, scale: np.ndarray) -> SuffStats:
    """Statistics of ``x * scale`` from those of ``x`` (``scale`` per feature, powers of 2)."""
    with np.errstate(over="ignore", under="ignore"):
        m2 = stats.m2 * scale * scale
        scatter = None
        if stats.scatter is not None:
            scatter = stats.scatter * scale[:, None] * scale[None, :]
    if not (np.isfinite(m2).all() and (scatter is None or np.isfinite(scatter).all())):
        raise ValueError(
            "The sums of squares of the data overflow float64 even after rescaling "
            "(the data spread beyond about 1e154); rescale the data."
        )
    lost = np.flatnonzero(((stats.m2 > 0) & (m2 == 0)).any(axis=0))
    if lost.size:
        raise ValueError(
            f"The variances of features {lost.tolist()} are below the smallest float64 "
            "(the data spread less than about 1e-162 there); rescale the data."
        )
    return SuffStats(stats.count, stats.mean * scale, m2, scatter)


def _add_cross_products(
    cross: np.ndarray, block: np.ndarray, reducer: Any, runs: list[tuple[int, int, int]]
) -> None:
    """``cross[g] += sum_n w_n x_n x_n^T`` over each group's run of the (shifted) block.

    One BLAS product per group; not part of the univariate derivation.
    """
    w = reducer.weights
    for group, lo, hi in runs:
        seg = block[:, lo:hi]
        cross[group] += (seg if w is None else seg * w[lo:hi]) @ seg.T


__all__ = ["GaussianForms", "SuffStats", "gaussian_forms", "raise_non_finite"]
