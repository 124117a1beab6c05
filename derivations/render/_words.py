"""Plain words that mention the derivation's symbols, typeset as math.

Titles, assumptions and notes are plain text in the model ("MLE of mu", "the
variance sigma^2 is positive"). A reader of the rendered page expects
"MLE of \\(\\mu\\)". This module finds symbol names - the Greek letters spelt
out (``lambda``, ``sigma``), a Greek name with a trailing 2 for its square
(``sigma2``, the way :mod:`derivations.symbols` names a variance), ``N``,
``x_n`` - with an optional exponent, and sets them in math; everything else is
escaped as text. No guessing from arbitrary words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._text import escape_markdown, escape_text

_GREEK = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho "
    "sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon "
    "Phi Psi Omega"
).split()
_NAMES = {**{g: "\\" + g for g in _GREEK}, "N": "N"}
_ALTERNATIVES = "|".join(sorted(_NAMES, key=len, reverse=True))
_EXPONENT = r"(?:\^\{?(-?\d+|\(-?\d+/\d+\))\}?)"
_TOKEN = re.compile(
    r"(?<![A-Za-z\\])(?:"
    r"(?P<sq>(?:" + "|".join(_GREEK) + r")2)"
    r"|(?P<name>" + _ALTERNATIVES + ")" + f"(?P<exp>{_EXPONENT})?"
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
        return "\\" + m.group("sq")[:-1] + "^{2}"
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
    return typeset(text, escape_text, "$", "$")


def prose_markdown(text: str) -> str:
    """Markdown, symbols in kramdown ``$$...$$`` (inline when inside a line)."""
    return typeset(text, escape_markdown, "$$", "$$")


def symbol_latex(name: str) -> str | None:
    """LaTeX of a symbol's name when the whole name is one (``sigma2`` -> ``\\sigma^{2}``)."""
    if len(name) == 1 and name.isalpha():
        return name
    m = _TOKEN.fullmatch(name)
    if m is None or m.group("word") or m.group("pexp"):
        return None
    return _math(m)
