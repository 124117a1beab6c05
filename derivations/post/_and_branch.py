r"""``\text{ and }`` after a condition joins a second condition only when math with a relation
follows it.

``\sqrt{x^4} = x^2 \text{ if } x > 0 \text{ and } -x^2 \text{ otherwise}``: the words
``and`` start a second branch (a value and ``otherwise``), not a second condition. Read as
a join, the condition became ``x > 0`` with ``-x^2`` beside it and the false second branch
was never checked: the row was proved (adversarial set 12, pair 128). :func:`branch_after_and`
names such a box; the row is then not read (a value by cases written in words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A relation sign in the math after the box (a second condition).
_RELATION = re.compile(
    r"(?<![\\{_^])(?:=|<|>)|\\(?:n?eq|leq?|geq?|ne|lt|gt|in|notin|neq)(?![A-Za-z])|[≤≥≠∈∉]"
)


def branch_after_and(found: Sequence[re.Match], body: str, joins: Sequence[bool]) -> str:
    """Why the row is not read when a joining box (``joins[k]``) is followed by math with
    no relation before the next box or the end (a second value, not a condition); ``""``
    otherwise."""
    for k, m in enumerate(found):
        if not joins[k]:
            continue
        end = found[k + 1].start() if k + 1 < len(found) else len(body)
        math = body[m.end() : end]
        if math.strip(" &\n.,;") and not _RELATION.search(math):
            words = " ".join(m.group(1).split())
            return (
                f"the words '{words}' after a condition begin another value, not a condition"
                " (a value by cases written in words is not read)"
            )
    return ""


__all__ = ["branch_after_and"]
