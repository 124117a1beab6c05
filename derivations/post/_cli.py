"""``derivations check-post PATH...``: check every display-math row of posts.

Module-level imports stay light (argparse only): sympy and the engine load
when a post has to be checked, so ``derivations --help`` and a re-check of
unchanged posts (answered from the cache) stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Mapping
from typing import Any

from .._options import add_format_option, add_jobs_option, error

_MARK = {"proved": "ok", "given": "ok"}


def register(subparsers: Any) -> None:
    """Add the ``check-post`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "check-post",
        help="check the display math of Markdown/LaTeX posts, row by row",
        description=(
            "Read Markdown (kramdown $$ blocks) or .tex posts, parse every display-math row "
            "into sympy without evaluating any text, and check each row against the one "
            "before it. PATH may be a file, a directory (searched for .md, .markdown and .tex "
            "files) or a glob pattern. Exit status: 0 if every row is proved (or a "
            "definition), 1 if some row is not, 2 if some input cannot be used."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="posts, directories or patterns")
    add_format_option(p)
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the report to FILE instead of standard output (a summary line is printed)",
    )
    p.add_argument(
        "--html",
        metavar="FILE",
        help="also write a self-contained HTML page: every row as math, coloured by verdict",
    )
    p.add_argument(
        "--assume",
        action="append",
        default=[],
        metavar="STATEMENT",
        help=r"an extra assumption such as '\lambda > 0' or 'x_n > 0' (repeatable)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of the numeric check (default 0)")
    p.add_argument(
        "--post-seconds",
        type=_seconds,
        default=None,
        metavar="S",
        help=(
            "wall-clock budget per post (default 600): rows not checked by then are "
            "'unchecked', naming the budget, and the post is not cached"
        ),
    )
    add_jobs_option(p)
    p.add_argument(
        "--quiet",
        action="store_true",
        help="print only rows that are not proved (and posts that have some), and the summary",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="check every post and row again (default: reuse results of unchanged posts and rows)",
    )
    p.add_argument(
        "--allow-no-math",
        action="store_true",
        help="pass when no post has display math (default: a run that checked nothing fails)",
    )
    p.set_defaults(func=run)


def _seconds(text: str) -> float:
    """``--post-seconds``: a finite number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (value >= 0 and value != float("inf")):
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {text!r}")
    return value


# --------------------------------------------------------------------------- text


def _get(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, Mapping):
        return row.get(name, default)
    return getattr(row, name, default)


def format_table(post: Any, quiet: bool = False, *, alone: bool = True) -> str:
    """The human report of one post: one line per row, reasons and counterexamples indented.

    ``post`` is a post's JSON form (``PostReport.to_json()``) or the report itself.
    ``alone``: the post is the whole run, so a post without display math fails it.
    """
    from .._text import counterexample_text

    if not isinstance(post, Mapping):
        post = post.to_json()
    rows = [r for r in post.get("rows") or () if isinstance(r, Mapping)]
    out = [f"{post.get('file', '')}"]
    for r in rows:
        ok = r.get("verdict") in _MARK
        slips, notes = r.get("slips") or (), r.get("notes") or ()
        if quiet and ok and not slips and not notes:
            continue
        rule = f" [{r['identified_rule']}]" if r.get("identified_rule") else ""
        how = f" {r['how']}" if r.get("how") else ""
        line, label, verdict = r.get("line", 0), r.get("label", ""), r.get("verdict")
        out.append(f"  line {line:>4} {label:<7} {verdict:<13}{rule}{how}")
        if r.get("reason") and not ok or r.get("verdict") == "given":
            out.append(f"        {r.get('reason', '')}")
        if r.get("counterexample"):
            out.append(f"        counterexample: {counterexample_text(r['counterexample'])}")
        for c in r.get("open_conditions") or ():
            out.append(f"        open side condition: {c}")
        for s in slips:
            out.append(f"        slip: {s}")
        for note in notes:
            out.append(f"        rule note: {note}")
    for p in post.get("problems") or ():
        out.append(f"  problem: {p.get('message', p) if isinstance(p, Mapping) else p}")
    if post.get("budget_spent"):
        out.append(
            "  note: the post's time budget ran out before every row was checked "
            "(see --post-seconds); those rows are unchecked and the report is not cached"
        )
    parsed = sum(r.get("kind") != "unparsed" for r in rows)
    checked = sum(r.get("kind") == "step" for r in rows)
    counts = post.get("counts") or {}
    counts_text = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no verdicts"
    slips = sum(len(r.get("slips") or ()) for r in rows)
    notes = sum(len(r.get("notes") or ()) for r in rows)
    out.append(
        f"{len(rows)} rows: {parsed} parsed, {checked} checked by the engine; {counts_text}; "
        f"{slips} typesetting slip(s); {notes} rule note(s)."
    )
    if not rows:
        out.append(
            "NOT OK: no display math found, so nothing was checked."
            if alone
            else "no display math found: nothing to check."
        )
    elif post.get("ok"):
        out.append("OK: every row is proved or a definition.")
    else:
        out.append("NOT OK: some rows are not proved (see above).")
    return "\n".join(out)


def summary_text(batch: Any) -> str:
    """The run in two lines: posts, rows, verdicts; OK or NOT OK."""
    s = batch.summary()
    counts = ", ".join(f"{k} {v}" for k, v in s["counts"].items()) or "no verdicts"
    cached = (
        f", {s['posts_from_cache']} unchanged (from the cache)" if s["posts_from_cache"] else ""
    )
    parts = [f"{s['posts_ok']} OK", f"{s['posts_not_ok']} not OK"]
    if s["posts_without_math"]:
        parts.append(f"{s['posts_without_math']} without display math")
    if batch.errors:
        parts.append(f"{len(batch.errors)} input error(s)")
    lines = [
        f"{s['posts']} post(s){cached}: {'; '.join(parts)}. "
        f"{s['rows']} rows: {counts}. ({s['seconds']:.2f} s)"
    ]
    if batch.errors:
        lines.append("NOT OK: some input could not be used (see the error lines).")
    elif batch.ok:
        lines.append("OK: every row of every post is proved or a definition.")
    elif not batch.rows:
        lines.append("NOT OK: no display math found, so nothing was checked.")
    else:
        lines.append("NOT OK: some rows are not proved (see above).")
    return "\n".join(lines)


def _text(batch: Any, quiet: bool) -> str:
    if batch.single:
        alone = not batch.allow_no_math
        return "\n".join(format_table(p, quiet=quiet, alone=alone) for p in batch.posts)
    out = []
    for p in batch.posts:
        if quiet and batch.post_ok(p):
            continue
        out.append(format_table(p, quiet=quiet, alone=False))
        out.append("")
    out.append(summary_text(batch))
    return "\n".join(out)


def _json(batch: Any) -> str:
    if batch.single and batch.posts:
        return json.dumps(batch.posts[0], indent=2)
    return json.dumps(
        {
            "ok": batch.ok,
            "summary": batch.summary(),
            "posts": batch.posts,
            "errors": [{"file": f, "message": m} for f, m in batch.errors],
        },
        indent=2,
    )


def _suites(batch: Any) -> list[Any]:
    from ..render._ci import error_suite, post_suite

    suites = []
    for p in batch.posts:
        s = post_suite(p, no_math_fails=not batch.post_ok(p))
        suites.append(s)
    suites += [error_suite(f, m) for f, m in batch.errors]
    return suites


def render(batch: Any, fmt: str, quiet: bool = False) -> str:
    """The batch in one of the formats of ``--format``."""
    if fmt == "text":
        return _text(batch, quiet)
    if fmt == "json":
        return _json(batch)
    from .._options import tool_version
    from ..render._ci import render as render_ci

    return render_ci(
        fmt,
        _suites(batch),
        summary=summary_text(batch).replace("\n", " "),
        tool_version=tool_version(),
        ok=batch.ok,
        properties={"command": "derivations check-post"},
    )


# --------------------------------------------------------------------------- progress


class _Bar:
    """A one-line progress bar on a terminal's standard error."""

    def __init__(self) -> None:
        import shutil

        self.width = max(40, shutil.get_terminal_size((80, 20)).columns)
        self.drawn = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if total < 2:
            return
        n = 24
        fill = n * done // total
        head = f"[{'#' * fill}{'.' * (n - fill)}] {done}/{total} posts "
        room = self.width - len(head) - 1
        name = path if len(path) <= room else "..." + path[-(room - 3) :] if room > 3 else ""
        sys.stderr.write("\r" + head + name + "\x1b[K")
        sys.stderr.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


# --------------------------------------------------------------------------- command


def write_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a temporary file beside it, then renamed)."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".derivations-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(text)
        # mkstemp makes the file private; a report is as readable as any new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def run(args: argparse.Namespace) -> int:
    """Run the command; return the exit status (0 only when every row is proved)."""
    from ._batch import check_posts

    bar = _Bar() if sys.stderr.isatty() and not os.environ.get("CI") else None

    def on_error(message: str) -> None:
        if bar is not None:
            bar.clear()
        error(message)

    try:
        batch = check_posts(
            args.paths,
            assume=args.assume,
            seed=args.seed,
            jobs=args.jobs,
            cache=not args.no_cache,
            allow_no_math=args.allow_no_math,
            progress=bar,
            on_error=on_error,
            post_seconds=args.post_seconds,
        )
    finally:
        if bar is not None:
            bar.clear()
    status = batch.exit_status
    if batch.single and batch.errors and args.format in ("text", "json") and not args.html:
        return status  # the error line said it all, as for any bad input
    if args.format != "text" and batch.posts and not batch.rows and not batch.ok:
        # The text report says so in its last line; the other formats have no such line.
        print("note: no display math found, so nothing was checked.", file=sys.stderr)
    text = render(batch, args.format, quiet=args.quiet)
    try:
        if args.html:
            from ._html import html_report

            write_file(args.html, html_report(batch, summary=summary_text(batch)))
        if args.output:
            write_file(args.output, text if text.endswith("\n") else text + "\n")
            print(summary_text(batch))
        elif text:
            print(text)
    except OSError as exc:
        where = exc.filename or args.output or args.html
        return error(f"{where}: cannot write the report: {(exc.strerror or str(exc)).lower()}.")
    return status


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (``python -m derivations.post._cli FILE``)."""
    parser = argparse.ArgumentParser(prog="derivations")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(["check-post", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
