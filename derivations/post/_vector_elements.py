"""A vector written whole and through its elements in the two rows of one link.

``f(\\theta) = \\sum_{j=1}^n \\theta_j^2 = \\theta^T \\theta`` (issue 12, batch 26, a ridge
regression notebook): with no matrix reading of the rows, they are checked as 1x1 matrices
(``._resolve.as_scalars``), where theta^T theta is the number theta^2 and theta_j an element of
a sample of its own; the two sides were unrelated numbers and the correct row was refuted. In
that reading a vector is not tied to its elements, so :func:`vector_and_its_elements` names
the doubt and a failing comparison is no refutation (the link is disputed: unchecked). A
proof in the 1x1 reading was never a proof of a matrix row (``_verdicts``: unchecked).
"""

from __future__ import annotations

import sympy as sp


def _whole(e: sp.Basic) -> set[str]:
    """Names of the vectors and matrices ``e`` writes whole (not as the base of an element)."""
    labels = {i.base.label for i in e.atoms(sp.Indexed)}
    return {
        s.name
        for s in e.free_symbols
        if isinstance(s, sp.Symbol) and not s.is_commutative and s not in labels
    }


def _elements(e: sp.Basic) -> set[str]:
    """Names of the bases ``e`` takes elements of (``theta_j``, ``x_i``)."""
    return {str(i.base) for i in e.atoms(sp.Indexed)}


def vector_and_its_elements(prev: sp.Basic, w: sp.Basic) -> str:
    """Why a failing 1x1 comparison of ``prev`` and ``w`` is no refutation: a letter is a
    vector (or matrix) written whole in one of them and through its elements in one of them;
    "" otherwise."""
    both = (_whole(prev) | _whole(w)) & (_elements(prev) | _elements(w))
    if not both:
        return ""
    names = ", ".join(sorted(both))
    return (
        f"{names} is written whole (a vector or matrix) and through its elements: read as a "
        "number (a 1x1 matrix) it is not tied to its elements, so a failing comparison is no "
        "counterexample"
    )


__all__ = ["vector_and_its_elements"]
