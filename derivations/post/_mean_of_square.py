"""EXPECT9: ``E(g)^2`` read as the mean of the square where that makes a row hold.

``\\mathbb{E}(\\sum_i X_i)^2 = n\\mathrm{Var}(X_1) + (n\\theta)^2`` writes the mean of a
square as a power of the bracket; the reader takes the square of the mean
(``._expectation._ambiguous_power``) and leaves the line without a value. See
:func:`square_reading` for when the other reading is used.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._expectation import _operator, by_linearity, determined
from ._samples import MAX_POWER
from ._tosympy import Opaque, evaluating


def square_reading(
    prev: sp.Basic,
    written: sp.Basic,
    lp: sp.Basic | None,
    lw: sp.Basic | None,
    constants: Any,
    laws: Any,
) -> tuple[sp.Basic, sp.Basic, str] | None:
    """``E(\\sum_i X_i)^2``, ``E\\left[\\frac{n}{\\theta}(\\bar X - \\theta)\\right]^2``: the
    reader takes the square of the mean (``._expectation._ambiguous_power``) and leaves
    such a line without a value, but authors write the mean of the square so too. When a
    line has no value only for that reason (``lp`` or ``lw`` None), it is read as the mean
    of the square; the two lines (``prev``, ``written``) written by linearity then count
    only when every moment has a value from the declared ``laws`` and they are equal: the
    row holds as its author may have meant it. (None otherwise: a difference under this
    reading says nothing of the other.) Returns the two lines and a note for the link."""
    if not laws:
        return None
    lines = []
    for e, value in ((prev, lp), (written, lw)):
        if not isinstance(e, sp.Basic):
            return None
        if value is None:
            square = mean_of_square(e)
            value = by_linearity(square, constants, laws) if square is not None else None
        if value is None or not determined(value) or value.atoms(sp.Indexed):
            return None
        lines.append(value)
    with evaluating(True):
        try:
            same = sp.cancel(sp.expand(lines[0] - lines[1])) == 0
        except (TypeError, ValueError, RecursionError):
            return None
    if not same:
        return None
    return lines[0], lines[1], "; E(...)^2 read as the mean of the square"


#: An expectation's operator as a post writes it, with a subscript (``\\mathbb{E}_\\theta``).
_OPERATOR = re.compile(
    r"(?:\\mathbb\s*\{\s*E\s*\}|\\mathrm\s*\{\s*E\s*\}|\\operatorname\s*\{\s*E\s*\}"
    r"|\\E(?![A-Za-z])|(?<![A-Za-z\\])E(?![A-Za-z]))"
    r"(?:\s*_\s*(?:\{[^{}]{0,60}\}|\\?[A-Za-z]+|\d))?"
    r"\s*(?:\\(?:left|bigl?|Bigl?|biggl?|Biggl?)\s*)?(?=[(\[])"
)
#: What opens and closes a bracket (``\\{`` and ``\\}`` are read as ``(`` and ``)``).
_OPEN, _CLOSE = "([{", ")]}"
#: Characters of the rows looked at (hostile text stays cheap).
_MAX_TEXT = 100_000
#: Expectations looked at (each scan to its closing bracket is linear in the text).
_MAX_OPERATORS = 400


def bracketed_powers(texts: list[str]) -> bool:
    """EXPECT17: no expectation of the rows ``texts`` has a power on its own bracket
    (``\\mathbb{E}(a X + b)^2``, ``\\mathbb{E}[g]^2``), so every power of an expectation
    is written on a bracket around it (``\\left(\\mathbb{E}[g]\\right)^2``): the square
    of the mean, the one reading. False when one has, a bracket does not close, or the
    text is longer than the reader looks at."""
    text = "\n".join(texts)
    if len(text) > _MAX_TEXT:
        return False  # not all looked at: not known
    text = text.replace("\\{", "(").replace("\\}", ")")
    text = text.replace("\\lbrack", "[").replace("\\rbrack", "]")
    closing = _closings(text)
    for k, m in enumerate(_OPERATOR.finditer(text)):
        if k >= _MAX_OPERATORS:
            return False
        end = closing.get(m.end())
        if end is None:
            return False
        if _POWER_AFTER.match(text, end + 1):
            return False
    return True


#: A power after a closing bracket, thin spaces between (``]^2``, ``) \\, ^2``).
_POWER_AFTER = re.compile(r"\s*(?:\\[,;!: ]\s*)*\^")


def _closings(text: str) -> dict[int, int]:
    """Index of each opening bracket -> index of the bracket that closes it (any kind),
    in one pass."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for k, c in enumerate(text):
        if c in _OPEN:
            stack.append(k)
        elif c in _CLOSE and stack:
            out[stack.pop()] = k
    return out


def mean_of_square(e: sp.Basic) -> sp.Basic | None:
    """``e`` with each whole power of an expectation of more than one variable
    (``E(a X + b)^2``) written as the expectation of the power; None when there is none."""
    found = {}
    for pw in e.atoms(sp.Pow):
        base = pw.base
        if not (isinstance(base, Opaque) and _operator(base) == "E" and base.args):
            continue
        arg = base.args[0]
        if isinstance(arg, (sp.Symbol, sp.Indexed)):
            continue
        if not (pw.exp.is_Integer and 2 <= int(pw.exp) <= MAX_POWER):
            return None
        found[pw] = base.func(sp.Pow(arg, pw.exp), *base.args[1:])
    return e.xreplace(found) if found else None


__all__ = ["bracketed_powers", "mean_of_square", "square_reading"]
