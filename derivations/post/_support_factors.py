r"""A density's support written into its formula, rewritten as a trailing condition.

Posts state where a density is positive in three ways:

- ``f(x) = g(x), \quad x > 0`` (a condition after the formula; read by the row's
  statements),
- ``f(x) = g(x) I_{(0,\infty)}(x)`` (an indicator factor),
- ``f(x) = \begin{cases} g(x) & x \ge 0 \\ 0 & \text{otherwise} \end{cases}``.

The last two mean what the first says: ``g`` on the support, 0 off it. This
module rewrites them as the first, on the text of one row, before the row is split
into statements; nothing is evaluated. Only a row of one ``=`` whose right side is
the formula times the indicator (no top-level sum) or, for cases, the cases alone
with exactly two branches one of which is 0, is rewritten; anything else is left
as written (and the lexer says why it is not read).
"""

from __future__ import annotations

import re

from ._inline_claims import top_level
from ._unread_range import ascii_relations

_SPACE = r"(?:\s|\\[ ,;:!]|\\q?quad\b)*"
_BOUND = r"-?\s*(?:\d+(?:\.\d+)?|\\infty|\\inf\b|inf\b|\\[A-Za-z]+|[A-Za-z](?:_\{?\w+\}?)?)"
#: I_{(0,\infty)}(x), \mathbb{1}_{[0,\theta]}(x), I_{(0,inf)}: an indicator of an interval.
_INDICATOR = re.compile(
    r"(?:\\mathbb\s*\{?\s*[1I]\s*\}?|\\mathbf\s*\{?\s*[1I]\s*\}?|\\mathrm\s*\{\s*I\s*\}|"
    r"\\mathbb\s*1|\\mathbf\s*1|(?<![A-Za-z\\])I)"
    r"\s*_\s*\{\s*(?P<open>[(\[])\s*(?P<lo>" + _BOUND + r")\s*,\s*(?P<hi>" + _BOUND + r")\s*"
    r"(?P<close>[)\]])\s*\}"
    r"(?:\s*(?:\\left)?\s*\(\s*(?P<var>[A-Za-z](?:_\{?\w\}?)?)\s*(?:\\right)?\s*\))?"
)
#: What may follow the formula at the end of a row: spacing and punctuation.
_TAIL = re.compile(_SPACE + r"[.,;]?" + _SPACE + r"$")
#: The argument of the function on the left: f(x | theta), f_\theta(x), h(x).
_LEFT_ARGUMENT = re.compile(
    r"^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+|\w))?\s*"
    r"(?:\\left)?\s*\(\s*(?P<var>[A-Za-z])\s*(?:[|;,)]|\\mid|\\right)"
)
_CASES = re.compile(r"\\begin\s*\{cases\}(?P<body>.*)\\end\s*\{cases\}", re.S)
_RELATION = re.compile(r"<|>|\\le(?:q)?\b|\\ge(?:q)?\b|\\lt\b|\\gt\b|\\in\b")
#: Words around a branch's condition: \text{if } x > 0, \mbox{for } x \ge 0, "if".
_CONDITION_WORDS = re.compile(
    r"\\(?:text|mbox|textrm|mathrm)\s*\{\s*(?:if|for|when|where|,)?\s*\}|(?<![A-Za-z\\])(?:if|for)\b"
)


def rewrite(text: str) -> str:
    """``text`` with an indicator factor or a definition by cases as a trailing condition
    (or ``text`` itself when neither is there in a form this module reads).

    >>> rewrite(r"h(x) = \\frac{1}{x} I_{(0,\\infty)}(x)")
    'h(x) = \\\\frac{1}{x}, \\\\quad 0 < x'
    """
    if "cases" in text:
        return _cases(text)
    if "_" in text and ("I" in text or "1" in text):
        return _indicator(text)
    return text


