"""Cases, the checks that encode the contracts, the session runner and the summary.

A :class:`Case` knows how to lay out its files (``prepare``, in the pytest
process) and what to run in the child (a :class:`~._harness.Job`); ``verify``
then looks at the :class:`~._harness.Outcome` through a :class:`Check`, which
records every contract the case breaks, each under one category:

- ``hang``: over the 5 s limit of CPU time, or killed (contract 1);
- ``traceback``: a Python traceback on stdout/stderr, or a crash (contract 1);
- ``silently-wrong``: a wrong exit status, a wrong or missing verdict, a lie
  believed from the cache, NaN results, a problem that goes unreported;
- ``unclear-message``: no single ``error: `` line, a line that does not name
  the offending input, a reason that does not name the limit or the problem,
  Python internals in a message;
- ``litter``: stray temporary files, half-written or clobbered outputs.

All cases selected in a session are run up front, in parallel forked children
(:class:`Runner`), then each test asserts on its own outcome. The counts per
category are printed at the end of the session (``pytest_terminal_summary``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from . import _harness as H

HANG = "hang"
CRASH = "traceback"
WRONG = "silently-wrong"
UNCLEAR = "unclear-message"
LITTER = "litter"
CATEGORIES = (HANG, CRASH, WRONG, UNCLEAR, LITTER)

HERE = Path(__file__).resolve().parent

#: Words that betray Python or library internals in a message meant for a person.
INTERNALS = (
    "Traceback",
    " object at 0x",
    "NoneType",
    "object is not iterable",
    "has no attribute",
    "set_int_max_str_digits",
    "maximum recursion depth",
    "RecursionError",
    "_ArrayMemoryError",
    "sympy.core",
    "<class '",
)

#: Row verdicts that count as fine.
ROW_OK = ("proved", "given")


# --------------------------------------------------------------------------- cases


@dataclasses.dataclass
class Case:
    """One hostile input and the contract it is held to.

    ``prepare(d)`` writes the case's files into the fresh directory ``d`` and
    returns the job to run; ``verify(check)`` asserts on the outcome.
    """

    id: str
    family: str
    contract: str
    prepare: Callable[[Path], H.Job]
    verify: Callable[[Check], None]
    known: str = ""  # the known problem (from the brief) this case pins down
    early: bool = False  # slow today: start it first

    def param(self) -> Any:
        import pytest

        return pytest.param(self, id=self.id)


def cli_job(
    tool: str, argv: Sequence[str], d: Path, *, env: dict[str, str] | None = None, **kw: Any
) -> H.Job:
    """A CLI job with its cache isolated in the case directory."""
    entry = H.derivations_cli if tool == "derivations" else H.estimators_cli
    e = {"DERIVATIONS_CACHE_DIR": str(d / "cache"), "COLUMNS": "200"}
    e.update(env or {})
    return H.Job(label="", target=entry([str(a) for a in argv]), env=e, cwd=str(d), **kw)


def py_job(target: Callable[[], Any], d: Path, **kw: Any) -> H.Job:
    """A Python-API job: ``target`` runs in the child and prints its findings as JSON."""
    env = {"DERIVATIONS_CACHE_DIR": str(d / "cache")}
    return H.Job(label="", target=target, env=env, cwd=str(d), **kw)


# --------------------------------------------------------------------------- checks


class CaseFailed(AssertionError):
    pass


@dataclasses.dataclass
class Failure:
    category: str
    message: str


class Check:
    """The outcome of one case and the contracts it has broken so far."""

    def __init__(self, case: Case, outcome: H.Outcome, directory: Path, extra: Any = None):
        self.case = case
        self.o = outcome
        self.dir = directory
        self.extra = extra  # whatever prepare() stashed on the job (expected values...)
        self.failures: list[Failure] = []

    # -- recording

    def fail(self, category: str, message: str) -> None:
        self.failures.append(Failure(category, message))

    def expect(self, cond: Any, category: str, message: str) -> bool:
        if not cond:
            self.fail(category, message)
        return bool(cond)

    # -- contract 1, for every case

    def basics(self) -> bool:
        """Time, memory, tracebacks. False when the child produced nothing to look at."""
        o = self.o
        if o.killed:
            self.fail(
                HANG,
                f"killed after {o.cpu:.1f} s of CPU, {o.elapsed:.1f} s of wall time, "
                f"peak {o.maxrss_mib:.0f} MiB",
            )
            return False
        if o.cpu >= H.TIME_LIMIT:
            self.fail(HANG, f"took {o.cpu:.1f} s of CPU (limit {H.TIME_LIMIT:.0f} s)")
        if o.signal is not None:
            self.fail(CRASH, f"died of signal {o.signal}")
            return False
        if o.traceback:
            self.fail(CRASH, f"traceback: {last_line(o.stderr) or last_line(o.stdout)}")
        elif o.status == H.UNCAUGHT:
            self.fail(CRASH, f"uncaught exception: {last_line(o.stderr)}")
        if "MemoryError" in o.stderr and not o.traceback:
            self.fail(CRASH, f"MemoryError: {last_line(o.stderr)}")
        return True

    # -- contract 2: a CLI refuses bad input

    def usage_error(self, names: Iterable[str], *, status: int = 2) -> None:
        """Exit ``status``; exactly one ``error: `` line naming one of ``names``."""
        o = self.o
        names = [str(n) for n in names]
        self.expect(
            o.status == status,
            WRONG if o.status in (0, 1) else UNCLEAR,
            f"exit status {o.status}, expected {status} (bad input)",
        )
        lines = o.error_lines
        if not self.expect(
            len(lines) == 1,
            UNCLEAR,
            f"{len(lines)} line(s) starting with 'error: ' on stderr, expected 1; "
            f"stderr: {tail(o.stderr)!r}",
        ):
            return
        line = lines[0]
        self.expect(
            any(n in line for n in names),
            UNCLEAR,
            f"the error line does not name the input ({' or '.join(map(repr, names))}): {line!r}",
        )
        self.clean_text(line, "the error line")
        self.expect(len(line) <= 2000, UNCLEAR, f"the error line is {len(line)} characters long")

    def clean_text(self, text: str, what: str) -> None:
        bad = [w for w in INTERNALS if w in text]
        self.expect(not bad, UNCLEAR, f"{what} shows Python internals {bad}: {text[:300]!r}")

    def one_warning_at_most(self) -> None:
        lines = [line for line in self.o.stderr.splitlines() if line.strip()]
        self.expect(
            len(lines) <= 1,
            UNCLEAR,
            f"{len(lines)} lines on stderr, at most one warning line expected: "
            f"{tail(self.o.stderr)!r}",
        )

    # -- outputs left behind

    def no_stray_files(self, directory: Path | str, allowed: Iterable[str] = ()) -> None:
        allowed = set(allowed)
        stray = [p for p in H.tmp_files(str(directory)) if os.path.basename(p) not in allowed]
        stray += [
            p
            for p in hidden_files(directory)
            if os.path.basename(p) not in allowed and p not in stray
        ]
        self.expect(not stray, LITTER, f"stray temporary files left: {stray[:5]}")

    def unchanged(self, directory: Path | str, before: dict[str, bytes]) -> None:
        after = H.snapshot(str(directory))
        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after))
        changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
        self.expect(
            not (added or removed or changed),
            LITTER,
            f"output directory changed: added {added[:5]}, removed {removed[:5]}, "
            f"changed {changed[:5]}",
        )

    # -- JSON output

    def json(self, what: str = "stdout") -> Any:
        try:
            return self.o.json()
        except ValueError:
            self.fail(WRONG, f"no JSON on stdout: {self.o.stdout[:200]!r}; {self.o.brief()}")
            return None

    def finish(self) -> None:
        RESULTS[self.case.id] = (self.case, self.o, list(self.failures))
        if self.failures:
            lines = [f"[{f.category}] {f.message}" for f in self.failures]
            raise CaseFailed(
                f"{self.case.id} (contract {self.case.contract}; {self.o.brief(160)}):\n  "
                + "\n  ".join(lines)
            )


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def tail(text: str, n: int = 400) -> str:
    text = text.strip()
    return text if len(text) <= n else "..." + text[-n:]


def hidden_files(directory: Path | str) -> list[str]:
    """Dot files created by ``mkstemp(prefix='.name.')`` style atomic writes."""
    out = []
    for root, _dirs, files in os.walk(str(directory)):
        out += [os.path.join(root, f) for f in files if f.startswith(".") and f.count(".") >= 2]
    return sorted(out)


# --------------------------------------------------------------------------- API calls


def api_target(fn: Callable[[], Any]) -> Callable[[], int]:
    """Run ``fn`` in the child; print what happened as JSON for the parent's checks."""

    def target() -> int:
        out: dict[str, Any] = {}
        try:
            value = fn()
            out["returned"] = (
                value if isinstance(value, (dict, list, str, int, float)) else repr(value)[:300]
            )
        except BaseException as exc:  # noqa: BLE001 - the case judges what escaped
            out["exc"] = type(exc).__name__
            out["mro"] = [k.__name__ for k in type(exc).__mro__]
            out["message"] = str(exc)
        print(json.dumps(out, default=str))
        return 0

    return target


