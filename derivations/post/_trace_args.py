r"""Capital letters inside ``\mathrm{tr}(...)``, ``\operatorname{tr}``, ``\det`` are matrices.

``\mathrm{tr}(ABC) = \mathrm{tr}(BAC)`` was proved: with no transpose or bold letter in the
post, ``tr`` was an unknown function and ``A``, ``B``, ``C`` commuting numbers, so any order
of the factors was the same (adversarial set 12, pair 119). A trace or a determinant is
taken of a matrix: the capitals in its argument (``ABC`` too, letter by letter) do not
commute, and the matrix reader checks the row (cyclic orders agree, others do not).
"""

from __future__ import annotations

import re

#: A trace or a determinant and the opening of its argument.
_OPERATOR = re.compile(
    r"(?:\\mathrm\s*\{\s*tr\s*\}|\\operatorname\s*\{\s*tr\s*\}|\\text\s*\{\s*tr\s*\}|\\trace"
    r"|\\det|\\mathrm\s*\{\s*Tr\s*\}|\\operatorname\s*\{\s*Tr\s*\})\s*(?:\\left\s*)?[(\[]"
)
#: Upper bounds on what a hostile post can make this look through.
_MAX_TEXT = 200_000
_MAX_ARGUMENT = 200


def trace_arguments(text: str) -> frozenset[str]:
    """The capital letters written inside the argument of a trace or a determinant."""
    out: set[str] = set()
    text = text[:_MAX_TEXT]
    for m in _OPERATOR.finditer(text):
        argument = _argument(text, m.end())
        for run in re.findall(r"(?<![\\A-Za-z])[A-Z]+(?![a-z])", argument):
            if len(run) <= 6:  # ABC: a product of matrices, letter by letter
                out.update(run)
    return frozenset(out)


def _argument(text: str, start: int) -> str:
    """The text from ``start`` to the bracket that closes the one before it (at most
    :data:`_MAX_ARGUMENT` characters)."""
    depth = 1
    for k in range(start, min(len(text), start + _MAX_ARGUMENT)):
        c = text[k]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return text[start:k]
    return ""


__all__ = ["trace_arguments"]
