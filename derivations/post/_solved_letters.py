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

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

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


#: A bold label opening a paragraph with another part of the question ("**Part (b).**",
#: "**(b)**", "**Problem 2.**", "**Question 3:**", "**Case 2.**"); not "**Step 2:**", a step
#: of the same derivation.
_PART_LABEL = re.compile(
    r"^[ \t]*\*\*[ \t]*(?:(?:part|problem|question|exercise|case)[ \t]*\(?[a-z0-9]{1,4}\)?"
    r"|\([a-z0-9]{1,4}\))[ \t]*[.:)]?[ \t]*\*\*",
    re.IGNORECASE | re.MULTILINE,
)


def _part_opened(plans: list, row: Any) -> int:
    """The line of the latest row, up to ``row``, whose paragraph opens another part of the
    question (0 when none): a value solved before that line belongs to another question."""
    if _PART_LABEL.search(row.prose or ""):
        return row.line
    for plan in reversed(plans[-_LOOK_BACK:]):
        earlier = plan.parsed.row
        if earlier.line < row.line and _PART_LABEL.search(earlier.prose or ""):
            return earlier.line
    return 0


def _lone_name(e: Any) -> bool:
    """Is ``e`` a name alone (``g``, ``b_1``, ``f(x)``), as the left side of a definition?"""
    return isinstance(e, sp.Symbol) or (
        isinstance(e, sp.Basic) and e.is_Function and not e.free_symbols - set(e.args)
    )


def tied_by_an_equation(plans: list, row: Any, gone: set, part: int = 0) -> tuple | None:
    """``(letter, line, value)``: a letter of ``gone`` that an equation of an earlier row under
    the same heading and part ties to other letters (``u + v = 1``: a constraint, not the
    definition of another name), the latest such row; ``value`` is the letter's value when
    the equation is linear in it with a number as its coefficient (``1 - v``), else None.
    None when there is none."""
    for plan in reversed(plans[-_LOOK_BACK:]):
        earlier = plan.parsed.row
        if earlier.section != row.section or not part < earlier.line < row.line:
            continue
        for st in plan.parsed.statements:
            for k, rel in enumerate(st.relations):
                left, right = st.sides[k], st.sides[k + 1]
                if rel != "=" or not isinstance(left, sp.Basic) or not isinstance(right, sp.Basic):
                    continue
                if any(_lone_name(side) and side not in gone for side in (left, right)):
                    continue  # g = (u + v)^2 + v: the definition of g
                if not (_algebraic(left) and _algebraic(right)):
                    # L(beta | X_i) = prod_i ..., an integral's value: a function's definition
                    # or a fact, not a constraint among letters (a wrong row after one was
                    # no longer refuted: held-out external7, external26, repro31)
                    continue
                letters = _plain(left) | _plain(right)
                tied = sorted(letters & gone, key=str)
                if tied and letters - gone:
                    return tied[0], earlier.line, _linear_value(left, right, tied[0])
    return None


def _algebraic(side: sp.Basic) -> bool:
    """Is ``side`` a polynomial in plain letters (``u + v``, ``2u + 2v``, ``1``): no sum,
    product, integral, derivative, sample or function of the post?"""
    if side.has(sp.Sum, sp.Product, sp.Integral, sp.Derivative, sp.Indexed, AppliedUndef):
        return False
    return bool(side.is_polynomial())


def _linear_value(left: sp.Basic, right: sp.Basic, letter: sp.Symbol) -> sp.Basic | None:
    """The value of ``letter`` that ``left = right`` gives when it is linear in it with a
    number (not zero) as coefficient (``2u + 2v = 2``: ``1 - v``); None otherwise."""
    with sp.evaluate(True):  # the reader builds its sums unevaluated
        return _linear_value_of(left, right, letter)


def _linear_value_of(left: sp.Basic, right: sp.Basic, letter: sp.Symbol) -> sp.Basic | None:
    """:func:`_linear_value`, with sympy evaluating."""
    terms, stack = [], [(left, 1), (right, -1)]
    while stack:  # the terms of both sides (the reader's sums are unevaluated, nested)
        e, sign = stack.pop()
        if e.is_Add:
            stack.extend((t, sign) for t in e.args)
        else:
            terms.append(sign * e)
    coefficient, rest = sp.Integer(0), []
    for t in terms:
        if letter not in t.free_symbols:
            rest.append(t)
            continue
        c = sp.Mul(t, 1 / letter)  # (2u, unevaluated as the reader writes it: 2)
        if not c.is_number:
            return None
        coefficient += c
    if coefficient == 0:
        return None
    return -sp.Add(*rest) / coefficient