def clean_exception(c: Check, *, words: tuple[str, ...] = (), one_line: bool = True) -> None:
    """A ValueError/TypeError with a short message naming the problem, no internals.

    Contract 7 (API misuse) wants one sentence: ``one_line``. Contract 6 (data) takes
    scikit-learn's multi-line NaN message, but not a dump of the array.
    """
    data = c.json()
    if data is None:
        return
    if not c.expect(
        "exc" in data, WRONG, f"no exception; returned {str(data.get('returned'))[:200]}"
    ):
        return
    mro, msg = data.get("mro", []), data.get("message", "")
    c.expect(
        "ValueError" in mro or "TypeError" in mro,
        CRASH,
        f"{data['exc']} escaped (not a ValueError/TypeError): {msg[:200]!r}",
    )
    c.expect(msg.strip(), UNCLEAR, f"{data['exc']} without a message")
    if one_line:
        c.expect("\n" not in msg.strip(), UNCLEAR, f"not a one-line message: {msg[:300]!r}")
    limit = 1000
    c.expect(len(msg) <= limit, UNCLEAR, f"message of {len(msg)} characters: {msg[:120]!r}...")
    c.clean_text(msg, "the message")
    for w in words:
        c.expect(
            w.lower() in msg.lower(), UNCLEAR, f"the message does not mention {w!r}: {msg[:200]!r}"
        )


