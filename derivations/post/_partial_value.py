r"""A formula of the prose that gives a function's value off a range only.

"$g(t) = 4t^3$ on $0 < t < 1$ ... and $g(t) = 0$ elsewhere": the second formula is the value
beyond the range, not the function. Harvested as a definition, it became the whole of ``g``
when the row with the range was not read, and ``\int_0^2 g = 1`` was refuted (adversarial
set 12, pair 10). :func:`only_elsewhere` tells such a formula by the words right after it;
the reader keeps it out of the definitions (``._density_range`` still reads the sentence).
"""

from __future__ import annotations

import re

#: Words right after the formula that say it holds off a range: "elsewhere", "otherwise",
#: "outside", "for every other $x$", "for all other", "everywhere else".
_ELSEWHERE = re.compile(
    r"[\s,]*(?:elsewhere|otherwise|outside\b|everywhere\s+else"
    r"|(?:for|at)\s+(?:every|all|any|each)\s+other\b)",
    re.I,
)


def only_elsewhere(text: str, end: int) -> bool:
    """Do the words right after offset ``end`` (a formula's end) say it holds off a range?"""
    return _ELSEWHERE.match(text[end : end + 80]) is not None


__all__ = ["only_elsewhere"]
