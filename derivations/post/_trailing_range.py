r"""The range a display definition writes beside its formula: ``f(x) = g(x), \quad x \ge 0``.

Authors put a function's range on the row that defines it, after a comma, a ``\quad`` or a
word box (``\text{ for } 0 < x < 1``). The value holds on that range only; beyond it the
row says nothing, so the formula must not stand for the function there (``f(-1)``, an
integral across the range's edge). :func:`trailing_range` finds that range text;
:func:`._density_range.zero_off` turns it into the value (``Piecewise`` with no value
beyond the range) and :func:`._density_range.settle_ranges` reads it where it is used: at
the samples of a likelihood the formula, at a number its piece, an integral clipped.

Only a row of one top-level ``=`` is read, and only when what follows the first separator
after the formula is a relation (the caller then also needs it to bound the function's one
variable by numbers or names); anything else gives None and the formula stays the value.
"""

from __future__ import annotations

import re

from ._inline_claims import outside_brackets, top_level
from ._relations import INEQUALITIES, RELATION_SIGNS
from ._unread_range import ascii_relations

#: A word box that introduces a condition: \text{ for }, \text{, if }, \mbox{when}.
_WORD_BOX = re.compile(
    r"\\(?:text|mbox|textrm)\s*\{\s*,?\s*(?:for|if|when|whenever|where|on)?\s*(?:all\s*)?\}"
)
#: What may separate the formula from its range (one or more of them).
_SEPARATOR = re.compile(r"(?:\s|,|;|\\q?quad\b|\\[,;:! ]|" + _WORD_BOX.pattern + r")+")
#: Spacing and punctuation that may end the row (taken off one at a time, from the end).
_END = (".", ",", ";", "\\quad", "\\qquad", "\\,", "\\;", "\\:", "\\!", "\\ ")
#: sound13: a range's relation, spelled as the one relation table spells it (\leqslant,
#: \geqslant, ≤ and the rest), and \lt / \gt.
_RELATION = re.compile(
    "|".join(
        re.escape(sign) + (r"(?![A-Za-z])" if sign[-1].isalpha() else "")
        for sign, rel in RELATION_SIGNS
        if rel in INEQUALITIES or rel in ("in", "notin")
    )
    + r"|\\lt(?![A-Za-z])|\\gt(?![A-Za-z])"
)


def trailing_range(text: str) -> str | None:
    r"""The range written after the formula of the definition ``text``, or None.

    >>> trailing_range(r"f(x) = \lambda e^{-\lambda x}, \quad x \ge 0")
    'x \\ge 0'
    >>> trailing_range(r"G(t) = 2t \text{ for } 0 < t < 1.")
    '0 < t < 1'
    >>> trailing_range(r"f(x) = a + b") is None
    True
    """
    text = ascii_relations(text)  # sound12: x ≥ 0 is a range too
    eqs = top_level(text, "=")
    if len(eqs) != 1:
        return None
    rhs = _without_end(text[eqs[0] + 1 :])
    start = _first_separator(rhs)
    if start is None:
        return None
    m = _SEPARATOR.match(rhs, start)
    rest = rhs[m.end() :].strip() if m else ""
    if not rest or not _RELATION.search(rest):
        return None
    # sound12: a range of several parts (``0 < x < 1, \; 0 < y < 1``) is returned whole:
    # the caller cannot read it and gives no value off it, never the formula everywhere
    return rest


def _without_end(text: str) -> str:
    """``text`` without the spacing and punctuation that end it (linear: a regular
    expression anchored at the end retries from every offset of a long run)."""
    k = len(text)
    while True:
        while k and text[k - 1].isspace():
            k -= 1
        end = next((e for e in _END if text.endswith(e, 0, k)), None)
        if end is None:
            return text[:k]
        k -= len(end)


def _first_separator(text: str) -> int | None:
    """Where the first separator outside braces and brackets starts (a comma, a ``\\quad``,
    a condition word box) after some formula; None when there is none."""
    outside = outside_brackets(text)
    first = len(text) - len(text.lstrip())  # where the formula starts
    for m in _MARK.finditer(text, first + 1):
        if outside[m.start()]:
            return m.start()
    return None


_MARK = re.compile(r"[,;]|\\q?quad\b|" + _WORD_BOX.pattern)