# --------------------------------------------------------------------------- post checks


@dataclasses.dataclass
class PostSpec:
    """A post and what is known of its rows: the hostile row's line, the good row's."""

    text: str | bytes
    hostile_line: int | None
    ok_line: int | None
    n_rows: int | None  # every displayed row must come back with a verdict
    name: str = "post.md"


def find_row(rows: list[dict], line: int) -> list[dict]:
    return [r for r in rows if r.get("line") == line]


def check_hostile_row(c: Check, spec: PostSpec, kind: str) -> None:
    """Contract 3: exit 1, every row a verdict, the good row after the hostile one proved,
    and the hostile row (every row reported on its line) not counted as fine:

    - ``kind="limit"`` (size bombs): `unchecked` or `unparsed`, the reason naming the limit;
    - ``kind="parse"`` (junk, payloads): `unparsed` or `unchecked` (an `unrelated`
      remainder of the same row aside), with a reason;
    - ``kind="depth"`` (deep or long but true rows): proved, or as for ``"limit"``;
      then the exit status is 0 when every row is proved.
    """
    o = c.o
    data = c.json() if o.status in (0, 1) else None
    rows = data.get("rows", []) if isinstance(data, dict) else []
    hostile = find_row(rows, spec.hostile_line) if spec.hostile_line is not None else []
    depth_proved = (
        kind == "depth" and hostile and all(r.get("verdict") == "proved" for r in hostile)
    )
    want = 0 if depth_proved else 1
    c.expect(
        o.status == want,
        WRONG,
        f"exit status {o.status}, expected {want}; stderr {tail(o.stderr, 200)!r}",
    )
    if data is None:
        if o.status in (0, 1):
            return
        c.fail(WRONG, "no JSON report: the whole post was lost to one row")
        return
    if spec.n_rows is not None:
        c.expect(
            len(rows) == spec.n_rows,
            WRONG,
            f"{len(rows)} rows in the report, the post displays {spec.n_rows}",
        )
    c.expect(all(r.get("verdict") for r in rows), WRONG, "a row came back without a verdict")
    if spec.hostile_line is not None and not depth_proved:
        if c.expect(hostile, WRONG, f"no row reported for line {spec.hostile_line}"):
            fine = [r for r in hostile if r.get("verdict") in ROW_OK]
            stopped = [r for r in hostile if r.get("verdict") in ("unchecked", "unparsed")]
            summary = [(r.get("verdict"), (r.get("reason") or "")[:100]) for r in hostile]
            c.expect(
                stopped and not fine,
                WRONG,
                f"line {spec.hostile_line}: {summary}, expected unchecked or unparsed",
            )
            for r in stopped[:1]:
                reason = r.get("reason") or ""
                if kind in ("limit", "depth"):
                    c.expect(
                        "limit" in reason.lower(),
                        UNCLEAR,
                        f"line {spec.hostile_line}: the reason does not name the limit hit: "
                        f"{reason[:200]!r}",
                    )
                else:
                    c.expect(
                        reason.strip(),
                        UNCLEAR,
                        f"line {spec.hostile_line}: no reason given for {r.get('verdict')!r}",
                    )
                c.clean_text(reason, f"the reason of line {spec.hostile_line}")
    if spec.ok_line is not None:
        ok = find_row(rows, spec.ok_line)
        c.expect(
            ok and ok[0].get("verdict") == "proved",
            WRONG,
            f"the good row on line {spec.ok_line} is "
            f"{ok[0].get('verdict') if ok else 'missing'}, expected proved"
            + (f" ({ok[0].get('reason', '')[:120]!r})" if ok else ""),
        )
    c.expect(
        data.get("ok") is bool(depth_proved),
        WRONG,
        f"the report says ok={data.get('ok')}",
    )