def _no_value_put_in(link: LinkPlan, tie: tuple | None, before_part: list, part: int) -> None:
    """A row that drops a letter the post tied to others, or solved for in an earlier part
    of the question, but whose value is not put in: a difference at the letter drawn freely
    is no refutation (the row may use that equation or value)."""
    if link.disputed:
        return
    if before_part:
        letter, line = before_part[0]
        link.disputed = (
            f"the row drops {letter}, solved for on line {line}, before the part label of line "
            f"{part}: that value is not put in here, and a difference at {letter} drawn freely "
            "is no refutation"
        )
    elif tie is not None:
        letter, line, _ = tie
        link.disputed = (
            f"the row drops {letter}, which the equation of line {line} ties to other letters; "
            f"the reader does not put in a value of it, so a difference at {letter} drawn "
            "freely is no refutation"
        )


def _put_in_added(builder: Any, pr: Any, link: LinkPlan, prev: sp.Basic, new: sp.Basic) -> None:
    """A letter the written line *adds* (``\\log(\\pi_1 \\pi_2)`` after ``\\log \\pi_1 +
    \\log(1 - \\pi_1)``) that an equation above ties to the others (``\\pi_1 + \\pi_2 = 1``):
    the written line is compared again with the letter put in from that equation, as a
    letter the row drops is put into the line above. Only a tie that gives the letter a
    value (linear, a number as coefficient) is put in; else a difference at the letter drawn
    freely is no refutation either."""
    added = _plain(new) - _plain(prev)
    if not added or isinstance(prev, sp.Equality):
        return
    part = _part_opened(builder.plans, pr.row)
    tie = tied_by_an_equation(builder.plans, pr.row, added)
    if tie is None or tie[1] <= part:
        return
    letter, line, value = tie
    if value is None:
        _no_value_put_in(link, tie, [], part)
        return
    try:
        put = new.xreplace({letter: value})
    except (ValueError, TypeError):
        return  # the letter is a derivative's variable there
    if put == new:
        return
    _second_comparison(
        builder, pr, link, (prev, put), f"with {letter} from the equation of line {line}", [line]
    )


def _second_comparison(
    builder: Any, pr: Any, link: LinkPlan, pair: tuple, what: str, lines: list
) -> None:
    """Compare ``link``'s step again as ``pair`` (the line above, the written line) with a
    value put in (``what`` says which, from ``lines``): the link is proved if this is."""
    before, after = pair
    compared = builder.steps[link.step]
    builder._anchor(pr, before)
    j = builder._add(
        builder._mk(pr, after, "auto", compared.relation, params=dict(compared.params)),
        pr.row.line,
    )
    link.substituted.append((j, what))
    _mark_used(builder, lines)


def _mark_used(builder: Any, lines: list) -> None:
    """The rows of ``lines`` gave a value a comparison used (a refuted value there: the rule
    note)."""
    for n in lines:
        row = next((k for k, plan in enumerate(builder.plans) if plan.parsed.row.line == n), None)
        if row is not None:
            builder.names.used_rows.append(row)


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
            _put_in_added(builder, pr, link, prev, new)
            continue
        found = solved_values(
            builder.steps, first_step, pr.row.section, gone | _sums_dropped(prev, new, gone)
        )
        part = _part_opened(builder.plans, pr.row)
        before_part = [
            (str(v), builder.value_line.get(i, 0))
            for v, (_, i) in found.items()
            if builder.value_line.get(i, 0) <= part
        ]
        found = {
            v: (value, i) for v, (value, i) in found.items() if builder.value_line.get(i, 0) > part
        }
        if found:
            values = {v: value for v, (value, _) in found.items()}
            lines = sorted({builder.value_line.get(i, 0) for _, i in found.values()})
            names = ", ".join(sorted(str(v) for v in found))
            where = ", ".join(str(n) for n in lines if n)
            what = f"with {names} at the value solved for on line {where}"
        else:
            # (an equation step's line above is itself an equation that ties its letters;
            # its other equations are _equations' to look at: only a restatement is asked)
            tie = (
                None
                if isinstance(prev, sp.Equality)
                else tied_by_an_equation(builder.plans, pr.row, gone)
            )
            if tie is not None and tie[1] > part and tie[2] is not None:
                letter, line, value = tie
                values, lines = {letter: value}, [line]
                what = f"with {letter} from the equation of line {line}"
            else:
                _no_value_put_in(link, tie, before_part, part)
                continue
        try:
            put = prev.xreplace(values)
        except (ValueError, TypeError):
            continue  # the letter is a derivative's variable there (d/dw at w's value)
        if put == prev:
            continue
        _second_comparison(builder, pr, link, (put, new), what, lines)
