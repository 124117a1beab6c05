"""Shape comparison of two written lines (ordering and trivial arithmetic ignored)."""

from __future__ import annotations

import sympy as sp


def same_shape(a: sp.Basic, b: sp.Basic) -> bool:
    """True when ``a`` and ``b`` differ only by the order of terms and factors.

    Uses the engine's :func:`derivations._forms.shape`, so "the same line" means
    the same thing to the post reader as to the checker's restate rule.
    """
    from .._forms import shape

    try:
        return shape(a) == shape(b)
    except Exception:  # noqa: BLE001 - an unbuildable shape is simply "not the same"
        return a == b
