"""Quantities called at an index, read as elements of a sum without limits (helper READ7).

``\\sum_c P(x_i, c|\\theta)`` in a post that never says what c runs over: ``P(.., c, ..)``
names element c as ``w_c`` does, so the sum is read over ``1 .. |c|`` (see
``._unstated_ranges``). Renumbering the range from 1 is what makes that reading the author's,
so only calls of named quantities the post does not define (``Q(c) = c^2`` uses its argument
as a number) with c as a whole argument (``P(c + 1)``, ``P(2c)`` take other elements
depending on where the range starts) count; any other call holding c leaves the sum unread.
"""

from __future__ import annotations

from collections.abc import Set

import sympy as sp
from sympy.core.function import AppliedUndef


def _named(call: sp.Basic) -> bool:
    # NamedApplied of ._tosympy (by name: that module imports this one's user)
    return any(c.__name__ == "NamedApplied" for c in type(call).__mro__)


def element_calls(body: sp.Basic, idx: sp.Symbol, defined: Set[str]) -> list | None:
    """The calls of ``body`` that hold ``idx`` as elements do, or None when a call holds
    ``idx`` otherwise (inside an argument, or a function the post defines or the reader
    knows)."""
    out = []
    for call in body.atoms(AppliedUndef):
        elements = {a: sp.Dummy() for a in call.atoms(sp.Indexed)}
        if not any(_is(s, idx) for s in call.xreplace(elements).free_symbols):
            continue  # 1{y_i = 0}: i only as the index of elements, as before
        if not _named(call) or type(call).__name__ in defined:
            return None
        if any(not _is(a, idx) and any(_is(s, idx) for s in a.free_symbols) for a in call.args):
            return None
        out.append(call)
    return out


def _is(s: sp.Basic, idx: sp.Symbol) -> bool:
    """Is ``s`` the index - or the letter of it read before the sum bound it (by name)?"""
    return s == idx or (isinstance(s, sp.Symbol) and s.name == idx.name)
