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

    def table(self, names: list[str] | None = None) -> str:
        """The comparison as a fixed-width text table, one row per feature."""
        d = len(self.mean_closed)
        names = names or [str(j) for j in range(d)]
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
        for j in range(d):
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
        worst = float(np.max(np.maximum(self.rel_mean, self.rel_var)))
        verdict = "agree" if self.ok else "DISAGREE"
        lines.append(
            f"{verdict}: largest relative difference {worst:.2e} (tolerance {self.tolerance:g}); "
            f"L-BFGS-B: {self.optimizer_message} after {self.n_iterations} iterations."
        )
        return "\n".join(lines)


@functools.cache
def _objective(ll_expr: Any) -> CompiledExpr:
    """(LL, dLL/dmu, dLL/dt) with t = log sigma^2, derived by sympy, compiled into one pass."""
    import sympy as sp

    from derivations.symbols import mu, sigma2

    t = sp.Symbol("t", real=True)
    ll_t = ll_expr.subs(sigma2, sp.exp(t))
    return compile_sample_expr((ll_t, sp.diff(ll_t, mu), sp.diff(ll_t, t)), (mu, t))


def crosscheck(
    X: Any, *, tolerance: float = TOLERANCE, closed_forms: GaussianForms | None = None
) -> CrosscheckResult:
    """Compare the closed-form MLE with a numerical maximiser of the log-likelihood.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features) or (n_samples,)
        Real, finite data, at least 2 rows, no constant feature.
    tolerance : float
        Largest relative difference counted as agreement (see ``CrosscheckResult``).
    closed_forms : GaussianForms, optional
        Closed forms and log-likelihood (default: the bundled derivation's).

    Returns
    -------
    CrosscheckResult

    Raises
    ------
    ValueError
        On bad data (as ``GaussianMLE.fit``), or a constant feature, whose
        log-likelihood has no maximum (it grows without bound as sigma^2 -> 0).
    """
    from scipy.optimize import minimize

    forms = _default_forms() if closed_forms is None else closed_forms
    if forms.log_likelihood is None:
        raise ValueError("These closed forms carry no log-likelihood to maximise.")
    arr = check_data(X)
    est = GaussianMLE(closed_forms=forms).fit(arr)
    mean_cf, var_cf = np.atleast_1d(est.mean_), np.atleast_1d(est.var_)
    constant = np.flatnonzero(var_cf == 0)
    if constant.size:
        raise ValueError(
            f"Features {constant.tolist()} are constant: their log-likelihood has no "
            "maximum to cross-check."
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
    s0 = np.where(s0 > 0, s0, spread / 2.0)
    Z = (arr - m0) / s0

    def negative_ll(z: np.ndarray) -> tuple[float, np.ndarray]:
        ll, d_mu, d_t = obj(Z, mu=z[:d], t=z[d:])
        return float(-ll.sum() / n_rows), -np.concatenate([d_mu, d_t]) / n_rows

    start = np.concatenate([np.zeros(d), np.zeros(d)])  # mu = m0, sigma^2 = s0^2
    res = minimize(
        negative_ll,
        start,
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 10_000, "ftol": 0.0, "gtol": 1e-11},
    )
    mean_opt = m0 + s0 * res.x[:d]
    var_opt = s0**2 * np.exp(res.x[d:])

    sd = np.sqrt(var_cf)
    ll_cf, d_mu_cf, d_t_cf = obj(arr, mu=mean_cf, t=np.log(var_cf))
    grad_norm = np.hypot(d_mu_cf * sd, d_t_cf) / n_rows
    return CrosscheckResult(
        mean_closed=mean_cf,
        mean_optim=mean_opt,
        var_closed=var_cf,
        var_optim=var_opt,
        rel_mean=np.abs(mean_opt - mean_cf) / np.maximum(np.abs(mean_cf), sd),
        rel_var=np.abs(var_opt - var_cf) / var_cf,
        ll_closed=ll_cf,
        ll_optim=obj(arr, mu=mean_opt, t=np.log(var_opt))[0],
        grad_norm=grad_norm,
        optimizer_message=str(res.message),
        n_iterations=int(res.nit),
        tolerance=tolerance,
    )


__all__ = ["CrosscheckResult", "TOLERANCE", "crosscheck"]
