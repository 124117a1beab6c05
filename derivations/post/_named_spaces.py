"""Parameter spaces a post states through a named set or in words.

"The parameter space is $\\Theta = (0, 1)$ and $\\theta \\in \\Theta$", "The parameter $p$
lies in the parameter space $[0, \\frac{1}{2}]$": each restricts the parameter as
``\\theta \\in (0, 1)`` written in math does. Neither was read, so the numeric check drew
``\\theta = 2.13`` and refuted the correct ``|\\theta - 1| = 1 - \\theta`` (adversarial set
7, pairs 105, 139 and 140). Here such sentences become the statements of the assumption
language (``\\theta \\in (0, 1)``) that :func:`._assume.prose_statements` reads; a
statement it cannot read is dropped there.

Only intervals count (``(a, b)``, ``[a, b]``, half-open), and in words only after
"parameter space", "interval" or "range" ("in $(0, 1)$" alone is as often a place).
"""

from __future__ import annotations

import re

#: ``(0, 1)``, ``[0, \frac{1}{2}]``, ``(0, 1]``: an interval written in math.
_INTERVAL = r"(?:\\left)?\s*[(\[]\s*[^$()\[\]]{1,40}?,\s*[^$()\[\]]{1,40}?(?:\\right)?\s*[)\]]"
#: ``$\Theta = (0, 1)$``: a set named by a letter.
_NAMED_SET = re.compile(r"\$\s*(\\[A-Za-z]+|[A-Z])\s*=\s*(" + _INTERVAL + r")\s*\$")
#: ``$\theta \in \Theta$``: a name in a named set.
_MEMBER = re.compile(r"\$\s*([^$]{1,30}?)\s*(?:\\in\b|∈)\s*(\\[A-Za-z]+|[A-Z])\s*\$")
#: ``$p$ lies in the parameter space $[0, \frac{1}{2}]$``.
_IN_WORDS = re.compile(
    r"\$([^$]{1,30})\$\s+(?:lies|lie|is|are|takes\s+values|ranges?)\s+(?:in|over|on)\s+the\s+"
    r"(?:parameter\s+space|interval|range)\s*\$\s*(" + _INTERVAL + r")\s*\$",
    re.IGNORECASE,
)


def space_statements(text: str) -> list[tuple[str, int]]:
    """``(statement, position)`` for each parameter space the prose states through a named
    interval (``\\theta \\in \\Theta`` with ``\\Theta = (0, 1)``) or in words."""
    sets: dict[str, list[str]] = {}
    for m in _NAMED_SET.finditer(text):
        sets.setdefault(m.group(1), []).append(m.group(2).strip())
    out = []
    for m in _MEMBER.finditer(text):
        found = set(sets.get(m.group(2), []))
        if len(found) == 1:  # a set named twice with two intervals says nothing sure
            out.append((f"{m.group(1).strip()} \\in {found.pop()}", m.start()))
    for m in _IN_WORDS.finditer(text):
        out.append((f"{m.group(1).strip()} \\in {m.group(2).strip()}", m.start()))
    return out
