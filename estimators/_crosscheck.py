"""Cross-check the closed forms against a numerical maximiser of the same log-likelihood.

The log-likelihood expression of the derivation and its gradient (derived by
sympy with respect to mu and t = log sigma^2) are compiled with
``compile_sample_expr``: every evaluation is one vectorised pass over all
features, with no loop over samples or features. scipy's L-BFGS-B maximises it
over (mu, t) of all features at once (the problem separates by feature) from a
start that does not use the closed forms (median and scaled MAD).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import numpy as np

from ._blocks import check_data
from ._compile import CompiledExpr, compile_sample_expr
from ._gaussian import GaussianMLE
from ._resources import check_memory
from ._stats import GaussianForms
from ._stats import gaussian_forms as _default_forms

#: Default largest accepted relative difference between closed form and optimiser.
TOLERANCE = 1e-6

# 1 / Phi^{-1}(3/4): makes the MAD a consistent estimate of sigma for Gaussian data.
_MAD_TO_SIGMA = 1.4826022185056018


@dataclasses.dataclass(frozen=True)
class CrosscheckResult:
    """Per-feature comparison of closed-form and optimiser estimates.

    All arrays have shape (n_features,).

    Attributes
    ----------
    mean_closed, var_closed : ndarray
        The compiled closed forms (``GaussianMLE``).
    mean_optim, var_optim : ndarray
        The L-BFGS-B maximiser of the log-likelihood.
    rel_mean : ndarray
        ``|mean_optim - mean_closed| / max(|mean_closed|, sqrt(var_closed))``:
        the difference on the data's own scale, so a mean at or near 0 is not
        divided by ~0.
    rel_var : ndarray
        ``|var_optim - var_closed| / var_closed``.
    ll_closed, ll_optim : ndarray
        The log-likelihood at each estimate.
    grad_norm : ndarray
        Euclidean norm of the gradient of ``LL / N`` with respect to
        ``(mu / sigma, log sigma^2)`` at the closed form: dimensionless, 0 at
        an exact stationary point.
    optimizer_message : str
        scipy's termination message.
    n_iterations : int
    tolerance : float
    """

    mean_closed: np.ndarray
    mean_optim: np.ndarray
    var_closed: np.ndarray
    var_optim: np.ndarray
    rel_mean: np.ndarray
    rel_var: np.ndarray
    ll_closed: np.ndarray
    ll_optim: np.ndarray
    grad_norm: np.ndarray
    optimizer_message: str
    n_iterations: int
    tolerance: float = TOLERANCE

    @property
    def ok(self) -> bool:
        """Whether every feature agrees to within ``tolerance`` in mean and variance."""
        return bool(np.all(np.maximum(self.rel_mean, self.rel_var) <= self.tolerance))

    def table(self, names: list[str] | None = None, max_rows: int | None = None) -> str:
        """The comparison as a fixed-width text table, one row per feature.

        With ``max_rows`` and more features than that, only the first ``max_rows // 2``
        features and the ``max_rows // 2`` with the largest relative differences are
        shown, and a line says how many were left out.
        """
        d = len(self.mean_closed)
        names = names or [str(j) for j in range(d)]
        shown = range(d)
        if max_rows is not None and d > max_rows:
            worst_first = np.argsort(-np.maximum(self.rel_mean, self.rel_var), kind="stable")
            keep = set(range(max_rows // 2)) | set(worst_first[: max_rows - max_rows // 2].tolist())
            shown = sorted(keep)
        head = (
            "feature",
            "mean (closed)",
            "mean (optim)",
            "rel diff",
            "var (closed)",
            "var (optim)",
            "rel diff",
            "LL (closed)",
            "LL (optim)",
            "|grad|",
        )
        rows = [head]
        for j in shown:
            rows.append(
                (
                    names[j],
                    f"{self.mean_closed[j]:.10g}",
                    f"{self.mean_optim[j]:.10g}",
                    f"{self.rel_mean[j]:.2e}",
                    f"{self.var_closed[j]:.10g}",
                    f"{self.var_optim[j]:.10g}",
                    f"{self.rel_var[j]:.2e}",
                    f"{self.ll_closed[j]:.10g}",
                    f"{self.ll_optim[j]:.10g}",
                    f"{self.grad_norm[j]:.2e}",
                )
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
        if len(shown) < d:
            lines.append(
                f"({d - len(shown)} of {d} features not shown: the first {max_rows // 2} and "
                "the largest relative differences are.)"
            )
        worst = float(np.max(np.maximum(self.rel_mean, self.rel_var)))
        verdict = "agree" if self.ok else "DISAGREE"
        lines.append(
            f"{verdict}: largest relative difference {worst:.2e} (tolerance {self.tolerance:g}); "
            f"L-BFGS-B: {self.optimizer_message} after {self.n_iterations} iterations."
        )
        return "\n".join(lines)


def _maximise(obj: CompiledExpr, Z: np.ndarray, n_rows: int) -> Any:
    """L-BFGS-B on ``-LL / N`` over ``(mu, t)`` of every column of ``Z``, from (0, 0)."""
    from scipy.optimize import minimize

    d = Z.shape[1]

    def negative_ll(z: np.ndarray) -> tuple[float, np.ndarray]:
        ll, d_mu, d_t = obj(Z, mu=z[:d], t=z[d:])
        return float(-ll.sum() / n_rows), -np.concatenate([d_mu, d_t]) / n_rows

    start = np.zeros(2 * d)  # mu = m0, sigma^2 = s0^2
    return minimize(
        negative_ll,
        start,
        jac=True,
        method="L-BFGS-B",
        # Five correction pairs, not ten: the problem separates by feature and is well
        # scaled in Z units; each L-BFGS-B step costs O(maxcor * n), which dominated on
        # 3 x 100,000 data (2.6 s with ten pairs, 1.9 s with five; 17 iterations either way).
        options={"maxiter": 10_000, "ftol": 0.0, "gtol": 1e-11, "maxcor": 5},
    )


@functools.cache
def _objective(ll_expr: Any) -> CompiledExpr:
    """(LL, dLL/dmu, dLL/dt) with t = log sigma^2, derived by sympy, compiled into one pass."""
    import sympy as sp

    from derivations.symbols import mu, sigma2

    t = sp.Symbol("t", real=True)
    ll_t = ll_expr.subs(sigma2, sp.exp(t))
    return compile_sample_expr((ll_t, sp.diff(ll_t, mu), sp.diff(ll_t, t)), (mu, t))


def crosscheck(
    X: Any,
    distribution: Any = None,
    *,
    tolerance: float = TOLERANCE,
    closed_forms: GaussianForms | None = None,
    known: dict[str, Any] | None = None,
    y: Any = None,
) -> Any:
    """Compare the closed-form MLE with a numerical maximiser of the log-likelihood.

    Without ``distribution`` (or with ``"gaussian"``) this is the Gaussian cross-check
    below, returning a :class:`CrosscheckResult`. With another bundled distribution
    (``crosscheck(X, "poisson")``) or a derivation, it returns a
    :class:`~estimators._crosscheck_library.LibraryCrosscheck`: closed form against
    ``scipy.optimize`` on the same log-likelihood and ``scipy.stats`` fits, and the
    derived standard errors against a finite-difference Hessian (``known`` as for
    :class:`MLE`).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features) or (n_samples,)
        Real, finite data, at least 2 rows, no constant feature.
    distribution : str or Derivation, optional
        A bundled name or a derivation; default the Gaussian.
    tolerance : float
        Largest relative difference counted as agreement (see ``CrosscheckResult``): a
        finite number >= 0.
    closed_forms : GaussianForms, optional
        Closed forms and log-likelihood (default: the bundled derivation's).
    known : dict, optional
        Known parameter values, as for :class:`MLE`.
    y : array-like, optional
        The responses of a regression (``crosscheck(X, "ols-regression", y=y)``).

    Returns
    -------
    CrosscheckResult

    Raises
    ------
    ValueError
        On bad data (as ``GaussianMLE.fit``), a tolerance that is not a finite number
        >= 0, a constant feature, whose log-likelihood has no maximum (it grows without
        bound as sigma^2 -> 0), or a variance so far below 1e-308 that float64 holds it
        to fewer digits than the tolerance needs.
    """

    if distribution is not None and distribution not in ("gaussian", "gaussian-mle"):
        from ._crosscheck_library import crosscheck_distribution

        return crosscheck_distribution(X, distribution, known=known, y=y, tolerance=tolerance)
    if not (isinstance(tolerance, (int, float)) and 0.0 <= float(tolerance) < float("inf")):
        raise ValueError(f"tolerance must be a finite number >= 0, got {tolerance!r}.")
    forms = _default_forms() if closed_forms is None else closed_forms
    if forms.log_likelihood is None:
        raise ValueError("These closed forms carry no log-likelihood to maximise.")
    arr = check_data(X)
    # The optimiser works on a standardised float64 copy of the data.
    check_memory(8 * arr.size, f"Cross-checking {arr.shape[0]} x {arr.shape[1]} values")
    est = GaussianMLE(closed_forms=forms).fit(arr)
    mean_cf, var_cf = np.atleast_1d(est.mean_), np.atleast_1d(est.var_)
    constant = np.flatnonzero(var_cf == 0)
    if constant.size:
        raise ValueError(
            f"Features {constant.tolist()} are constant: their log-likelihood has no "
            "maximum to cross-check."
        )
    # A variance below the smallest normal float64 keeps fewer digits (13 at 1e-310, 3 at
    # 1e-321); when those cannot resolve the tolerance there is nothing to compare.
    coarse = np.flatnonzero(np.finfo(np.float64).smallest_subnormal / var_cf > 0.1 * tolerance)
    if coarse.size:
        raise ValueError(
            f"Features {coarse.tolist()} have variances below 1e-308 that float64 holds to "
            f"fewer digits than the tolerance {tolerance:g} needs; rescale the data."
        )
    obj = _objective(forms.log_likelihood.expr)
    n_rows, d = arr.shape

    # The optimiser works on Z = (X - m0) / s0 with a robust start (m0, s0) that
    # does not use the closed forms. In these units every feature is O(1), so one
    # L-BFGS-B tolerance fits all; LL_X(mu, s2) = LL_Z((mu - m0)/s0, s2/s0^2) - N log s0.
    # A start only needs to be in the right place roughly: take it from at most
    # ~10^4 evenly spaced rows, so that it costs little next to the optimisation.
    sample = arr[:: max(1, n_rows // 10_000)]
    m0 = np.median(sample, axis=0)
    s0 = _MAD_TO_SIGMA * np.median(np.abs(sample - m0), axis=0)
    spread = arr.max(axis=0) - arr.min(axis=0)
    # With a handful of rows the MAD can be almost 0 for some features and not others:
    # their curvatures in Z units then differ by orders of magnitude and L-BFGS-B, which
    # solves all features as one problem, crawled (6,863 iterations, 36 s, for 3 rows x
    # 1000 features). Half the range is as robust a scale as 3-20 rows allow.
    if len(sample) < 20:
        s0 = spread / 2.0
    s0 = np.where(s0 > 0, s0, spread / 2.0)
    Z = (arr - m0) / s0

    res = _maximise(obj, Z, n_rows)
    x_mu, x_t = res.x[:d], res.x[d:]
    message, iterations = str(res.message), int(res.nit)
    mean_opt = m0 + s0 * x_mu
    var_opt = s0 * s0 * np.exp(x_t)

    # Both estimates are evaluated in Z's units too (LL_X = LL_Z - N log s0): on data
    # around 1e-155 the variances (~1e-310) have no normal float64 reciprocal, while in
    # Z units every number is O(1). The gradient with respect to (mu / sigma,
    # log sigma^2) is the same in both units.
    sd = np.sqrt(var_cf)
    log_s0 = np.log(s0)
    t_cf = np.log(var_cf / s0 / s0)
    ll_cf, d_mu_cf, d_t_cf = obj(Z, mu=(mean_cf - m0) / s0, t=t_cf)
    grad_norm = np.hypot(d_mu_cf * np.exp(0.5 * t_cf), d_t_cf) / n_rows
    ll_opt = obj(Z, mu=x_mu, t=x_t)[0]
    return CrosscheckResult(
        mean_closed=mean_cf,
        mean_optim=mean_opt,
        var_closed=var_cf,
        var_optim=var_opt,
        rel_mean=np.abs(mean_opt - mean_cf) / np.maximum(np.abs(mean_cf), sd),
        rel_var=np.abs(np.exp(x_t - t_cf) - 1.0),
        ll_closed=ll_cf - n_rows * log_s0,
        ll_optim=ll_opt - n_rows * log_s0,
        grad_norm=grad_norm,
        optimizer_message=message,
        n_iterations=iterations,
        tolerance=tolerance,
    )


__all__ = ["CrosscheckResult", "TOLERANCE", "crosscheck"]
