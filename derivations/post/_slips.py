"""Typesetting slips that change the meaning of a row, found and reported as notes.

A reader of ``\\frac{1}{\\sqrt{2\\pi\\sigma}} e^{-\\frac{(x - \\mu)^2}{2\\sigma^2}}``
sees the normal density with ``\\sigma`` written where the post means
``\\sigma^2`` (the exponent, in the same row, has ``\\sigma^2``). The row is
checked *as written* - it is refuted if it does not follow - but the next row
is compared with the reading the author meant, so one slip is reported once,
on its own line, and does not make the correct rows after it look wrong.
"""

from __future__ import annotations

import dataclasses

import sympy as sp


@dataclasses.dataclass(frozen=True)
class Slip:
    """A meaning-changing slip: the reading meant, and a sentence for the report."""

    meant: sp.Basic
    note: str


def _sigma_forms(e: sp.Basic) -> tuple[sp.Basic, sp.Basic] | None:
    """(sigma as written, sigma^2) for the post's reading of sigma, if the row has sigma^2."""
    for s in e.free_symbols:
        if not isinstance(s, sp.Symbol):
            continue
        if s.name.endswith("sigma2") and s.is_positive:
            return sp.Pow(s, sp.S.Half, evaluate=False), s
        if s.name == "sigma" and s.is_positive:
            square = sp.Pow(s, 2, evaluate=False)
            if any(p.base == s and p.exp == 2 for p in e.atoms(sp.Pow)):
                return s, square
    return None


def _factors(e: sp.Basic) -> list[sp.Basic]:
    """The factors of a product as written (nested products flattened)."""
    if isinstance(e, sp.Mul):
        return [f for a in e.args for f in _factors(a)]
    return [e]


def _half_power(exp: sp.Basic) -> bool:
    """``1/2``, ``-1/2`` or ``+-n/2`` with ``n`` a letter: the power of one normal constant
    (``\\sqrt{2\\pi\\sigma}``) or of the product of ``n`` of them (``(2\\pi\\sigma)^{n/2}``)."""
    if exp in (sp.S.Half, -sp.S.Half):
        return True
    if not isinstance(exp, sp.Basic) or len(exp.free_symbols) != 1:
        return False
    with sp.evaluate(True):  # the builder may read rows with evaluation off
        if exp.count_ops() > 8:  # off, sympy's count leaves MUL*1 and cannot sum it
            return False
        twice = 2 * exp.doit()
        return isinstance(twice, sp.Symbol) or isinstance(-twice, sp.Symbol)


def find_slip(e: sp.Basic) -> Slip | None:
    """``\\sqrt{2\\pi\\sigma}`` in a row that also has ``\\sigma^2``: the normal constant's slip."""
    forms = _sigma_forms(e)
    if forms is None:
        return None
    sigma, square = forms
    if not e.has(square):
        return None
    hits = {}
    for p in e.atoms(sp.Pow):
        if not _half_power(p.exp) or not isinstance(p.base, sp.Mul):
            continue
        factors = _factors(p.base)
        if sp.pi in factors and any(f == sigma for f in factors):
            fixed = [square if f == sigma else f for f in factors]
            hits[p] = sp.Pow(sp.Mul(*fixed, evaluate=False), p.exp, evaluate=False)
    if not hits:
        return None
    meant = e.xreplace(hits)
    return Slip(
        meant,
        "the normal density's constant is written \\sqrt{2\\pi\\sigma}, with \\sigma where the "
        "row's exponent has \\sigma^2: the row is checked as written, the rows after it "
        "against \\sqrt{2\\pi\\sigma^2}",
    )


def index_slip(e: sp.Basic, samples: dict[str, str]) -> str | None:
    """``\\prod_{i=1}^{n} f(x)``: a sum or product whose terms never use its index,
    written with a sample's plain letter (``x`` where ``x_i`` is meant). The row
    is read as written (``f(x)^n``); a note says so. ``samples`` maps the post's
    sample letters to their index letters."""
    for node in sp.preorder_traversal(e):
        if not isinstance(node, (sp.Sum, sp.Product)):
            continue
        index = node.limits[0][0]
        body = node.function
        if index in body.free_symbols or body.atoms(sp.Indexed):
            continue
        plain = sorted(
            s.name for s in body.free_symbols if isinstance(s, sp.Symbol) and s.name in samples
        )
        if plain:
            what = "product" if isinstance(node, sp.Product) else "sum"
            letter = plain[0]
            return (
                f"the {what} over {index} has terms without {index}: {letter} is written where "
                f"{letter}_{index} is probably meant (read as written, every term is the same)"
            )
    return None
