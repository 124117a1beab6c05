"""Plain-text equations on lines of their own that the reader does not read (INLINE9).

A post with no TeX at all writes its derivation as plain lines: ``=a^n *e^[-a*(x1+x2+…+xn)]``,
``lnL=n *lna -a*(x1+x2+…+xn)``, ``(lnL(λ))'=-n+n(n+1)/(2 λ)=0``. :mod:`._plain_math` reads a
list item or an indented line that is entirely an equation it can read one way; any other
line was prose, so the truth line the author wrote had no row at all.

:func:`unread_equation` says why such a line is not read, when it is an equation: the line
holds ``=`` (not ``==``, ``=>``, ``<=``, ``>=``), no English word of four letters or more, at
most :data:`MAX_LINE` characters, and something on each side of its first ``=`` (or it starts
with ``=``, going on from the line above). The reason names what makes it unreadable:
an ellipsis standing for terms not written, an exponent in square brackets, a run of letters
that may be a product or a function's name, words in another script inside the math.
Such a line is an *unparsed* row with that reason (``Block.error``): reported, never read
as a claim, so it proves and refutes nothing and gives no name a value. One pass over the
line, no regex that scans back (hostile lines cost at most their length).
"""

from __future__ import annotations

import re

#: Longer lines are prose.
MAX_LINE = 300

_WORD = re.compile(r"[A-Za-z]{4,}")
_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_RUN = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,3})(?![A-Za-z(])")
_KNOWN = {"ln", "log", "exp", "sin", "cos", "tan", "max", "min", "var", "cov", "sqrt"}


def unread_equation(line: str) -> str:
    """Why the plain-text line ``line`` is an equation the reader does not read ("" when it is
    no such line: prose, or not an equation).

    >>> unread_equation("=a^n *e^[-a*(x1+x2+…+xn)]")[:30]
    'an ellipsis (…) stands for ter'
    >>> unread_equation("The estimate is the mean = sample average")
    ''
    """
    text = line.strip()
    if not text or len(text) > MAX_LINE or "=" not in text:
        return ""
    if any(s in text for s in ("==", "=>", "<=", ">=", "://")):
        return ""
    if _WORD.search(text):
        return ""  # an English word: a sentence, not an equation
    head, _, tail = text.partition("=")
    math_head = _CJK.sub("", head).strip()
    if not tail.strip() or (head.strip() and not math_head):
        return ""
    if not re.search(r"[A-Za-z0-9\u0370-\u03ff]", tail):
        return ""
    if "…" in text or "..." in text:
        return "an ellipsis (…) stands for terms that are not written, so the terms are not known"
    if "^[" in text:
        return "an exponent in square brackets (e^[...]) is not read as TeX or as plain math"
    if _CJK.search(text):
        return (
            "words in another script inside the equation: where its math starts and ends is "
            "not known"
        )
    for m in _RUN.finditer(text):
        if m.group(1).lower() not in _KNOWN:
            return (
                f"'{m.group(1)}' may be one name, a product of letters or a function applied "
                "(implicit multiplication): it is not read by a guess"
            )
    return "an equation in plain text (no TeX) that the reader does not read one way only"


__all__ = ["unread_equation"]
