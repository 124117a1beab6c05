"""How a written expression tree is grouped for printing.

Pure functions on unevaluated sympy trees, no LaTeX: which factors of a
product form one fraction, which nested products are spliced in, what needs
brackets. :mod:`._printer` turns the groups into LaTeX.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import sympy as sp

#: Symbols that stand for the square of a Greek letter: ``sigma2`` is the
#: variance as one positive symbol. Its powers print as powers of the letter
#: (``sigma2**2`` is ``\\sigma^{4}``), which is how a person writes them.
SQUARED_SYMBOLS: Mapping[str, str] = {"sigma2": r"\sigma"}


def is_negative_number(expr: sp.Basic) -> bool:
    return isinstance(expr, sp.Number) and bool(expr.is_negative)


def _is_minus_one(expr: sp.Basic) -> bool:
    return expr == sp.S.NegativeOne


def strip_unit_factor(expr: sp.Basic) -> sp.Basic:
    """Drop the ``1*`` that ``Sum`` and ``Derivative`` put around a written body."""
    if isinstance(expr, sp.Mul) and expr.args and expr.args[0] == sp.S.One:
        rest = expr.args[1:]
        if len(rest) == 1:
            return rest[0]
        return sp.Mul(*rest, evaluate=False)
    return expr


def flatten_add(expr: sp.Add) -> list[sp.Basic]:
    out: list[sp.Basic] = []
    for term in expr.args:
        if isinstance(term, sp.Add):
            out.extend(flatten_add(term))
        else:
            out.append(term)
    return out


def flatten_mul(expr: sp.Mul) -> list[sp.Basic]:
    """Factors in written order. A nested product is spliced in only when it
    comes first (``(-N)/2``, ``(2 pi) sigma2``): later ones stay a unit so that
    ``2 (N/2)`` is not reprinted as ``2N/2``."""
    out: list[sp.Basic] = []
    for i, f in enumerate(expr.args):
        if isinstance(f, sp.Mul) and i == 0:
            out.extend(flatten_mul(f))
        else:
            out.append(f)
    return out


def leads_negative(expr: sp.Mul) -> bool:
    factors = flatten_mul(expr)
    return bool(factors) and is_negative_number(factors[0])


@dataclasses.dataclass
class Segment:
    """Factors printed as one fraction (or side by side when ``dens`` is empty)."""

    nums: list[sp.Basic]
    dens: list[sp.Basic]
    closed: bool = False  # takes no further factors
    absorbs: bool = False  # a number's denominator: later denominators join it


def segments(factors: list[sp.Basic]) -> list[Segment]:
    """Group written factors into fractions.

    Written order decides: numerators followed by one denominator form a
    fraction (``N/2``, ``(x - mu)**2/sigma2``); a factor after that denominator
    starts a new fraction, so ``1/(2 s) * Sum`` prints as a fraction followed
    by the sum and ``(N/2) * (1/(2 pi s))`` as two fractions, as written. A
    number's denominator takes the denominators that follow it
    (``-1/2 * 1/sigma2`` is ``-1/(2 sigma^2)``) and a symbol right after a unit
    fraction (``1/2 * N`` is ``N/2``). Negative numbers, sums and
    derivatives are never put inside a fraction.
    """
    out: list[Segment] = []
    for f in factors:
        cur = out[-1] if out and not out[-1].closed else None
        if is_negative_number(f) or isinstance(f, (sp.Sum, sp.Derivative)):
            out.append(Segment([f], [], closed=True))
        elif isinstance(f, sp.Rational) and not isinstance(f, sp.Integer):
            if cur is None or cur.dens:
                cur = Segment([], [])
                out.append(cur)
            cur.nums.append(sp.Integer(f.p))
            cur.dens.append(sp.Integer(f.q))
            cur.absorbs = True
        elif isinstance(f, sp.Pow) and f.args[1].is_Rational and f.args[1].is_negative:
            if cur is None or (cur.dens and not cur.absorbs):
                cur = Segment([], [])
                out.append(cur)
            cur.dens.append(invert(f))
        elif (
            isinstance(f, (sp.Symbol, sp.Indexed))
            and cur is not None
            and cur.absorbs
            and cur.nums == [sp.S.One]
        ):
            # 1/2 * N reads as N/2, the way the post writes it. The fraction is
            # then complete: a later 1/(2 pi s) stays a fraction of its own.
            cur.nums = [f]
            cur.absorbs = False
        else:
            if cur is None or cur.dens:
                cur = Segment([], [])
                out.append(cur)
            cur.nums.append(f)
    for seg in out:
        if seg.dens:
            # 1 * a / b: the 1 of a number's numerator is implicit.
            seg.nums = [g for g in seg.nums if g != sp.S.One] if len(seg.nums) > 1 else seg.nums
            if seg.nums == [sp.S.One]:
                seg.nums = []
    return out


def invert(f: sp.Pow) -> sp.Basic:
    base, exponent = f.args
    if exponent == sp.S.NegativeOne:
        return base
    return sp.Pow(base, -exponent, evaluate=False)


def self_delimiting(expr: sp.Basic) -> bool:
    """True when an operand reads as one unit without brackets: a symbol, a
    sample, a function call or a power (the post writes d/dmu (x_n - mu)^2)."""
    if isinstance(expr, (sp.Symbol, sp.Indexed, sp.Function)):
        return True
    if isinstance(expr, sp.Pow):
        exponent = expr.args[1]
        return not (exponent.is_Rational and exponent.is_negative)
    return False


def needs_base_parens(base: sp.Basic) -> bool:
    if isinstance(base, (sp.Add, sp.Mul, sp.Pow, sp.Sum, sp.Derivative)):
        return True
    if isinstance(base, sp.Rational) and not isinstance(base, sp.Integer):
        return True
    if is_negative_number(base):
        return True
    if base.is_Symbol and base.name in SQUARED_SYMBOLS:
        return True
    return False
