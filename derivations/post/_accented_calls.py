"""An accented function letter applied to arguments a semicolon separates.

``\\tilde f(y_i;\\theta)``, ``\\hat p(x;\\lambda)``: the letter under an accent is a
function letter (``f``, ``p``, ``L`` ... of :data:`._passes.FUNCTION_LETTERS`), and a
semicolon at the top level of the bracket only ever separates arguments (no product is
written with one), so the bracket is the function's: the accented letter applied, a
function of its own (``tilde_f``), not ``f``. Without the semicolon (``\\tilde f(y)``) the
reader keeps its reading (the product, or what the post defines); another letter under the
accent (``\\tilde x(y;\\theta)``) stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ACCENTED = re.compile(r"(?:tilde|hat|bar|check|breve)_([A-Za-z])")


def accented_call(name: str, inner: Sequence, letters: frozenset[str]) -> bool:
    """Is ``name(inner)`` an accented function letter applied (a top-level ``;`` inside)?"""
    m = _ACCENTED.fullmatch(name)
    if m is None or m.group(1) not in letters:
        return False
    depth = 0
    for u in inner:
        if u.type in ("LPAR", "LBRACE"):
            depth += 1
        elif u.type in ("RPAR", "RBRACE"):
            depth -= 1
        elif depth == 0 and u.type == "SEMI":
            return True
    return False


__all__ = ["accented_call"]
