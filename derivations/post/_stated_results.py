"""Names the post states a result for, which later comparisons must not read as free.

A row such as ``\\hat{x}_+ = \\hat{x}_- + K'(y - C\\hat{x}_-)`` before the rows that derive
it is a stated result (:mod:`._equations`: unchecked, and its value is not the name's).
A later row that uses the name (``e_+ = x - \\hat{x}_+ = (I - K'C) e_- - K'v``) was
compared with the name free, and a correct row was refuted for a value of the name the post
had ruled out. Such a comparison is never a refutation: the row is unchecked with the
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


def never_refuted_why(stated: dict[sp.Symbol, int], compared: Iterable[Any], line: int) -> str:
    """Why a comparison of ``compared`` (the lines of a row at ``line``) is no refutation:
    it leaves free a name with a result stated on an earlier line; "" otherwise."""
    if not stated:
        return ""
    for e in compared:
        for s in getattr(e, "free_symbols", ()):
            at = stated.get(s)
            if at is not None and at < line:
                return (
                    f"{s} has the value the post states on line {at}, which the reader does "
                    "not take as its value, so a difference is no refutation"
                )
    return ""


__all__ = ["never_refuted_why", "remember"]
