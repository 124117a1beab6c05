"""A ``\\because`` premise inside a chain that is a rule worked out, checked by itself.

``\\because \\ln(1) = 0``, ``\\because \\ln(\\frac{N}{M}) = \\ln(N) - \\ln(M)`` between two rows
of a chain state a fact the next row uses. Such a premise was left unread (read as a step,
it became the line the next row is compared with). When it is a rule (:func:`._inline_claims.
is_rule`: a log, a derivative, a sum or an expectation worked out, a fact whatever the post's
quantities are) and reads as one equation, it is an aside: checked by itself, the chain goes
on past it, and the row after it still rests on it (never refuted for it). A premise that
gives a name a value (``\\because \\sigma(z) = \\frac{1}{1 + e^{-z}}``) stays unread.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from ._inline_claims import is_rule

_BECAUSE_WORD = re.compile(r"\\because(?![A-Za-z])")
_ALIGN = re.compile(r"(?<!\\)&")
#: A trailing condition in brackets after spacing (``\quad (N, M > 0)``): not the rule's.
_CONDITION = re.compile(r"\\q?quad\s*\([^()]*\)\s*$")


def readable_rule(pr: Any, parse: Callable[[str], Any]) -> Any | None:
    """The ``\\because`` row ``pr`` read without the word (and a trailing condition in
    brackets, ``\\quad (N, M > 0)``, blanked) as an aside, when it is one equation that is a
    rule; else None. ``parse`` reads a text of the row's length (columns kept)."""
    text = _BECAUSE_WORD.sub(lambda m: " " * len(m.group()), pr.row.text, count=1)
    text = _CONDITION.sub(lambda m: " " * len(m.group()), text)
    if not is_rule(_ALIGN.sub(" ", text).strip()):
        return None
    read = parse(text)
    if not getattr(read, "ok", False) or len(read.statements) != 1:
        return None
    st = read.statements[0]
    if len(st.sides) != 2 or None in st.sides or list(st.relations) != ["="]:
        return None
    return dataclasses.replace(read, row=dataclasses.replace(read.row, aside=True))


__all__ = ["readable_rule"]
