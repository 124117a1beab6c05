"""What the estimators' command lines share: one-line errors, option types, resource checks.

Every usage error is one ``error: ...`` line on standard error and exit status 2, the
format of ``derivations._options.error`` (repeated here rather than imported: the engine's
package layout is being reworked); argparse's own two-line usage errors are routed
through the same function. Nothing heavy is imported here, so ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

from ._resources import available_memory, check_memory, human_bytes

#: Exit status: bad input (as every ``derivations`` subcommand).
EXIT_USAGE = 2


def error(message: object) -> int:
    """Print ``error: <message>`` as one line on standard error; return ``EXIT_USAGE``."""
    print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are one ``error: ...`` line and exit status 2."""

    def error(self, message: str) -> NoReturn:  # noqa: D102 - argparse's hook
        error(message)
        sys.exit(EXIT_USAGE)


def whole_number(minimum: int):
    """An argparse type: an integer >= ``minimum``, also written as ``1e6`` or ``1_000``.

    argparse names the option in front of the message (``argument --n: ...``).
    """

    def parse(text: str) -> int:
        try:
            value = float(text.replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"needs a whole number, got {text!r}") from None
        if not math.isfinite(value) or value != int(value):
            raise argparse.ArgumentTypeError(f"needs a whole number, got {text!r}")
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {text!r}")
        return int(value)

    return parse


def path_argument(text: str) -> Path:
    """An argparse type: a non-empty path (``Path("")`` would silently mean ``.``)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a path, got an empty string")
    return Path(text)


def finite_number(minimum: float):
    """An argparse type: a finite float >= ``minimum`` (no nan, no inf)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"needs a number, got {text!r}") from None
        if not math.isfinite(value) or value < minimum:
            raise argparse.ArgumentTypeError(
                f"must be a finite number >= {minimum:g}, got {text!r}"
            )
        return value

    return parse


# --------------------------------------------------------------------------- output directory


def check_output_directory(
    out: Path, *, option: str = "--out", needed: int = 0, files: tuple[str, ...] = ()
) -> None:
    """Refuse an output directory that cannot be written, before any work is done.

    ``out`` may exist (then it must be a writable directory) or not (then its nearest
    existing ancestor must be a writable directory, in which it will be created). Nothing
    is created here; writability is probed with a file that is removed at once.

    Raises
    ------
    ValueError
        Naming ``option`` and the path: an empty name, an existing file, a path below a
        file, a directory without write permission, less than ``needed`` bytes free, or
        one of ``files`` (to be written into ``out``) existing as something other than a
        regular file.
    """
    if not str(out).strip():
        raise ValueError(f"{option} needs a directory name, got an empty string.")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{option} {out} is an existing file, not a directory.")
    base = out
    while not base.exists():
        if base.parent == base:
            break
        base = base.parent
    if not base.is_dir():
        raise ValueError(f"{option} {out}: {base} is a file, so no directory can be made below it.")
    probe = base / f".write-probe-{os.getpid()}"
    try:
        probe.open("xb").close()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise ValueError(f"{option} {out}: cannot write in {base} ({reason}).") from None
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    for name in files:
        target = out / name
        if target.exists() and not target.is_file():
            raise ValueError(
                f"{option} {out}: {name} exists there and is not a file, so it cannot be "
                "replaced by the figure."
            )
    if needed:
        free = shutil.disk_usage(base).free
        if free < needed:
            raise ValueError(
                f"{option} {out}: only {human_bytes(free)} free on its file system; the output "
                f"needs about {human_bytes(needed)}."
            )


__all__ = [
    "EXIT_USAGE",
    "Parser",
    "error",
    "available_memory",
    "check_memory",
    "check_output_directory",
    "finite_number",
    "human_bytes",
    "path_argument",
    "whole_number",
]
