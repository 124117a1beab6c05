"""A function defined on a range, read at a point its condition's signs decide (helper
SOUNDA; adversarial set 15, pair 87; set 14, pair 76).

``f(x) = 2x/\\theta^2`` on ``0 < x < \\theta`` and 0 otherwise, read at ``2\\theta``: the
condition ``0 < 2\\theta < \\theta`` still holds a letter, and :mod:`._density_range` read
such a value as one at "a point the line leaves free" (``f(x_i)`` in a likelihood), the
value on the range - so ``f(2\\theta) = 4/\\theta`` was proved. The letter is a parameter
whose sign the post declares (``\\theta > 0``), and the condition is false whatever its
value. :func:`decided_piece` evaluates the condition under the symbols' assumptions and
gives the piece it picks (0, or no value), or None when it stays undecided.
"""

from __future__ import annotations

import sympy as sp

#: The most nodes of a condition re-evaluated (a bound on what a hostile row can ask).
MAX_NODES = 200


def _evaluated(c: sp.Basic) -> sp.Basic:
    """``c`` rebuilt bottom-up with sympy's evaluation on (the rows are planned with it
    off: ``a/2**1 > a`` is only decided once ``2**1`` is 2)."""
    if not c.args or isinstance(c, (sp.Symbol, sp.Indexed)):
        return c
    return c.func(*[_evaluated(a) for a in c.args])


def decided_piece(e: sp.Piecewise) -> sp.Basic | None:
    """The piece of ``e`` its conditions pick once evaluated under the assumptions of
    their symbols; None when one is undecided (or too large to evaluate)."""
    for piece, cond in e.args:
        if cond == sp.true:
            return piece
        if sum(1 for _ in sp.preorder_traversal(cond)) > MAX_NODES:
            return None
        try:
            with sp.evaluate(True):
                value = _evaluated(cond)
        except (TypeError, ValueError, AttributeError, RecursionError):
            return None
        if value == sp.true:
            return piece
        if value != sp.false:
            return None
    return None


__all__ = ["decided_piece"]
