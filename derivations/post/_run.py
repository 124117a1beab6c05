"""Check a post: read -> rows -> sympy -> derivation -> engine -> one verdict per row.

This is the recipe; each stage lives in its own module.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .. import _budget
from .._errors import PostError
from .._settings import DEFAULT
from .._text import counterexample_json
from ..assumptions import chain_bound
from ..engine import check, rule_applies
from . import _integral_support
from ._assume import (
    Declared,
    attach,
    build_context,
    expand,
    front_matter_statements,
    lower_bounds,
    parse_statement,
    read_prose,
    support_bounds,
)
from ._build import STEP, UNPARSED, RowPlan, build
from ._complex_letters import complex_rows_unchecked
from ._conditions import refutations_inside, stated_conditions
from ._extract import Problem
from ._extract import read_post as _read_rows
from ._function_values import refutations_with_values
from ._law_ranges import law_domains
from ._parse import (
    counts_stay_integers,
    parse_row,
    post_context,
    row_domains,
    section_matrix_names,
)
from ._plans import UNCHECKED
from ._post_cache import cache_name
from ._reading_doubts import OTHER_READING, other_reading_doubt
from ._restated_domains import restated
from ._rule_phrases import named_rules, rule_note
from ._support import declared_supports
from ._tosympy import evaluating
from ._verdicts import row_result, second_look

#: Row verdicts: the engine's, plus the post reader's own for rows never checked.
ROW_OK = ("proved", "given")


@dataclasses.dataclass(frozen=True)
class RowResult:
    """The outcome for one displayed row of the post."""

    line: int
    label: str
    text: str
    kind: str
    verdict: str
    reason: str = ""
    how: str = ""
    identified_rule: str | None = None
    counterexample: Mapping[str, Any] | None = None
    slips: tuple[str, ...] = ()
    step: int | None = None
    notes: tuple[str, ...] = ()
    #: Side conditions the engine could not discharge ("sigma2 != 0 (divide-both-sides)").
    open_conditions: tuple[str, ...] = ()
    #: A row of several links (``a = b = c``, ``A \Rightarrow B``): each link's verdict.
    links: tuple[Mapping[str, Any], ...] = ()
    #: The file line the row ends on (a display's lines joined into one statement; 0 when
    #: not known): its verdict covers what is written on every line from ``line`` on.
    last_line: int = 0

    @property
    def ok(self) -> bool:
        return self.verdict in ROW_OK

    def to_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["counterexample"] = counterexample_json(self.counterexample)
        out["slips"] = list(self.slips)
        out["notes"] = list(self.notes)
        out["open_conditions"] = list(self.open_conditions)
        out["links"] = [
            dict(link, counterexample=counterexample_json(link.get("counterexample")))
            for link in self.links
        ]
        return out


@dataclasses.dataclass(frozen=True)
class PostReport:
    """Every row of a post with its verdict, plus the engine's report."""

    path: str
    rows: tuple[RowResult, ...]
    report: Any  # derivations.Report, or None when no row could be related
    timings: Mapping[str, float]
    #: Structure problems (an unclosed ``$$``, a mismatched environment), with their lines.
    problems: tuple[Problem, ...] = ()
    #: The post's time budget (``Settings.post_seconds``) ran out: some verdicts are the
    #: machine's, not the post's, and the report is not kept in a cache.
    budget_spent: bool = False

    @property
    def ok(self) -> bool:
        """True when every row is proved or a definition (and no helper step failed)."""
        helpers_ok = self.report is None or all(
            r.ok for r in self.report.steps if str(r.step.note).startswith("helper")
        )
        return bool(self.rows) and not self.problems and all(r.ok for r in self.rows) and helpers_ok

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            out[r.verdict] = out.get(r.verdict, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "ok": self.ok,
            "rows_total": len(self.rows),
            "rows_parsed": sum(r.kind != UNPARSED for r in self.rows),
            "rows_checked": sum(r.kind == STEP for r in self.rows),
            "counts": self.counts(),
            "rows": [r.to_json() for r in self.rows],
            "problems": [p.to_json() for p in self.problems],
            "timings": dict(self.timings),
            "budget_spent": self.budget_spent,
        }


def _declared(front: str, extra: Iterable[str], path: str) -> list[Declared]:
    said = [(s, f"{path}, {where}") for s, where in front_matter_statements(front)]
    said += [(s, f"--assume {s!r}") for s in extra]
    out = [parse_statement(s, where) for s, where in said]
    # 0 < a < b: b > 0 as well (what parse_statement, one name's domain, leaves out)
    return out + [d for s, where in said for part in expand(s) for d in chain_bound(part, where)]


def _row_result(plan: RowPlan, report: Any) -> RowResult:
    return row_result(plan, report, RowResult)


