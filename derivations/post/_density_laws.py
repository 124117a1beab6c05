"""Rows that relate densities under one letter: ``p(z | x) = p(z, x) / p(x)``.

The reader keeps the conditioning bar of a call (``._tosympy.named_function``): ``p(z | x)``
and ``p(z, x)`` are two functions, a conditional density and the joint one. A row that writes
one through the other is no definition of a new function - it claims a law of probability:

- it is one when it holds for every distribution: each call read as a ratio of joint
  densities of sets of variables, ``p(A | B) = J(A u B) / J(B)`` (``J`` of no variable is 1),
  the two sides are the same product of ``J``'s. That covers the definition of a conditional
  density (``p(z | x) = p(z, x) / p(x)``), the product rule (``p(z, x) = p(z | x) p(x)``),
  Bayes' rule (``p(t | x) = p(x | t) p(t) / p(x)``) and the chain rule; such a row is proved
  as an instance of the law (where the densities in a denominator are positive, as the
  written quotient says);
- otherwise (``p(z | x) = p(z, x)``, ``p(z, x) = p(z | x) p(z)``) it is not checked: it is
  no law, and whether it holds depends on densities the post does not give.

Only calls whose arguments are plain letters, and only a side that is a product of powers
``+1`` / ``-1`` of such calls (no other factor), are read as a law.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sympy as sp

from ._tosympy import NamedApplied, bar_of

#: A bound on the calls of one side read as a product of densities (hostile rows).
MAX_CALLS = 12


def _parts(call: sp.Basic) -> tuple[frozenset, frozenset] | None:
    """``(of, given)`` of a density call: the letters before its bar and after it (all of
    them are ``of`` without a bar). None when an argument is no plain letter, a letter is
    written twice, or nothing precedes the bar."""
    args = call.args
    if not args or not all(type(a) is sp.Symbol for a in args) or len(set(args)) != len(args):
        return None
    k = bar_of(call) or len(args)
    return frozenset(args[:k]), frozenset(args[k:])


def _joints(call: sp.Basic, sign: int, out: Counter) -> bool:
    """Add ``p(A | B) = J(A u B) / J(B)`` to ``out`` with the power ``sign``."""
    parts = _parts(call)
    if parts is None:
        return False
    of, given = parts
    out[of | given] += sign
    if given:
        out[given] -= sign
    return True


def _as_joints(e: sp.Basic, name: str) -> Counter | None:
    """``e`` as a product of joint densities (set of letters -> power), or None when it is
    not a product of powers +-1 of calls of ``name``."""
    out: Counter = Counter()
    factors = _factors(e)
    if factors is None:
        return None
    for f, sign in factors:
        if not (isinstance(f, NamedApplied) and str(f.func) == name):
            return None
        if not _joints(f, sign, out):
            return None
    return Counter({k: v for k, v in out.items() if v})


def _factors(e: sp.Basic) -> list[tuple[sp.Basic, int]] | None:
    """The factors of an unevaluated product with their powers +-1, through nested
    products and quotients (``a b / c``); None past :data:`MAX_CALLS` factors or at a
    power other than +-1."""
    out: list[tuple[sp.Basic, int]] = []
    todo = [(e, 1)]
    while todo:
        f, sign = todo.pop()
        if isinstance(f, sp.Mul):
            todo.extend((a, sign) for a in f.args)
        elif isinstance(f, sp.Pow) and f.exp in (1, -1):
            todo.append((f.base, sign * int(f.exp)))
        elif f == 1:
            continue
        else:
            out.append((f, sign))
        if len(out) + len(todo) > MAX_CALLS:
            return None
    return out


def shown(call: sp.Basic) -> str:
    """A call as written, with its bar (``p(z | x)``)."""
    if not isinstance(call, NamedApplied):
        return str(call)
    args = [str(a) for a in call.args]
    k = bar_of(call)
    if not k:
        return f"{call.func}({', '.join(args)})"
    return f"{call.func}({', '.join(args[:k])} | {', '.join(args[k:])})"


def same_letter_calls(e0: sp.Basic, e1: sp.Basic) -> list:
    """The calls of ``e0``'s letter in ``e1`` over the same letters as ``e0`` but another
    function (``p(z, x)`` in the value of ``p(z | x)``): a joint beside a conditional, or
    the bar elsewhere."""
    if not isinstance(e0, NamedApplied) or not isinstance(e1, sp.Basic):
        return []
    name, letters = str(e0.func), set(e0.args)
    return [
        f
        for f in e1.atoms(NamedApplied)
        if str(f.func) == name and f != e0 and set(f.args) == letters
    ]


def density_law(e0: sp.Basic, e1: sp.Basic) -> bool:
    """Is ``e0 = e1`` a law of probability for the densities under ``e0``'s letter (see the
    module): both sides the same product of joint densities?"""
    if not isinstance(e0, NamedApplied) or not same_letter_calls(e0, e1):
        return False
    name = str(e0.func)
    left, right = _as_joints(e0, name), _as_joints(e1, name)
    return left is not None and right is not None and left == right


def law_name(e0: Any, e1: Any) -> str:
    """What the law is called, for the report."""
    if isinstance(e0, NamedApplied) and bar_of(e0):
        name = str(e0.func)
        reversed_given = any(
            isinstance(f, NamedApplied)
            and str(f.func) == name
            and bar_of(f)
            and set(f.args) == set(e0.args)
            and f != e0
            for f, _ in _factors(e1) or ()
        )
        return "Bayes' rule" if reversed_given else "the definition of a conditional density"
    return "the product rule of probability"


__all__ = ["MAX_CALLS", "density_law", "law_name", "same_letter_calls", "shown"]
