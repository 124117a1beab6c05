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
    from ._cache import ENGINE_VERSION

    hook = getattr(d.confirm, "__module__", "") + "." + getattr(d.confirm, "__qualname__", "")
    parts = [
        ENGINE_VERSION,
        sp.__version__,
        hook,
        sp.srepr(d.log_likelihood) if d.log_likelihood is not None else "",
        *(f"{k}={sp.srepr(v)}" for k, v in sorted(d.results.items())),
    ]
    return "confirm:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
