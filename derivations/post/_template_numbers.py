"""A restatement written with numbers where the value has letters the post gives no value.

Held-out batch 29 (the R4DS book club's gamma-Poisson slide): ``L(\\tau|\\vec y) =
\\frac{\\tau^y e^{-n\\tau}}{y!}`` is a template (y the total, n the count, y! the author's
shorthand for a product of factorials), and ``L(\\tau|\\vec y) = \\frac{\\tau^{11}
e^{-4\\tau}}{6!2!2!1!}`` the same at the data. Compared at letters the reader drew (n = 1,
y = 6), the correct second row was refuted. A row that writes numbers of its own where the
value has letters without a value, and brings no letter the value lacks, may be that value
at numbers the row does not name: when the comparison fails, that is no refutation
(:func:`at_numbers` gives the reason; the link is unchecked with it). A row that only drops
a letter (a term lost, no number in its place) is compared as before, unless it is a number
alone.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

_TRIVIAL = frozenset([sp.S.Zero, sp.S.One, sp.S.NegativeOne])


def at_numbers(
    target: sp.Basic | None,
    written: sp.Basic | None,
    defined: Any,
    name: str,
    numbered: Any = frozenset(),
    kept: Any = frozenset(),
) -> str:
    """Why a failing comparison of ``written`` with the value ``target`` of ``name`` is no
    refutation, or "" (see the module). ``defined``: the letters the post gave values;
    ``numbered``: the letters the post sets to a number somewhere (``n = 4``) - only a row
    that drops one of them may be the value at the post's numbers (``M''(0) = 3`` for
    ``a^2``, where nothing sets ``a``, is compared as before); ``kept``: the letters the
    row's head keeps free (``t`` of ``M'(t)``, a claim for every ``t``)."""
    if target is None or written is None:
        return ""
    try:
        old, new = _kept_letters(target), written.free_symbols
        if not new <= old:
            return ""  # a letter of the row's own: not an evaluation of the value
        dropped = sorted(
            (s for s in old - new if isinstance(s, sp.Symbol) and s not in defined), key=str
        )
        if not dropped or not {str(s).partition("_")[0] for s in dropped} & set(numbered):
            return ""
        have = set(target.atoms(sp.Number))
        fresh = [a for a in written.atoms(sp.Number) if a not in have and a not in _TRIVIAL]
    except (TypeError, ValueError, AttributeError):
        return ""
    if not fresh and (written.free_symbols or set(dropped) & set(kept)):
        # letters dropped, no number in their place: a term lost is compared. A row that is a
        # number (M'(0) = 2 for the value a, where the post sets a = 2) may be the value at
        # the post's numbers whatever numbers the value's formula holds (its unevaluated
        # derivative held the exponent 2 of t^2: adversarial set 22, 29-true was refuted) -
        # unless the head keeps that letter free (M'(t) = 2 claims it for every t:
        # adversarial13/10-false stays refuted)
        return ""
    letters = ", ".join(str(s) for s in dropped[:4])
    return (
        f"the row writes numbers where the value of {name} has {letters}, which the post gives "
        "no value: it may be that value at numbers the row does not name, so a difference "
        "is no refutation"
    )


def _kept_letters(value: sp.Basic) -> set:
    """The letters of ``value`` with the terms an unevaluated derivative removes left out:
    in ``d/d\\theta (n/\\theta + \\sum \\log x_i)`` the sum holds no theta and differentiates
    to 0, so ``x`` is no letter of the value (catch65: jimmyhickey 7.11 line 73)."""

    def keep(d: sp.Derivative) -> sp.Basic:
        by = set(d.variables)
        terms = [t for t in sp.Add.make_args(d.expr) if t.free_symbols & by]
        return sp.Derivative(sp.Add(*terms), *d.variable_count) if terms else sp.S.Zero

    found = [d for d in sp.preorder_traversal(value) if isinstance(d, sp.Derivative)]
    if not found:
        return set(value.free_symbols)
    return set(value.xreplace({d: keep(d) for d in found}).free_symbols)
