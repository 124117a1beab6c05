"""Checking the first line of a chain: the start rule says what it is compared with.

The rule's ``target`` (see :mod:`derivations.rules.start`) returns a plan: a
premise (``given``), a mismatch (the rule does not apply), or a pair of lines
and the rules the rule check applies between them; the pair is judged like
any other step.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .._report import FAIL, PASS, RULE_MISMATCH, SKIP, CheckOutcome, StepResult
from ..rules import get
from ._sampling import Context
from ._verdict import judge, verdict


def check_start(d: Any, i: int, ctx: Context) -> StepResult:
    step = d.steps[i]
    plan = get(step.rules[0]).target(d, i)
    if plan.given is not None:
        skip = CheckOutcome(SKIP, "a premise")
        return verdict(i, step, skip, skip, skip, (), None, None, None, premise=plan.given)
    if plan.mismatch is not None:
        return StepResult(
            i,
            step,
            RULE_MISMATCH,
            CheckOutcome(FAIL, plan.mismatch),
            CheckOutcome(SKIP, "not a chain"),
            CheckOutcome(SKIP, "not a chain"),
            reason=plan.mismatch,
        )
    r = judge(d, i, plan.previous, plan.written, "=", ctx, rule_names=plan.rules)
    if plan.matched and r.rule_check.status == PASS:
        r = dataclasses.replace(r, rule_check=CheckOutcome(PASS, plan.matched))
    return r
