"""A letter a row drops, put in at the value the post solved for it (issue 12, repro36).

``b = ybar - a xbar``, then "Replace a by the fraction in (*)": ``b = ybar - xbar R``. The row
no longer has ``a``; compared with the row above at an ``a`` drawn freely it fails, although
it follows once the value the post solved for ``a`` above (``... => a = R``) is put in. When
the post's letters are a function's arguments (``L(a, b)``) such a value is an estimate and is
put in already (``._equations``); when they are letters of equations only, it was not.

Each step link of the row whose line above holds a letter the written line does not is
compared a second time, with the letter at its value (:attr:`LinkPlan.substituted`): the
link is proved if that comparison is, and refuted only if both are (``_verdicts``).

A sum the written line drops (``sum x_i`` after ``sum x_i = 2n theta``) is put in as a
letter is (held-out batch 35).

Only a value the post *derived* counts: a step the engine checks (``rule="auto"``) under
the same heading, written ``v = R`` with ``R`` free of ``v`` and not a bare number. A value
said in prose ("Suppose $a = \\bar x$") or given as a definition is a hypothesis or a name,
and ``a = 2`` is a case as often as a result; neither is put in.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._plans import STEP, LinkPlan
from ._resolve import is_matrix

#: At most this many earlier steps are searched for a value (the latest first).
_LOOK_BACK = 400


def _plain(e: sp.Basic) -> set:
    return {s for s in e.free_symbols if isinstance(s, sp.Symbol) and s.is_commutative}


def _sums_dropped(prev: sp.Basic, new: sp.Basic, gone: set) -> set:
    """The sums of ``prev`` over letters the written line ``new`` drops (``sum x_i`` when
    the row writes ``2n theta`` for it): put in at a derived value as a letter is (held-out
    batch 35, "At the critical point: sum x_i = 2n theta, substituting")."""
    return {
        s
        for s in prev.atoms(sp.Sum)
        if s.free_symbols & gone and s not in new.atoms(sp.Sum) and not is_matrix(s)
    }


def solved_values(steps: list, before: int, section: str, letters: set) -> dict:
    """``{v: (R, step index)}``: the latest value derived for each of ``letters`` in the
    steps before index ``before`` under the heading ``section``."""
    out: dict = {}
    for i in range(before - 1, max(-1, before - 1 - _LOOK_BACK), -1):
        step = steps[i]
        if step.rule != "auto" or step.section != section or not step.rows:
            continue
        e = step.expr
        if not isinstance(e, sp.Equality) or is_matrix(e):
            continue
        for v, value in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
            if v not in letters or v in out or not isinstance(value, sp.Basic):
                continue
            if value.is_number or v in value.free_symbols or is_matrix(value):
                continue
            out[v] = (value, i)
        if len(out) == len(letters):
            break
    return out


def put_in_solved(builder: Any, pr: Any, links: list[LinkPlan], first_step: int) -> None:
    """Compare each step link of ``links`` again with the letters its line above holds and
    its written line drops put in at their derived values (``first_step``: the index of
    the row's first step; values are taken from the steps before it)."""
    for link in links:
        if link.kind != STEP or link.step is None or link.compared is None:
            continue
        if link.upto or link.matrix or link.step != link.compared + 1:
            continue  # not a comparison of the written line with the line above as such
        prev, new = builder.steps[link.compared].expr, builder.steps[link.step].expr
        if is_matrix(prev) or is_matrix(new):
            continue
        gone = _plain(prev) - _plain(new)
        if not gone:
            continue
        found = solved_values(
            builder.steps, first_step, pr.row.section, gone | _sums_dropped(prev, new, gone)
        )
        if not found:
            continue
        values = {v: value for v, (value, _) in found.items()}
        put = prev.xreplace(values)
        if put == prev:
            continue
        compared = builder.steps[link.step]
        builder._anchor(pr, put)
        j = builder._add(
            builder._mk(pr, new, "auto", compared.relation, params=dict(compared.params)),
            pr.row.line,
        )
        lines = sorted({builder.value_line.get(i, 0) for _, i in found.values()})
        names = ", ".join(sorted(str(v) for v in found))
        where = ", ".join(str(n) for n in lines if n)
        link.substituted.append((j, f"with {names} at the value solved for on line {where}"))
        for n in lines:
            row = next(
                (k for k, plan in enumerate(builder.plans) if plan.parsed.row.line == n), None
            )
            if row is not None:
                builder.names.used_rows.append(row)  # a refuted value there: the rule note
