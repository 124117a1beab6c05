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
    GIVEN,
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
from ._domains import (
    conditions,
    describe_condition,
    gamma_defined,
    implied,
    line_facts,
    spread_of,
)
from ._numeric_check import NO_ROOT, NOT_POSSIBLE, fine_probe, numeric_check
from ._rule_check import discharge, rule_check
from ._sampling import Context
from ._symbolic_check import sum_conditions, symbolic_check

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
    domains = ctx.domains
    # A post is read as real analysis (``infer_domains``): a rewrite is claimed where
    # the previous line is defined and real, so that line's natural domain (log(1/a):
    # a > 0) may be used to rewrite it (log(1/a) = -log(a)) and to discharge the
    # rule's conditions. A derivation whose author declares every symbol (the Python
    # API) gets only what is declared: log(1/t) = -log(t) is false at t = -1 there.
    local = (
        domains.with_facts(line_facts(conditions(prev)))
        if relation in ("=", "restate") and getattr(d, "infer_domains", False)
        else domains
    )
    solving = unknown(d, i)
    assumed = provisos(prev, cur, relation, domains, solving)
    shared = shared_data_conditions(prev, cur, relation, solving)
    if assumed or shared:
        local = local.assuming_nonzero(c.lhs - c.rhs for c in [*assumed, *shared])
    # The numbers first, then sympy's simplify only where they agree: a wrong step is
    # refuted by a counterexample whatever the symbolic check says, and simplify can
    # take minutes on the sums of a wrong line.
    numeric, counter = numeric_check(
        prev, cur, relation, ctx, solving, real_analysis=getattr(d, "infer_domains", False)
    )
    refuted = numeric.status == FAIL
    # A counterexample decides the step: the symbolic check then only reports what it
    # could not cancel (sympy's cancel on the difference of two unequal lines with sums
    # took longer than the step's time limit on an OLS mutant, which turned its
    # refutation into "timed out").
    symbolic = symbolic_check(prev, cur, relation, local, thorough=False, refuted=refuted)
    if symbolic.status != PASS and not refuted:
        symbolic = symbolic_check(prev, cur, relation, local)
    if symbolic.status != PASS and numeric.status == PASS and relation in ("=", "restate"):
        # Agreement to 30 digits without a proof: look closer before calling it plausible.
        numeric, counter = fine_probe(prev, cur, ctx) or (numeric, counter)
    rule_out, conds, identified = rule_check(prev, cur, names, step, symbolic, ctx.settings)
    sides = tuple(
        discharge(name, c, local)
        for name, c in conds
        if not (relation == "=>" and name in _EQUIVALENCE_ONLY)
    )
    extra = list(domain_conditions(prev, cur, domains, assumed, implication=relation == "=>"))
    if symbolic.status == PASS:
        counts = (discharge("sum count", c, domains) for c in sum_conditions(prev, cur, local))
        # A condition the domain check already names as open is listed once.
        listed = {s.condition for s in extra if not s.discharged}
        extra += [s for s in counts if not s.discharged and s.condition not in listed]
    # A condition a rule already states is listed once, under the rule.
    named = {s.condition for s in sides}
    sides += tuple(s for s in extra if s.condition not in named)
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
    *,
    premise: str | None = None,
) -> StepResult:
    """Combine the three checks' outcomes into a :class:`StepResult`.

    ``premise``: the step is a declared premise (a definition), nothing was checked;
    its verdict is ``given`` with this reason. The cache re-derives every verdict
    it returns through this function.
    """
    violated = [s for s in sides if s.reason.startswith("false")]
    # A condition on the data assumed because the written line needs it (see
    # provisos) proves nothing unless the numbers were compared at points where it
    # holds: without a numeric pass it stays open.
    assumed = [s for s in sides if s.discharged and s.reason.startswith(ASSUMED)]
    open_ = [s for s in sides if not s.discharged or (s in assumed and numeric.status != PASS)]
    if premise is not None:
        name, reason = GIVEN, premise
    elif numeric.status == FAIL:
        name, reason = REFUTED, "numeric counterexample: the written line does not follow"
    elif rule_out.status == FAIL or violated:
        name = RULE_MISMATCH
        reason = (
            rule_out.detail
            if rule_out.status == FAIL
            else f"side condition is false: {violated[0].condition}"
        )
    elif symbolic.status == PASS and not open_ and numeric.status == PASS:
        name, reason = PROVED, ""
        if assumed:
            reason = (
                f"proved, assuming {', '.join(s.condition for s in assumed)} "
                "(the written line needs it; a condition on the data, not on the unknown)"
            )
    elif symbolic.status == PASS and not open_ and numeric.detail.startswith(NOT_POSSIBLE):
        name, reason = PROVED, f"proved symbolically; numeric check {numeric.detail}"
    elif symbolic.status == PASS and not open_ and numeric.detail == NO_ROOT:
        # An equation step whose residual is the previous one times a factor the
        # domains show finite and non-zero: the two equations have the same roots.
        # When neither has a root inside the domain there is no point to test.
        name, reason = PROVED, f"proved symbolically; numeric check: {numeric.detail}"
    elif numeric.status == PASS:
        name = PLAUSIBLE
        reason = (
            f"open side condition(s): {', '.join(s.condition for s in open_)}"
            if symbolic.status == PASS
            else f"no symbolic proof: {symbolic.detail}"
        )
    else:
        name = UNCHECKED
        parts = [f"symbolic: {symbolic.detail}", f"numeric check did not run: {numeric.detail}"]
        if open_:
            parts.insert(1, f"open side condition(s): {', '.join(s.condition for s in open_)}")
        reason = "; ".join(parts)
    return StepResult(
        i, step, name, rule_out, symbolic, numeric, sides, counter, residual, reason, identified
    )


