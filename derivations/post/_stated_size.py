r"""A matrix size the post states in words, which the matrix reader does not use.

The matrix reader checks a row with matrices of a size it picks (a symbol ``d``, sampled at
2, 3, ...). "Let $A$ be a real $3 \times 3$ matrix" makes ``\det(2A) = 8\det A`` true; at
``d = 2`` it fails, and the correct row was refuted (adversarial set 12, pair 118). Until
the stated size is read, a counterexample at a size the reader picked is no refutation when
the post states a size in numbers: :func:`guessed_size` names it (the link's ``disputed``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

#: A size in numbers: ``3 \times 3``, ``3×3``, ``3 x 3``, ``3-by-3``, ``\mathbb{R}^{3 \times 3}``.
_SIZE = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:\\times|×|x|-?\s*by\s*-?)\s*(\d{1,4})(?![\d.])")
_MAX_TEXT = 200_000


def guessed_size(paragraphs: Iterable[str], *exprs: sp.Basic) -> str:
    """Why a counterexample is no refutation (``""`` when it is one): the post states a
    matrix size in numbers and the matrices of ``exprs`` are read at a size of symbols."""
    symbolic = any(
        any(not sp.sympify(s).is_number for s in m.shape)
        for e in exprs
        if isinstance(e, sp.Basic)
        for m in e.atoms(sp.MatrixSymbol)
    )
    if not symbolic:
        return ""
    for text in paragraphs:
        m = _SIZE.search(text[:_MAX_TEXT])
        if m is not None:
            return (
                f"the post states a size ({m.group(1)} x {m.group(2)}) that the matrix reader "
                "does not use: a counterexample at a size it picked is no refutation"
            )
    return ""


def at_stated_size(
    paragraphs: Iterable[str], a: sp.Basic, b: sp.Basic
) -> tuple[sp.Basic, sp.Basic] | None:
    """``a`` and ``b`` with the matrices at the one square size the post states in numbers
    (``3 \times 3``): every matrix square, of one symbolic size, and every size the post
    states the same ``k x k``; None otherwise."""
    shapes = {m.shape for e in (a, b) for m in e.atoms(sp.MatrixSymbol)}
    sizes = {r for r, c in shapes if r == c}
    # square matrices of one size, and columns of that size (x in R^3 beside a 3 x 3 A)
    if not shapes or len(sizes) != 1 or any(r != c and c != 1 for r, c in shapes):
        return None
    size = sizes.pop()
    if any(r != size for r, _ in shapes):
        return None
    if not isinstance(size, sp.Symbol):
        return None
    stated = {
        (m.group(1), m.group(2)) for text in paragraphs for m in _SIZE.finditer(text[:_MAX_TEXT])
    }
    if len(stated) != 1:
        return None
    rows, cols = stated.pop()
    if rows != cols or not 1 <= int(rows) <= 8:
        return None
    k = sp.Integer(int(rows))
    try:
        return a.xreplace({size: k}), b.xreplace({size: k})
    except (TypeError, ValueError):
        return None


def stated_not_square(paragraphs: Iterable[str], *exprs: sp.Basic) -> str:
    """Why a proof at the reader's sizes is no proof (``""`` when it is one): the post
    states a size that is not square (``5 \\times 2``) while the reader reads a matrix of
    ``exprs`` square (``d x d``). ``\\det(XX^T) = \\det(X^TX)`` holds for square ``X`` and
    fails for a 5 x 2 one (adversarial set 13, pair 74)."""
    square = any(
        r == c and not sp.sympify(r).is_number
        for e in exprs
        if isinstance(e, sp.Basic)
        for r, c in (m.shape for m in e.atoms(sp.MatrixSymbol))
    )
    if not square:
        return ""
    for text in paragraphs:
        for m in _SIZE.finditer(text[:_MAX_TEXT]):
            if m.group(1) != m.group(2):
                return (
                    f"the post states a {m.group(1)} x {m.group(2)} matrix, and the matrix "
                    "reader checked the row with square matrices: not proved at the stated size"
                )
    return ""


__all__ = ["at_stated_size", "guessed_size", "stated_not_square"]
