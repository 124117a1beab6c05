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
from ._canon import difference, evaluated, is_zero, normal, shape
from ._model import Derivation, Step
from ._report import (
    FAIL,
    GIVEN,
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
from ._rulebook import REGISTRY, applications, get

# Multiplying both sides by zero still gives a true (implied) equation; the
# factor must be non-zero only for the step to be reversible.
_EQUIVALENCE_ONLY = {"multiply-both-sides"}
PSEUDO_RULES = ("auto", "algebra")
# A residual counts as zero below this: the root is found to 30 digits and the
# residual is evaluated with accuracy tracking, so true zeros come out near 1e-25.
ZERO = 1e-15


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
            hit = store.get(key, d.steps[i], i)
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
            store.put(keys[i], results[i])
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


# --------------------------------------------------------------------------- #
# rule check


def _opaque(e: sp.Basic, table: dict[sp.Basic, sp.Dummy]) -> sp.Basic:
    """Replace every sub-expression that is not +, *, or an integer power by a symbol.

    Equation rules act on both sides with + and *; logs, exponentials, roots,
    sums and derivatives are atoms to them. Hiding those atoms before
    multiplying out keeps sympy from evaluating log(e) -> 1 or splitting logs,
    which would let a log rule ride along unnamed.
    """
    if isinstance(e, (sp.Add, sp.Mul)):
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


def _compose(prev: sp.Basic, names: Sequence[str], step: Step) -> list[tuple[sp.Basic, list]]:
    """Every line reachable by applying the rules in order (each at some sites)."""
    frontier: list[tuple[sp.Basic, list]] = [(prev, [])]
    for name in names:
        r = REGISTRY[name]
        nxt = []
        for expr, conds in frontier:
            for new, cs in applications(expr, r, step.params):
                nxt.append((new, conds + [(name, c) for c in cs]))
                if len(nxt) > 400:
                    break
        frontier = nxt
    return frontier


def rule_check(
    prev: sp.Basic, cur: sp.Basic, names: Sequence[str], step: Step, symbolic: CheckOutcome
) -> tuple[CheckOutcome, list, str | None]:
    """Does applying the named rule(s) to ``prev`` give the written ``cur``?"""
    if names == ("algebra",):
        if symbolic.status == PASS:
            return CheckOutcome(PASS, "generic algebra: the weakest justification"), [], None
        return (
            CheckOutcome(FAIL, "generic algebra, and no symbolic proof that the lines are equal"),
            [],
            None,
        )
    if names == ("auto",):
        return _identify(prev, cur, step, symbolic)
    mode = "expanded" if any(REGISTRY[n].compare == "expanded" for n in names) else "shape"
    candidates = _compose(prev, names, step)
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
            f"applying {' then '.join(names)} gives {shape(candidates[0][0])}, not the written line",
        ),
        [],
        None,
    )


def _identify(prev: sp.Basic, cur: sp.Basic, step: Step, symbolic: CheckOutcome):
    for name, r in REGISTRY.items():
        # Whole-equation rules need their operand (factor, term ...): try those
        # whose parameters the step supplies.
        if any(k not in step.params for k in r.required):
            continue
        for cand, cs in applications(prev, r, step.params):
            if _same(cand, cur, r.compare):
                return CheckOutcome(PASS, f"identified rule: {name}"), [(name, c) for c in cs], name
    if symbolic.status == PASS:
        return (
            CheckOutcome(PASS, "no single registered rule; generic algebra (weakest)"),
            [],
            "algebra",
        )
    return CheckOutcome(FAIL, "no registered rule explains the step"), [], None


def discharge(rule_name: str, cond: sp.Basic) -> SideCondition:
    """Decide a side condition from the declared assumptions."""
    text = str(cond)
    if isinstance(cond, sp.StrictGreaterThan):
        value = evaluated(cond.lhs - cond.rhs).is_positive
    elif isinstance(cond, sp.Unequality):
        value = evaluated(cond.lhs - cond.rhs).is_nonzero
    elif isinstance(cond, sp.Contains) and cond.args[1] == sp.Reals:
        value = evaluated(cond.args[0]).is_extended_real
    else:
        value = None
    if value is True:
        return SideCondition(rule_name, text, True, "follows from the declared assumptions")
    if value is False:
        return SideCondition(rule_name, text, False, "false under the declared assumptions")
    return SideCondition(rule_name, text, False, "open: not implied by the declared assumptions")


# --------------------------------------------------------------------------- #
# symbolic check


def _eq_residual(e: sp.Basic) -> sp.Basic:
    return normal(e.lhs) - normal(e.rhs)