ASSUMED = "assumed"
_OWN_DOMAIN = "the derivative the row writes exists only there"


def provisos(
    prev: sp.Basic, cur: sp.Basic, relation: str, domains: Any, unknown_: sp.Basic | None
) -> list[sp.Basic]:
    """Conditions ``e != 0`` on the data that only the written line of an equation step needs.

    ``0 = S - n m p`` to ``p = S / (n m)``: the written line has a value only where
    ``m != 0``. Such a condition is taken as the step's proviso - the step is checked,
    and may be proved, for the data where it holds, and the verdict names it - when:

    - the step is between equations (``<=>`` or ``=>``) and solves for a declared
      unknown, and the condition does not mention it. Then, for each value of the
      data, the condition either holds, and the roots in the unknown are compared
      exactly as without it, or fails, and the written line states nothing at all at
      that data. No single root is dropped or added silently; a condition that
      mentions the unknown (``y != 0`` in ``y^2 / y = 0``) can lose a root and stays
      open;
    - it is a non-equality (a denominator, a negative power), written in the new line
      and not in the previous one (not a condition both lines share, nor one the
      step cancels);
    - the domains neither give it nor refute it (a false one is reported false).

    A verdict that uses a proviso is "proved" only with a numeric pass at points of
    the domain where it holds (:func:`verdict`).
    """
    if relation not in ("<=>", "=>") or unknown_ is None:
        return []
    if not isinstance(prev, sp.Equality) or not isinstance(cur, sp.Equality):
        return []
    before = conditions(prev)
    local = domains.with_facts(line_facts(before))
    out = []
    for c in conditions(cur):
        if not isinstance(c, sp.Unequality) or implied(c, before):
            continue
        e = c.lhs - c.rhs
        if e.is_number or e.has(unknown_) or e.has(sp.MatrixExpr):
            continue
        if local.decide(c) is not None:
            continue
        if implied(c, before, multiples=True, domains=local):
            continue
        out.append(c)
    return out


def shared_data_conditions(
    prev: sp.Basic, cur: sp.Basic, relation: str, unknown_: sp.Basic | None
) -> list[sp.Basic]:
    """Conditions ``e != 0`` on the data that both equations of an equation step need.

    ``b (Q - m) / m = T / m`` to ``b (Q - m) / m^2 = T / m^2``: the residual ratio ``1/m``
    is finite wherever either equation means something. For data with ``m = 0`` neither
    equation states anything, so the roots in the unknown are compared only where
    ``m != 0`` - as :func:`domain_conditions` has it, conditions both lines share are
    not the step's business. As for :func:`provisos`, only between equations that solve
    for a declared unknown, and never a condition that mentions the unknown (``b != 0``
    in ``Q / b = T / b``: a root may be lost or added there).
    """
    if relation not in ("<=>", "=>") or unknown_ is None:
        return []
    if not isinstance(prev, sp.Equality) or not isinstance(cur, sp.Equality):
        return []
    before = conditions(prev)
    return [
        c
        for c in conditions(cur)
        if isinstance(c, sp.Unequality)
        and c in before
        and not (c.lhs - c.rhs).has(unknown_)
        and not c.has(sp.MatrixExpr)
    ]


