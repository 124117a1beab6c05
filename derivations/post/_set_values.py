r"""A name set equal to a set: ``X = \lbrace 0, 1, 2, \ldots \rbrace``, ``\theta = (0, \infty)``,
``\Theta^* = \lbrace \log \lambda \mid \lambda \in \mathbb{R}^+ \rbrace = \mathbb{R}``,
``T = \{(x^{(1)}, y^{(1)}), \ldots\}`` (PARSE15).

Posts state a support, a parameter space or a data set by writing a name equal to a set
written out, an interval or a set built by a condition. The reader computes no sets, so
these rows were unparsed ("unexpected ','", "bracket { is never closed"). Such a row is now
read for what it is, a statement naming a set: taken as given, with no value for the name
(its elements are not read, the name keeps none: the rows after it read as before).

Only a row ``name = set (= set ...)`` where every right side is written as a set: braces
(``\{ \}``, ``\lbrace \rbrace``, ``\set{}``, sized or not) round the whole side, an interval
with ``\infty`` or two numbers for ends, or a blackboard set (``\mathbb{R}``, ``\mathbb{R}^+``,
``\N``). The left side must be one name (``X``, ``\Theta^*``, ``\mathcal{Y}``, ``x_i``).
Pure pattern matching on a side's text, bounded by its length.
"""

from __future__ import annotations

import re

#: The relation of such a row (see ._build).
SET_RELATION = "set"

_SIZE = r"(?:\\(?:left|right|big|Big|bigg|Bigg)[lr]?\s*)?"
_OPEN = re.compile(rf"^\s*{_SIZE}(?:\\\{{|\\lbrace(?![A-Za-z])|\\set\s*\{{)")
_CLOSE = re.compile(rf"(?:\\\}}|\\rbrace(?![A-Za-z])|\}})\s*{_SIZE}[.,;]?\s*$")
_END = r"(?:[-+]?\s*\\infty|∞|[-+]?\s*\d+(?:\.\d+)?)"
_INTERVAL = re.compile(rf"^\s*{_SIZE}[(\[\]]\s*{_END}\s*,\s*{_END}\s*{_SIZE}[)\]\[]\s*[.,;]?\s*$")
_BOARD = re.compile(
    r"^\s*(?:\\mathbb\s*\{?\s*[A-Z]\s*\}?|\\Bbb\s*\{?\s*[A-Z]\s*\}?|\\[NZQRC]\b|\\Reals\b)"
    r"(?:\s*\^\s*\{?\s*(?:[+*]|\d+|[a-z])\s*\}?)?(?:\s*_\s*\{?\s*[+*]?\s*\}?)?\s*[.,;]?\s*$"
)
_NAME = re.compile(
    r"^\s*(?:\\(?:mathcal|mathbb|mathbf|mathrm|boldsymbol|bm)\s*\{\s*[A-Za-z]\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:\s*[_^]\s*(?:\{[^{}]{0,20}\}|[A-Za-z0-9*]|\\ast))*\s*$"
)
#: a relation sign outside the braces: the row is another statement
_RELATION = re.compile(
    r"\\(?:in|notin|le|leq|ge|geq|lt|gt|sim|ne|neq|subset|subseteq|approx)(?![A-Za-z])"
)
#: longest side looked at
MAX_SIDE = 400


def _infinity_or_numbers(text: str) -> bool:
    return "\\infty" in text or "∞" in text or "," in text


#: the braces of a set (escaped, or a command's), and TeX's groups
_BRACE = re.compile(r"\\\{|\\\}|\\lbrace(?![A-Za-z])|\\rbrace(?![A-Za-z])|\\.|[{}]")


def _depths(text: str) -> list[tuple[int, int]]:
    """``(end of a brace token, depth after it)`` for each brace of ``text`` (set braces
    and TeX groups alike; other commands skipped)."""
    out, depth = [], 0
    for m in _BRACE.finditer(text):
        t = m.group(0)
        if t in ("\\{", "\\lbrace", "{"):
            depth += 1
        elif t in ("\\}", "\\rbrace", "}"):
            depth -= 1
        else:
            continue
        out.append((m.end(), depth))
    return out


def is_set_side(text: str) -> bool:
    """Is ``text`` written as a set (see the module docstring)?"""
    if len(text) > MAX_SIDE:
        return False
    if _BOARD.match(text) or _INTERVAL.match(text):
        return True
    close = _CLOSE.search(text)
    if not (_OPEN.match(text) and close):
        return False
    # the opening brace closes at the end, not before (\{a\} + \{b\} is no one set)
    depths = _depths(text)
    first_zero = next((end for end, d in depths if d == 0), None)
    return first_zero is not None and first_zero >= close.start() and min(d for _, d in depths) >= 0


def split_equals(text: str) -> list[str] | None:
    """``text`` cut at its equals signs outside any braces (set braces too); None when it
    holds another relation sign outside them or is too long."""
    if len(text) > 4 * MAX_SIDE:
        return None
    inside = [False] * (len(text) + 1)
    depth, last = 0, 0
    for m in _BRACE.finditer(text):
        t = m.group(0)
        if t in ("\\{", "\\lbrace", "{", "\\}", "\\rbrace", "}"):
            if depth > 0:
                for k in range(last, m.start()):
                    inside[k] = True
            depth += 1 if t in ("\\{", "\\lbrace", "{") else -1
            last = m.end()
    parts, start = [], 0
    for k, c in enumerate(text):
        if inside[k]:
            continue
        if c == "=":
            parts.append(text[start:k])
            start = k + 1
        elif c in "<>" or (c == "\\" and _RELATION.match(text, k)):
            return None
    parts.append(text[start:])
    return parts


def names_a_set(sides: list[str]) -> bool:
    """Is a row of the sides ``sides`` (joined by ``=``) a name set equal to sets?"""
    if len(sides) < 2 or not _NAME.match(sides[0]) or len(sides[0]) > 80:
        return False
    rest = sides[1:]
    return all(is_set_side(s) for s in rest) and any(
        _OPEN.match(s) or _INTERVAL.match(s) for s in rest
    )
