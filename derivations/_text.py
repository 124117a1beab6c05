"""Plain-text helpers every output shares: escaping, and the one counterexample formatter.

Renderers (LaTeX, Markdown, notebook), the text report, the post reader's
table, the pytest plugin and the JSON output all show counterexamples; they
all go through :func:`counterexample_text` or :func:`counterexample_json`, so a
value is shown the same way everywhere. Imports nothing of the package.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

_TEXT_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    # \^{} and \~{} would pull in a TS1 font that pdflatex then has to build
    # with METAFONT; the OT1 accent glyphs look the same and need nothing.
    "^": r"{\char94}",
    "~": r"{\char126}",
}


def escape_text(text: str) -> str:
    """Escape plain text for LaTeX text mode (inside ``\\text{}`` or a paragraph).

    Characters outside ASCII are replaced by ``?`` so that pdflatex without
    extra font packages never stops on them.
    """
    out = []
    for ch in text:
        if ch in _TEXT_ESCAPES:
            out.append(_TEXT_ESCAPES[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(_ASCII_FALLBACK.get(ch, "?"))
    return "".join(out)


_ASCII_FALLBACK = {
    "\u2013": "--",
    "\u2014": "---",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\u00b7": r"\textperiodcentered{}",
    "\u2026": r"\ldots{}",
}


_MARKDOWN_SPECIAL = "\\`*_[]<>#|"


def escape_markdown(text: str) -> str:
    """Backslash-escape characters Markdown would read as markup."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def jsonable(value: Any) -> Any:
    """``value`` as JSON: numbers, text, booleans and None as they are, lists of them,
    anything else (sympy numbers, complex values) as text; non-finite floats as text."""
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    return str(value)


def counterexample_json(ce: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A counterexample as a JSON object (keys in the checker's order)."""
    if ce is None:
        return None
    return {str(k): jsonable(v) for k, v in ce.items()}


def _short(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(f"{v:.4g}" if isinstance(v, float) else str(v) for v in value) + "]"
    return str(value)


def counterexample_text(ce: Mapping[str, Any]) -> str:
    """One line: ``N=2, x=[0.5, 1.2], mu=0.3, previous=1.5, written=1.2``."""
    return ", ".join(f"{k}={_short(v)}" for k, v in ce.items())


__all__ = [
    "counterexample_json",
    "counterexample_text",
    "escape_markdown",
    "escape_text",
    "jsonable",
]
