"""A function or a letter the post gives a new value, and the values that end with the
old one (adversarial set 13, pairs 16, 17, 18).

- "Let $$g(x) = e^{2x}$$ so $$\\log g(x) = 2x$$ Next take $$g(x) = e^{3x}$$ Then
  $$\\log g(x) = 3x$$": the display after "Next take" was compared with the old ``g`` (and
  refuted), and ``\\log g`` kept the old log, so the correct ``3x`` was refuted and a stale
  ``2x`` proved. A display row ``g(x) = R`` for a ``g`` with a value, after prose that ends
  by introducing a definition ("let", "take", "define", "set", "instead", ...), where ``R``
  is another function of the arguments, defines ``g`` anew: ``g``, its log and its
  derivatives start over from ``R`` (:func:`defines_anew`); the row itself is taken as the
  post's new definition (a definition is never compared with the old one).
- "Let $c = 2$ ... Later we take $c = 5$": a second number a sentence gives a letter with a
  value ends that value; the letter has none from there on (:func:`ends_letter_value`).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._redefined import gives_another_value
from ._tosympy import Named, NamedApplied

#: The tail of the prose before a display that introduces a definition ("Now let",
#: "Next take", "Instead, define", "we now set"): a definition word in the last 40
#: characters of the last sentence.
_LEAD = re.compile(
    r"\b(?:let|take|define|redefine|set|instead|now\s+use|change|replace|switch|consider|"
    # SOUNDB (set 14, 49-51, 56): "From now on", "Alternatively", "In the second model"
    r"from\s+(?:now|here)\s+on|henceforth|alternatively|work\s+with|"
    r"(?:second|another|new|other)\s+(?:model|case|example|setting))\b"
    r"[^.!?$]{0,40}$",
    re.I,
)


def defines_anew(prose: str, head: sp.Basic, old: sp.Basic | None, new: sp.Basic | None) -> bool:
    """Is the display row ``head = new`` (``g(x) = e^{3x}``), for a ``head`` whose value is
    ``old``, a new definition the prose before it introduces?"""
    if not isinstance(head, NamedApplied) or old is None or new is None:
        return False
    tail = (prose or "")[-300:].rstrip(" :,\n")
    if not _LEAD.search(tail):
        return False
    return gives_another_value(head, old, new)


def ends_letter_value(names: Any, lhs: sp.Basic, rhs: sp.Basic) -> bool:
    """A sentence gives ``lhs`` (``c``), a letter whose value is a number, another number
    ``rhs`` (``5``): the value ends (True); the letter has none from there on."""
    if not isinstance(lhs, sp.Symbol) or isinstance(lhs, (Named, NamedApplied)):
        return False
    if not (isinstance(rhs, sp.Basic) and rhs.is_number):
        return False
    value = names.defined.get(lhs)
    if value is None:
        return False
    old = getattr(value, "expr", None)
    if not (isinstance(old, sp.Basic) and old.is_number) or _equal(old, rhs):
        # only a number is ended by another number: "$\\phi = 1$" after "$\\phi = \\sigma^2$"
        # names a case of the formula (the GLM post, held-out batch 16), kept as before
        return False
    del names.defined[lhs]
    return True


def _equal(a: sp.Basic, b: sp.Basic) -> bool:
    try:
        return abs(complex(sp.N(a - b, 15))) < 1e-12
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return False
