"""A call the post names in the middle of a chain: ``X = \\psi(Y) = e^Y``.

A row that starts ``\\psi(Y) = e^Y`` gives ``psi`` a value (a named quantity, see
:meth:`._rewrites.RewriteLinks._definition`), so later rows are read with it and the
table of special functions (:mod:`._special`) is never consulted for it. A change of
variables writes the same definition between two equals signs: ``X = \\psi(Y) = e^Y``
names the inverse map ``psi`` and claims ``X = e^Y``. Read through the table, the
middle side was digamma(ln X) and the correct row was refuted (held-out batch 14,
weiruhan line 19). A call written alone between two equals signs, of a letter the post
gives no value anywhere the reader can see, is therefore the post's definition of that
letter by the side after it; the row's claim (``X = e^Y``) is still checked through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sympy as sp

from . import _special
from ._notation import GREEK
from ._relations import EQUALITIES
from ._tosympy import Named, NamedApplied


def middle_calls(
    sides: Sequence[sp.Basic | None], rels: Sequence[str], names: Any
) -> list[tuple[NamedApplied, sp.Basic]]:
    """The calls of a chain ``A = f(x) = R`` that the chain defines, each with its value ``R``.

    ``names`` (:class:`._resolve.Names`) says whether the post gave a call a value already
    (then the chain uses it, as every row does) and which letters a row of the post
    defines as functions (one the reader may not have read yet or cannot read): the
    chain defines neither again. Only a call of plain, distinct letters is a definition
    (``f(1)`` is a value at a point), and only of a name no other side of the row calls
    (``L(\\theta) = L(\\theta; x) = ...`` restates one function)."""
    lex = getattr(names.symbol, "lex", None)
    elsewhere = getattr(lex, "functions", frozenset())
    out = []
    for k in range(1, len(sides) - 1):
        call, value = sides[k], sides[k + 1]
        if rels[k - 1] not in EQUALITIES or rels[k] != "=" or value is None:
            continue
        if (
            not isinstance(call, NamedApplied)
            or names.has_value(call)
            or str(call.func) in elsewhere
        ):
            continue
        args = call.args
        if not args or len(set(args)) < len(args):
            continue
        if not all(isinstance(a, sp.Symbol) and not isinstance(a, Named) for a in args):
            continue
        others = [s for j, s in enumerate(sides) if j != k and s is not None]
        if any(_calls(s, _letter(call)) for s in others):
            continue
        out.append((call, value))
    return out


def _letter(call: sp.Basic) -> str:
    """The letter of a call without its subscript (``I`` of ``I_1``, of ``I_n``)."""
    return str(call.func).split("_", 1)[0]


def _calls(e: sp.Basic, letter: str) -> bool:
    """Does ``e`` call a function of ``letter`` anywhere (``I_n(\\lambda)`` and
    ``I_1(\\lambda)`` are one family: the chain relates them, it defines neither)?"""
    calls = [*e.atoms(NamedApplied), *(a for a in e.atoms(sp.Function) if hasattr(a, "func"))]
    return any(_letter(a) == letter for a in calls if isinstance(a, sp.core.function.AppliedUndef))


def whole_side_calls(sides: Sequence[sp.Basic | None]) -> set[NamedApplied]:
    """The calls written alone as a side of a statement whose table reading is a guess.

    ``v = \\psi(t)`` may name a function of the post's own, but a row that relates the
    call to another function of the table (``\\frac{d}{dx} \\log \\Gamma(x) = \\psi(x)``,
    ``\\frac{d}{d\\kappa} I_1(\\kappa) = I_0(\\kappa)``) speaks of the table's functions: there
    the reading is the row's, and a wrong row is refuted through it. Nor is a name spelled
    out (``\\text{sign}``, ``\\operatorname{digamma}``) a letter a post would name its own
    function by."""
    out = set()
    for k, side in enumerate(sides):
        if not isinstance(side, NamedApplied) or not _a_letter(side):
            continue
        others = [s for j, s in enumerate(sides) if j != k and s is not None]
        if not any(_uses_table(s) for s in others):
            out.add(side)
    return out


def _a_letter(call: sp.Basic) -> bool:
    """Is ``call`` named by a letter, Latin or Greek (``psi``, ``B``, ``I_1``)?"""
    letter = _letter(call)
    return len(letter) == 1 or letter in GREEK


_TABLE_CLASSES = tuple(c for entry in _special.TABLE for c in entry.classes)


def _uses_table(e: sp.Basic) -> bool:
    """Does ``e`` call a function of the table (``Gamma``, or a call the table reads)?"""
    if any(isinstance(a, _TABLE_CLASSES) for a in e.atoms(sp.Function)):
        return True
    calls = e.atoms(sp.core.function.AppliedUndef)  # (NamedApplied, SpecialCall)
    return any(_special.lookup(str(a.func), len(a.args)) is not None for a in calls)


def table_reading(call: NamedApplied) -> str:
    """Why a row compared through the table's reading of ``call``, a side written alone
    (``v = \\psi(t)``), is not refuted: the post may name a function of its own there."""
    found = _special.lookup(str(call.func), len(call.args))
    what = found.describe() if found is not None else "a standard function"
    return (
        f"{call.func}(...) is read as {what}, but it is written alone as a side and the "
        "post gives it no value: it may be the post's own function"
    )
