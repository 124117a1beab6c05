"""Reading written (unevaluated) products and sums: helpers several rule families share."""

from __future__ import annotations

import sympy as sp

from ._registry import ev


def factors(e: sp.Basic) -> list[sp.Basic]:
    """Factors of a (possibly nested, unevaluated) product, flattened."""
    if isinstance(e, sp.Mul):
        return [f for a in e.args for f in factors(a)]
    return [e]


def negated(t: sp.Basic) -> sp.Basic | None:
    """``b`` when ``t`` is written ``-b`` (a product with a leading -1), else None."""
    fs = factors(t)
    if len(fs) >= 2 and fs[0] == -1:
        rest = fs[1:]
        return rest[0] if len(rest) == 1 else ev(sp.Mul, *rest)
    return None


def body(s: sp.Sum) -> sp.Basic:
    """The summand; ``Sum`` built under ``evaluate(False)`` wraps it as ``1*f``."""
    f = s.function
    if isinstance(f, sp.Mul) and len(f.args) == 2 and f.args[0] == 1:
        return f.args[1]
    return f


def single_limit(s: sp.Sum) -> tuple[sp.Symbol, sp.Basic, sp.Basic] | None:
    return s.limits[0] if len(s.limits) == 1 else None