def zero_outside(text: str) -> str | None:
    """The range written by cases or an indicator factor in the row ``text``, off which the
    row's function is 0 (both forms say so), as the condition :func:`rewrite` puts after
    the formula (``0 \\le x \\le 1``); None when the row writes neither."""
    rewritten = rewrite(text)
    if rewritten == text:
        return None
    return rewritten.rsplit(", \\quad ", 1)[1]


def _one_equation(text: str) -> int | None:
    """The offset of the row's only relation when it is one top-level ``=``."""
    eqs = top_level(text, "=")
    if len(eqs) != 1 or _RELATION.search(text) or "\\propto" in text:
        return None
    return eqs[0]


def _bound(b: str) -> str | None:
    """A bound's TeX, or None for an infinite one."""
    b = re.sub(r"\s+", "", b)
    if b.lstrip("-+") in ("\\infty", "\\inf", "inf"):
        return None
    return b


def _indicator(text: str) -> str:
    eq = _one_equation(text)
    found = list(_INDICATOR.finditer(text))
    if eq is None or len(found) != 1:
        return text
    m = found[0]
    if m.start() < eq or not _TAIL.fullmatch(text, m.end()):
        return text
    right = text[eq + 1 : m.start()]
    if not right.strip() or top_level(right.strip().lstrip("+-"), "+-"):
        return text  # the indicator is not a factor of the whole right side
    var = m.group("var")
    if var is None:
        left = _LEFT_ARGUMENT.match(text[:eq])
        if left is None:
            return text
        var = left.group("var")
    lo, hi = _bound(m.group("lo")), _bound(m.group("hi"))
    if lo is None and hi is None:
        return text
    parts = []
    if lo is not None:
        parts.append(lo + (" < " if m.group("open") == "(" else " \\le "))
    parts.append(var)
    if hi is not None:
        parts.append((" < " if m.group("close") == ")" else " \\le ") + hi)
    return text[: m.start()].rstrip() + ", \\quad " + "".join(parts)


#: The name of an indicator on the left of a row: I(x), \mathbb{1}(x), \mathbf{1}_A(x).
_INDICATOR_NAME = re.compile(
    r"^\s*(?:I|\\mathbb\s*\{?\s*[1I]\s*\}?|\\mathbf\s*\{?\s*[1I]\s*\}?|\\mathrm\s*\{\s*I\s*\}"
    r"|\\mathds\s*\{\s*1\s*\}|\\mathbb\s*1|\\mathbf\s*1)\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*(?:\\left)?\s*\("
)


def _cases(text: str) -> str:
    m = _CASES.search(text)
    if m is None:
        return text
    if _INDICATOR_NAME.match(text):
        # external47 (jaketae): I(x) = 1 on {0, 1}, 0 off it, is defined at every x; its
        # branch says where it is 1, not where x lives (a density f by cases keeps its range)
        return text
    eq = _one_equation(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :])
    if eq is None or m.start() < eq or text[eq + 1 : m.start()].strip():
        return text
    if not _TAIL.fullmatch(text, m.end()) or "\\begin" in m.group("body"):
        return text
    branches = [b for b in re.split(r"\\\\", m.group("body")) if b.strip()]
    if len(branches) != 2:
        return text
    pairs = []
    for b in branches:
        value, amp, cond = b.partition("&")
        if not amp:
            return text
        pairs.append((_strip(value), _strip(cond)))
    zero = [k for k, (v, _) in enumerate(pairs) if v == "0"]
    if len(zero) != 1:
        return text
    value, cond = pairs[1 - zero[0]]
    cond = _strip(_CONDITION_WORDS.sub(" ", ascii_relations(cond)))  # sound12: ≥ too
    if not value or not _RELATION.search(cond) or re.search(r"\\(?:text|mbox)", cond):
        return text
    return text[: m.start()] + value + ", \\quad " + cond


def _strip(s: str) -> str:
    """A branch's value or condition without spacing and the punctuation around it."""
    s = re.sub(r"\\[ ,;:!]|\\q?quad\b", " ", s)
    return s.strip().strip(".,;").strip()
