"""Lines of expectations whose values a declared law gives (EXPECT5).

Two readings of the builder kept such lines from being compared:

- ``E[\\partial_\\lambda \\log f(X)] = ...`` holds ``f``, a name the post defines, so its
  first side was taken for a head (a named quantity's row) and never compared by linearity:
  :func:`names_resolved` lets an expectation whose names all have values through;
- ``E[1/\\lambda - X] = 0`` was a first-order condition "taken as given", as any line set to
  0 is (an equation to solve). :func:`zero_mean` says when the line is 0 under the declared
  law for every value of its parameters (the mean of the score): then the row is an
  identity, compared (and proved). A line that is not identically 0 stays an equation: "E[X]
  - 2 = 0" is solved for the parameter, never refuted.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

import sympy as sp

from ._expectation import by_linearity, determined, has_expectation
from ._tosympy import Named, NamedApplied, evaluating


def names_resolved(e: sp.Basic, resolved: sp.Basic | None) -> bool:
    """Is ``e`` an expectation line (an operator of :func:`has_expectation` at its top, or
    a sum or product of such) whose names all have values in ``resolved``?"""
    if resolved is None or resolved.atoms(Named, NamedApplied):
        return False
    tops = sp.Add.make_args(e) if isinstance(e, sp.Add) else (e,)
    for t in tops:
        factors = sp.Mul.make_args(t)
        if not any(has_expectation(f) for f in factors):
            return False
        if any(f.atoms(Named, NamedApplied) and not has_expectation(f) for f in factors):
            return False
    return True


def zero_mean(e: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Any]) -> bool:
    """Is the line ``e`` of expectations 0 under the declared laws, identically?"""
    if not laws or not has_expectation(e):
        return False
    value = by_linearity(e, constants, laws)
    if value is None or not determined(value) or value.atoms(sp.Indexed):
        return False
    with evaluating(True):
        try:
            return sp.cancel(sp.expand(value)) == 0
        except (TypeError, ValueError, RecursionError):
            return False


__all__ = ["names_resolved", "zero_mean"]
