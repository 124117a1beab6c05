"""A subscripted letter the words name as a function (adversarial set 15, pair 101).

"With $\\psi_1$ the trigamma function, $$\\psi_1(x + 1) = \\psi_1(x) - \\frac{1}{x^2}$$": the
reader has no function ``\\psi_1`` (``\\psi`` is the digamma, and a subscripted name is no
function name of the post), so the row was the letter ``psi_1`` times ``x + 1`` and the true
recurrence was refuted. A row that applies a subscripted name the prose so far calls a
function (a CDF, a density, a ... function) is not read: "unparsed", naming the function,
never a product.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ._parse import _FUNCTION_AS_NAME, _FUNCTION_IN_WORDS

_SCRIPTED = re.compile(
    r"\$\s*(\\?[A-Za-z]+)\s*_\s*(?:\{\s*([A-Za-z0-9]{1,3})\s*\}|([A-Za-z0-9]))\s*"
    r"(?:\(\s*\\?[A-Za-z]+\s*\))?\s*\$"
)


_NAMES_ONLY = re.compile(r"^\s*\\?[A-Za-z]+(?:\s*_\s*\{?\w{1,4}\}?)?\s*(?:,\s*\\?[A-Za-z]+\s*)*$")


def _named(prose: str) -> set[tuple[str, str]]:
    """(letter, subscript) of each subscripted name ``prose`` calls a function."""
    text = (prose or "")[-2000:]
    out = set()
    for m in [*_FUNCTION_IN_WORDS.finditer(text), *_FUNCTION_AS_NAME.finditer(text)]:
        for n in _SCRIPTED.finditer(m.group(0)):
            out.add((n.group(1), n.group(2) or n.group(3)))
    return out


def unread_worded_call(builder: Any, pr: Any) -> Any:
    """``pr``, or a copy of it that is not read when the row applies a subscripted name the
    prose so far calls a function."""
    known = builder.__dict__.setdefault("worded_scripted", set())
    known |= _named(pr.row.prose)
    if not known or pr.row.role != "row" or not pr.ok:
        return pr
    text = pr.row.text[:20_000]
    for letter, script in sorted(known):
        call = re.compile(
            re.escape(letter)
            + r"(?![A-Za-z])\s*_\s*(?:\{\s*"
            + re.escape(script)
            + r"\s*\}|"
            + re.escape(script)
            + r"(?![A-Za-z0-9]))\s*(?:\\left\s*)?[(\[]([^()\[\]]{0,80})"
        )
        # at names only (M_k(s)) the reader reads a call as before; at an expression
        # (psi_1(x + 1)) it would read a product
        if any(not _NAMES_ONLY.match(c.group(1)) for c in call.finditer(text)):
            why = (
                f"{letter}_{script} is named a function in the words (its values are not "
                f"known to the reader): {letter}_{script}(...) is not read as a product"
            )
            return dataclasses.replace(pr, error=why)
    return pr
