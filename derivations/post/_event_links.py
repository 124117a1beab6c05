"""The builder's side of :mod:`._event_sums` (helper SOUNDA): the probability of an order
event of a declared variable is no name a row defines, and a line of such probabilities
set to 0 is a claim, not a first-order condition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._event_sums import is_order_event
from ._expectation import _PROBABILITY, _operator, by_linearity


def law_event(e: sp.Basic, parameters: Any, laws: Mapping[sp.Basic, Any]) -> bool:
    """Is ``e`` the probability of an order event (``P(X \\le 1)``) that the declared
    laws give a value? It is then no name a row may define (see the module)."""
    if not laws or str(getattr(e, "func", "")) not in _PROBABILITY or len(e.args) != 1:
        return False
    if not is_order_event(e.args[0]):
        return False
    return by_linearity(e, parameters, laws) is not None


def probability_line(e: sp.Basic, parameters: Any, laws: Mapping[sp.Basic, Any]) -> bool:
    """Is ``e`` a line of probabilities of events (no expectation, no derivative) the
    declared laws give a value? ``P(X = 0) = 0`` then claims that value is 0: a claim to
    compare, never a first-order condition set by the post."""
    if not laws or e.atoms(sp.Derivative):
        return False
    ops = {_operator(f) for f in e.atoms(sp.Function)} - {None}
    if ops != {"Pr"}:
        return False
    return by_linearity(e, parameters, laws) is not None


__all__ = ["law_event", "probability_line"]
