"""Identities sympy misses, each proved for a class of expressions (see each function).

Only rewrites that hold wherever the expression is defined (or where the declared
domains say they hold) are made: nothing is forced (NOTES.md: ``powsimp(force=True)``
and ``expand_log(force=True)`` are wrong off the positive reals), nothing is decided
by sampling, and each pass is bounded by the size of what it looks at.

:func:`split_index_powers`: a sum's index takes integer values only, and for an
integer ``k``, ``(a b)^k = a^k b^k`` and ``(e^u)^k = e^(k u)`` whatever ``a``, ``b``
and ``u`` are. sympy applies these to a symbol declared integer, but a post's sum
index is a plain symbol, so ``sum_n e^(t n) (1 - theta)^n`` and
``sum_n ((1 - theta) e^t)^n`` (the geometric MGF) never met. Each sum's body is
looked at with its index replaced by an integer dummy, sympy's
``expand_power_base`` (no ``force``: it splits a power of a product only where the
exponent is an integer or the factors are non-negative) is applied, and the index
is put back. An exponent such as ``n/2`` is not an integer, so it is left alone.
"""

from __future__ import annotations

import sympy as sp

#: Bound: a sum whose body has more operations than this is left as it is.
_MAX_BODY_OPS = 400


def _split_in_sum(s: sp.Sum) -> sp.Basic:
    body = s.function
    if not body.has(sp.Pow, sp.exp) or sp.count_ops(body) > _MAX_BODY_OPS:
        return s
    indices = [lim[0] for lim in s.limits if isinstance(lim[0], sp.Symbol)]
    if not indices:
        return s
    dummies = {k: sp.Dummy(k.name, integer=True) for k in indices}
    back = {d: k for k, d in dummies.items()}
    inner = body.xreplace(dummies)
    candidates = [
        p
        for p in inner.atoms(sp.Pow)
        if p.exp.is_integer
        and not p.exp.is_Number
        and p.exp.has(*back)
        and isinstance(p.base, (sp.Mul, sp.exp))
    ]
    # (Putting the integer dummy in may itself evaluate: (e^t)^k is e^(k t).)
    table = {p: sp.expand_power_base(p, deep=False) for p in candidates}
    out = inner.xreplace(table).xreplace(back)
    return s if out == body else sp.Sum(out, *s.limits)


def split_index_powers(e: sp.Basic) -> sp.Basic:
    """Powers of products (and of ``e^u``) whose exponent is an integer because it is
    an integer combination of a sum's indices, split into powers of the factors (see
    the module's text)."""
    if not e.has(sp.Sum):
        return e
    return e.replace(lambda a: isinstance(a, sp.Sum), _split_in_sum)


def shifts_vanish(e: sp.Basic) -> bool:
    """Placeholder (tests first)."""
    return False
