"""Expectations compared by linearity: ``E[a g(X) + b] = a E[g(X)] + b``.

``E_p[X^2 / p^2] = E_p[X^2] / p^2`` needs nothing of the distribution: the
expectation is linear, and ``1/p^2`` is a number. The reader keeps ``E[...]`` as a
function with no value (:class:`._tosympy.Opaque`), so such rows - the bulk of a
Fisher-information derivation - were "unrelated". Here each expectation is
written as a sum of constants times the expectations of the powers and products
of the random variables it holds (``E[X^2]``, ``E[X]``, ``E[X Y]``), each of those a
symbol of its own. Two lines equal as such sums are equal for every distribution
that has those moments.

Only a proof: the moments are not independent numbers (``E[X^2] >= E[X]^2``, and the
post may have said ``E[X] = p``), so two lines that differ as sums are not shown
different. The builder therefore compares them with a step whose failure is no
refutation (``LinkPlan.disputed``).

The random variables are the capital letters (``X``, ``Y``, ``X_i``) inside the
brackets; every other symbol there must be a parameter of the post, a size
(an integer symbol) or a number, else the expectation is left as it was (``E[x]``
with a lower-case ``x`` may be a data value or a random variable: not guessed).
"""

from __future__ import annotations

from collections.abc import Container

import sympy as sp

from ._tosympy import Opaque, evaluating

#: Terms an expanded expectation may have (a bound on what hostile rows can ask).
MAX_TERMS = 64


def has_expectation(e: sp.Basic) -> bool:
    return any(str(f.func) == "E" for f in e.atoms(Opaque))


def by_linearity(e: sp.Basic, constants: Container) -> sp.Basic | None:
    """``e`` with every ``E[...]`` written as a sum of constants times moments (symbols
    named ``E[X**2]``); None when an expectation is not of that form."""
    found = [f for f in e.atoms(Opaque) if str(f.func) == "E"]
    if not found:
        return None
    out = {}
    for f in found:
        if not f.args:
            return None
        value = _linear(f.args[0], constants)
        if value is None:
            return None
        out[f] = value
    return e.xreplace(out)


def _random(s: sp.Basic) -> bool:
    if isinstance(s, sp.Indexed):
        s = s.base.label
    return isinstance(s, sp.Symbol) and len(s.name) == 1 and s.name.isupper()


def _linear(arg: sp.Basic, constants: Container) -> sp.Basic | None:
    atoms = arg.atoms(sp.Symbol, sp.Indexed)
    indexed_labels = {a.base.label for a in atoms if isinstance(a, sp.Indexed)}
    variables = {a for a in atoms if _random(a)}
    if not variables or any(isinstance(a, sp.Indexed) and not _random(a) for a in atoms):
        return None
    for s in atoms:
        if s in variables or s in indexed_labels or s in constants or s.is_integer:
            continue
        return None
    with evaluating(True):
        expanded = sp.expand(arg)
        terms = sp.Add.make_args(expanded)
        if len(terms) > MAX_TERMS:
            return None
        total = sp.S.Zero
        for t in terms:
            coeff, part = t.as_independent(*variables, as_Add=False)
            if part == 1:
                total += coeff
                continue
            # E[X^2], E[X Y], E[log X]: each random part a moment of its own
            total += coeff * sp.Symbol(f"E[{sp.sstr(part)}]", real=True)
    return total


__all__ = ["MAX_TERMS", "by_linearity", "has_expectation"]