def domain_conditions(
    prev: sp.Basic,
    cur: sp.Basic,
    domains: Any,
    assumed: Sequence[sp.Basic] = (),
    implication: bool = False,
) -> tuple[SideCondition, ...]:
    """The natural-domain conditions the step needs, discharged or open.

    Two kinds, where the lines' domains differ:

    - the written line needs more than the previous one (``1 -> t/t`` needs
      ``t != 0``; a denominator ``N - 4`` needs ``N != 4``): decided with the
      previous line's own domain as well as the declared ones;
    - the step cancels a singularity of the previous line (``t/t -> 1``,
      ``exp(log t) -> t``): the two lines are equal only where the previous one
      is defined, so that condition is the step's too.

    An implication (``implication``: ``=>``) needs only the first kind: where the previous
    equation is undefined it does not hold, and nothing is claimed there (cross-multiplying
    ``n/theta = S/(1 - theta)`` to ``n (1 - theta) = theta S`` is no less correct at 0).

    When the previous line is a derivative (``d ell / d theta``, ``d/da (log a + a)``), the
    second kind is its own: a derivative exists only where its function is defined, so the
    row that writes it says nothing where that line is not defined (``-2n/theta`` after
    ``d/dtheta (-2n log theta)`` holds wherever the derivative does, theta > 0). Such a
    condition, when the function's own domain needs it, is listed as discharged by the
    derivative, not left open; one the function does not need (``t != 0`` of d|t|/dt, where
    |t| is defined and not differentiable) stays open.

    Conditions both lines share are carried along, not this step's business.
    Each is listed: discharged (the domains give it), false, or open - and a
    step with an open condition is never proved. A condition in ``assumed`` (see
    :func:`provisos`) is listed as assumed.
    """
    before, after = conditions(prev), conditions(cur)
    local = domains.with_facts(line_facts(before))
    out = []
    for c, decider, why in (
        *((c, local, "the written line needs it") for c in after if not implied(c, before)),
        *(
            (c, domains, "the lines are equal only where the previous line is defined")
            for c in before
            if not implication and not implied(c, after, multiples=True, domains=domains)
        ),
    ):
        if (
            decider is domains
            and isinstance(prev, sp.Derivative)
            and not local.contradicted(prev.free_symbols)
            # the function's own domain only: where it is defined but not differentiable
            # (|t| at 0) the derivative's condition stays open
            and implied(c, conditions(prev.expr))
        ):
            text = describe_condition(c)
            out.append(SideCondition("domain", text, True, f"{_OWN_DOMAIN} ({why})"))
            continue
        value = decider.decide(c)
        if value is None and decider is local and implied(c, before, multiples=True, domains=local):
            value = True
        text = describe_condition(c)
        if value is None and _gamma_reading(c, decider):
            u = c.args[0]
            out.append(
                SideCondition(
                    "domain", text, True,
                    f"follows from the domain, reading ({u})! as {sp.gamma(u + 1)}, "
                    f"defined for {u} > -1 ({why})",
                )
            )  # fmt: skip
        elif value is None and decider is local and c in assumed:
            text += _spread_words(c, local)
            out.append(
                SideCondition("domain", text, True, f"{ASSUMED}: {why} (a condition on the data)")
            )
        elif value is True:
            out.append(SideCondition("domain", text, True, f"follows from the domain ({why})"))
        elif value is False:
            out.append(SideCondition("domain", text, False, f"false: {why}"))
        else:
            out.append(SideCondition("domain", text, False, f"open: {why}"))
    return tuple(out)


def _spread_words(c: sp.Basic, domains: Any) -> str:
    """`` (the x_i are not all equal)`` when ``c`` says a sample's spread is non-zero: the
    condition in the words a reader checks the data with (see :func:`._domains.spread_of`)."""
    if not isinstance(c, sp.Unequality) or c.rhs != 0:
        return ""
    x = spread_of(c.lhs, domains)
    return "" if x is None else f" (the {x.base}_{x.indices[0]} are not all equal)"


def _gamma_reading(c: sp.Basic, domains: Any) -> bool:
    """``c`` is a factorial's "u is a non-negative integer" and the domains keep ``u`` above
    -1: the factorial is ``Gamma(u + 1)`` there (``(r - 1)!`` of a real shape ``r > 0``,
    after ``Gamma(x) = (x - 1)!``). The engine's checks read it so: sympy's normal forms
    and its value at the real points the numeric check draws."""
    return (
        isinstance(c, sp.Contains)
        and c.args[1] == sp.Naturals0
        and gamma_defined(domains.interval(c.args[0]))
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
