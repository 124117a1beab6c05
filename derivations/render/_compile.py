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


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a
    failure leaves either the old file or nothing, never half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        # mkstemp creates the file private (0600); give it the mode a plain
        # open() would, or keep the mode of the file being replaced.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    # os.umask can only be read by setting it; put the old value straight back.
    old = os.umask(0o022)
    os.umask(old)
    return old
