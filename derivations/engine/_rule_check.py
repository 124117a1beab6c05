"""The rule check: does applying the named rule(s) to the previous line give the written one?

The rules are applied at every set of the places where they match (see
:func:`derivations.rules.applications`) and a candidate must have the written
line's shape (:func:`derivations._forms.shape`); whole-equation rules compare
both sides multiplied out with logs, roots, sums and derivatives held opaque.
Side conditions collected from the matching application are decided by
:func:`discharge`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sympy as sp

from .._forms import shape
from .._report import FAIL, PASS, SKIP, CheckOutcome, SideCondition
from .._settings import DEFAULT, Settings
from ..rules import EQUATION, REWRITE, TABLE, applications
from ._domains import describe_condition


def _opaque(e: sp.Basic, table: dict[sp.Basic, sp.Dummy]) -> sp.Basic:
    """Replace every sub-expression that is not +, *, or an integer power by a symbol.

    Equation rules act on both sides with + and *; logs, exponentials, roots,
    sums and derivatives are atoms to them. Hiding those atoms before
    multiplying out keeps sympy from evaluating log(e) -> 1 or splitting logs,
    which would let a log rule ride along unnamed.
    """
    if isinstance(e, (sp.Add, sp.Mul)) and not isinstance(e, sp.MatrixExpr):
        # (MatAdd and MatMul subclass Add and Mul; a matrix sum is one atom here.)
        return e.func(*[_opaque(a, table) for a in e.args])
    if isinstance(e, sp.Pow) and e.exp.is_Integer and e.base is not sp.E:
        return sp.Pow(_opaque(e.base, table), e.exp)
    if e.is_Atom:
        return e
    return table.setdefault(e, sp.Dummy(f"atom{len(table)}"))


def _same(a: sp.Basic, b: sp.Basic, mode: str) -> bool:
    if mode == "shape":
        return shape(a) == shape(b)
    table: dict[sp.Basic, sp.Dummy] = {}

    def expanded(e: sp.Basic) -> sp.Basic:
        return sp.expand(_opaque(shape(e), table))

    if isinstance(a, sp.Equality) and isinstance(b, sp.Equality):
        return all(expanded(x) == expanded(y) for x, y in ((a.lhs, b.lhs), (a.rhs, b.rhs)))
    return expanded(a) == expanded(b)


def _compose(
    prev: sp.Basic, names: Sequence[str], step: Any, settings: Settings
) -> list[tuple[sp.Basic, list]]:
    """Every line reachable by applying the rules in order (each at some sites)."""
    frontier: list[tuple[sp.Basic, list]] = [(prev, [])]
    for name in names:
        r = TABLE[name]
        nxt = []
        for expr, conds in frontier:
            for new, cs in _applications(expr, r, step.params, settings):
                nxt.append((new, conds + [(name, c) for c in cs]))
                if len(nxt) > settings.max_candidates:
                    break
        frontier = nxt
    return frontier


def rule_check(
    prev: sp.Basic,
    cur: sp.Basic,
    names: Sequence[str],
    step: Any,
    symbolic: CheckOutcome,
    settings: Settings = DEFAULT,
) -> tuple[CheckOutcome, list, str | None]:
    """Does applying the named rule(s) to ``prev`` give the written ``cur``?"""
    if names == ("algebra",):
        if symbolic.status == PASS:
            return CheckOutcome(PASS, "generic algebra: the weakest justification"), [], None
        # "algebra" claims only that the lines are equal: without a symbolic proof
        # the rule is not wrong, it is unconfirmed (the numbers may still agree).
        return (
            CheckOutcome(SKIP, "generic algebra, and no symbolic proof that the lines are equal"),
            [],
            None,
        )
    if names == ("auto",):
        return _identify(prev, cur, step, symbolic, settings)
    mode = "expanded" if any(TABLE[n].compare == "expanded" for n in names) else "shape"
    candidates = _compose(prev, names, step, settings)
    for cand, conds in candidates:
        if _same(cand, cur, mode):
            return CheckOutcome(PASS, f"{' then '.join(names)} gives the written line"), conds, None
    if not candidates:
        return (
            CheckOutcome(FAIL, f"rule {' then '.join(names)} does not apply to the previous line"),
            [],
            None,
        )
    return (
        CheckOutcome(
            FAIL,
            f"applying {' then '.join(names)} gives {shape(candidates[0][0])}, "
            "not the written line",
        ),
        [],
        None,
    )


def _identify(prev: sp.Basic, cur: sp.Basic, step: Any, symbolic: CheckOutcome, settings: Settings):
    for name, r in TABLE.items():
        if r.kind not in (REWRITE, EQUATION):
            continue
        # Whole-equation rules need their operand (factor, term ...): try those
        # whose parameters the step supplies.
        if any(k not in step.params for k in r.required):
            continue
        for cand, cs in _applications(prev, r, step.params, settings):
            if _same(cand, cur, r.compare):
                return CheckOutcome(PASS, f"identified rule: {name}"), [(name, c) for c in cs], name
    if symbolic.status == PASS:
        return (
            CheckOutcome(PASS, "no single registered rule; generic algebra (weakest)"),
            [],
            "algebra",
        )
    return CheckOutcome(SKIP, "no registered rule explains the step"), [], None


def _applications(prev: sp.Basic, r: Any, params: dict, settings: Settings) -> Iterator:
    """The rule's applications to ``prev``, up to the first a matcher cannot build: sympy
    refuses some rewrites of matrix lines (``MatAdd`` of a matrix and a scalar raises
    ``TypeError``). That rule explains nothing here; the step is still weighed by the
    other rules and the symbolic and numeric checks, not lost to the crash."""
    try:
        yield from applications(prev, r, params, settings)
    except (TypeError, ValueError):
        return


def discharge(rule_name: str, cond: sp.Basic, domains: Any = None) -> SideCondition:
    """Decide a side condition from the declared assumptions and domains."""
    text = describe_condition(cond)
    if domains is None:
        from ._domains import Domains

        domains = Domains()  # the sympy flags alone
    value = domains.decide(cond)
    if value is True:
        return SideCondition(rule_name, text, True, "follows from the declared assumptions")
    if value is False:
        return SideCondition(rule_name, text, False, "false under the declared assumptions")
    return SideCondition(rule_name, text, False, "open: not implied by the declared assumptions")
