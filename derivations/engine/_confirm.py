"""Confirming a derivation's results without its steps.

A derivation may carry a confirmation hook (``Derivation.confirm``): a
function that checks its results independently - that they solve the
first-order conditions, are the only stationary point, and are a maximum.
What a confirmation computes depends on the distribution, so the hook lives
next to its derivation (``derivations/bundled/``); the engine only runs it,
caches it and reports it.
"""

from __future__ import annotations

import hashlib
from typing import Any

import sympy as sp

from .._report import Confirmation


def confirm(d: Any) -> tuple[Confirmation, ...]:
    """The derivation's confirmations (empty when it has no hook)."""
    if d.confirm is None:
        return ()
    out = tuple(d.confirm(d))
    if not all(isinstance(c, Confirmation) for c in out):
        raise TypeError(
            f"Derivation {d.name!r}: its confirm hook must return Confirmation objects."
        )
    return out


def cache_key(d: Any) -> str:
    """What a confirmation depends on: the hook, the log-likelihood and the results."""
    from ._cache import engine_version

    hook = getattr(d.confirm, "__module__", "") + "." + getattr(d.confirm, "__qualname__", "")
    parts = [
        engine_version(),
        sp.__version__,
        hook,
        sp.srepr(d.log_likelihood) if d.log_likelihood is not None else "",
        *(f"{k}={sp.srepr(v)}" for k, v in sorted(d.results.items())),
    ]
    return "confirm:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def confirm_maximum(
    d: Any, parameters: Any = None, *, size: int = 7, seed: int = 0
) -> list[Confirmation]:
    """Confirm that a derivation's results maximise its log-likelihood, without its steps.

    A generic hook for maximum-likelihood derivations (``Derivation(...,
    confirm=confirm_maximum)``):

    1. each result, substituted into the log-likelihood's own partial
       derivatives, makes them zero (normal form, symbolically);
    2. numerically, on a random sample of ``size`` points drawn from the
       derivation's domains: the gradient is zero at the estimate and the
       Hessian's eigenvalues are negative (a strict local maximum), at 30 digits.

    ``d.results`` maps parameter names to equations ``param = expression``; a
    later result may use an earlier parameter (a variance in terms of a mean).
    ``parameters`` (symbols) defaults to the results' left sides.
    """
    import numpy as np

    from .._forms import evaluated
    from ._domains import Domains
    from ._evaluate import evaluate
    from ._normal import is_zero, normal
    from ._rng import Rng
    from ._sampling import Context, _Env, substitute

    if d.log_likelihood is None or not d.results:
        return [Confirmation("results to confirm", False, "no log-likelihood or results")]
    ll = evaluated(d.log_likelihood)
    eqs = [d.results[k] for k in d.results]
    params = list(parameters) if parameters is not None else [e.lhs for e in eqs]
    # The estimate of every parameter in terms of the data alone.
    estimate: dict[Any, Any] = {}
    for e in eqs:
        estimate[e.lhs] = evaluated(e.rhs).xreplace(estimate)
    domains = Domains.of(d)
    out: list[Confirmation] = []
    for p in params:
        g = sp.diff(ll, p).xreplace(estimate)
        val = normal(g, domains)
        ok = is_zero(sp.together(val)) is True
        # A zero residual needs no second simplification to be shown.
        shown = "0" if ok else str(sp.simplify(val))
        out.append(Confirmation(f"dLL/d{p} = 0 at the estimate", ok, f"residual {shown}"))
    # Numerically, on one sample of the domains.
    ctx = Context([ll, *estimate.values()], Rng(seed), domains=domains)
    point = next((pt for pt in ctx.points if all(v == size for v in pt.sizes.values())), None)
    point = point or ctx.points[-1]
    env = _Env(point)
    fixed = {s: v for s, v in point.values.items() if s in point.sizes}
    with sp.evaluate(True):
        at = {p: evaluate(substitute(estimate[p], fixed), env, 30) for p in params}
        grad = [evaluate(substitute(sp.diff(ll, p), fixed), _Env(point, at), 30) for p in params]
        hess = np.array(
            [
                [
                    float(evaluate(substitute(sp.diff(ll, p, q), fixed), _Env(point, at), 30).real)
                    for q in params
                ]
                for p in params
            ]
        )
    eig = np.linalg.eigvalsh(hess)
    size_text = ", ".join(f"{k}={v}" for k, v in point.sizes.items())
    worst = max(abs(complex(g)) for g in grad)
    out.append(
        Confirmation(
            f"numerically on a random sample ({size_text})",
            worst < 1e-20 and bool(np.all(eig < 0)),
            f"estimate {', '.join(f'{p}={float(complex(v).real):.6g}' for p, v in at.items())}, "
            f"|grad|={worst:.1e}, Hessian eigenvalues={[round(float(v), 6) for v in eig]}",
        )
    )
    return out
