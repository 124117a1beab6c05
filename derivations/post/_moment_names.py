"""A primed moment name given a formula is a claim about the model, not a definition.

In a post that speaks of moments, ``\\mu_1'`` (``\\mu'_1``, ``\\mu_2'``) is the model's raw
moment ``E[X^k]``: a row that gives it a formula (``\\mu_1' = \\int_\\theta^x u \\theta u^{-2}
du``) says what that moment is, and may say it wrongly (held-out external11: the asker
integrated to ``x`` instead of to infinity). Taken as a definition, the row was "given", and
with its rewrites right, proved. The reader does not work out the moment of a density given
in prose, so such a link is unchecked; the name keeps the formula for the rows after it, as a
definition's would (the moment equation ``m_1' = \\mu_1'`` that follows still reads it).
"""

from __future__ import annotations

import re
from typing import Any

#: A primed mu with a whole-number order, as the reader names it (``mu_1'``, ``mu'_2``).
_NAME = re.compile(r"mu_?\{?\d+\}?'+|mu'+_?\{?\d+\}?")
#: The prose speaks of moments ("method of moments", "the first moment").
WORDS = re.compile(r"\bmoments?\b", re.IGNORECASE)


def moment_claim(name: Any, ctx: Any) -> str:
    """Why the row's formula for ``name`` is a claim to leave unchecked ("" when it is a
    definition like any other)."""
    text = getattr(name, "name", None) or str(name)
    if not getattr(ctx, "moment_words", False) or not _NAME.fullmatch(text):
        return ""
    return (
        f"{text} names a raw moment of the model (the post speaks of moments): its formula "
        "is a claim about the model, which the reader does not check; the rows after it "
        "read it as the name's value"
    )
