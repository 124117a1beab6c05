"""Names the post states a result for, which later comparisons must not read as free.

A row such as ``\\hat{x}_+ = \\hat{x}_- + K'(y - C\\hat{x}_-)`` before the rows that derive
it is a stated result (:mod:`._equations`: unchecked, and its value is not the name's).
A later row that uses the name (``e_+ = x - \\hat{x}_+ = (I - K'C) e_- - K'v``) was
compared with the name free, and a correct row was refuted for a value of the name the post
had ruled out. A comparison in which the name is on one line only (its value may be what
joins the two) is never a refutation: the row is unchecked with the
line of the stated result named; a step that holds for every value of the name is still
proved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sympy as sp


def remember(stated: dict[sp.Symbol, int], value: Any, line: int) -> None:
    """Record the name on the left of a stated result ``value`` (an equation), at ``line``."""
    lhs = getattr(value, "lhs", None)
    if isinstance(lhs, sp.Symbol) and lhs not in stated:
        stated[lhs] = line


def guarded(
    stated: dict[sp.Symbol, int], links: Iterable[Any], steps: Any, line: int
) -> list[tuple[Any, str]]:
    """The links of the row at ``line`` that are no refutation, each with why: a step of the
    link compares two lines of which only one holds a name with a result stated on an
    earlier line (its value may be what joins them). A name on both lines (or on neither)
    is weighed as before: the step fails whatever the name is."""
    out: list[tuple[Any, str]] = []
    if not stated:
        return out
    for link in links:
        for i in [link.step, *link.helpers] if link.step is not None else link.helpers:
            if i is None or i < 1:
                continue
            before = getattr(steps[i - 1].expr, "free_symbols", set())
            after = getattr(steps[i].expr, "free_symbols", set())
            named = sorted((s for s in before ^ after if stated.get(s, line) < line), key=str)
            if named:
                out.append(
                    (
                        link,
                        f"{named[0]} has the value the post states on line {stated[named[0]]}, "
                        "which the reader does not take as its value, so a difference is no "
                        "refutation",
                    )
                )
                break
    return out


__all__ = ["guarded", "remember"]