def check_problem_listed(
    c: Check, lines: int | Iterable[int], *, keep: dict[int, str] | None = None
) -> None:
    """Contract 4: a non-zero exit, and the problem listed with its line number: either
    one ``error:`` line (exit 2) naming the line, or an entry of the JSON output that
    carries ``"line": L`` (L one of ``lines``) and is not a fine verdict. Rows in ``keep``
    (line -> verdict) must still come back with that verdict."""
    o = c.o
    lines = {lines} if isinstance(lines, int) else set(lines)
    want = " or ".join(map(str, sorted(lines)))
    c.expect(
        o.status not in (0, None), WRONG, f"exit status {o.status}: the problem went unreported"
    )
    if o.status == 2:
        errs = o.error_lines
        if c.expect(
            len(errs) == 1, UNCLEAR, f"exit 2 with {len(errs)} 'error: ' lines: {tail(o.stderr)!r}"
        ):
            c.expect(
                any(re.search(rf"(line {n}\b|:{n}\b)", errs[0]) for n in lines),
                UNCLEAR,
                f"the error line does not give line {want}: {errs[0]!r}",
            )
            c.clean_text(errs[0], "the error line")
        return
    data = c.json()
    if data is None:
        return
    listed = [
        d
        for d in walk_dicts(data)
        if d.get("line") in lines and d.get("verdict", "problem") not in ROW_OK
    ]
    c.expect(
        listed,
        UNCLEAR if o.status else WRONG,
        f"nothing in the JSON output names line {want}; rows: "
        f"{[(r.get('line'), r.get('verdict')) for r in data.get('rows', [])][:8]}",
    )
    for ln, verdict in (keep or {}).items():
        rows = find_row(data.get("rows", []), ln)
        c.expect(
            rows and rows[0].get("verdict") == verdict,
            WRONG,
            f"line {ln}: {rows[0].get('verdict') if rows else 'missing'}, expected {verdict}",
        )


def walk_dicts(value: Any) -> Iterable[dict]:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from walk_dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from walk_dicts(v)


# --------------------------------------------------------------------------- runner


RESULTS: dict[str, tuple[Case, H.Outcome, list[Failure]]] = {}


