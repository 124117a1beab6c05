"""One comparison, three checks, one verdict.

:func:`judge` runs the rule, symbolic and numeric checks of ``previous ->
written`` independently and combines them:

- ``refuted`` if the numeric check finds a counterexample;
- else ``rule-mismatch`` if the rule check fails or a side condition is false;
- else ``proved`` if the symbolic check passes with every side condition discharged;
- else ``plausible`` if only the numbers agree;
- else ``unchecked`` with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sympy as sp

from .._report import (
    FAIL,
    PASS,
    PLAUSIBLE,
    PROVED,
    REFUTED,
    RULE_MISMATCH,
    UNCHECKED,
    CheckOutcome,
    SideCondition,
    StepResult,
)
from ._numeric_check import numeric_check
from ._rule_check import discharge, rule_check
from ._sampling import Context
from ._symbolic_check import symbolic_check

# Multiplying both sides by zero still gives a true (implied) equation; the
# factor must be non-zero only for the step to be reversible.
_EQUIVALENCE_ONLY = {"multiply-both-sides"}


def judge(
    d: Any,
    i: int,
    prev: sp.Basic,
    cur: sp.Basic,
    relation: str,
    ctx: Context,
    rule_names: Sequence[str] | None = None,
) -> StepResult:
    """Run the three checks of ``prev -> cur`` for step ``i`` of ``d`` and combine them."""
    step = d.steps[i]
    names = tuple(rule_names) if rule_names is not None else step.rules
    symbolic = symbolic_check(prev, cur, relation)
    rule_out, conds, identified = rule_check(prev, cur, names, step, symbolic, ctx.settings)
    numeric, counter = numeric_check(prev, cur, relation, ctx, unknown(d, i))
    sides = tuple(
        discharge(name, c)
        for name, c in conds
        if not (relation == "=>" and name in _EQUIVALENCE_ONLY)
    )
    residual = None if symbolic.status == PASS else symbolic.detail
    return verdict(i, step, rule_out, symbolic, numeric, sides, counter, residual, identified)


def verdict(
    i: int,
    step: Any,
    rule_out: CheckOutcome,
    symbolic: CheckOutcome,
    numeric: CheckOutcome,
    sides: tuple[SideCondition, ...],
    counter: dict | None,
    residual: str | None,
    identified: str | None,
) -> StepResult:
    """Combine the three checks' outcomes into a :class:`StepResult`."""
    violated = [s for s in sides if s.reason.startswith("false")]
    open_ = [s for s in sides if not s.discharged]
    if numeric.status == FAIL:
        name, reason = REFUTED, "numeric counterexample: the written line does not follow"
    elif rule_out.status == FAIL or violated:
        name = RULE_MISMATCH
        reason = (
            rule_out.detail
            if rule_out.status == FAIL
            else f"side condition is false: {violated[0].condition}"
        )
    elif symbolic.status == PASS and not open_:
        name, reason = (
            PROVED,
            "" if numeric.status == PASS else f"numeric check skipped: {numeric.detail}",
        )
    elif numeric.status == PASS:
        name = PLAUSIBLE
        reason = (
            f"open side condition(s): {', '.join(s.condition for s in open_)}"
            if symbolic.status == PASS
            else f"no symbolic proof: {symbolic.detail}"
        )
    else:
        name = UNCHECKED
        reason = f"symbolic: {symbolic.detail}; numeric: {numeric.detail}"
    return StepResult(
        i, step, name, rule_out, symbolic, numeric, sides, counter, residual, reason, identified
    )


def unknown(d: Any, i: int) -> sp.Symbol | None:
    """The unknown an equation chain solves for (``params["unknown"]``), if declared."""
    for j in range(i, -1, -1):
        s = d.steps[j]
        if "unknown" in s.params:
            return s.params["unknown"]
        if s.relation == "start":
            return None
    return None
