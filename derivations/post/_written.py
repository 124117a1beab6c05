"""Calls of a function as the author wrote them (``p(y|\\mu)``, ``\\mathrm{p}(\\mu)``).

The reader keeps a call's arguments and drops its bar: ``p(y | \\mu)`` and ``p(y, \\mu)``
are one sympy call. What the bar says (a conditional density, what it is given) is read
here, from the row's text, when a rule needs it: the product rule of probability, Bayes'
rule, the variable a posterior is proportional in.
"""

from __future__ import annotations

import re

#: what separates a conditional density's variables from what it is given
BAR = re.compile(r"\||\\mid\b|\\vert\b|;")

#: a letter in an upright font (``\\mathrm{p}``): the same name as the bare letter
_FONT = re.compile(r"\\(?:mathrm|operatorname|textrm|text|mathit)\s*\{\s*(\w+)\s*\}")


def _unfonted(text: str) -> str:
    """``text`` with each name in a font command written bare (``\\mathrm{p}(y)`` ->
    ``p(y)``), as the reader reads it."""
    return _FONT.sub(r"\1", text)


def written_head(text: str, name: str) -> str | None:
    """The call of ``name`` a row starts with, as written (``p(y|\\mu)``), or None."""
    body = _unfonted(text).lstrip()
    if not body.startswith(name) or body[len(name) : len(name) + 1] != "(":
        return None
    depth = 0
    for k, c in enumerate(body):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return body[: k + 1]
    return None


def written_calls(text: str, name: str) -> list[str]:
    """The arguments, as written, of every call of ``name`` in ``text`` (``p(y|\\mu)\\,
    p(\\mu)`` -> ``["y|\\mu", "\\mu"]``); not ``\\exp(`` for ``p``."""
    out = []
    text = _unfonted(text)
    for m in re.finditer(rf"(?<![\\\w]){re.escape(name)}\s*\(", text):
        depth, start = 0, m.end()
        for k in range(m.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                out.append(text[start:k])
                break
    return out


def bare(text: str) -> str:
    """``text`` without spaces and spacing commands, to compare two arguments as written."""
    return re.sub(r"\\[,;:! ]|\s+", "", text)


def arguments(text: str) -> list[str]:
    """The arguments of a call as written (``y, \\mu`` -> ``["y", "\\mu"]``), each
    :func:`bare`, split at the commas outside brackets and braces."""
    out, depth, start = [], 0, 0
    for k, c in enumerate(text):
        depth += 1 if c in "({[" else -1 if c in ")}]" else 0
        if c == "," and depth == 0:
            out.append(bare(text[start:k]))
            start = k + 1
    out.append(bare(text[start:]))
    return [a for a in out if a]
