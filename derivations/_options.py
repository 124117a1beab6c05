"""What every ``derivations`` subcommand shares: exit codes, ``--jobs``, error lines.

Imports nothing heavy (argparse only): every subcommand's parser is built for
``derivations --help``.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: Exit status: everything checked holds / something does not / the input is unusable.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

JOBS_HELP = "worker processes (default: one per CPU, at most 2; 1: no workers; 0: one per CPU)"


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"needs a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"needs 0 or more (0: one per CPU), got {value}")
    return value


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``, with the one meaning documented in :mod:`derivations.engine._pool`."""
    parser.add_argument("--jobs", type=_jobs, default=None, metavar="N", help=JOBS_HELP)


#: What ``--format`` offers in every command that reports verdicts.
FORMATS = ("text", "json", "github", "junit", "sarif")

FORMAT_HELP = (
    "text (default); json (one object); github (workflow commands: annotations on the "
    "file and line); junit (JUnit XML); sarif (SARIF 2.1.0, for code scanning)"
)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format {text,json,github,junit,sarif}``, and ``--json`` for ``--format json``."""
    parser.add_argument("--format", choices=FORMATS, default="text", help=FORMAT_HELP)
    parser.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help="the same as --format json",
    )


def tool_version() -> str:
    """This package's version as installed ("" when it is run from a source tree)."""
    from importlib import metadata

    try:
        return metadata.version("derivations")
    except metadata.PackageNotFoundError:
        return ""


#: An error line longer than this is shortened in the middle (a 100 KB --assume value
#: must not come back as a 200 KB line). Real messages (the assumption syntax, with
#: its examples) run to about 330 characters and stay whole.
MAX_ERROR_CHARS = 400

#: A quoted value longer than this in a message (an option's value, a row of a post
#: echoed back) is shortened first, so that the sentence around it stays whole.
MAX_QUOTED_CHARS = 100

_QUOTED = re.compile(rf"'[^'\n]{{{MAX_QUOTED_CHARS},}}'|\"[^\"\n]{{{MAX_QUOTED_CHARS},}}\"")


def _shorter_quote(match: re.Match[str]) -> str:
    text = match.group(0)
    return f"{text[:61]}...{text[-21:]}"


def one_line(message: object, limit: int = MAX_ERROR_CHARS) -> str:
    """``message`` on one line (whitespace runs collapsed), at most about ``limit`` characters.

    Long quoted values are shortened first (``'\\lambda > 99999...99999'``); a line
    still too long keeps its beginning (which names the input) and its end (which
    says what is wrong), joined by ``...``.
    """
    text = " ".join(str(message).split())
    if len(text) <= limit:
        return text
    text = _QUOTED.sub(_shorter_quote, text)
    if len(text) <= limit:
        return text
    head = (limit * 2) // 3
    tail = limit - head - 5
    return f"{text[:head]} ... {text[-tail:]}"


def error(message: object) -> int:
    """Print ``error: <message>`` as one line on standard error; return the usage exit status."""
    print(f"error: {one_line(message)}", file=sys.stderr)
    return EXIT_USAGE


def warning(message: object) -> None:
    """Print ``warning: <message>`` as one line on standard error."""
    print(f"warning: {one_line(message)}", file=sys.stderr)


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a bad command line is reported as one ``error: `` line (exit status 2).

    argparse's own errors (an unknown option, a missing argument, a value of the
    wrong type) would print the usage and ``derivations check: error: ...``; here
    they print ``error: <message> (see 'derivations check --help')`` like every other
    input error. Subparsers are of this class too (``add_subparsers`` uses the
    parent's class). ``--help`` is unchanged.
    """

    def error(self, message: str) -> NoReturn:
        required = "the following arguments are required: "
        if message.startswith(required) and not message[len(required) :].startswith("-"):
            # Every required positional argument of this command line is what to read.
            message = f"no input file given ({message})"
        error(f"{message} (see '{self.prog} --help')")
        raise SystemExit(EXIT_USAGE)


def seed_problem(seed: object) -> str | None:
    """Why ``--seed`` cannot take the value ``seed``, or None when it can."""
    if isinstance(seed, int) and not isinstance(seed, bool) and seed < 0:
        return f"--seed needs a whole number of 0 or more, got {seed}"
    return None


__all__ = [
    "ArgumentParser",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FORMATS",
    "add_format_option",
    "add_jobs_option",
    "error",
    "one_line",
    "seed_problem",
    "tool_version",
    "warning",
]
