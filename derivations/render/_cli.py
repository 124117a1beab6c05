"""The ``latex`` and ``markdown`` subcommands.

Nothing heavy is imported at module level: ``derivations --help`` registers
these parsers and must stay fast. sympy and the derivation are loaded only
when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._options import error

DEFAULT_NAME = "gaussian-mle"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``latex`` and ``markdown`` to the ``derivations`` command line."""
    p = subparsers.add_parser(
        "latex",
        help="print a derivation as LaTeX rows, one per checked step",
        description="Print the derivation as amsmath rows (aligned blocks), one per step, "
        "with the rule of each step and marks on steps that are not proved.",
    )
    p.add_argument(
        "name", nargs="?", default=DEFAULT_NAME, help=f"derivation (default {DEFAULT_NAME})"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    p.add_argument(
        "--standalone", action="store_true", help="a complete document that compiles with pdflatex"
    )
    p.add_argument(
        "--pdf",
        action="store_true",
        help="also compile the standalone document with pdflatex; the PDF goes next to -o "
        "(or to NAME.pdf in the current directory)",
    )
    p.set_defaults(func=run_latex)

    m = subparsers.add_parser(
        "markdown",
        help="print a derivation as Markdown with $$ aligned blocks",
        description="Print the derivation as Markdown (kramdown $$ blocks of aligned rows), "
        "each step followed by its rule and verdict.",
    )
    m.add_argument(
        "name", nargs="?", default=DEFAULT_NAME, help=f"derivation (default {DEFAULT_NAME})"
    )
    m.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    m.set_defaults(func=run_markdown)


def _load(name: str):
    from derivations import load

    return load(name)


def _emit(text: str, output: str | None) -> int:
    """Write ``text`` to ``output`` (standard output when None); return the exit status."""
    if output is None:
        sys.stdout.write(text)
        return 0
    return _write(output, text)


def _write(output: str | Path, data: str | bytes) -> int:
    from ._compile import write_atomic

    try:
        write_atomic(output, data)
    except OSError as exc:
        return error(f"cannot write {output}: {(exc.strerror or str(exc)).lower()}")
    return 0


def _output_error(*paths: str | Path | None) -> int | None:
    """Refuse an output path that cannot be written, before any work is done."""
    from ._compile import output_problem

    for path in paths:
        if path is not None:
            problem = output_problem(path)
            if problem is not None:
                return error(problem)
    return None


def _pdf_path(args: argparse.Namespace) -> Path:
    return Path(args.output).with_suffix(".pdf") if args.output else Path(f"{args.name}.pdf")


def run_latex(args: argparse.Namespace) -> int:
    """Run ``derivations latex``; return the exit status."""
    from ._compile import INSTALL_HINT, CompileError, compile_pdf, pdflatex_path

    # Fail before the (slow) check when the PDF cannot be made anyway.
    if args.pdf and pdflatex_path() is None:
        return error(
            "derivations latex --pdf: pdflatex was not found on PATH; install TeX with: "
            f"{INSTALL_HINT} (or drop --pdf and compile the .tex yourself)"
        )
    bad = _output_error(args.output, _pdf_path(args) if args.pdf else None)
    if bad is not None:
        return bad
    try:
        derivation = _load(args.name)
    except (KeyError, ValueError) as exc:
        return error(exc)
    from . import derivation_latex

    standalone = args.standalone or args.pdf
    tex = derivation_latex(derivation, standalone=standalone)
    if args.pdf:
        try:
            pdf, _ = compile_pdf(tex)
        except CompileError as exc:
            print(f"derivations latex --pdf: {exc}\n{exc.log}", file=sys.stderr)
            return 1
        pdf_path = _pdf_path(args)
        if args.output and Path(args.output).suffix != ".pdf":
            status = _emit(tex, args.output)
            if status:
                return status
        status = _write(pdf_path, pdf)
        if status:
            return status
        print(f"wrote {pdf_path}", file=sys.stderr)
        return 0
    return _emit(tex, args.output)


def run_markdown(args: argparse.Namespace) -> int:
    """Run ``derivations markdown``; return the exit status."""
    bad = _output_error(args.output)
    if bad is not None:
        return bad
    try:
        derivation = _load(args.name)
    except (KeyError, ValueError) as exc:
        return error(exc)
    from . import derivation_markdown

    return _emit(derivation_markdown(derivation), args.output)
