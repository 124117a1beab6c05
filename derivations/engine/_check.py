"""Checking: derivation -> three checks per step -> verdict -> report.

For each step the checker finds the line the step is compared with (the
previous line, or for a chain's first line what its start rule names, see
:mod:`._start`), then runs the *rule*, the *symbolic* and the *numeric* checks
independently (:mod:`._verdict`) and combines them into a verdict. A false
step is never an exception: it is a report. Results of unchanged steps come
from the cache (:mod:`._cache`); the rest are spread over the worker pool
(:mod:`._pool`) together with the confirmation of the results
(:mod:`._confirm`).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sympy as sp

from .. import _budget
from .._errors import MalformedDerivation
from .._report import PASS, PROVED, REFUTED, SKIP, UNCHECKED, CheckOutcome, Report, StepResult
from .._settings import DEFAULT, Settings
from ..rules import PSEUDO, START, get, of_kind
from . import _confirm, _pool
from ._domains import Domains
from ._evaluate import TooExpensive
from ._rng import Rng
from ._rule_check import rule_check
from ._sampling import Context
from ._start import check_start
from ._verdict import judge

if TYPE_CHECKING:
    from .._model import Derivation

#: Below this many steps to check, forking workers costs more than it saves.
MIN_STEPS_TO_FORK = 8

#: Runs of consecutive steps per worker: more runs balance the workers' loads,
#: fewer share more lines (a line is normalised once per worker that meets it).
RUNS_PER_WORKER = 8
#: The same when several derivations share the pool (``check_all``).
RUNS_PER_WORKER_ALL = 2


def _split(items: list[int], parts: int) -> list[list[int]]:
    """``items`` in ``parts`` consecutive runs, the first ones one longer (numpy's array_split)."""
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for k in range(parts):
        stop = start + size + (k < extra)
        out.append(items[start:stop])
        start = stop
    return out


def _cost(d: Derivation, i: int) -> int:
    """A rough cost of checking step ``i``: the size of its two lines, four times
    that for an equation step (root finding at each point)."""
    step = d.steps[i]
    lines = [step.expr] if i == 0 else [d.steps[i - 1].expr, step.expr]
    size = sum(_nodes(e) for e in lines)
    return size * (4 if step.relation in ("<=>", "=>") else 1)


def _nodes(e: Any) -> int:
    return sum(1 for _ in sp.preorder_traversal(e)) if isinstance(e, sp.Basic) else 1


def validate(d: Derivation) -> None:
    """Raise :class:`MalformedDerivation` naming the derivation and step for malformed input."""
    for i, step in enumerate(d.steps):
        where = f"Derivation {d.name!r}, step {i}"
        try:
            _validate_step(d, i, step)
        except ValueError as exc:
            raise MalformedDerivation(f"{where}: {exc}") from None


def _validate_step(d: Derivation, i: int, step: Any) -> None:
    start = step.relation == "start"
    starts = of_kind(START)
    if start:
        if len(step.rules) != 1 or step.rules[0] not in starts:
            raise ValueError(
                f"a chain's first line needs exactly one of the rules "
                f"{', '.join(sorted(starts))}, got {step.rule!r}."
            )
        _validate_start_params(i, step)
    else:
        for name in step.rules:
            if name in starts:
                raise ValueError(f"rule {name!r} may only start a chain (relation 'start').")
            rule = get(name)
            if rule.kind == PSEUDO:
                if len(step.rules) > 1:
                    raise ValueError(f"rule {name!r} cannot be combined with other rules.")
                continue
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
    free = [
        s
        for s in expr.free_symbols
        if isinstance(s, sp.Symbol) and s not in declared and s not in labels
    ]
    bases = [x.base for x in expr.atoms(sp.Indexed) if x.base not in declared]
    _same_name_check(declared, free + bases)
    # free_symbols leaves out an index bound by its Sum: an undeclared index that is
    # still free is used outside any sum over it.
    for x in sorted(expr.atoms(sp.Indexed), key=str):
        loose = [s for s in free if s in x.free_symbols and s not in x.base.free_symbols]
        if loose:
            raise ValueError(
                f"the index {loose[0]} of {x} is used outside any sum over {loose[0]}."
            )
    undeclared = sorted({str(s) for s in free} | {str(b) for b in bases})
    if undeclared:
        raise ValueError(f"undeclared symbol(s) {', '.join(undeclared)}.")


def _same_name_check(declared: Any, used: list) -> None:
    """Two different sympy symbols with one name (``lambda`` positive and ``lambda``
    real) look the same in every printout; say so instead of "undeclared"."""
    by_name = {_symbol_name(s): s for s in declared}
    for s in sorted(used, key=str):
        other = by_name.get(_symbol_name(s))
        if other is not None and other != s:
            name = _symbol_name(s)
            raise ValueError(
                f"two different symbols are both named {name!r} (the declared one with the "
                f"assumptions {_assumption_text(other)}, the one in this line with "
                f"{_assumption_text(s)}); sympy treats them as unrelated: create {name!r} once "
                "and use that symbol everywhere."
            )


def _symbol_name(s: Any) -> str:
    return str(s.label) if isinstance(s, sp.IndexedBase) else str(s)


def _assumption_text(s: Any) -> str:
    given = getattr(s, "_assumptions_orig", None)
    if given is None:
        given = getattr(s, "assumptions0", {})
    items = [k if v else f"not {k}" for k, v in sorted(given.items()) if k != "commutative"]
    return ", ".join(items) or "none"


def _validate_start_params(i: int, step: Any) -> None:
    name = step.rules[0]
    for key in get(name).required:
        if key not in step.params:
            raise ValueError(f"rule {name!r} needs the parameter {key!r}.")
    for key in ("ref", "start", "end", "at"):
        if key in step.params:
            j = step.params[key]
            if not (isinstance(j, int) and 0 <= j < i):
                raise ValueError(
                    f"rule {name!r}: {key}={j!r} must be the index of an earlier step."
                )
    if name == "identity":
        inner = step.params["rule"]
        if inner in of_kind(START, PSEUDO):
            raise ValueError(f"an identity must name a rewrite rule, got {inner!r}.")
        get(inner)


def check(
    d: Derivation,
    *,
    cache: bool = False,
    seed: int = 0,
    jobs: int | None = 1,
    confirm: bool = False,
    progress: Callable[[int, int], None] | None = None,
    settings: Settings = DEFAULT,
) -> Report:
    """Check every step of ``d``; return a :class:`~derivations.Report`.

    Parameters
    ----------
    d : Derivation
    cache : bool
        Reuse results of unchanged steps and confirmations (see :mod:`._cache`).
    seed : int
        Seed of the random points of the numeric check.
    jobs : int, optional
        Worker processes (see :mod:`._pool`: 1 runs in this process, 0 one per
        CPU, None the default). Steps go to workers in contiguous runs so that a
        line shared by neighbouring steps is normalised once per worker.
    confirm : bool
        Also confirm the results independently of the steps, when the
        derivation provides a confirmation hook (``Derivation.confirm``).
    progress : callable, optional
        ``progress(done, total)`` after each step (or run of steps).
    settings : Settings
        The numeric and search limits (:mod:`derivations._settings`).

    Raises
    ------
    MalformedDerivation
        When a step cannot be checked as declared (before any check runs).
    """
    # Users build lines under sympy.evaluate(False) and may call check() inside
    # that block; the pipelines need sympy's ordinary evaluation.
    with sp.evaluate(True):
        return _check(d, cache, seed, jobs, confirm, progress, settings)


def _check(d, cache, seed, jobs, confirm, progress, settings) -> Report:
    plan = _Plan(d, cache, seed, jobs, confirm, progress, settings)
    outputs = _pool.run(plan.tasks, plan.workers if len(plan.tasks) > 1 else 1, plan.on_result)
    return plan.finish(outputs)


def check_all(
    ds: list[Derivation],
    *,
    cache: bool = False,
    seed: int = 0,
    jobs: int | None = None,
    confirm: bool = False,
    settings: Settings = DEFAULT,
) -> list[Report]:
    """Check several derivations in one worker pool; one report each, in order.

    The steps and confirmations of every derivation are the tasks of a single
    pool (:mod:`._pool`), so a library of short derivations pays for its
    workers once. Arguments as for :func:`check`.
    """
    with sp.evaluate(True):
        # Several derivations keep the workers busy with fewer runs each (a run's
        # first step normalises its previous line again in whichever worker gets it).
        plans = [
            _Plan(d, cache, seed, jobs, confirm, None, settings, RUNS_PER_WORKER_ALL) for d in ds
        ]
        tasks, owner = [], []
        for k, plan in enumerate(plans):
            tasks.extend(plan.tasks)
            owner.extend((k, j) for j in range(len(plan.tasks)))
        # Confirmations (mostly sympy's solver) first, then the costliest runs.
        order = sorted(range(len(tasks)), key=lambda t: -getattr(tasks[t], "cost", float("inf")))
        tasks, owner = [tasks[t] for t in order], [owner[t] for t in order]
        workers = (
            _pool.resolve_jobs(jobs) if sum(len(p.todo) for p in plans) >= MIN_STEPS_TO_FORK else 1
        )

        def on_result(i: int, value: Any) -> None:
            k, j = owner[i]
            plans[k].on_result(j, value)

        outputs = _pool.run(tasks, workers if len(tasks) > 1 else 1, on_result)
        per: list[list[Any]] = [[None] * len(p.tasks) for p in plans]
        for i, value in enumerate(outputs):
            k, j = owner[i]
            per[k][j] = value
        return [plan.finish(out) for plan, out in zip(plans, per, strict=True)]


class _Plan:
    """What checking one derivation needs: cached results, tasks for the pool, the finish."""

    def __init__(
        self, d, cache, seed, jobs, confirm, progress, settings, runs_per_worker=RUNS_PER_WORKER
    ) -> None:
        self.t0 = time.perf_counter()
        validate(d)
        self.d, self.confirm, self.progress = d, confirm, progress
        self.domains = domains = Domains.of(d)
        store = None
        if cache:
            from ._cache import Cache

            store = Cache.default()
        self.store = store
        extra = settings.key() + domains.key()
        self.keys = keys = [
            store.key(d, i, seed, extra) if store else None for i in range(len(d.steps))
        ]
        self.results = results = {}
        if store is not None:
            for i, key in enumerate(keys):
                hit = store.get(d.name, key, d.steps[i], i)
                if hit is not None:
                    results[i] = hit
        self.confirmations: tuple = ()
        self.confirm_key = _confirm.cache_key(d) if confirm and store is not None else None
        self.want_confirm = confirm and d.confirm is not None
        if self.want_confirm and self.confirm_key is not None:
            cached = store.get_confirmations(d.name, self.confirm_key)
            if cached is not None:
                self.confirmations, self.want_confirm = cached, False
        self.todo = todo = [i for i in range(len(d.steps)) if i not in results]
        self.tasks: list[Callable[[], Any]] = []
        self.workers = 1
        if todo:
            ctx = Context([s.expr for s in d.steps], Rng(seed), settings, domains)
            self.workers = _pool.resolve_jobs(jobs) if len(todo) >= MIN_STEPS_TO_FORK else 1
            n_runs = min(len(todo), self.workers * runs_per_worker) if self.workers > 1 else 1
            runs = _split(todo, n_runs)
            # The pool hands runs out in order: the costliest first, so that no
            # worker starts a long run while the other has nothing left to do.
            tasks = [_StepRun(d, run, ctx, sum(_cost(d, i) for i in run)) for run in runs if run]
            self.tasks.extend(sorted(tasks, key=lambda t: -t.cost))
        if self.want_confirm:
            # The confirmation is mostly sympy's solver: run it beside the steps.
            self.tasks.insert(0, _Confirm(d))

    def on_result(self, k: int, value: Any) -> None:
        if isinstance(self.tasks[k], _StepRun):
            for i, r in value:
                self.results[i] = dataclasses.replace(r, step=self.d.steps[i])
            if self.progress is not None:
                self.progress(len(self.results), len(self.d.steps))

    def finish(self, outputs: list[Any]) -> Report:
        d, store, results = self.d, self.store, self.results
        for k, task in enumerate(self.tasks):
            # Normally on_result has stored each run as it came; this is the fallback.
            if isinstance(task, _StepRun) and outputs[k] is not None:
                for i, r in outputs[k]:
                    results.setdefault(i, dataclasses.replace(r, step=d.steps[i]))
        confirmations = self.confirmations
        if self.want_confirm:
            confirmations = tuple(outputs[0])
        if store is not None:
            for i in self.todo:
                # A post's spent budget says nothing of the step: a later run checks it.
                if _budget.POST_BUDGET_SPENT not in results[i].reason:
                    store.put(d.name, self.keys[i], results[i])
            if self.confirm and self.confirm_key is not None and d.confirm is not None:
                store.put_confirmations(d.name, self.confirm_key, confirmations)
            store.flush()
        return Report(
            d,
            tuple(results[i] for i in range(len(d.steps))),
            {"check": time.perf_counter() - self.t0},
            confirmations,
            tuple(f.to_json() for f in self.domains.facts()),
        )


class _StepRun:
    """Check a run of consecutive steps; results come back without their Step.

    (A Step's parameters are a read-only mapping, which does not pickle; the
    parent puts the Step back.)
    """

    def __init__(self, d: Any, indices: list[int], ctx: Context, cost: int = 0) -> None:
        self.d, self.indices, self.ctx = d, indices, ctx
        self.cost = cost  # a rough estimate (see _cost), to hand out long runs first

    def __call__(self) -> list[tuple[int, StepResult]]:
        return [
            (i, dataclasses.replace(check_step(self.d, i, self.ctx), step=None))
            for i in self.indices
        ]


def _under_contradiction(result: StepResult, contradiction: str, signs: bool) -> StepResult:
    """A refutation where what is assumed of a symbol contradicts itself is none: "if
    P > 0.5 ...", "if P < 0.5 ..." are a post's cases read as two facts, and a counterexample
    may lie outside the case the row means. Such a symbol is drawn as if nothing were
    assumed of it (see ._sampling.random_points). Nor is a proof that rests on a sign the
    declarations give both ways (``signs``, attack68: "we take $a > 0$, and in part (b) we
    take $a < 0$" in one paragraph proved part (b)'s ``\\sqrt{4a^2} = 2a`` with the merged
    flag, one case's fact); a proof that holds with such a symbol of no sign stands, as do
    proofs under bounds that agree on the sign (``P > 0.5``, ``P < 0.5``)."""
    if not contradiction or result.verdict not in (REFUTED, PROVED):
        return result
    if result.verdict == PROVED and not signs:
        return result
    why = "a counterexample is no refutation there"
    if result.verdict == PROVED:
        why = "a proof may rest on a case the row does not mean"
    return dataclasses.replace(
        result, verdict=UNCHECKED, counterexample=None, reason=f"{contradiction}; {why}"
    )


def _proved_without_signs(d: Derivation, i: int, ctx: Context, symbols: set) -> bool:
    """Is step ``i`` proved with each symbol whose declarations say both signs replaced by
    a real symbol of no sign (attack68: the merged flag is one case's fact)? True when no
    symbol says both signs."""
    plain = {
        s: sp.Symbol(s.name, real=True)
        for s in symbols
        if isinstance(s, sp.Symbol) and ctx.domains.signs_contradicted({s})
    }
    if not plain:
        return True
    prev, expr = d.steps[i - 1].expr.xreplace(plain), d.steps[i].expr.xreplace(plain)
    # the numeric check has no values for the new symbols: the symbolic one decides
    again = judge(d, i, prev, expr, d.steps[i].relation, ctx)
    return again.verdict == PROVED or again.symbolic.status == PASS


def _symbols_of(d: Derivation, i: int) -> set:
    """The symbols and samples of step ``i``'s lines."""
    out: set = set()
    for line in _lines_of(d, i):
        out |= getattr(line, "free_symbols", set())
        out |= {x.base for x in getattr(line, "atoms", lambda *_: ())(sp.Indexed)}
    return out


class _Confirm:
    def __init__(self, d: Any) -> None:
        self.d = d

    def __call__(self) -> list:
        with sp.evaluate(True):
            return list(_confirm.confirm(self.d))


def check_step(d: Derivation, i: int, ctx: Context | None = None) -> StepResult:
    """Check step ``i`` of ``d`` alone (with a fresh numeric context unless given one)."""
    with sp.evaluate(True):
        if ctx is None:
            ctx = Context([s.expr for s in d.steps], Rng(0), DEFAULT, Domains.of(d))
        step = d.steps[i]
        empty = CheckOutcome(SKIP, "")
        spent = _budget.post_budget_spent()
        if spent:
            return StepResult(i, step, UNCHECKED, empty, empty, empty, reason=f"limit: {spent}")
        try:
            # Measure the written lines before anything evaluates them.
            for line in _lines_of(d, i):
                _budget.check(line, ctx.settings)
            with _budget.time_limit(ctx.settings.step_seconds):
                if step.relation == "start":
                    return check_start(d, i, ctx)
                result = judge(d, i, d.steps[i - 1].expr, step.expr, step.relation, ctx)
                symbols = _symbols_of(d, i)
                contradiction = ctx.domains.contradicted(symbols)
                signs = bool(contradiction) and result.verdict == PROVED
                if signs:
                    signs = not _proved_without_signs(d, i, ctx, symbols)
            return _under_contradiction(result, contradiction, signs)
        except (_budget.OverBudget, _budget.StepTimeout, TooExpensive) as exc:
            return StepResult(i, step, UNCHECKED, empty, empty, empty, reason=f"limit: {exc}")
        except RecursionError:
            reason = "limit: the line is nested too deeply for the checker"
            return StepResult(i, step, UNCHECKED, empty, empty, empty, reason=reason)
        except Exception as exc:  # noqa: BLE001 - a crash in a check is reported, never raised
            return StepResult(
                i,
                step,
                UNCHECKED,
                empty,
                empty,
                empty,
                reason=f"the checker failed on this step: {type(exc).__name__}: {exc}",
            )


def rule_applies(
    d: Derivation, i: int, rules: tuple[str, ...], settings: Settings = DEFAULT
) -> bool:
    """Does applying ``rules`` in order to the line before step ``i`` give its line?

    The rule check alone (no symbolic or numeric proof of equality), under the
    same budgets as a whole step: for a caller that already has the step's
    verdict and asks only whether other named rules account for it.
    """
    step = d.steps[i]
    if i == 0 or step.relation != "=" or _budget.post_budget_spent():
        return False
    empty = CheckOutcome(SKIP, "")
    with sp.evaluate(True):
        try:
            for line in _lines_of(d, i):
                _budget.check(line, settings)
            with _budget.time_limit(settings.step_seconds):
                out, _, _ = rule_check(d.steps[i - 1].expr, step.expr, rules, step, empty, settings)
        except (_budget.OverBudget, _budget.StepTimeout, TooExpensive, RecursionError):
            return False
        except (KeyError, ValueError, TypeError):
            return False  # a rule name the table does not hold, or a rule that cannot apply
    return out.status == PASS


def _lines_of(d: Derivation, i: int) -> list[Any]:
    """The written lines step ``i`` involves: its own, the previous, the ones it refers to."""
    step = d.steps[i]
    out = [step.expr]
    if step.relation != "start" and i > 0:
        out.append(d.steps[i - 1].expr)
    for key in ("ref", "start", "end"):
        j = step.params.get(key)
        if isinstance(j, int) and 0 <= j < i:
            out.append(d.steps[j].expr)
    return out


__all__ = ["check", "check_step", "rule_applies", "validate"]
