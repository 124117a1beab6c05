"""Solve score equations numerically where a derivation ends without a closed form.

The gamma distribution with unknown shape is the bundled example: its derivation ends at
the score equations; the rate has a closed form given the shape, the shape has none. The
estimator maximises the *profile* log-likelihood (closed forms substituted) over the
remaining parameters with a damped Newton iteration, vectorised over every feature (and
class) at once. Derivatives are sympy's, of the derivation's own log-likelihood, in
unconstrained coordinates (``log`` for a positive parameter, ``logit`` for one in (0, 1)).
Each step is Newton's where the Hessian is negative definite, else the gradient's, and is
halved until the log-likelihood does not decrease: the iteration cannot leave a maximum
it has reached, and it stops when a step moves no coordinate by more than 1e-12
(relative) or the score is 0 to rounding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

_MAX_ITER = 200
_MAX_HALVINGS = 60
_STEP_TOL = 1e-12

# (profile LL, gradient (q, ...), Hessian (q, q, ...)) at u of shape (q, ...).
Objective = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]


def transform(kind: str, u: Any) -> Any:
    """Parameter value at unconstrained coordinate ``u`` (numpy or sympy)."""
    import sympy as sp

    if kind == "log":
        return sp.exp(u) if isinstance(u, sp.Basic) else np.exp(u)
    if kind == "logit":
        return 1 / (1 + sp.exp(-u)) if isinstance(u, sp.Basic) else 1.0 / (1.0 + np.exp(-u))
    return u


def maximise(objective: Objective, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Maximise independent problems at once from ``start`` (shape (q, ...)).

    Returns ``(u, converged)``: ``converged`` has the shape of one coordinate and is False
    where the iteration hit its limit or met a non-finite value.
    """
    u = np.array(start, dtype=np.float64)
    q = u.shape[0]
    active = np.ones(u.shape[1:], dtype=bool)
    converged = np.zeros(u.shape[1:], dtype=bool)
    with np.errstate(all="ignore"):
        value, grad, hess = objective(u)
        for _ in range(_MAX_ITER):
            if not active.any():
                break
            step = _direction(grad, hess, q)
            step = np.where(active, step, 0.0)
            t = np.ones(u.shape[1:])
            accepted = np.zeros(u.shape[1:], dtype=bool)
            for _ in range(_MAX_HALVINGS):
                trial = u + t * step
                v2, g2, h2 = objective(trial)
                ok = active & ~accepted & np.isfinite(v2) & (v2 >= value - 1e-13 * np.abs(value))
                if ok.any():
                    u = np.where(ok, trial, u)
                    value = np.where(ok, v2, value)
                    grad = np.where(ok, g2, grad)
                    hess = np.where(ok, h2, hess)
                    accepted |= ok
                if (accepted | ~active).all():
                    break
                t = np.where(accepted, t, t / 2)
            moved = np.max(np.abs(t * step), axis=0)
            small = moved <= _STEP_TOL * (1.0 + np.max(np.abs(u), axis=0))
            done = active & (small | (np.max(np.abs(grad), axis=0) == 0))
            converged |= done & np.isfinite(value)
            active &= ~done & accepted & np.isfinite(value)
    return u, converged


def _direction(grad: np.ndarray, hess: np.ndarray, q: int) -> np.ndarray:
    """Newton's step where -H is positive definite, else the gradient scaled by |diag H|."""
    g = np.moveaxis(grad, 0, -1)[..., None]  # (..., q, 1)
    h = np.moveaxis(np.moveaxis(hess, 0, -1), 0, -1)  # (..., q, q)
    neg = -h
    finite = np.isfinite(neg).all(axis=(-2, -1)) & np.isfinite(g).all(axis=(-2, -1))
    safe = np.where(finite[..., None, None], neg, np.eye(q))
    eig = np.linalg.eigvalsh(safe)
    definite = finite & (eig.min(axis=-1) > 0)
    newton = np.linalg.solve(
        np.where(definite[..., None, None], safe, np.eye(q)),
        np.where(finite[..., None, None], g, 0.0),
    )[..., 0]
    scale = np.abs(np.diagonal(safe, axis1=-2, axis2=-1))
    scale = np.where(scale > 0, scale, 1.0)
    gradient = np.where(finite[..., None], g[..., 0] / scale, 0.0)
    step = np.where(definite[..., None], newton, gradient)
    return np.moveaxis(step, -1, 0)


__all__ = ["maximise", "transform"]
