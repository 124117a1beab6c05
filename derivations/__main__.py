"""Command line: ``derivations {list,rules,check,latex,markdown,check-post}``.

Imports stay lazy so that ``derivations --help`` does not pay for sympy.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _cmd_list(args: argparse.Namespace) -> int:
    from .bundled import BUNDLED, DEFAULT

    for name in BUNDLED:
        print(f"{name}{'  (default)' if name == DEFAULT else ''}")
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from ._rulebook import REGISTRY
    from ._start import LABELS

    for name, r in sorted(REGISTRY.items()):
        print(f"{name:<22} {r.label:<40} {r.doc}")
    for name, label in sorted(LABELS.items()):
        print(f"{name:<22} {label:<40} (starts a chain)")
    print(f"{'auto':<22} {'identify the rule':<40} try every rule; 'algebra' when none applies")
    print(
        f"{'algebra':<22} {'generic algebra':<40} the weakest justification: symbolic equality only"
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from . import load
    from .bundled import DEFAULT

    names = args.names or [DEFAULT]
    payload, ok = [], True
    for name in names:
        try:
            d = load(name)
            confirm = _start_confirmations(d, not args.no_cache, args.jobs)
            report = d.check(
                cache=not args.no_cache,
                seed=args.seed,
                jobs=args.jobs,
                progress=_progress if sys.stderr.isatty() else None,
            )
        except ValueError as exc:
            print(f"derivations check: {exc}", file=sys.stderr)
            return EXIT_USAGE
        ok = ok and report.ok
        confirmations = confirm()
        ok = ok and all(c.ok for c in confirmations)
        if args.json:
            out = report.to_json()
            out["confirmations"] = [
                {"name": c.name, "ok": c.ok, "detail": c.detail} for c in confirmations
            ]
            payload.append(out)
            continue
        if args.rows:
            _print_rows(d)
        print(report)
        for c in confirmations:
            print(f"  [{'ok' if c.ok else 'FAILED'}] {c.name}: {c.detail}")
        if report.timings:
            print(f"  checked in {report.timings['check']:.2f} s")
    if args.json:
        print(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2))
    return EXIT_OK if ok else EXIT_FAILED


def _start_confirmations(d, use_cache: bool, jobs: int):
    """Start confirming the results; return a function that waits for them.

    Cached like the steps. On a miss with more than one job, the confirmation
    runs in a forked process while the steps are checked (it is mostly sympy's
    solver and its imports: ~0.5 s cold); the parent stores the result once the
    step check has written its own cache entries, so neither overwrites the other.
    """
    if d.log_likelihood is None or not {"mu", "sigma2"} <= set(d.results):
        return lambda: []
    import multiprocessing

    from ._confirm import Confirmation, confirm_gaussian

    key = _confirm_key(d) if use_cache else None
    if key is not None:
        from ._cache import Cache

        raw = Cache.default().get_value(d.name, key)
        if raw is not None:
            return lambda: [Confirmation(**c) for c in raw]

    def store(out):
        if key is not None:
            from ._cache import Cache

            cache = Cache.default()
            cache.put_value(d.name, key, [dataclasses.asdict(c) for c in out])
            cache.flush()
        return out

    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return lambda: store(confirm_gaussian(d))
    ctx = multiprocessing.get_context("fork")
    queue = ctx.SimpleQueue()

    def work() -> None:
        try:
            queue.put(("ok", confirm_gaussian(d)))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which re-raises
            queue.put(("error", exc))

    proc = ctx.Process(target=work, daemon=True)
    proc.start()

    def wait():
        kind, value = queue.get()
        proc.join()
        if kind == "error":
            raise value
        return store(value)

    return wait


def _confirm_key(d) -> str:
    import hashlib

    import sympy as sp

    from ._cache import ENGINE_VERSION

    parts = [
        ENGINE_VERSION,
        sp.__version__,
        sp.srepr(d.log_likelihood),
        *(f"{k}={sp.srepr(v)}" for k, v in sorted(d.results.items())),
    ]
    return "confirm:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _print_rows(d) -> None:
    import importlib

    from .bundled import BUNDLED

    notes = (
        getattr(importlib.import_module(BUNDLED[d.name]), "ROW_NOTES", {})
        if d.name in BUNDLED
        else {}
    )
    by_row = {}
    for i, s in enumerate(d.steps):
        for r in s.rows:
            by_row.setdefault(r, []).append(i)
    ids = sorted(set(by_row) | set(notes), key=lambda r: tuple(int(p) for p in r[1:].split(".")))
    print("post row -> step")
    for r in ids:
        target = ", ".join(
            f"step {i} ({d.steps[i].rule if isinstance(d.steps[i].rule, str) else '+'.join(d.steps[i].rule)})"
            for i in by_row.get(r, [])
        ) or notes.get(r, "")
        print(f"  {r:<7} {target}")
    print()


def _default_jobs() -> int:
    import os

    return max(1, min(2, os.cpu_count() or 1))


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs needs a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"--jobs needs at least 1, got {value}")
    return value


def _progress(done: int, total: int) -> None:
    # Only on a terminal: a log file gets the table, not carriage returns.
    end = "\n" if done == total else ""
    print(f"\rchecked {done}/{total} steps", end=end, file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
        help="bundled name or path to a .py file defining DERIVATION",
    )
    p.add_argument(
        "--json", action="store_true", help="print one JSON object (schema in docs/json-schema.md)"
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
    p.add_argument(
        "--jobs",
        type=_positive_int,
        default=_default_jobs(),
        help=f"worker processes for the steps not in the cache (default: {_default_jobs()}, "
        "the cores of this machine, at most 2)",
    )
    p.set_defaults(func=_cmd_check)
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
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
