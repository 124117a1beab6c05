"""What every ``derivations`` subcommand shares: exit codes, ``--jobs``, error lines.

Imports nothing heavy (argparse only): every subcommand's parser is built for
``derivations --help``.
"""

from __future__ import annotations

import argparse
import sys

#: Exit status: everything checked holds / something does not / the input is unusable.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

JOBS_HELP = "worker processes (default: one per CPU, at most 2; 1: no workers; 0: one per CPU)"


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs needs a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"--jobs needs 0 or more, got {value}")
    return value


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``, with the one meaning documented in :mod:`derivations.engine._pool`."""
    parser.add_argument("--jobs", type=_jobs, default=None, metavar="N", help=JOBS_HELP)


def error(message: str) -> int:
    """Print ``error: <message>`` as one line on standard error; return the usage exit status."""
    print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_USAGE


__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "add_jobs_option", "error"]
