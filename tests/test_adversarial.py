"""Adversarial suite: "proved" must never be said of a false step.

The cases live in ``tests/adversarial/cases_<family>.py`` (and small posts in
``tests/adversarial/posts/``): each false claim has a true twin. This module
checks each case through the public API only and asserts:

- a false claim is not ``proved``, not ``given``, and does not crash the
  checker; refuted comes with a counterexample; any other verdict gives its
  reason, and a ``plausible`` one names the open side condition the case lists;
- a true twin is ``proved``, or ``plausible`` with an open side condition
  named; never refuted, never a crash; the natural-domain conditions the case
  lists (``t != 0``, ``N != 4``) appear among its side conditions, open or
  discharged;
- a false claim that is wrong at a sample size from 1 to 8 is refuted;
- every false claim really is false: its witness point is re-evaluated here
  with plain sympy, under both conventions for reversed sums; every true
  rewrite agrees at random points of its declared domain (no checker involved).

Many of these tests fail before the fix on purpose; nothing is marked xfail.
``python tests/test_adversarial.py`` prints the summary (false claims proved,
true twins refuted, crashes) and the failing case ids by family.

Checks run in forked workers (``ADVERSARIAL_JOBS``, default 2) with a deadline
per case (``ADVERSARIAL_TIMEOUT`` seconds, default 60); only the cases of the
selected tests are checked, each once per session.
"""

from __future__ import annotations

import collections
import dataclasses
import multiprocessing
import os
import signal
import sys
import time
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adversarial import all_cases, post_cases  # noqa: E402
from adversarial._support import (  # noqa: E402
    CONVENTIONS,
    FAMILIES,
    condition_listed,
    random_point,
    twin_fails_at,
    witness_fails,
)

CASES = all_cases()
POST_CASES = post_cases()
BY_ID: dict[str, Any] = {c.id: c for c in [*CASES, *POST_CASES]}
FALSE = [c.id for c in CASES if c.claim == "false"]
TRUE = [c.id for c in CASES if c.claim == "true"]
POST_FALSE = [c.id for c in POST_CASES if c.claim == "false"]
POST_TRUE = [c.id for c in POST_CASES if c.claim == "true"]

SEED = 0
JOBS = int(os.environ.get("ADVERSARIAL_JOBS", "2"))
TIMEOUT = float(os.environ.get("ADVERSARIAL_TIMEOUT", "60"))
CRASH_PREFIX = "the checker failed"
NOT_CHECKED_OK = ("plausible", "unchecked", "rule-mismatch", "unparsed", "unrelated")


