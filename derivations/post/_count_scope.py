"""The builder's side of :mod:`._said_counts` (helper SOUNDA): a count said under a heading
holds in that section's rows only, and a row that writes a count with no sure value is
never refuted."""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._resolve import Value


def enter_row(builder: Any, row: Any) -> None:
    """Give each count said under headings its value in a row under one of them, and no
    value in a row under another (see the module)."""
    ctx = builder.ctx
    for letter, sections in getattr(ctx, "count_sections", {}).items():
        sym = ctx.symbol(letter)
        if row.section in sections:
            builder.names.define(sym, Value(-1, sp.Integer(ctx.stated_counts[letter])))
        else:
            builder.names.defined.pop(sym, None)


def unsure_count(builder: Any, pr: Any) -> str:
    """Why a count the row ``pr`` writes has no sure value ("" when none)."""
    ctx = builder.ctx
    unsure = set(getattr(ctx, "unsure_counts", ()))
    unsure |= {
        letter
        for letter, sections in getattr(ctx, "count_sections", {}).items()
        if pr.row.section not in sections
    }
    if not unsure:
        return ""
    written = {
        s.name
        for st in pr.statements
        for side in st.sides
        if isinstance(side, sp.Basic)
        for s in side.free_symbols
        if isinstance(s, sp.Symbol)
    }
    hit = sorted(unsure & written)
    if not hit:
        return ""
    letter = hit[0]
    if letter in getattr(ctx, "unsure_counts", ()):
        return (
            f"the prose says two numbers for the count {letter}; which one the row means is "
            "not told, so it is not refuted at another"
        )
    return (
        f"the prose says a number for the count {letter} under another heading; whether it "
        "holds here is not told, so the row is not refuted at another"
    )


__all__ = ["enter_row", "unsure_count"]