def _named_rules_explain(report: Any, step_index: int, rules: tuple[str, ...]) -> bool:
    """Does applying ``rules`` in order to the previous line give this row (engine's rule check)?"""
    return rule_applies(report.derivation, step_index, rules)


def _with_rule_notes(
    results: list[RowResult], plans: list[RowPlan], report: Any
) -> tuple[RowResult, ...]:
    """Attach a rule note to the first rewrite row of each block whose prose names a rule
    that none of its rows applies, and to each row whose own ``\\text{...}`` names a
    rule it does not apply (see :mod:`._rule_phrases`).

    A row the engine could only call "algebra" is re-checked with the named rules
    composed in the order the text names them (``log_e(e) = 1`` then ``log(1) = 0``);
    if they account for it, the row counts as applying them.
    """
    groups: dict[Any, list[int]] = {}
    for k, pl in enumerate(plans):
        if results[k].kind == STEP and results[k].identified_rule is not None:
            row = pl.parsed.row
            # A row annotated in its own words (\text{...}) is judged on them alone.
            key = ("row", k) if row.annotation else ("block", row.block)
            groups.setdefault(key, []).append(k)
    out = list(results)
    for key, ks in groups.items():
        row = plans[ks[0]].parsed.row
        prose = row.annotation if key[0] == "row" else row.prose
        identified = [(out[k].line, out[k].identified_rule) for k in ks]
        note = rule_note(prose, identified)
        if note:
            named = tuple(
                r for _, rules in named_rules(prose) for r in sorted(rules) if r in _registered()
            )
            for j, k in enumerate(ks):
                if out[k].identified_rule == "algebra" and named:
                    for combo in _combos(named):
                        if _named_rules_explain(report, plans[k].step, combo):
                            identified[j] = (out[k].line, " then ".join(combo))
                            out[k] = dataclasses.replace(
                                out[k], identified_rule=" then ".join(combo)
                            )
                            break
            note = rule_note(prose, identified, composed=True)
        if note and key[0] == "row":
            note = note.replace("the text before this block", "the row's own text")
            note = note.replace("no row of the block is", "the row is not")
        if note:
            out[ks[0]] = dataclasses.replace(out[ks[0]], notes=(*out[ks[0]].notes, note))
    return tuple(out)


def _registered() -> set[str]:
    from ..rules import EQUATION, REWRITE, of_kind

    return set(of_kind(REWRITE, EQUATION))


