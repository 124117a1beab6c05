"""The probability of an order event of a declared discrete variable (helper SOUNDA;
adversarial set 15, pairs 17, 18, 19, 57).

``P(X \\le 1) = P(X = 1) = \\lambda e^{-\\lambda}`` of ``X \\sim Poisson(\\lambda)`` was
proved: ``P(X \\le 1)``, a function of an event with no value (:mod:`._order_events`), was
taken as a name the row defines, and only the later links - point probabilities of the
declared law - were weighed. The first link of such a chain is a claim about the law too.

:func:`order_probability` gives ``P(X \\le k)``, ``P(X < k)``, ``P(X \\ge k)``, ``P(X > k)``
for a whole number ``k`` as the sum of the law's point masses (from 0: every declared
family with a mass function lives on the whole numbers ``0, 1, 2, ...``), the upper tails
as one minus the lower; None when the law has no mass function (a continuous one), the
bound is no whole number, or the sum would have more than :data:`MAX_TERMS` terms. Such
an event then counts as a probability the expectation reader weighs
(:func:`is_order_event`), so a chain's first link is compared, or left without a value -
never defined by the row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import sympy as sp

#: The most point masses one probability is summed over (a bound on hostile rows).
MAX_TERMS = 60

_ORDER = (sp.LessThan, sp.StrictLessThan, sp.GreaterThan, sp.StrictGreaterThan)
_FLIP = {
    sp.LessThan: sp.GreaterThan,
    sp.StrictLessThan: sp.StrictGreaterThan,
    sp.GreaterThan: sp.LessThan,
    sp.StrictGreaterThan: sp.StrictLessThan,
}


def is_order_event(event: Any) -> bool:
    """``X \\le k``, ``X < k``, ``X \\ge k``, ``X > k`` (either side the variable)."""
    return isinstance(event, _ORDER)


def order_probability(
    event: sp.Basic, laws: Mapping[sp.Basic, Any], point: Callable[..., sp.Basic | None]
) -> sp.Basic | None:
    """The probability of the order ``event`` under ``laws`` (see the module), by the point
    probabilities ``point(Eq(X, j), laws)``; None when it has none the reader can give."""
    if not is_order_event(event):
        return None
    kind, var, k = type(event), event.lhs, event.rhs
    if isinstance(var, sp.Integer) and not isinstance(k, sp.Integer):
        kind, var, k = _FLIP[kind], k, var
    if not isinstance(k, sp.Integer) or isinstance(var, sp.Number):
        return None
    k = int(k)
    below = kind in (sp.LessThan, sp.StrictLessThan)
    # the highest whole value the lower set {X <= top} holds: P(X >= k) = 1 - P(X <= k - 1)
    top = {
        sp.LessThan: k,
        sp.StrictLessThan: k - 1,
        sp.GreaterThan: k - 1,
        sp.StrictGreaterThan: k,
    }[kind]
    if top >= MAX_TERMS:
        return None
    masses = []
    for j in range(int(top) + 1):
        m = point(sp.Eq(var, sp.Integer(j)), laws)
        if m is None:
            return None
        masses.append(m)
    if not masses and point(sp.Eq(var, sp.Integer(0)), laws) is None:
        return None  # no mass function: not even an empty sum is known to be this law's
    lower = sp.Add(*masses)
    return lower if below else 1 - lower


__all__ = ["MAX_TERMS", "is_order_event", "order_probability"]
