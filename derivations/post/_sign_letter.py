r"""The sign letter of ``\pm`` and ``\mp`` (see :mod:`._plus_minus` for how rows with it are
checked).

``a \pm b`` is read as ``a + s b`` and ``a \mp b`` as ``a - s b``, with one letter :data:`SIGN`
for every ``\pm`` of a post, whose only values are +1 and -1. The lexer writes it and the
builder declares its domain; this module imports nothing of the reader, so both can.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..assumptions import Domain


class PlusMinus(sp.Symbol):
    """The sign of a post's ``\\pm``: +1 or -1."""


#: The one sign letter of every post (printed as the sign it stands for).
SIGN = PlusMinus("±", integer=True, nonzero=True)


def sign_domain() -> Domain:
    """What is assumed of :data:`SIGN`: it is +1 or -1."""
    return Domain(
        name=str(SIGN),
        integer=True,
        members=(Fraction(-1), Fraction(1)),
        excluded=(Fraction(0),),
        source="the reading of \\pm",
        text="\\pm is +1 or -1 (one sign for every \\pm of a row, the other for \\mp)",
    )


def sign_words() -> str:
    """:data:`SIGN`'s assumption in words, for reports."""
    return "the sign of \\pm: +1 or -1"


def has_sign(*exprs: object) -> bool:
    return any(isinstance(e, sp.Basic) and e.has(SIGN) for e in exprs)


#: Why a link into a row with ``\\pm`` is never refuted: the row stands for its roots.
SOLVED_INTO_SIGN = (
    "the row stands for two lines, one per sign of \\pm, that hold together (a set of "
    "roots); the reader checks them one sign at a time, so a failure is not a refutation"
)


__all__ = ["SIGN", "SOLVED_INTO_SIGN", "PlusMinus", "has_sign", "sign_domain", "sign_words"]
