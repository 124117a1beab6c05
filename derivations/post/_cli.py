"""``derivations check-post FILE``: check every display-math row of a post.

Module-level imports stay light (argparse only): sympy and the engine load
when the command runs, so ``derivations --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .._options import add_jobs_option, error

_MARK = {"proved": "ok", "given": "ok"}


def register(subparsers: Any) -> None:
    """Add the ``check-post`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "check-post",
        help="check the display math of a Markdown/LaTeX post, row by row",
        description=(
            "Read a Markdown (kramdown $$ blocks) or .tex post, parse every display-math row "
            "into sympy without evaluating any text, and check each row against the one "
            "before it. Exit status 0 only if every row is proved (or a definition)."
        ),
    )
    p.add_argument("file", help="the post (.md or .tex)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument(
        "--assume",
        action="append",
        default=[],
        metavar="STATEMENT",
        help=r"an extra assumption such as '\lambda > 0' or 'x_n > 0' (repeatable)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of the numeric check (default 0)")
    add_jobs_option(p)
    p.add_argument(
        "--quiet", action="store_true", help="print only rows that are not proved, and the summary"
    )
    p.set_defaults(func=run)


def format_table(post: Any, quiet: bool = False) -> str:
    """The human report: one line per row, reasons and counterexamples indented."""
    from .._text import counterexample_text

    out = [f"{post.path}"]
    for r in post.rows:
        if quiet and r.ok and not r.slips and not r.notes:
            continue
        rule = f" [{r.identified_rule}]" if r.identified_rule else ""
        how = f" {r.how}" if r.how else ""
        out.append(f"  line {r.line:>4} {r.label:<7} {r.verdict:<13}{rule}{how}")
        if r.reason and not r.ok or r.verdict == "given":
            out.append(f"        {r.reason}")
        if r.counterexample:
            out.append(f"        counterexample: {counterexample_text(r.counterexample)}")
        for s in r.slips:
            out.append(f"        slip: {s}")
        for note in r.notes:
            out.append(f"        rule note: {note}")
    rows = post.rows
    parsed = sum(r.kind != "unparsed" for r in rows)
    checked = sum(r.kind == "step" for r in rows)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(post.counts().items())) or "no verdicts"
    slips = sum(len(r.slips) for r in rows)
    notes = sum(len(r.notes) for r in rows)
    out.append(
        f"{len(rows)} rows: {parsed} parsed, {checked} checked by the engine; {counts}; "
        f"{slips} typesetting slip(s); {notes} rule note(s)."
    )
    if not rows:
        out.append("NOT OK: no display math found, so nothing was checked.")
    elif post.ok:
        out.append("OK: every row is proved or a definition.")
    else:
        out.append("NOT OK: some rows are not proved (see above).")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit status (0 only when every row is proved)."""
    from ._run import check_post

    try:
        post = check_post(args.file, assume=args.assume, seed=args.seed, jobs=args.jobs)
    except ValueError as exc:
        return error(exc)
    if args.json:
        print(json.dumps(post.to_json(), indent=2))
    else:
        print(format_table(post, quiet=args.quiet))
    return 0 if post.ok else 1


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (``python -m derivations.post._cli FILE``)."""
    parser = argparse.ArgumentParser(prog="derivations")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(["check-post", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
