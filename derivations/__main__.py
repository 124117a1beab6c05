"""Command line: ``derivations {list,rules,check,new,latex,markdown,check-post}``.

Imports stay lazy so that ``derivations --help`` does not pay for sympy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from ._options import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ArgumentParser,
    add_format_option,
    add_jobs_option,
    error,
    seed_problem,
    tool_version,
)


def _cmd_list(args: argparse.Namespace) -> int:
    from .bundled import BUNDLED, DEFAULT, title

    width = max(len(name) for name in BUNDLED)
    for name in BUNDLED:
        default = "  (default)" if name == DEFAULT else ""
        print(f"{name:<{width}}  {title(name)}{default}")
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from .bundled import load_modules
    from .rules import EQUATION, PSEUDO, REWRITE, START, of_kind

    load_modules()  # bundled derivations contribute start rules (reference densities)
    for name, r in sorted(of_kind(REWRITE, EQUATION).items()):
        print(f"{name:<22} {r.label:<40} {r.doc}")
    for name, r in sorted(of_kind(START).items()):
        print(f"{name:<22} {r.label:<40} (starts a chain)")
    for name, r in of_kind(PSEUDO).items():
        print(f"{name:<22} {r.label:<40} {r.doc}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .bundled import BUNDLED, DEFAULT

    if args.all and args.names:
        return error(ValueError("check: give derivation names or --all, not both."))
    names = list(BUNDLED) if args.all else (args.names or [DEFAULT])
    payload, suites, ok = [], [], True
    text = args.format == "text"
    reports = _ReportCache(args) if args.format in ("text", "json") else None
    try:
        together, together_seconds = _check_together(names, reports, args)
    except ValueError as exc:
        return error(exc)
    for name in names:
        cached = reports.get(name) if reports is not None else None
        if cached is not None:
            ok = ok and cached["ok"]
            if text:
                print(cached["text"], end="")
                print("  report reused: no source, version or setting changed since it was made")
            else:
                payload.append(cached["json"])
            continue
        from . import load  # imports sympy: only past the report cache
        from .engine import check

        try:
            source = _derivation_file(name)
            d, report = together.get(name) or (None, None)
            d = d or (source.derivation if source is not None else load(name))
            report = report or check(
                d,
                cache=not args.no_cache,
                seed=args.seed,
                jobs=args.jobs,
                confirm=True,
                progress=_progress if sys.stderr.isatty() else None,
            )
        except ValueError as exc:
            return error(exc)
        ok = ok and report.ok
        if source is None and not report.ok:
            source = _bundled_file(name)
        if args.format == "json":
            payload.append(report.to_json())
            if reports is not None:
                reports.put(name, report.ok, json=payload[-1])
            continue
        if not text:
            from .render._ci import report_suite

            suites.append(report_suite(report, _source_file(name)))
            continue
        out = _rows_text(d) if args.rows else ""
        out += f"{report}\n"
        if source is not None:
            out += _file_rows(source, report)
        for c in report.confirmations:
            out += f"  [{'ok' if c.ok else 'FAILED'}] {c.name}: {c.detail}\n"
        print(out, end="")
        if reports is not None:
            reports.put(name, report.ok, text=out)
        if report.timings and name not in together:
            print(f"  checked in {report.timings['check']:.2f} s")
    if together and text:
        print(f"{len(together)} derivations checked together in {together_seconds:.2f} s")
    if reports is not None:
        reports.flush()
    if args.format == "json":
        print(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2))
    elif not text:
        from .render._ci import render

        steps = sum(len(s.cases) for s in suites)
        bad = sum(not c.ok for s in suites for c in s.cases)
        verdict = "OK" if ok else "NOT OK"
        summary = f"{len(suites)} derivation(s), {steps} steps, {bad} not proved: {verdict}"
        print(
            render(
                args.format,
                suites,
                summary=summary,
                tool_version=tool_version(),
                ok=ok,
                properties={"command": "derivations check"},
            )
        )
    return EXIT_OK if ok else EXIT_FAILED


def _check_together(names, reports, args) -> tuple[dict, float]:
    """name -> (derivation, report) for the bundled names without a reusable report,
    checked in one worker pool (``engine.check_all``) when there are several; and the
    seconds that took (one figure for all: their steps share the workers)."""
    from .bundled import BUNDLED

    todo = [
        name
        for name in dict.fromkeys(names)
        if name in BUNDLED and (reports is None or reports.get(name) is None)
    ]
    if len(todo) < 2:
        return {}, 0.0
    import time

    from . import load
    from .engine import check_all

    t0 = time.perf_counter()
    ds = [load(name) for name in todo]
    done = check_all(ds, cache=not args.no_cache, seed=args.seed, jobs=args.jobs, confirm=True)
    seconds = time.perf_counter() - t0
    return {name: (d, r) for name, d, r in zip(todo, ds, done, strict=True)}, seconds


def _derivation_file(name: str):
    """The rows and derivation of a Markdown/LaTeX derivation file; None for other names."""
    from pathlib import Path

    from .source import SUFFIXES

    if Path(name).suffix.lower() not in SUFFIXES:
        return None  # a bundled name: the reader (lark) is not imported
    from .source import read_file

    return read_file(name)


def _bundled_file(name: str):
    """The rows of a bundled derivation written as a file (for its failing rows); else None."""
    from .bundled import BUNDLED, file_of, read

    return read(name) if name in BUNDLED and file_of(name) is not None else None


def _file_rows(source, report) -> str:
    """Every row that is not proved (or given), with its file line, rule and counterexample."""
    from .source import describe_row, row_verdicts

    bad = [rv for rv in row_verdicts(source, report) if not rv.ok]
    return "".join("\n".join(describe_row(source, rv)) + "\n" for rv in bad)


def _cmd_new(args: argparse.Namespace) -> int:
    from .source._starter import write_starter

    try:
        path = write_starter(args.name, tex=args.tex)
    except ValueError as exc:
        return error(exc)
    print(f"wrote {path}; check it with: derivations check {path}")
    return EXIT_OK


def _source_file(name: str) -> str | None:
    """The file that defines derivation ``name`` (for annotations), as given or relative."""
    import os

    if name.endswith((".py", ".md", ".markdown", ".tex", ".latex")) and os.path.isfile(name):
        return name
    from .bundled import BUNDLED, origin

    path = origin(name) if name in BUNDLED else ""
    if not path:
        return None
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path


class _ReportCache:
    """The whole output of ``check NAME`` for a bundled derivation, reused while nothing it
    depends on changed (this package's source, sympy, mpmath, lark, the seed, the format).

    Only bundled names: a user's ``.py`` file may import code the key cannot see. The
    step cache (``check(d, cache=True)``) still serves those. Off with ``--no-cache``.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.store = None
        if not args.no_cache:
            from .engine._report_cache import ReportCache

            self.store = ReportCache(
                lambda r: isinstance(r, dict) and isinstance(r.get("ok"), bool) and r.get("body")
            )

    def _key(self, name: str) -> str | None:
        from .bundled import BUNDLED

        if self.store is None or name not in BUNDLED:
            return None
        from .engine._report_cache import report_key

        a = self.args
        return report_key(name.encode(), "check", a.format, a.rows, int(a.seed))

    def get(self, name: str) -> dict | None:
        key = self._key(name)
        report = self.store.get(f"{name}-report", key) if key else None
        if report is None:
            return None
        body = report["body"]
        return {"ok": report["ok"], "text": body, "json": body}

    def put(self, name: str, ok: bool, *, text: str | None = None, json=None) -> None:
        key = self._key(name)
        if key:
            self.store.put(
                f"{name}-report", key, {"ok": ok, "body": text if json is None else json}
            )

    def flush(self) -> None:
        if self.store is not None:
            self.store.flush()


def _rows_text(d) -> str:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _print_rows(d)
    return buf.getvalue()


def _print_rows(d) -> None:
    from .bundled import BUNDLED, attribute

    notes = attribute(d.name, "ROW_NOTES", {}) if d.name in BUNDLED else {}
    by_row = {}
    for i, s in enumerate(d.steps):
        for r in s.rows:
            by_row.setdefault(r, []).append(i)
    ids = sorted(set(by_row) | set(notes), key=lambda r: tuple(int(p) for p in r[1:].split(".")))
    print("post row -> step")
    for r in ids:
        target = ", ".join(
            f"step {i} ({_rule_text(d.steps[i].rule)})" for i in by_row.get(r, [])
        ) or notes.get(r, "")
        print(f"  {r:<7} {target}")
    print()


def _rule_text(rule) -> str:
    return rule if isinstance(rule, str) else "+".join(rule)


def _progress(done: int, total: int) -> None:
    # Only on a terminal: a log file gets the table, not carriage returns.
    end = "\n" if done == total else ""
    print(f"\rchecked {done}/{total} steps", end=end, file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="derivations",
        description="Check a derivation step by step (rule, symbolic and numeric checks), "
        "render it as LaTeX or Markdown, or check a post's own Markdown.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("list", help="name the bundled derivations")
    p.set_defaults(func=_cmd_list)
    p = sub.add_parser("rules", help="list the registered rules")
    p.set_defaults(func=_cmd_rules)
    p = sub.add_parser(
        "check",
        help="check derivations (default: the post's gaussian-mle)",
        description="Check every step. Exit status 0 only when every step is proved, every side "
        "condition discharged and the results are confirmed; 1 otherwise; 2 on bad input.",
    )
    p.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help="bundled name, a .py file defining DERIVATION, or a Markdown/LaTeX "
        "derivation file (.md, .tex)",
    )
    add_format_option(p)
    p.add_argument(
        "--all", action="store_true", help="check every bundled derivation (one worker pool)"
    )
    p.add_argument(
        "--rows", action="store_true", help="print the mapping of the post's rows to steps first"
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="re-check every step (default: reuse cached results)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of the random points (default: 0)")
    add_jobs_option(p)
    p.set_defaults(func=_cmd_check)
    p = sub.add_parser(
        "new",
        help="write a starter derivation file (Markdown, or LaTeX with --tex)",
        description="Write derivation_NAME.md (or NAME itself when it ends in .md or .tex): "
        "front matter with an assumption and three rows, each naming its rule. Never "
        "overwrites a file.",
    )
    p.add_argument("name", metavar="NAME", help="the derivation's name, or the file to write")
    p.add_argument("--tex", action="store_true", help="write LaTeX (.tex) instead of Markdown")
    p.set_defaults(func=_cmd_new)
    from .post._cli import register as register_post
    from .render._cli import register as register_render

    register_render(sub)
    register_post(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    # Every subcommand with --seed takes the same values (numpy refuses negative seeds
    # later, in words that do not name the option).
    problem = seed_problem(getattr(args, "seed", None))
    if problem is not None:
        return error(problem)
    return args.func(args)


def run() -> None:
    """The ``derivations`` command: :func:`main`, then exit without the interpreter's teardown.

    Tearing down sympy's caches and the checked derivation took 0.15 s of a 1.7 s cold
    ``derivations check``. When ``main`` returns, every file the command wrote is closed
    (caches flush explicitly), so only the standard streams are left to flush.
    """
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        # The reader of our output went away (``derivations check | head``): no
        # traceback; 120 is what Python itself exits with when stdout cannot be flushed.
        code = 120
    os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    run()