def _combos(named: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The named rules in text order, then each alone (a phrase may accept two names)."""
    out = [named] if len(named) > 1 else []
    return out + [(r,) for r in named]


def _parse_file(
    path: str | Path, assume: Sequence[str], other_reading: bool = False, read: list | None = None
) -> tuple[Path, list, list[Problem], Any, list, tuple]:
    """Read, and parse every row; also the domains stated (front matter, option, prose, rows)
    and the conditions a refutation must hold inside (:mod:`._conditions`).

    The rows' domains include the support of the data a row declares the law of
    (``y_i \\sim \\mathrm{Gam}(a, b)``: ``y_i > 0``), so that the engine discharges
    ``\\sum_i y_i \\ne 0`` and the like from it.
    """
    p = Path(path)
    post = _read_rows(p)
    if read is not None:
        read.append(post)  # ATTACK60: the rows, for a report if the budget ends the reading
    _check_size(p, post.rows)
    # attack68: a letter whose domain the prose states again otherwise (a > 0 in part (a),
    # a < 0 in part (b)) has no prose domain for the whole post; each statement is a case
    again, cases = restated(post.body)
    prose = [d for d in read_prose(post.body, chains=True) if d.key not in again]
    domains = _merge(_declared(post.front, assume, str(p)), prose)
    # n >= 1: a bound of a count, which stays an integer (sums over 1..n are written out)
    domains = counts_stay_integers(domains, "\n".join(r.text for r in post.rows), post.body)
    ctx = post_context(post.rows, build_context(domains), prose=post.body)
    ctx.other_reading = other_reading  # a doubted construct read the other way (._run)
    # MATRIX56: a section that writes no matrix notation reads lower-case letters as numbers
    ctx.section_matrix_names = section_matrix_names(post.rows, ctx)
    with evaluating(False):  # one change of sympy's flag for the whole post
        parsed = [parse_row(r, ctx) for r in post.rows]
    domains = _merge(domains, [*row_domains(parsed, ctx), *declared_supports(parsed)])
    # ASSUME7: the parameter spaces and supports of the laws the post states
    domains = _merge(domains, law_domains(parsed, ctx.stated_laws, domains))
    domains = _merge(domains, support_bounds(domains, post.body))  # 0 <= x <= a: a >= 0
    with evaluating(False):  # integrals without limits, now that the supports are known
        parsed = _integral_support.reread(post.rows, parsed, ctx, domains, parse_row)
    conditions = stated_conditions(post.body, domains, cases=cases)
    ctx.lower_bounds = lower_bounds(domains)  # moments66: E[1/X] of a gamma with alpha > 1
    return p, parsed, post.problems, ctx, domains, conditions


def _not_built(path: Path, read: list, why: str, took: float) -> PostReport:
    """The report of a post whose reading or building the post's time budget ended: every
    row to check, unchecked with ``why`` (none lost). The rows are those read before the
    budget ended, or read again (finding the rows is linear in the file; parsing and
    building them is what a hostile post makes slow)."""
    post = read[0] if read else _read_rows(path)
    rows = tuple(
        RowResult(
            line=r.line,
            label=r.label,
            text=r.display,
            kind=UNCHECKED,
            verdict="unchecked",
            reason=why,
            last_line=r.line + r.text.strip().count("\n"),
        )
        for r in post.rows
        if r.role == "row"
    )
    return PostReport(str(path), rows, None, {"read+parse+build": took}, tuple(post.problems))


def _check_size(path: Path, rows: Sequence[Any]) -> None:
    """Refuse a post with more display rows than ``Settings.max_post_rows`` (before parsing)."""
    limit = DEFAULT.max_post_rows
    shown = sum(r.role == "row" for r in rows)
    if shown > limit:
        raise PostError(
            f"{path}: {shown} display rows, over the limit of {limit} rows per post; "
            "split it into several posts."
        )


def _merge(first: Sequence[Any], second: Sequence[Any]) -> list[Any]:
    """Domains of both lists, merged per name (the first list's come first)."""
    out: dict[Any, Any] = {}
    for d in [*first, *second]:
        out[d.key] = out[d.key].merge(d) if d.key in out else d
    return list(out.values())


def read_post(path: str | Path, *, assume: Sequence[str] = ()) -> tuple[Any, list[RowPlan]]:
    """Read a post into a :class:`~derivations.Derivation` without checking it.

    Returns
    -------
    derivation : Derivation or None
        ``None`` when no row could be related. Its steps name their rows in
        ``Step.rows`` (``"B5.2@134"``: block 5, row 2, file line 134).
    plans : list of RowPlan
        What became of every row (a step, a definition, unrelated, unparsed).

    Raises
    ------
    ValueError
        When the file cannot be read as text or an assumption is malformed.
    """
    p, parsed, _, ctx, domains, _ = _parse_file(path, assume)
    derivation, plans = build(parsed, name=p.stem, title=p.stem, source=str(p), ctx=ctx)
    return attach(derivation, domains), plans


def check_post(
    path: str | Path,
    *,
    assume: Sequence[str] = (),
    seed: int = 0,
    jobs: int | None = None,
    cache: bool = False,
    post_seconds: float | None = None,
) -> PostReport:
    """Read a Markdown or LaTeX post and check every display-math row.

    Parameters
    ----------
    path : str or Path
        A ``.md`` (kramdown ``$$`` blocks) or ``.tex`` file.
    assume : sequence of str
        Extra assumptions, e.g. ``["\\\\lambda > 0"]`` (see :mod:`._assume`).
    seed : int
        Seed of the engine's numeric check.
    jobs : int, optional
        Worker processes for the engine's checks, as everywhere (see
        :mod:`derivations.engine._pool`: default one per CPU, at most 2; 1 in
        this process; 0 one per CPU). The report does not depend on it.
    cache : bool
        Reuse the engine's results for unchanged steps (see
        :mod:`derivations.engine._cache`), under a name derived from the post's
        path (:func:`cache_name`): editing one row re-checks that row and the
        rows compared with it.
    post_seconds : float, optional
        Wall-clock budget of the whole check (default ``Settings.post_seconds``,
        600 s): a step not started by then is unchecked, naming the budget, and such
        verdicts are never cached. Each step is also bounded by ``step_seconds``.

    Returns
    -------
    PostReport

    Raises
    ------
    ValueError
        When the file cannot be read as text or an assumption is malformed.
    """
    seconds = DEFAULT.post_seconds if post_seconds is None else post_seconds
    with _budget.post_budget(seconds):
        report = _check_post(path, assume, seed, jobs, cache)
        spent = bool(_budget.post_budget_spent())
    return dataclasses.replace(report, budget_spent=spent) if spent else report


def _check_post(
    path: str | Path, assume: Sequence[str], seed: int, jobs: int | None, cache: bool
) -> PostReport:
    """:func:`check_post` inside its time budget: the post as read, then, when a proved row
    rests on a doubted reading (``a/b c``, ``\\log a b``: :mod:`._reading_doubts`), the post
    read the other way, which such a row's proof needs as well."""
    first, plans = _checked(path, assume, seed, jobs, cache)
    doubted = {
        k: doubt
        for k, r in enumerate(first.rows)
        if r.verdict == "proved"
        and (doubt := other_reading_doubt(plans, k, _up_to_a_factor(plans[k])))
    }
    if not doubted:
        return first
    spent = _budget.post_budget_spent()
    if spent:
        # ATTACK37: the other reading is a whole second parse and build; with the budget
        # spent it is not started (150 doubted rows took 27 s under a 20 s budget)
        rows = [
            _not_read_both_ways(r, doubted[k], None, spent) if k in doubted else r
            for k, r in enumerate(first.rows)
        ]
        return dataclasses.replace(first, rows=tuple(rows))
    second, _ = _checked(path, assume, seed, jobs, cache, other_reading=True)
    rows = list(first.rows)
    for k, doubt in doubted.items():
        other = second.rows[k] if len(second.rows) == len(rows) else None
        if other is not None and other.verdict == "proved" and other.line == rows[k].line:
            continue
        rows[k] = _not_read_both_ways(rows[k], doubt, other)
    timings = {**first.timings, "other reading": sum(second.timings.values())}
    return dataclasses.replace(first, rows=tuple(rows), timings=timings)


def _up_to_a_factor(plan: RowPlan) -> bool:
    """Does every link of the row hold only up to a factor (``\\propto``)?"""
    from ._upto import PROPORTIONAL

    return bool(plan.links) and all(link.relation in PROPORTIONAL for link in plan.links)


def _not_read_both_ways(
    row: RowResult, doubt: str, other: RowResult | None, spent: str = ""
) -> RowResult:
    """A row proved as read whose doubted reading, taken the other way, is not proved (or
    was not read: the post's time budget was ``spent``)."""
    core = doubt.split(OTHER_READING)[0]
    if spent:
        what = f"it was not read: {spent}"
    elif other is None:
        what = "it could not be matched with this row"
    elif other.verdict == "unchecked" and core.split(":")[0] in other.reason:
        what = "it does not hold"  # it failed, and the doubt kept it from being refuted
    else:
        what = f"it is {other.verdict}" + (f" ({other.reason})" if other.reason else "")
    reason = f"{core}: as read it holds; read the other way {what}"
    links = tuple(
        dict(link, verdict="unchecked", reason=reason) if link.get("verdict") == "proved" else link
        for link in row.links
    )
    return dataclasses.replace(row, verdict="unchecked", reason=reason, links=links)


def _checked(
    path: str | Path,
    assume: Sequence[str],
    seed: int,
    jobs: int | None,
    cache: bool,
    other_reading: bool = False,
) -> tuple[PostReport, list[RowPlan]]:
    """The post read (doubted constructs the reader's way, or the other way), related and
    checked: its report and the plans of its rows."""
    t0 = time.perf_counter()
    read: list = []
    try:
        with _budget.post_deadline():  # ATTACK60: the budget bounds reading and building too
            p, parsed, problems, ctx, domains, conditions = _parse_file(
                path, assume, other_reading, read
            )
            t1 = time.perf_counter()
            derivation, plans = build(parsed, name=p.stem, title=p.stem, source=str(p), ctx=ctx)
            derivation = attach(derivation, domains)
    except _budget.PostTimeout as exc:
        return _not_built(Path(path), read, str(exc), time.perf_counter() - t0), []
    t2 = time.perf_counter()
    if derivation is not None and cache:
        # The name keys the cache file; messages keep the file's stem otherwise.
        derivation = dataclasses.replace(derivation, name=cache_name(p))
    report = (
        check(derivation, seed=seed, jobs=jobs, cache=cache) if derivation is not None else None
    )
    t3 = time.perf_counter()
    results = [_row_result(pl, report) for pl in plans]
    if report is not None:
        # ASSUME7: a name drawn at random whose function the post defines refutes nothing
        results = refutations_with_values(results, parsed, plans, report, RowResult)
        results = second_look(plans, results, report, seed, RowResult)
        results = refutations_inside(results, conditions, RowResult)
    # ADV16 (._complex_letters): a letter the post declares complex is not a real letter
    results = complex_rows_unchecked(results, parsed, report, RowResult)
    results = _with_rule_notes(results, plans, report) if report is not None else tuple(results)
    t4 = time.perf_counter()
    return PostReport(
        str(p),
        results,
        report,
        {"read+parse": t1 - t0, "build": t2 - t1, "check": t3 - t2, "rule notes": t4 - t3},
        tuple(problems),
    ), plans
