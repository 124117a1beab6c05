"""Rows of one display that are successive derivatives, joined by '='.

"The derivatives calculated were as follows:" and then ``&= f``, ``&= f'``, ``&= f''``: the
author joins a row and its derivative with '=' (issue 12, batch 26, a Cross Validated
question on the gamma's Fisher information). Read as equations, the correct rows were refuted.
When the sentence before the display says its rows are derivatives and the row is the
derivative of the row above in one of its letters, the '=' may mean "differentiating gives":
:func:`derivative_of_row_above` names that reading, and a failing comparison is then no
refutation (the link is disputed: unchecked). A row that is neither equal to the row above nor
its derivative is compared as before and can be refuted; a row is never proved this way.

The check is bounded: expressions of at most ``MAX_NODES`` nodes, at most ``_LETTERS``
letters tried, each derivative compared at two points by exact arithmetic (``._arith``).
"""

from __future__ import annotations

import re

import sympy as sp

from ._arith import MAX_NODES, evaluate, node_count
from ._tosympy import evaluating

#: The sentence before the display says its rows are derivatives (plural, or "differentiating").
_SAID = re.compile(r"\bderivatives\b|\bdifferentiat(?:e|ed|es|ing)\b", re.IGNORECASE)
_LETTERS = 6
#: two points; every letter gets its own value at each
_POINTS = ((3, 7), (6, 5))


def _values(letters: list[sp.Symbol], point: tuple[int, int]) -> dict:
    p, q = point
    return {s: sp.Rational(p + k, q + 2 * k) for k, s in enumerate(letters)}


def _same(a: sp.Basic, b: sp.Basic, letters: list[sp.Symbol]) -> bool:
    for point in _POINTS:
        values = _values(letters, point)
        try:
            with evaluating(True):
                va, vb = evaluate(a.xreplace(values)), evaluate(b.xreplace(values))
        except (TypeError, ValueError, ArithmeticError, NotImplementedError):
            return False
        if va is None or vb is None or abs(va - vb) > 1e-20 * max(1, abs(va)):
            return False
    return True


def _bound(e: sp.Basic) -> set:
    """Letters ``e`` binds (an index of a sum, a variable of a derivative or an integral)."""
    out: set = set()
    for node in e.atoms(sp.Sum, sp.Product, sp.Integral, sp.Derivative, sp.Subs):
        out |= set(node.variables)
    return out


def derivative_of_row_above(prev: sp.Basic, w: sp.Basic, prose: str) -> str:
    """Why a failing '=' between ``prev`` and ``w`` is no refutation: ``w`` is the derivative
    of ``prev`` in one of its letters, and the sentence before the display (``prose``) says its
    rows are derivatives; "" otherwise."""
    if not _SAID.search((prose or "")[-300:]):
        return ""
    if not isinstance(prev, sp.Expr) or not isinstance(w, sp.Expr):
        return ""
    if node_count(prev, MAX_NODES + 1) > MAX_NODES or node_count(w, MAX_NODES + 1) > MAX_NODES:
        return ""
    letters = sorted(
        (s for s in prev.free_symbols | w.free_symbols if isinstance(s, sp.Symbol)),
        key=lambda s: s.name,
    )
    if not letters or any(not s.is_commutative for s in letters):
        return ""
    if (_bound(prev) | _bound(w)) & set(letters):
        return ""  # a letter both free and bound: no value can be put in for it alone
    for v in [s for s in letters if s in prev.free_symbols][:_LETTERS]:
        try:
            with evaluating(True):
                d = sp.diff(prev, v)
        except (TypeError, ValueError, ArithmeticError, NotImplementedError):
            continue
        if d != 0 and _same(d, w, letters):
            return (
                f"the sentence before the display says its rows are derivatives, and this row "
                f"is the derivative of the row above in {v}: its '=' may mean 'differentiating "
                "gives', which the reader does not check"
            )
    return ""


__all__ = ["derivative_of_row_above"]