# --------------------------------------------------------------------------- running a case


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What the checker said about the step (or post row) under test, in plain data."""

    verdict: str
    reason: str = ""
    conditions: tuple[tuple[str, bool], ...] = ()  # (condition, discharged)
    counterexample: Any = None
    error: str = ""  # the check itself raised, or ran out of time
    seconds: float = 0.0

    @property
    def crashed(self) -> bool:
        return bool(self.error) or (
            self.verdict == "unchecked" and self.reason.startswith(CRASH_PREFIX)
        )

    @property
    def open_conditions(self) -> list[str]:
        return [c for c, done in self.conditions if not done]


class _Deadline(Exception):
    pass


@contextmanager
def _deadline(seconds: float):
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise _Deadline(f"no verdict after {seconds:g} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _plain(ce: Any) -> Any:
    if ce is None:
        return None
    try:
        return {
            str(k): (v if isinstance(v, (int, float, str, list)) else str(v))
            for k, v in dict(ce).items()
        }
    except (TypeError, ValueError):
        return str(ce)


def run_case(cid: str) -> Outcome:
    """Check one case (derivation step or post row); never raises."""
    case = BY_ID[cid]
    t0 = time.perf_counter()
    try:
        with _deadline(TIMEOUT):
            if case.family == "posts":
                from derivations.post import check_post

                line = case.line()
                post = check_post(case.path, seed=SEED, jobs=1)
                rows = [r for r in post.rows if r.line == line]
                if not rows:
                    return Outcome("missing", error=f"no row reported for line {line}")
                r = rows[0]
                return Outcome(
                    r.verdict,
                    r.reason or "",
                    (),
                    _plain(r.counterexample),
                    seconds=time.perf_counter() - t0,
                )
            report = case.build().check(seed=SEED)
            r = report.steps[case.step]
            return Outcome(
                r.verdict,
                r.reason or "",
                tuple((str(c.condition), bool(c.discharged)) for c in r.side_conditions),
                _plain(r.counterexample),
                seconds=time.perf_counter() - t0,
            )
    except (Exception, _Deadline) as exc:  # noqa: BLE001 - a raise is a finding, not a test error
        return Outcome(
            "error", error=f"{type(exc).__name__}: {exc}", seconds=time.perf_counter() - t0
        )


_RESULTS: dict[str, Outcome] = {}


def outcomes(ids: list[str]) -> dict[str, Outcome]:
    """Outcomes of ``ids``, computed once per process, in forked workers when allowed."""
    todo = [i for i in dict.fromkeys(ids) if i not in _RESULTS]
    if len(todo) > 1 and JOBS > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(JOBS) as pool:
            pending = {i: pool.apply_async(run_case, (i,)) for i in todo}
            for i, job in pending.items():
                try:
                    _RESULTS[i] = job.get(timeout=TIMEOUT * len(todo) / JOBS + 60)
                except multiprocessing.TimeoutError:
                    _RESULTS[i] = Outcome("error", error="the worker never answered")
    else:
        for i in todo:
            _RESULTS[i] = run_case(i)
    return {i: _RESULTS[i] for i in ids}


@pytest.fixture(scope="session")
def result(request):
    """``result(cid)``: the outcome of one case, the selected ones checked together first."""
    mine = [item for item in request.session.items if item.path == Path(__file__).resolve()]
    selected = [
        item.callspec.params["cid"]
        for item in mine
        if hasattr(item, "callspec") and item.callspec.params.get("cid") in BY_ID
    ]
    if any(item.name == "test_summary" for item in mine):
        selected += list(BY_ID)
    outcomes(selected)

    def get(cid: str) -> Outcome:
        return outcomes([cid])[cid]

    return get


# --------------------------------------------------------------------------- expectations


def _show(o: Outcome) -> str:
    conds = ", ".join(f"{c} ({'discharged' if d else 'open'})" for c, d in o.conditions)
    return f"verdict={o.verdict!r} reason={o.reason!r} side conditions=[{conds}]" + (
        f" error={o.error!r}" if o.error else ""
    )


def problems_false(case, o: Outcome) -> list[str]:
    """Why the outcome of a false claim is unacceptable (empty: acceptable)."""
    if o.crashed:
        return [f"the checker crashed on a false claim: {o.error or o.reason}"]
    out = []
    if o.verdict in ("proved", "given"):
        out.append(f"false claim reported {o.verdict!r} ({o.reason}): {case.why}")
    elif o.verdict == "refuted":
        if not o.counterexample:
            out.append("refuted without a counterexample")
    elif o.verdict in NOT_CHECKED_OK:
        if not o.reason.strip():
            out.append(f"{o.verdict!r} without a reason")
        if o.verdict == "plausible":
            for want in getattr(case, "conditions", ()):
                if not condition_listed(want, o.open_conditions, case.symbols):
                    out.append(f"plausible, but the open condition {want!r} is not listed open")
    else:
        out.append(f"unexpected verdict {o.verdict!r}")
    return out


def problems_true(case, o: Outcome) -> list[str]:
    """Why the outcome of a true twin is unacceptable (empty: acceptable)."""
    if o.crashed:
        return [f"the checker crashed on a true claim: {o.error or o.reason}"]
    if o.verdict == "proved":
        return []
    if o.verdict == "refuted":
        return [f"true twin refuted, counterexample {o.counterexample}: {case.why}"]
    if o.verdict == "plausible":
        if case.family == "posts":
            return [] if o.reason.strip() else ["plausible without saying what is open"]
        named = [c for c in o.open_conditions if c.strip()]
        return [] if named else ["plausible without an open side condition named"]
    return [f"true twin reported {o.verdict!r}: {o.reason or o.error}"]


def problems_conditions(case, o: Outcome) -> list[str]:
    """The natural-domain conditions a true twin must list, open or discharged."""
    if o.crashed:
        return [f"the checker crashed: {o.error or o.reason}"]
    listed = [c for c, _ in o.conditions]
    return [
        f"side condition {want!r} not listed (listed: {listed})"
        for want in case.conditions
        if not condition_listed(want, listed, case.symbols)
    ]


def problems_refuted(case, o: Outcome) -> list[str]:
    if o.crashed:
        return [f"the checker crashed: {o.error or o.reason}"]
    return [] if o.verdict == "refuted" else [f"expected refuted ({case.why}), got {o.verdict!r}"]


# --------------------------------------------------------------------------- the table itself


def test_case_table_pairs_every_false_claim_with_a_true_twin():
    ids = [c.id for c in [*CASES, *POST_CASES]]
    assert len(ids) == len(set(ids)), [i for i, k in collections.Counter(ids).items() if k > 1]
    for c in [*CASES, *POST_CASES]:
        assert c.claim in ("false", "true"), c.id
        twin = BY_ID.get(c.twin)
        assert twin is not None, f"{c.id}: twin {c.twin!r} missing"
        assert twin.twin == c.id and twin.claim != c.claim, c.id
        assert c.why, c.id
    for c in CASES:
        assert c.family in FAMILIES, c.id
        if c.claim == "false":
            assert c.witness is not None, f"{c.id}: a false claim needs a witness"
        syms = set(c.symbols)
        assert len(syms) == len(c.symbols), c.id
    assert len(FALSE) >= 120 and len(TRUE) == len(FALSE)
    per_family = collections.Counter(c.family for c in CASES if c.claim == "false")
    assert all(per_family[f] >= 18 for f in FAMILIES), per_family
    assert 6 <= len(POST_CASES) <= 12


def test_side_condition_spellings_are_recognised():
    """The suite's own matcher: the same condition in the spellings a checker may print."""
    import sympy as sp

    t = sp.Symbol("t", real=True)
    N = sp.Symbol("N", integer=True, positive=True)
    assert condition_listed("t != 0", ["Ne(t, 0)"], [t])
    assert condition_listed("t != 0", ["t > 0"], [t])  # implies it
    assert condition_listed("t != 0", ["t ≠ 0"], [t])
    assert not condition_listed("t != 0", ["t >= 0"], [t])
    assert not condition_listed("t != 0", ["Ne(t, 1)", "Contains(t, Reals)"], [t])
    assert condition_listed("N != 4", ["Ne(N - 4, 0)"], [N])
    assert condition_listed("N != 4", ["4 - N != 0"], [N])
    assert condition_listed("N + 4 != 0", ["Ne(N, -4)"], [N])


