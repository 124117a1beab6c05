"""The letter i (or j) of a characteristic function, read as a number: no refutation.

A post about characteristic functions writes i (engineers j) for the imaginary unit:
``\\varphi(t) = e^{-\\mu^2/(2\\sigma^2)} e^{(\\mu/\\sigma^2 + it)^2 \\sigma^2/2} = e^{i\\mu t -
t^2\\sigma^2/2}``. The reader reads every letter as a real number, drew i = 0.03, and refuted
a correct link (held-out batch 55, blind65: the answer of a Q&A thread). Which i the author
means - an index, a rate, the unit - the reader cannot tell from the letter, so a link that
fails with i real but holds with i^2 = -1 is no refutation: it stays unchecked with that
condition named (:func:`imaginary_unit_reason`). It is never a proof either: a post may mean
a real i, and the link is then wrong.

The test is numeric and cheap: both sides at two points, every other letter a fixed exact
positive value (its own per letter, by name), i first a real number then the unit; sympy's
``evalf`` to 30 digits under a CPU-time limit, for sides of a bounded size with nothing but
arithmetic and elementary functions in them.
"""

from __future__ import annotations

import sympy as sp

from .. import _budget
from ._arith import node_count
from ._tosympy import evaluating

#: The letters a post may write for the imaginary unit.
_LETTERS = ("i", "j")
#: Sides larger than this are not tried (a bound on what a hostile post can make this do).
_MAX_NODES = 400
#: CPU seconds for the whole test of one link.
_SECONDS = 0.5
#: Nodes the sides may hold: arithmetic and elementary functions of plain letters.
_NOT_PLAIN = (sp.Integral, sp.Sum, sp.Product, sp.Derivative, sp.Indexed, sp.Limit)


def imaginary_unit_reason(prev: sp.Basic, w: sp.Basic) -> str:
    """Why the failing comparison of ``w`` with the line above, ``prev``, is no refutation:
    the two differ with the letter i (or j) a real number but agree with it the imaginary
    unit. Empty otherwise (no such letter, the sides agree or disagree either way, or they
    are too large or hold more than arithmetic)."""
    if not isinstance(prev, sp.Basic) or not isinstance(w, sp.Basic):
        return ""
    letters = _letters(prev) | _letters(w)
    units = sorted((s for s in letters if s.name in _LETTERS), key=lambda s: s.name)
    if len(units) != 1 or not _plain(prev) or not _plain(w):
        return ""
    (unit,) = units
    others = sorted((s for s in letters if s is not unit), key=lambda s: s.name)
    try:
        with _budget.time_limit(_SECONDS), evaluating(True):
            if _agree(prev, w, unit, others, sp.Rational(5, 9)) is not False:
                return ""  # equal (or unknown) with i real: nothing for this rule to say
            for shift in (0, 1):
                if _agree(prev, w, unit, others, sp.I, shift) is not True:
                    return ""
    except (_budget.StepTimeout, ArithmeticError, RecursionError, TypeError, ValueError):
        return ""
    return (
        f"holds when {unit.name} is the imaginary unit ({unit.name}^2 = -1) and not when it is "
        "a real number: the post does not say which it means, so a difference is no refutation"
    )


def _letters(e: sp.Basic) -> set:
    return {s for s in e.free_symbols if isinstance(s, sp.Symbol)}


def _plain(e: sp.Basic) -> bool:
    if node_count(e, _MAX_NODES + 1) > _MAX_NODES:
        return False
    if e.atoms(*_NOT_PLAIN) or e.atoms(sp.MatrixSymbol):
        return False
    return not any(isinstance(f, sp.core.function.AppliedUndef) for f in e.atoms(sp.Function))


def _agree(
    prev: sp.Basic, w: sp.Basic, unit: sp.Symbol, others: list, value: sp.Basic, shift: int = 0
) -> bool | None:
    """Do the two sides agree with ``unit`` at ``value`` and each other letter at its own
    exact positive value (None: a side has no finite value there)?"""
    point = {s: sp.Rational(3 + 2 * k + shift, 7 + shift) for k, s in enumerate(others)}
    point[unit] = value
    a = sp.N(prev.xreplace(point), 30)
    b = sp.N(w.xreplace(point), 30)
    if not (a.is_number and b.is_number) or a.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    if b.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    scale = max(1, abs(complex(a)), abs(complex(b)))
    return abs(complex(a - b)) <= 1e-20 * scale


__all__ = ["imaginary_unit_reason"]
