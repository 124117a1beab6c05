"""Checking: derivation -> three checks per step -> verdict -> report.

For each step the checker computes the line the step must be compared with
(the previous line, or for a chain's first line the earlier line it restates
or differentiates, see :mod:`derivations._start`), then runs the *rule*, the
*symbolic* and the *numeric* checks independently and combines them into a
verdict. A false step is never an exception: it is a report.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Sequence

import numpy as np
import sympy as sp

from . import _numeric, _start
from ._check_numeric import numeric_check
from ._check_rule import discharge, rule_check
from ._check_symbolic import symbolic_check
from ._model import Derivation, Step
from ._report import (
    FAIL,
    PASS,
    PLAUSIBLE,
    PROVED,
    REFUTED,
    RULE_MISMATCH,
    SKIP,
    UNCHECKED,
    CheckOutcome,
    Report,
    SideCondition,
    StepResult,
)
from ._rulebook import get

# Multiplying both sides by zero still gives a true (implied) equation; the
# factor must be non-zero only for the step to be reversible.
_EQUIVALENCE_ONLY = {"multiply-both-sides"}
PSEUDO_RULES = ("auto", "algebra")


def validate(d: Derivation) -> None:
    """Raise ValueError naming the derivation and step for malformed input."""
    for i, step in enumerate(d.steps):
        where = f"Derivation {d.name!r}, step {i}"
        try:
            _validate_step(d, i, step)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None


def _validate_step(d: Derivation, i: int, step: Step) -> None:
    start = step.relation == "start"
    if start:
        if len(step.rules) != 1 or step.rules[0] not in _start.START_RULES:
            raise ValueError(
                f"a chain's first line needs exactly one of the rules "
                f"{', '.join(sorted(_start.START_RULES))}, got {step.rule!r}."
            )
        _validate_start_params(d, i, step)
    else:
        for name in step.rules:
            if name in _start.START_RULES:
                raise ValueError(f"rule {name!r} may only start a chain (relation 'start').")
            if name in PSEUDO_RULES:
                if len(step.rules) > 1:
                    raise ValueError(f"rule {name!r} cannot be combined with other rules.")
                continue
            rule = get(name)
            missing = [k for k in rule.required if k not in step.params]
            if missing:
                raise ValueError(f"rule {name!r} needs the parameter(s) {', '.join(missing)}.")
    expr = step.expr
    if isinstance(expr, sp.Rel) and not isinstance(expr, sp.Equality):
        raise ValueError(
            f"a line must be an expression or an equation (Eq), got the relation {expr}."
        )
    if step.relation == "=" and step.is_equation:
        raise ValueError("an equation needs relation '<=>' or '=>', not '='.")
    if step.relation in ("<=>", "=>") and not step.is_equation:
        raise ValueError(f"relation {step.relation!r} needs an equation (sympy Eq).")
    if not start and step.relation in ("<=>", "=>") and not d.steps[i - 1].is_equation:
        raise ValueError(f"relation {step.relation!r} follows a line that is not an equation.")
    if step.relation == "=" and d.steps[i - 1].is_equation:
        raise ValueError("a rewrite '=' cannot follow an equation; start a new chain.")
    declared = d.symbols
    labels = {s.label for s in declared if isinstance(s, sp.IndexedBase)}
    # free_symbols leaves out an index bound by its Sum, so an index used outside
    # its sum is reported like any other undeclared name.
    undeclared = sorted(
        {
            str(s)
            for s in expr.free_symbols
            if isinstance(s, sp.Symbol) and s not in declared and s not in labels
        }
        | {str(x.base) for x in expr.atoms(sp.Indexed) if x.base not in declared}
    )
    if undeclared:
        raise ValueError(f"undeclared symbol(s) {', '.join(undeclared)}.")


def _validate_start_params(d: Derivation, i: int, step: Step) -> None:
    name = step.rules[0]
    for key in _start.REQUIRED.get(name, ()):
        if key not in step.params:
            raise ValueError(f"rule {name!r} needs the parameter {key!r}.")
    for key in ("ref", "start", "end"):
        if key in step.params:
            j = step.params[key]
            if not (isinstance(j, int) and 0 <= j < i):
                raise ValueError(
                    f"rule {name!r}: {key}={j!r} must be the index of an earlier step."
                )
    if name == "identity":
        inner = step.params["rule"]
        if inner in _start.START_RULES or inner in PSEUDO_RULES:
            raise ValueError(f"an identity must name a rewrite rule, got {inner!r}.")
        get(inner)


def check_derivation(
    d: Derivation,
    *,
    cache: bool = False,
    seed: int = 0,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    # Users build lines under sympy.evaluate(False) and may call check() inside
    # that block; the pipelines below need sympy's ordinary evaluation.
    with sp.evaluate(True):
        return _check_derivation(d, cache=cache, seed=seed, jobs=jobs, progress=progress)


def _check_derivation(
    d: Derivation, *, cache: bool, seed: int, jobs: int, progress: Callable[[int, int], None] | None
) -> Report:
    """Check every step of ``d``; see :class:`derivations.Report`.

    Parameters
    ----------
    cache : bool
        Reuse results of unchanged steps (see :mod:`derivations._cache`).
    seed : int
        Seed of the random points of the numeric check.
    jobs : int
        Worker processes (forked, so sympy is not imported again). Steps are
        split into contiguous runs so that a line shared by neighbouring steps
        is normalised once per worker.
    progress : callable, optional
        ``progress(done, total)`` after each step (or run of steps).
    """
    t0 = time.perf_counter()
    validate(d)
    store = None
    if cache:
        from ._cache import Cache

        store = Cache.default()
    keys = [store.key(d, i, seed) if store is not None else None for i in range(len(d.steps))]
    results: dict[int, StepResult] = {}
    if store is not None:
        for i, key in enumerate(keys):
            hit = store.get(d.name, key, d.steps[i], i)
            if hit is not None:
                results[i] = hit
    todo = [i for i in range(len(d.steps)) if i not in results]
    total = len(d.steps)
    if todo:
        ctx = _numeric.Context([s.expr for s in d.steps], np.random.default_rng(seed))
        if jobs > 1 and len(todo) >= 8 and "fork" in multiprocessing.get_all_start_methods():
            results.update(_check_parallel(d, ctx, todo, jobs, progress, total - len(todo)))
        else:
            for i in todo:
                results[i] = check_step(d, i, ctx)
                if progress is not None:
                    progress(len(results), total)
    if store is not None:
        for i in todo:
            store.put(d.name, keys[i], results[i])
        store.flush()
    return Report(d, tuple(results[i] for i in range(total)), {"check": time.perf_counter() - t0})


_WORK: tuple[Derivation, _numeric.Context] | None = None


def _check_run(indices: list[int]) -> list[tuple]:
    d, ctx = _WORK
    out = []
    for i in indices:
        r = check_step(d, i, ctx)
        # The Step itself stays in the parent (its parameters are a read-only
        # mapping, which does not pickle); everything checked comes back.
        out.append(
            (
                i,
                r.verdict,
                r.rule_check,
                r.symbolic,
                r.numeric,
                r.side_conditions,
                None if r.counterexample is None else dict(r.counterexample),
                r.residual,
                r.reason,
                r.identified_rule,
            )
        )
    return out


def _check_parallel(d, ctx, todo, jobs, progress, done):
    global _WORK
    runs = [list(c) for c in np.array_split(np.array(todo), min(len(todo), jobs * 4)) if len(c)]
    _WORK = (d, ctx)
    results = {}
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for chunk in pool.imap(_check_run, [[int(i) for i in r] for r in runs]):
                for i, *fields in chunk:
                    results[i] = StepResult(i, d.steps[i], *fields)
                done += len(chunk)
                if progress is not None:
                    progress(done, len(d.steps))
    finally:
        _WORK = None
    return results


def check_step(d: Derivation, i: int, ctx: _numeric.Context | None = None) -> StepResult:
    with sp.evaluate(True):
        return _check_step(d, i, ctx)


def _check_step(d: Derivation, i: int, ctx: _numeric.Context | None) -> StepResult:
    step = d.steps[i]
    if ctx is None:
        ctx = _numeric.Context([s.expr for s in d.steps], np.random.default_rng(0))
    try:
        if step.relation == "start":
            return _start.check_start(d, i, ctx, _finish)
        prev = d.steps[i - 1].expr
        return _finish(i, step, prev, step.expr, step.relation, ctx, d)
    except Exception as exc:  # noqa: BLE001 - a crash in a check is reported, never raised
        empty = CheckOutcome(SKIP, "")
        return StepResult(
            i,
            step,
            UNCHECKED,
            empty,
            empty,
            empty,
            reason=f"the checker failed on this step: {type(exc).__name__}: {exc}",
        )


def _finish(
    i: int,
    step: Step,
    prev: sp.Basic,
    cur: sp.Basic,
    relation: str,
    ctx: _numeric.Context,
    d: Derivation,
    rule_names: Sequence[str] | None = None,
) -> StepResult:
    """Run the three checks of ``prev -> cur`` and combine them."""
    names = tuple(rule_names) if rule_names is not None else step.rules
    symbolic = symbolic_check(prev, cur, relation)
    rule_out, conds, identified = rule_check(prev, cur, names, step, symbolic)
    numeric, counter = numeric_check(prev, cur, relation, ctx, _unknown(d, i))
    sides = tuple(
        discharge(name, c)
        for name, c in conds
        if not (relation == "=>" and name in _EQUIVALENCE_ONLY)
    )
    residual = None if symbolic.status == PASS else symbolic.detail
    return _verdict(i, step, rule_out, symbolic, numeric, sides, counter, residual, identified)


def _verdict(
    i: int,
    step: Step,
    rule_out: CheckOutcome,
    symbolic: CheckOutcome,
    numeric: CheckOutcome,
    sides: tuple[SideCondition, ...],
    counter: dict | None,
    residual: str | None,
    identified: str | None,
) -> StepResult:
    violated = [s for s in sides if s.reason.startswith("false")]
    open_ = [s for s in sides if not s.discharged]
    if numeric.status == FAIL:
        verdict, reason = REFUTED, "numeric counterexample: the written line does not follow"
    elif rule_out.status == FAIL or violated:
        verdict = RULE_MISMATCH
        reason = (
            rule_out.detail
            if rule_out.status == FAIL
            else f"side condition is false: {violated[0].condition}"
        )
    elif symbolic.status == PASS and not open_:
        verdict, reason = (
            PROVED,
            "" if numeric.status == PASS else f"numeric check skipped: {numeric.detail}",
        )
    elif numeric.status == PASS:
        verdict = PLAUSIBLE
        reason = (
            f"open side condition(s): {', '.join(s.condition for s in open_)}"
            if symbolic.status == PASS
            else f"no symbolic proof: {symbolic.detail}"
        )
    else:
        verdict = UNCHECKED
        reason = f"symbolic: {symbolic.detail}; numeric: {numeric.detail}"
    return StepResult(
        i, step, verdict, rule_out, symbolic, numeric, sides, counter, residual, reason, identified
    )


def _unknown(d: Derivation, i: int) -> sp.Symbol | None:
    for j in range(i, -1, -1):
        s = d.steps[j]
        if "unknown" in s.params:
            return s.params["unknown"]
        if s.relation == "start":
            return None
    return None


__all__ = ["check_derivation", "check_step", "discharge", "validate"]