def symbolic_check(prev: sp.Basic, cur: sp.Basic, relation: str) -> CheckOutcome:
    try:
        if relation in ("=", "restate"):
            if isinstance(prev, sp.Equality) != isinstance(cur, sp.Equality):
                return CheckOutcome(FAIL, "one line is an equation and the other is not")
            pairs = (
                [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
                if isinstance(prev, sp.Equality)
                else [(prev, cur)]
            )
            for a, b in pairs:
                diff = difference(a, b)
                if is_zero(diff) is not True:
                    return CheckOutcome(FAIL, f"normal forms differ by {sp.simplify(diff)}")
            return CheckOutcome(PASS, "normal forms agree")
        d1, d2 = sp.expand(_eq_residual(prev)), sp.expand(_eq_residual(cur))
        if is_zero(d1, thorough=False) is True:
            return CheckOutcome(
                FAIL, "the previous equation is an identity; nothing follows from it"
            )
        if is_zero(d2, thorough=False) is True:
            if relation == "=>":
                return CheckOutcome(PASS, "the written equation is an identity")
            return CheckOutcome(
                FAIL,
                "the written equation holds identically but the previous one does not: only '=>' follows",
            )
        q = sp.cancel(sp.together(d2 / d1))
        num, den = sp.fraction(q)
        finite = den.is_nonzero or (den.free_symbols == set() and den != 0)
        nonzero = num.is_nonzero or (num.free_symbols == set() and num != 0)
        if relation == "=>" and finite:
            return CheckOutcome(PASS, f"written residual = ({q}) * previous residual")
        if relation == "<=>" and finite and nonzero:
            return CheckOutcome(
                PASS, f"written residual = ({q}) * previous residual, factor non-zero"
            )
        return CheckOutcome(FAIL, f"residual ratio {q} not shown finite and non-zero")
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"symbolic pipeline failed: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- #
# numeric check


def numeric_check(
    prev: sp.Basic, cur: sp.Basic, relation: str, ctx: _numeric.Context, unknown: sp.Symbol | None
) -> tuple[CheckOutcome, dict | None]:
    try:
        if relation in ("<=>", "=>"):
            return _numeric_equation(prev, cur, relation, ctx, unknown)
        pairs = (
            [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
            if isinstance(prev, sp.Equality)
            else [(prev, cur)]
        )
        n = 0
        for k, pt in enumerate(ctx.points):
            for a, b in pairs:
                same, va, vb = ctx.agree(a, b, k)
                if not (va.is_number and vb.is_number):
                    left = sorted(map(str, (va.free_symbols | vb.free_symbols)))
                    return CheckOutcome(
                        SKIP, f"cannot evaluate: no values for {', '.join(left)}"
                    ), None
                if not same:
                    ce = pt.describe()
                    ce.update({"previous": _plain(va), "written": _plain(vb)})
                    return CheckOutcome(FAIL, f"differ at {ce}"), ce
                n += 1
        return CheckOutcome(PASS, f"{n} random evaluations agree to 1e-18"), None
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"numeric evaluation failed: {type(exc).__name__}: {exc}"), None


def _plain(v: sp.Basic) -> float | str:
    """A float, or the complex value as text when the imaginary part matters."""
    c = complex(v)
    if abs(c.imag) > 1e-12 * max(1.0, abs(c.real)):
        return str(c)
    return c.real


def _numeric_equation(prev, cur, relation, ctx, unknown):
    r1 = sp.Add(prev.lhs, -prev.rhs, evaluate=False)
    r2 = sp.Add(cur.lhs, -cur.rhs, evaluate=False)
    candidates = (
        [unknown]
        if unknown is not None
        else sorted(
            (
                s
                for s in r1.free_symbols
                if isinstance(s, sp.Symbol)
                and not (s.is_integer and s.is_positive)
                and s.name != "x"
            ),
            key=str,
        )
    )
    points = ctx.points
    directions = [(r1, r2, "previous", "written")]
    if relation == "<=>":
        directions.append((r2, r1, "written", "previous"))
    checked = 0
    for k, pt in enumerate(points):
        for src, dst, src_name, dst_name in directions:
            csrc, cdst = ctx.concretized(src, k), ctx.concretized(dst, k)
            for u in candidates:
                # An equation that holds identically is solved by the point's own
                # value of the unknown; root finding would find nothing to test.
                if u in pt.values and _numeric.residual(csrc, pt, {}, ZERO, confirm=False) <= ZERO:
                    root = pt.values[u]
                else:
                    root = _numeric.find_root(csrc, u, pt)
                if root is None:
                    continue
                value = _numeric.residual(cdst, pt, {u: root}, ZERO)
                checked += 1
                if value > ZERO:
                    ce = pt.describe()
                    ce.update(
                        {
                            str(u): float(root),
                            f"{dst_name}_residual": value,
                            "note": f"{u} solves the {src_name} equation",
                        }
                    )
                    return CheckOutcome(
                        FAIL,
                        f"the {src_name} equation holds but the {dst_name} one does not at {ce}",
                    ), ce
                break
    if checked == 0:
        return CheckOutcome(SKIP, "no numeric root of the equation was found to test"), None
    return CheckOutcome(PASS, f"{checked} roots of one equation satisfy the other"), None


__all__ = ["check_derivation", "check_step", "validate", "GIVEN"]
