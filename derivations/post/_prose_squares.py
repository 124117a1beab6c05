"""A name given its value squared in a sentence: ``$s^2_{\\text{pooled}} = R$``, ``$v^2 = R$``.

A display row ``\\sigma_N^2 = R`` defines ``\\sigma_N`` (see ``._rewrites``); the same words in
a sentence defined nothing, so a later row using the name read it as any number and a
correct row was refuted (adversarial10 pair 23). The sentence defines the name as the
root of ``R`` - a scale, so the positive root - and a later ``s^2`` gets ``R`` back.

Only a plain name squared counts: an estimate (``\\hat\\sigma^2 = ...``) is read as the
estimates are, and the caller asks that the name be new (not a parameter of the model nor
a name used before), so a quoted result ``\\sigma^2 = S/n`` never replaces the parameter.
"""

from __future__ import annotations

import sympy as sp

from ._tosympy import Named


def root_of_square(lhs: sp.Basic, rhs: sp.Basic) -> tuple[sp.Symbol, sp.Basic] | None:
    """``(v, sqrt(R))`` for ``v^2 = R`` with ``v`` a plain symbol; None for anything else.

    >>> v, a = sp.symbols("v a")
    >>> root_of_square(v**2, a)
    (v, sqrt(a))
    >>> root_of_square(v**3, a) is None, root_of_square(v, a) is None
    (True, True)
    """
    if not (isinstance(lhs, sp.Pow) and lhs.exp == 2):
        return None
    base = lhs.base
    if not isinstance(base, sp.Symbol) or isinstance(base, Named) or not base.is_commutative:
        return None
    return base, sp.sqrt(rhs)
