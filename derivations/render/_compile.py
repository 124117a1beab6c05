"""Compile a standalone LaTeX document with pdflatex, and write files atomically.

Kept free of sympy so the CLI can import it cheaply.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

#: How to get TeX on Debian/Ubuntu; printed when pdflatex is missing.
INSTALL_HINT = (
    "apt-get install -y --no-install-recommends "
    "texlive-latex-base texlive-latex-recommended poppler-utils"
)


class CompileError(RuntimeError):
    """pdflatex ran and failed; ``log`` holds the tail of its log."""

    def __init__(self, message: str, log: str) -> None:
        super().__init__(message)
        self.log = log


def pdflatex_path() -> str | None:
    """The pdflatex executable on PATH, or None."""
    return shutil.which("pdflatex")


def compile_pdf(tex: str, *, timeout: float = 60.0) -> tuple[bytes, str]:
    """Compile ``tex`` in a fresh temporary directory.

    Parameters
    ----------
    tex : str
        A complete document.
    timeout : float
        Seconds before pdflatex is stopped.

    Returns
    -------
    (bytes, str)
        The PDF and the full pdflatex log.

    Raises
    ------
    FileNotFoundError
        If pdflatex is not installed (the message says how to install it).
    CompileError
        If pdflatex exits non-zero or writes no PDF.
    """
    exe = pdflatex_path()
    if exe is None:
        raise FileNotFoundError(f"pdflatex was not found on PATH; install TeX with: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="derivations-tex-") as tmp:
        src = Path(tmp) / "derivation.tex"
        src.write_text(tex, encoding="utf-8")
        proc = subprocess.run(
            [exe, "-halt-on-error", "-interaction=nonstopmode", "-no-shell-escape", src.name],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        log_path = src.with_suffix(".log")
        log = log_path.read_text(encoding="latin-1") if log_path.exists() else proc.stdout
        pdf = src.with_suffix(".pdf")
        if proc.returncode != 0 or not pdf.exists():
            tail = "\n".join(log.splitlines()[-30:])
            raise CompileError(f"pdflatex failed with exit status {proc.returncode}.", tail)
        return pdf.read_bytes(), log


def output_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be written as an output file, or None when it can.

    Asked before any work is done, so that ``-o`` onto a directory, below a
    regular file, into a read-only directory or with a name too long for the file
    system is refused at once, naming the path, and nothing is half-written.
    """
    shown = os.fspath(path)
    if not shown:
        return "the output file name is empty"
    target = Path(shown)
    name_max = _name_max(target.parent)
    for part in target.parts:
        if len(os.fsencode(part)) > name_max:
            return (
                f"cannot write {shown}: "
                + ("the file name" if part == target.name else "a directory name in it")
                + f" is {len(os.fsencode(part))} bytes long, the file system allows {name_max}"
            )
    try:
        if target.is_dir():
            return f"cannot write {shown}: it is a directory"
    except OSError as exc:
        return f"cannot write {shown}: {_reason(exc)}"
    # The nearest directory that exists: write_atomic creates the ones below it.
    parent = Path(os.path.abspath(shown)).parent
    existing = parent
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not os.path.isdir(existing):
        where = os.path.relpath(existing) if not Path(shown).is_absolute() else str(existing)
        return f"cannot write {shown}: {where} is not a directory"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"cannot write {shown}: the directory {existing} is not writable"
    if existing == parent:
        # access() can be wrong (root, ACLs, read-only mounts): try it.
        try:
            fd, probe = tempfile.mkstemp(prefix=".derivations-probe-", dir=parent)
        except OSError as exc:
            return f"cannot write {shown}: {_reason(exc)}"
        os.close(fd)
        os.unlink(probe)
    return None


def _name_max(directory: Path) -> int:
    d = Path(os.path.abspath(directory))
    while not os.path.isdir(d) and d != d.parent:
        d = d.parent
    try:
        return os.pathconf(d, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a
    failure leaves either the old file or nothing, never half a file (and no
    temporary file). A path that is a device or a FIFO (``/dev/stdout``) is
    written directly; a symbolic link is followed."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if not isinstance(payload, bytes):
        raise TypeError(f"write_atomic needs text or bytes, got {type(data).__name__}.")
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if target.exists() and not target.is_file() and not target.is_dir():
        with open(target, "wb") as fh:
            fh.write(payload)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name stays short: a long target name must not make it too long.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp creates the file private (0600); give it the mode a plain
        # open() would, or keep the mode of the file being replaced.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(payload)
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    # os.umask can only be read by setting it; put the old value straight back.
    old = os.umask(0o022)
    os.umask(old)
    return old
