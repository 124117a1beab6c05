"""A name the post defines through a function of it is not the sampler's to draw.

"where $\\log \\bar{y}_j = \\frac{1}{n} \\sum_{i=1}^n \\log y_{ij}$": the row gives ``\\bar y_j``
a value (the exponential of the right side), but the reader takes a definition only of a
name or a call on the left, so ``\\bar y_j`` stays a free letter and the numeric check draws
it at random. A row that then replaces ``\\frac{1}{n}\\sum_i \\log y_{ij}`` by ``\\log \\bar
y_j`` (the statproofbook Dirichlet MLE, held-out batch 10, lines 54 and 69) is refuted at
a point where ``\\bar y_j`` is not what the post says it is.

:func:`function_defined_names` finds such rows: a display statement whose left side is
``\\log``, ``\\exp`` or a root of one name (a letter or a sample) and whose right side does
not contain that name. :func:`refutations_with_values` turns a refutation whose
counterexample draws one of those names into "unchecked", naming the row: the counterexample
is outside what the post says. A counterexample that draws none of them still refutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sympy as sp

from ._plans import names_of
from ._verdicts import _relink

#: Functions whose value fixes their argument (one-to-one where they are defined).
_ONE_TO_ONE = (sp.log, sp.exp)


def _defined_name(lhs: sp.Basic) -> sp.Basic | None:
    """``bar_y`` of ``log(bar_y[j])``, ``x`` of ``exp(x)`` or ``sqrt(x)``; else None."""
    if isinstance(lhs, _ONE_TO_ONE) and len(lhs.args) == 1:
        arg = lhs.args[0]
    elif isinstance(lhs, sp.Pow) and lhs.exp in (sp.Rational(1, 2), sp.Rational(1, 3)):
        arg = lhs.base
    else:
        return None
    if isinstance(arg, sp.Indexed):
        return arg.base.label
    if isinstance(arg, sp.Symbol):
        return arg
    return None


def function_defined_names(rows: Sequence[Any]) -> dict[str, int]:
    """Name (as a counterexample spells it) -> the line of the first row that gives a
    function of it a value (see the module)."""
    out: dict[str, int] = {}
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            if st.relations[:1] != ("=",) or len(st.sides) < 2:
                continue
            lhs, rhs = st.sides[0], st.sides[1]
            if not isinstance(lhs, sp.Basic) or not isinstance(rhs, sp.Basic):
                continue
            name = _defined_name(lhs)
            if name is None or rhs.has(name) or not rhs.free_symbols:
                # lead5: "For $\\sigma = 1$" (sqrt(sigma2) = 1) is a setting, which the
                # settings' own reading keeps or releases (adversarial set 13, pair 06)
                continue
            out.setdefault(str(name), pr.row.line)
    return out


def _compared_names(plan: Any, report: Any) -> set[str]:
    """The names of the lines a row's steps compare (the step and the one before it)."""
    steps = getattr(getattr(report, "derivation", None), "steps", ()) or ()
    out: set[str] = set()
    for link in getattr(plan, "links", ()) or ():
        for k in (link.step, None if link.step is None else link.step - 1, link.compared):
            if k is not None and 0 <= k < len(steps):
                out |= names_of(steps[k].expr)
        out |= names_of(link.written)
    return out


def refutations_with_values(
    results: Sequence[Any], rows: Sequence[Any], plans: Sequence[Any], report: Any, cls: Any
) -> list:
    """``results`` with each refutation whose counterexample draws a name of
    :func:`function_defined_names` that the compared lines use turned into "unchecked"."""
    out = list(results)
    names = None
    for k, res in enumerate(out):
        if res.verdict != "refuted" or k >= len(plans):
            continue
        if names is None:
            names = function_defined_names(rows)
        if not names:
            return out
        used = _compared_names(plans[k], report)
        links = res.links or ()
        refuted = [i for i, link in enumerate(links) if link.get("verdict") == "refuted"]
        points = [(i, links[i].get("counterexample")) for i in refuted] or [(0, res.counterexample)]
        for i, point in points:
            drawn = sorted(
                n for n in (point or res.counterexample or {}) if n in names and n in used
            )
            if drawn:
                first = drawn[0]
                why = (
                    f"the counterexample draws {first} at random, but line {names[first]} "
                    f"gives a function of {first} a value the reader does not use"
                )
                out[k] = _relink(out[k], "unchecked", why, cls, i, len(links))
    return out


__all__ = ["function_defined_names", "refutations_with_values"]
