"""Cross-check any bundled distribution's compiled estimator against independent numerics.

Three comparisons per feature, none of which uses the closed forms:

- ``scipy.optimize.minimize`` (L-BFGS-B) on the derivation's log-likelihood, compiled on
  the data, in unconstrained coordinates (``log`` of a positive parameter, ``logit`` of a
  probability), started from 1 (or 1/2), not from the closed form;
- ``scipy.stats.<dist>.fit`` (or ``scipy.stats.fit`` for discrete distributions) where
  scipy has the distribution, mapped to the derivation's parametrisation (scipy's
  ``scale`` is ``1/rate`` for the exponential, ``sigma`` for the Rayleigh's ``sigma^2``);
- the derived standard errors against the square roots of the diagonal of the inverse of
  a Hessian of ``-LL`` taken by central finite differences at the closed-form estimate.

For a parameter at a kink of the log-likelihood (the Laplace location, a median) the
estimates are not compared but the log-likelihoods: the closed form must do at least as
well as the optimiser (the maximiser is not unique for an even N, and a gradient method
stops near a kink, not at it).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import numpy as np

from ._blocks import check_data
from ._mle import MLE
from ._plan import Plan
from ._solve import transform

#: Default largest accepted relative difference of estimates.
TOLERANCE = 1e-6
#: Default largest accepted relative difference of standard errors (finite differences).
STDERR_TOLERANCE = 1e-4


@dataclasses.dataclass(frozen=True)
class LibraryCrosscheck:
    """Per-parameter, per-feature comparison (arrays of shape (n_features,)).

    Attributes
    ----------
    name : str
        The derivation.
    closed, optim, scipy : dict of str to ndarray
        Estimates: compiled closed form, scipy.optimize on the same log-likelihood,
        ``scipy.stats`` fit (empty where scipy lacks the distribution).
    rel_optim, rel_scipy : dict of str to ndarray
        ``|other - closed| / max(|closed|, stderr)``: relative, on the scale of the
        parameter's own uncertainty when it is near 0.
    stderr_derived, stderr_numeric, rel_stderr : dict of str to ndarray
        Derived standard errors, those of the finite-difference Hessian, and their
        relative difference.
    scipy_name : str
    tolerance, stderr_tolerance : float
    """

    name: str
    closed: dict[str, np.ndarray]
    optim: dict[str, np.ndarray]
    scipy: dict[str, np.ndarray]
    rel_optim: dict[str, np.ndarray]
    rel_scipy: dict[str, np.ndarray]
    stderr_derived: dict[str, np.ndarray]
    stderr_numeric: dict[str, np.ndarray]
    rel_stderr: dict[str, np.ndarray]
    scipy_name: str
    tolerance: float = TOLERANCE
    stderr_tolerance: float = STDERR_TOLERANCE

    @property
    def ok(self) -> bool:
        """Whether every comparison is within its tolerance (NaN standard errors skipped)."""
        est = [*self.rel_optim.values(), *self.rel_scipy.values()]
        good = all(bool(np.all(r <= self.tolerance)) for r in est)
        se = [r[np.isfinite(r)] for r in self.rel_stderr.values()]
        return good and all(bool(np.all(r <= self.stderr_tolerance)) for r in se)

    def table(self) -> str:
        """One row per parameter and feature: the three estimates, both standard errors."""
        head = (
            "param",
            "feature",
            "closed form",
            "scipy.optimize",
            f"scipy.stats ({self.scipy_name or '-'})",
            "stderr (derived)",
            "stderr (numeric)",
        )
        rows = [head]
        for p, values in self.closed.items():
            for j, v in enumerate(values):
                sc = self.scipy.get(p)
                rows.append(
                    (
                        p,
                        str(j),
                        f"{v:.12g}",
                        f"{self.optim[p][j]:.12g}",
                        "-" if sc is None else f"{sc[j]:.12g}",
                        f"{self.stderr_derived[p][j]:.6g}",
                        f"{self.stderr_numeric[p][j]:.6g}",
                    )
                )
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
        lines.append(
            ("agree" if self.ok else "DISAGREE") + f" (tolerance {self.tolerance:g}, "
            f"standard errors {self.stderr_tolerance:g})"
        )
        return "\n".join(lines)


def _kind(plan: Plan, p: Any) -> str:
    if p.name in plan.family.transforms:
        return plan.family.transforms[p.name]
    return "log" if p.is_positive else "identity"


@functools.lru_cache(maxsize=16)
def _objective(plan: Plan) -> Any:
    """(LL, dLL/du per parameter) compiled on data, u the unconstrained coordinates."""
    import sympy as sp

    from ._compile import compile_sample_expr

    us = [sp.Symbol(f"_u_{p.name}", real=True) for p in plan.params]
    ll = plan.ll.subs(
        {p: transform(_kind(plan, p), u) for p, u in zip(plan.params, us, strict=True)}
    )
    return compile_sample_expr(
        (ll, *[sp.diff(ll, u) for u in us]), (*us, *plan.known), plan.samples
    )


def _optimise(
    plan: Plan, arr: np.ndarray, known: dict[str, Any], samples: dict | None = None
) -> dict[str, np.ndarray]:
    from scipy.optimize import minimize

    obj = _objective(plan)
    q, (n_rows, d) = len(plan.params), arr.shape
    out = {p.name: np.empty(d) for p in plan.params}
    for j in range(d):
        col = arr[:, j : j + 1]
        kn = {k: v[j : j + 1] for k, v in known.items()}
        if samples:
            kn["samples"] = {k: v[:, j : j + 1] for k, v in samples.items()}

        def f(u: np.ndarray, col: np.ndarray = col, kn: dict = kn) -> tuple[float, np.ndarray]:
            args = {f"_u_{p.name}": u[i : i + 1] for i, p in enumerate(plan.params)}
            with np.errstate(all="ignore"):
                vals = obj(col, **args, **kn)[:, 0]
            if not np.isfinite(vals).all():
                return np.inf, np.zeros(q)
            return float(-vals[0] / n_rows), -vals[1:] / n_rows

        res = minimize(
            f,
            np.zeros(q),
            jac=True,
            method="L-BFGS-B",
            # A kinked log-likelihood never meets gtol: bound its iterations.
            options={"maxiter": 300 if plan.nonsmooth else 10_000, "ftol": 0.0, "gtol": 1e-12},
        )
        for i, p in enumerate(plan.params):
            out[p.name][j] = transform(_kind(plan, p), res.x[i])
    return out


def _numeric_stderr(
    plan: Plan,
    arr: np.ndarray,
    values: dict[str, np.ndarray],
    known: dict[str, Any],
    samples: dict | None = None,
) -> dict[str, np.ndarray]:
    """sqrt(diag(inv(H))) with H the central-difference Hessian of -LL at ``values``."""
    names = [p.name for p in plan.params]
    q, d = len(names), arr.shape[1]
    theta = np.stack([values[p] for p in names])  # (q, d)
    h = 1e-4 * np.maximum(np.abs(theta), 1e-3)

    def ll(t: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            extra = {"samples": samples} if samples else {}
            return plan.data_ll(arr, **{p: t[i] for i, p in enumerate(names)}, **extra, **known)

    H = np.empty((d, q, q))
    for a in range(q):
        for b in range(a, q):

            def at(sa: float, sb: float, a: int = a, b: int = b) -> np.ndarray:
                t = theta.copy()
                t[a] += sa * h[a]
                t[b] += sb * h[b]
                return ll(t)

            if a == b:
                val = (at(1, 0) - 2 * ll(theta) + at(-1, 0)) / (h[a] * h[a])
            else:
                val = (at(1, 1) - at(1, -1) - at(-1, 1) + at(-1, -1)) / (4 * h[a] * h[b])
            H[:, a, b] = H[:, b, a] = -val
    with np.errstate(all="ignore"):
        try:
            cov = np.linalg.inv(H)
        except np.linalg.LinAlgError:
            cov = np.full_like(H, np.nan)
        se = np.sqrt(np.diagonal(cov, axis1=-2, axis2=-1))
    return {p: se[:, i] for i, p in enumerate(names)}


def crosscheck_distribution(
    X: Any,
    name: str,
    *,
    known: dict[str, Any] | None = None,
    y: Any = None,
    tolerance: float = TOLERANCE,
    stderr_tolerance: float = STDERR_TOLERANCE,
) -> LibraryCrosscheck:
    """Compare the compiled estimator of ``name`` with scipy (see the module docstring).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features) or (n_samples,)
        Data in the distribution's support.
    name : str or Derivation
        A bundled distribution (``"poisson"``) or a derivation.
    known : dict, optional
        Known parameter values (the binomial's ``m``).
    y : array-like, optional
        The responses, for a regression (``ols-regression``), as in ``MLE.fit(X, y)``.
    tolerance, stderr_tolerance : float
        Largest relative differences counted as agreement.

    Raises
    ------
    ValueError
        As ``MLE.fit`` for data outside the support; for a tolerance that is not a finite
        number >= 0.
    """
    for t in (tolerance, stderr_tolerance):
        if not (isinstance(t, (int, float)) and 0.0 <= float(t) < float("inf")):
            raise ValueError(f"tolerance must be a finite number >= 0, got {t!r}.")
    est = MLE(name, known=known).fit(X, y)
    plan = est.plan()
    arr = check_data(X).astype(np.float64)
    d = arr.shape[1]
    kn = est._known_values(plan, d)
    samples = est._samples(plan, arr, y)
    closed = {p: np.atleast_1d(v).astype(float) for p, v in est.params_.items()}
    se = {p: np.atleast_1d(est.stderr_[p]).astype(float) for p in closed}
    optim = _optimise(plan, arr, kn, samples)
    scipy_values: dict[str, np.ndarray] = {}
    fit = plan.family.scipy_fit
    if fit is not None:
        cols = [
            fit(
                arr[:, j],
                {k: v[j] for k, v in kn.items()},
                **({k: v[:, j] for k, v in samples.items()} if samples else {}),
            )
            for j in range(d)
        ]
        scipy_values = {p: np.array([c[p] for c in cols]) for p in cols[0] if p in closed}
    numeric = _numeric_stderr(plan, arr, closed, kn, samples)

    # Where the log-likelihood has a kink in a parameter (the Laplace location), the
    # maximiser need not be unique (any point between the two middle samples for an even
    # N) and a gradient method stops near, not at, it: the comparison is then whether the
    # closed form's log-likelihood is at least the other's.
    kinked = set(plan.nonsmooth)
    extra = {"samples": samples} if samples else {}
    ll_closed = plan.data_ll(arr, **closed, **extra, **kn)

    def rel(other: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        out = {
            p: np.abs(v - closed[p]) / np.maximum(np.abs(closed[p]), np.nan_to_num(se[p]))
            for p, v in other.items()
        }
        if kinked and other:
            values = {p: other.get(p, closed[p]) for p in closed}
            with np.errstate(all="ignore"):
                gain = (plan.data_ll(arr, **values, **extra, **kn) - ll_closed) / np.abs(ll_closed)
            for p in kinked & set(out):
                out[p] = np.maximum(gain, 0.0)
        return out

    with np.errstate(all="ignore"):
        rel_se = {p: np.abs(numeric[p] - se[p]) / se[p] for p in closed}
    return LibraryCrosscheck(
        name=plan.name,
        closed=closed,
        optim=optim,
        scipy=scipy_values,
        rel_optim=rel(optim),
        rel_scipy=rel(scipy_values),
        stderr_derived=se,
        stderr_numeric=numeric,
        rel_stderr=rel_se,
        scipy_name=plan.family.scipy_name,
        tolerance=float(tolerance),
        stderr_tolerance=float(stderr_tolerance),
    )


__all__ = ["LibraryCrosscheck", "crosscheck_distribution"]