class Runner:
    """Runs every selected case once, in parallel, the first time one is asked for."""

    _instance: Runner | None = None

    def __init__(self, config: Any, items: Sequence[Any]) -> None:
        self.config = config
        self.base = Path(tempfile.mkdtemp(prefix="hostile-"))
        os.chmod(self.base, 0o755)
        self.cases: dict[str, Case] = {}
        for item in items:
            case = getattr(getattr(item, "callspec", None), "params", {}).get("case")
            if isinstance(case, Case):
                if self.cases.get(case.id, case) is not case:
                    raise ValueError(f"two hostile cases share the id {case.id!r}")
                self.cases[case.id] = case
        self.outcomes: dict[str, H.Outcome] = {}
        self.dirs: dict[str, Path] = {}
        self.extras: dict[str, Any] = {}
        self.errors: dict[str, BaseException] = {}
        self.broken: RuntimeError | None = None
        self._ran = False

    @classmethod
    def get(cls, request: Any) -> Runner:
        if cls._instance is None:
            cls._instance = cls(request.config, request.session.items)
            request.config.add_cleanup(cls._instance.cleanup)
            if not request.config.pluginmanager.has_plugin("hostile-summary"):
                request.config.pluginmanager.register(Summary(), "hostile-summary")
        return cls._instance

    def cleanup(self) -> None:
        Runner._instance = None
        if os.environ.get("HOSTILE_KEEP"):
            print(f"\nhostile case directories kept in {self.base}", file=sys.stderr)
            return

        def onerror(func: Any, path: str, _exc: Any) -> None:
            try:
                os.chmod(os.path.dirname(path), 0o755)
                os.chmod(path, 0o755)
                func(path)
            except OSError:
                pass

        shutil.rmtree(self.base, onerror=onerror)

    def sanity(self) -> None:
        """The package must work on good input, or every case would fail for that reason."""
        d = self.base / "_sanity"
        d.mkdir(exist_ok=True)
        (d / "good.md").write_text(
            "---\nassume: a > 0; b > 0\n---\n\n$$\\log(a b) = \\log a + \\log b$$\n",
            encoding="utf-8",
        )
        job = cli_job("derivations", ["check-post", "good.md", "--json"], d)
        job.label = "sanity"
        o = H.run(job)
        if o.status != 0 or o.traceback:
            raise RuntimeError(
                "derivations check-post fails on a good post, so no hostile case can be "
                f"judged: {o.brief(400)}"
            )

    def run_all(self) -> None:
        if self._ran:
            if self.broken is not None:
                raise self.broken
            return
        self._ran = True
        H.prewarm()
        try:
            self.sanity()
        except RuntimeError as exc:
            self.broken = exc
            raise
        jobs = []
        order = sorted(self.cases.values(), key=lambda c: not c.early)
        for case in order:
            d = self.base / case.id
            d.mkdir(mode=0o755)
            self.dirs[case.id] = d
            try:
                job = case.prepare(d)
            except BaseException as exc:  # noqa: BLE001 - reported by the case's test
                self.errors[case.id] = exc
                continue
            job.label = case.id
            self.extras[case.id] = getattr(job, "extra", None)
            jobs.append(job)
        n = int(os.environ.get("HOSTILE_JOBS", "2"))
        progress = None
        if os.environ.get("HOSTILE_PROGRESS"):

            def progress(o: H.Outcome) -> None:
                print(f"  {o.label:<48} {o.brief(100)}", file=sys.__stderr__, flush=True)

        self.outcomes.update(H.run_many(jobs, jobs=n, progress=progress))

    def check(self, case: Case) -> Check:
        if case.id not in self.cases:  # selected in an unusual way: run it alone
            self.cases[case.id] = case
            self._ran = False
        self.run_all()
        if case.id in self.errors:
            raise self.errors[case.id]
        c = Check(case, self.outcomes[case.id], self.dirs[case.id], self.extras.get(case.id))
        return c


def run_case(runner: Runner, case: Case) -> None:
    """The body of every hostile test: run (once), check contract 1, then the case's own."""
    c = runner.check(case)
    if c.basics():
        case.verify(c)
    c.finish()


class Summary:
    """Counts per category at the end of the session (what ``python -m tests.hostile`` shows)."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not RESULTS:
            return
        tr = terminalreporter
        tr.section("hostile input: contracts broken today")
        failing = {k: v for k, v in RESULTS.items() if v[2]}
        by_cat = {
            cat: sorted(k for k, v in failing.items() if any(f.category == cat for f in v[2]))
            for cat in CATEGORIES
        }
        tr.write_line(f"cases run: {len(RESULTS)}; failing: {len(failing)}")
        for cat in CATEGORIES:
            tr.write_line(f"  {cat:<16} {len(by_cat[cat]):>4} case(s)")
        families: dict[str, list[int]] = {}
        for case, _o, fails in RESULTS.values():
            f = families.setdefault(case.family, [0, 0])
            f[0] += 1
            f[1] += bool(fails)
        tr.write_line("per family (failing / cases):")
        for fam, (n, bad) in sorted(families.items()):
            tr.write_line(f"  {fam:<28} {bad:>4} / {n}")
        contracts: dict[str, list[int]] = {}
        for case, _o, fails in RESULTS.values():
            f = contracts.setdefault(case.contract, [0, 0])
            f[0] += 1
            f[1] += bool(fails)
        tr.write_line("per contract (failing / cases):")
        for k, (n, bad) in sorted(contracts.items()):
            tr.write_line(f"  contract {k:<19} {bad:>4} / {n}")
        path = os.environ.get("HOSTILE_SUMMARY_JSON")
        if path:
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(
                    {
                        k: {
                            "family": case.family,
                            "contract": case.contract,
                            "known": case.known,
                            "elapsed": round(o.elapsed, 2),
                            "cpu": round(o.cpu, 2),
                            "failures": [dataclasses.asdict(f) for f in fails],
                        }
                        for k, (case, o, fails) in RESULTS.items()
                    },
                    fh,
                    indent=1,
                )


def make_readonly(path: Path) -> None:
    mode = path.stat().st_mode
    path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
