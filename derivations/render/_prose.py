"""Plain words that mention the derivation's symbols, typeset as math.

Titles, assumptions and notes are plain text in the model ("MLE of mu", "the
variance sigma^2 is positive"). A reader of the rendered page expects
"MLE of \\(\\mu\\)". This module finds the few symbol names the project uses,
with an optional exponent, and sets them in math; everything else is escaped
as text. The names are fixed (no guessing from arbitrary words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NAMES = {"sigma": r"\sigma", "mu": r"\mu", "pi": r"\pi", "N": "N"}
_EXPONENT = r"(?:\^\{?(-?\d+|\(-?\d+/\d+\))\}?)"
_TOKEN = re.compile(
    r"(?<![A-Za-z\\])(?:"
    r"(?P<sq>sigma2)"
    r"|(?P<name>sigma|mu|pi|N)" + f"(?P<exp>{_EXPONENT})?"
    r"|(?P<sample>x_\{?n\}?)"
    r"|(?P<x>x)(?P<xexp>" + _EXPONENT + ")"
    r"|(?<=\))(?P<pexp>" + _EXPONENT + ")"
    r"|(?P<word>[A-Za-z]+)\^\{(?P<wexp>[A-Za-z0-9 +\-/()]+)\}"
    r")(?![A-Za-z])"
)


def _exponent(raw: str | None) -> str:
    if not raw:
        return ""
    inner = raw.lstrip("^").strip("{}")
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    return "^{" + inner + "}"


def _math(m: re.Match[str]) -> str:
    if m.group("sq"):
        return r"\sigma^{2}"
    if m.group("name"):
        return _NAMES[m.group("name")] + _exponent(m.group("exp"))
    if m.group("sample"):
        return "x_{n}"
    if m.group("x"):
        return "x" + _exponent(m.group("xexp"))
    if m.group("word"):
        # A written power such as e^{u} or exp^{u}: letters raised to a
        # simple exponent.
        word = m.group("word")
        head = word if len(word) == 1 else r"\operatorname{" + word + "}"
        if word in ("exp", "log", "sin", "cos"):
            head = "\\" + word
        return head + "^{" + m.group("wexp") + "}"
    return _exponent(m.group("pexp"))


def typeset(text: str, escape: Callable[[str], str], open_: str, close: str) -> str:
    """Escape ``text`` with ``escape`` and set symbol names between delimiters."""
    out = []
    last = 0
    for m in _TOKEN.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append(open_ + _math(m) + close)
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def prose_latex(text: str) -> str:
    """LaTeX text mode, symbols in ``$...$``."""
    from ._latex import escape_text

    return typeset(text, escape_text, "$", "$")


def prose_markdown(text: str) -> str:
    """Markdown, symbols in kramdown ``$$...$$`` (inline when inside a line)."""
    from ._markdown import escape_markdown

    return typeset(text, escape_markdown, "$$", "$$")