@pytest.mark.parametrize("cid", FALSE)
def test_witness_shows_the_false_claim_false(cid):
    """Independent of the checker: the claim fails at its witness under both sum conventions."""
    case = BY_ID[cid]
    for convention in CONVENTIONS:
        assert witness_fails(case, convention), (
            f"{cid}: the witness {case.witness} does not show the claim false "
            f"under the {convention!r} convention"
        )


@pytest.mark.parametrize("cid", [c.id for c in CASES if c.claim == "true" and c.relation == "="])
def test_true_twin_holds_at_random_points(cid):
    """Independent of the checker: a true rewrite agrees at random points of its domain."""
    case = BY_ID[cid]
    for k in range(3):
        point = random_point(case.symbols, zlib.crc32(f"{cid}/{k}".encode()))
        bad = twin_fails_at(case, point)
        assert not bad, f"{cid}: the two lines differ at {point} under {bad}"


# --------------------------------------------------------------------------- the checker


@pytest.mark.parametrize("cid", FALSE)
def test_false_claim_is_not_proved(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_false(case, o)
    assert not bad, f"{cid}: {'; '.join(bad)}\n  {_show(o)}"


@pytest.mark.parametrize("cid", TRUE)
def test_true_twin_is_proved_or_plausible_with_an_open_condition(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_true(case, o)
    assert not bad, f"{cid}: {'; '.join(bad)}\n  {_show(o)}"


@pytest.mark.parametrize("cid", [c.id for c in CASES if c.claim == "true" and c.conditions])
def test_true_twin_lists_its_natural_domain_conditions(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_conditions(case, o)
    assert not bad, f"{cid}: {'; '.join(bad)}\n  {_show(o)}"


@pytest.mark.parametrize("cid", [c.id for c in CASES if c.expect_refuted])
def test_claim_wrong_at_a_small_size_is_refuted(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_refuted(case, o)
    assert not bad, f"{cid}: {'; '.join(bad)}\n  {_show(o)}"


@pytest.mark.parametrize("cid", [c.id for c in [*CASES, *POST_CASES]])
def test_every_refutation_has_a_counterexample(cid, result):
    o = result(cid)
    if o.verdict == "refuted":
        assert o.counterexample, f"{cid}: refuted without a counterexample\n  {_show(o)}"


@pytest.mark.parametrize("cid", POST_FALSE)
def test_false_post_row_is_not_proved(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_false(case, o)
    assert not bad, f"{cid} (line {case.line()} of {case.post}): {'; '.join(bad)}\n  {_show(o)}"


@pytest.mark.parametrize("cid", POST_TRUE)
def test_true_post_row_is_proved(cid, result):
    case, o = BY_ID[cid], result(cid)
    bad = problems_true(case, o)
    assert not bad, f"{cid} (line {case.line()} of {case.post}): {'; '.join(bad)}\n  {_show(o)}"


# --------------------------------------------------------------------------- summary


def failures(results: dict[str, Outcome]) -> dict[str, list[str]]:
    """Every failing case id with its problems, as the tests above see them."""
    out: dict[str, list[str]] = {}
    for cid, o in results.items():
        case = BY_ID[cid]
        bad = problems_false(case, o) if case.claim == "false" else problems_true(case, o)
        if case.claim == "true" and getattr(case, "conditions", ()) and case.family != "posts":
            bad += problems_conditions(case, o)
        if getattr(case, "expect_refuted", False):
            bad += problems_refuted(case, o)
        if bad:
            out[cid] = bad
    return out


def summary(results: dict[str, Outcome]) -> tuple[str, dict[str, int]]:
    rows = []
    totals = collections.Counter()
    rows.append(
        f"{'family':12s} {'false':>5s} {'proved':>6s} {'given':>5s} "
        f"{'true':>5s} {'refuted':>7s} {'not-ok':>6s} {'crash':>5s}"
    )
    for fam in (*FAMILIES, "posts"):
        cs = [BY_ID[i] for i in results if BY_ID[i].family == fam]
        f = [c for c in cs if c.claim == "false"]
        t = [c for c in cs if c.claim == "true"]
        n = collections.Counter(
            false=len(f),
            proved=sum(results[c.id].verdict == "proved" for c in f),
            given=sum(results[c.id].verdict == "given" for c in f),
            true=len(t),
            refuted=sum(results[c.id].verdict == "refuted" for c in t),
            notok=sum(bool(problems_true(c, results[c.id])) for c in t),
            crash=sum(results[c.id].crashed for c in cs),
        )
        totals.update(n)
        rows.append(
            f"{fam:12s} {n['false']:5d} {n['proved']:6d} {n['given']:5d} {n['true']:5d} "
            f"{n['refuted']:7d} {n['notok']:6d} {n['crash']:5d}"
        )
    rows.append(
        f"{'total':12s} {totals['false']:5d} {totals['proved']:6d} {totals['given']:5d} "
        f"{totals['true']:5d} {totals['refuted']:7d} {totals['notok']:6d} {totals['crash']:5d}"
    )
    text = "\n".join(rows)
    text += (
        f"\nfalse claims proved: {totals['proved']} / {totals['false']}"
        f" (given: {totals['given']})"
        f"\ntrue twins refuted: {totals['refuted']} / {totals['true']}"
        f" (not proved/plausible: {totals['notok']})"
        f"\ncrashes: {totals['crash']}"
    )
    return text, dict(totals)


def test_summary(result):
    results = {cid: result(cid) for cid in BY_ID}
    text, totals = summary(results)
    print("\n" + text)
    assert totals["proved"] == 0 and totals["given"] == 0, text
    assert totals["refuted"] == 0, text
    assert totals["crash"] == 0, text


if __name__ == "__main__":
    t0 = time.perf_counter()
    results = outcomes(list(BY_ID))
    text, _ = summary(results)
    print(text)
    print(f"({len(results)} cases in {time.perf_counter() - t0:.1f} s)\n")
    bad = failures(results)
    by_family: dict[str, list[str]] = collections.defaultdict(list)
    for cid, why in bad.items():
        by_family[BY_ID[cid].family].append(f"  {cid}: {'; '.join(why)}")
    for fam in (*FAMILIES, "posts"):
        if by_family[fam]:
            print(f"{fam}:")
            print("\n".join(by_family[fam]))
    slow = sorted(results.items(), key=lambda kv: -kv[1].seconds)[:5]
    print("\nslowest:", ", ".join(f"{cid} {o.seconds:.1f}s" for cid, o in slow))
