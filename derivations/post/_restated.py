"""A value a sentence restates after the rows that derive it, proved by those rows (INLINE9).

"... so the Fisher information is $I(\\theta) = \\frac{n}{2}$." after display rows that
work out ``I(\\theta) = ... = \\frac{n}{2}``: the sentence restates the result. As a stated row
(:mod:`._stated_rows`) it was reported, never checked: *unchecked* ("not checked against the
rows before it"). It is proved here when an earlier row under the same heading starts with
the same left side written the same way (the same sympy expression: ``I(\\theta)``, a hat, a
function value), the chain that row starts ends in a value the engine shows equal to the
sentence's, and every row of that chain is proved (back to the rows it rests on, which are
proved or given). Anything else leaves the row as it was: a different value refutes nothing
(the sentence may restate another quantity under the same letter, or the chain may not be
the derivation meant), and a chain that is not proved proves nothing.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

#: At most this many earlier rows are looked at for one stated row (hostile posts).
_LOOK_BACK = 200


def _stated_equation(plan: Any) -> tuple[sp.Basic, sp.Basic] | None:
    """(left, right) of a stated row that is one equation ``a = b``; None otherwise."""
    pr = plan.parsed
    if len(pr.statements) > 1 or pr.relations != ("=",) or len(pr.sides) != 2:
        return None
    lhs, rhs = pr.sides
    if lhs is None or rhs is None or not isinstance(lhs, sp.Basic):
        return None
    if lhs.is_number or not lhs.free_symbols:
        return None
    return lhs, rhs


def _chain_end(plans: list[Any], m: int, limit: int) -> int:
    """The last row (index) of the chain row ``m`` starts: rows that continue it, in order."""
    end = m
    for j in range(m + 1, limit):
        p = plans[j]
        if p.parsed.row.stated:
            continue
        if p.continues and p.pred == end:
            end = j
        else:
            break
    return end


def restated_earlier(
    plans: list[Any], results: list[Any], report: Any, seed: int, cls: Any, tools: Any
) -> list[Any]:
    """``results`` with each stated restatement of a proved derivation's value proved.

    ``tools``: ``._verdicts``' (check_two, derivation_holds, relink, same_heading), passed in
    so that this module does not import the one that calls it."""
    from .._model import Step

    _check_two, _derivation_holds, _relink, _same_heading = tools

    out = list(results)
    for k, plan in enumerate(plans):
        if not plan.parsed.row.stated or out[k].verdict != "unchecked":
            continue
        eq = _stated_equation(plan)
        if eq is None or len(plan.links) != 1:
            continue
        lhs, rhs = eq
        for m in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            early = plans[m]
            if early.parsed.row.stated or not _same_heading(early, plan):
                continue
            sides = early.parsed.sides
            if len(early.parsed.statements) > 1 or len(sides) < 2 or sides[0] != lhs:
                continue
            if any(r != "=" for r in early.parsed.relations):
                continue
            end = _chain_end(plans, m, k)
            last = plans[end].parsed
            if any(r != "=" for r in last.relations):
                break
            value = last.sides[-1]
            if (
                value is None
                or out[end].verdict != "proved"
                or not _derivation_holds(plans, out, end)
            ):
                break  # the nearest derivation of the name is not proved: nothing to lean on
            try:
                verdict = _check_two(report, value, Step(rhs, "auto", "="), seed)[0]
            except Exception:  # noqa: BLE001 - a second look that fails proves nothing
                verdict = ""
            if verdict == "proved":
                why = (
                    f"restates the value derived on line {out[end].line}, which is proved "
                    "from the rows above it"
                )
                out[k] = _relink(out[k], "proved", why, cls, 0, len(plan.links))
            break  # only the nearest derivation of the name is the one restated
    return out


__all__ = ["restated_earlier"]
