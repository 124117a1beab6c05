"""A statement that ends in a limit arrow to a number states a limit, not a value.

``\\alpha = \\beta \\to 0`` ("in the limit alpha = beta -> 0", held-out batch 29, Erik Tuck's
beta-binomial note) is split at ``=`` and at ``\\to``, which the relations read as an
implication (``=>``). Its first link then looked like a definition, alpha = beta, and a row
under the next heading that gave alpha a value of its own (``\\alpha = \\frac{0.45}{0.55}
\\beta = \\frac{9}{11}\\beta``) was compared with beta and refuted. Written with an arrow
(``\\to``, ``\\rightarrow``, ``\\longrightarrow``, ``→``; never ``\\Rightarrow`` or
``\\implies``) to a number or to infinity at the end, the statement says where the sides go,
under a condition the sentence names ("in the limit", "as n grows"): it gives the name on
its left no value. Such a statement is read for nothing (:func:`states_a_limit`); a row made
of it is left unchecked with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp

#: Arrows read as "tends to" (``\\to``); ``\\Rightarrow``/``\\implies`` are implications.
_ARROW = re.compile(r"\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])|→")

REASON = (
    "a limit: the statement ends in an arrow to {target} (\\to), so it says where its "
    "sides go, not a value of {name}; not checked"
)


def states_a_limit(text: str, relations: Sequence[str], sides: Sequence[sp.Basic | None]) -> bool:
    """Does the statement (its sides and relations, its row's ``text``) end in a limit arrow
    to a number or to infinity, after at least one other relation (``a = b \\to 0``)?"""
    if len(relations) < 2 or relations[-1] != "=>" or len(sides) != len(relations) + 1:
        return False
    if not _ARROW.search(text or ""):
        return False
    last = sides[-1]
    return last is not None and (
        bool(getattr(last, "is_number", False)) or last in (sp.oo, -sp.oo, sp.zoo)
    )
