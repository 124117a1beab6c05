"""Moment and probability generating functions of the declared laws (EXPECT5).

``E[e^{tX}] = e^{\\mu t + \\sigma^2 t^2 / 2}`` for ``X \\sim N(\\mu, \\sigma^2)``,
``E[z^X] = e^{\\lambda (z - 1)}`` for a Poisson count: :mod:`._expectation` gave the mean of
a polynomial in ``X``, of powers and logs of a positive ``X`` and of anything under a density
the post writes out, but not of an exponential of a variable with a named law, so an MGF
row after ``X \\sim \\mathrm{Poisson}(\\lambda)`` was "a moment of a variable the post
declares random, which the reader cannot work out".

Only the families whose generating function is finite and given by one formula for every
complex ``t`` (an entire function): the normal, the Poisson, the Bernoulli and the binomial.
Their formula is then right whatever ``t`` is (a letter, a number, ``i s`` for the
characteristic function), so no condition is left open. Families whose MGF exists only on a
range (``t < \\lambda`` for the exponential, ``t < \\beta`` for the gamma, ``|t| < 1/b`` for the
Laplace, the geometric's ``(1-p) e^t < 1``) get no value here: the post's ``t`` is not known to
lie in it. The uniform's ``(e^{tb} - e^{ta}) / (t (b - a))`` is not used either: it is
undefined at ``t = 0``, where the MGF is 1.

``E[z^X]`` only for the counts (Poisson, Bernoulli, binomial: ``z^X`` is a polynomial in
``z`` for each whole ``X``), ``z`` free of the variable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import sympy as sp

from ._tosympy import evaluating

#: family -> ``M(t, *args)``, ``E[e^{tX}]`` for every complex ``t``.
_MGF: dict[str, Callable[..., sp.Expr]] = {
    "normal": lambda t, mu, v: sp.exp(mu * t + v * t**2 / 2),
    "normal (sd)": lambda t, mu, s: sp.exp(mu * t + s**2 * t**2 / 2),
    "Poisson": lambda t, lam: sp.exp(lam * (sp.exp(t) - 1)),
    "Bernoulli": lambda t, p: 1 - p + p * sp.exp(t),
    "binomial": lambda t, n, p: (1 - p + p * sp.exp(t)) ** n,
}

#: family -> ``G(z, *args)``, ``E[z^X]`` of a count, for every ``z``.
_PGF: dict[str, Callable[..., sp.Expr]] = {
    "Poisson": lambda z, lam: sp.exp(lam * (z - 1)),
    "Bernoulli": lambda z, p: 1 - p + p * z,
    "binomial": lambda z, n, p: (1 - p + p * z) ** n,
}


#: The letters a generating function is written at (``M(t)``, ``E[e^{sX}]``, ``E[z^X]``).
_ARGUMENT_LETTERS = frozenset("stuvwz")


def generating_value(part: sp.Basic, laws: Mapping[sp.Basic, Any], variables: set) -> Any:
    """``E[part]`` for ``part`` = ``e^{c X}`` or ``z^X`` of one declared variable ``X``
    (``c``, ``z`` free of every random variable) whose family is in the tables; None for
    anything else.

    ``variables``: the random symbols of the expectation. The reader takes every lower-case
    letter that is no parameter for one (a data value); the letter a generating function
    is written at (:data:`_ARGUMENT_LETTERS`) is its argument instead, unless the post
    makes it random: declared or given a law, a statistic, or a letter it writes a density
    at."""
    variables = {v for v in variables if not _argument(v, laws)}
    if not variables:
        return None
    with evaluating(True):  # e^{sX} e^{-s mu}: the factor free of X out, the rest one power
        coeff, part = part.as_independent(*variables, as_Add=False)
        part = sp.powsimp(part)
    value = _generating(part, laws, variables)
    if value is None:
        return None
    with evaluating(True):
        return coeff * value


def _generating(part: sp.Basic, laws: Mapping[sp.Basic, Any], variables: set) -> Any:
    base, exp = part.as_base_exp()
    if base == sp.E or isinstance(part, sp.exp):
        arg = part.args[0] if isinstance(part, sp.exp) else exp
        found = arg.free_symbols & variables | (arg.atoms(sp.Indexed) & variables)
        table = _MGF
    else:
        arg = exp
        found = {exp} & variables
        if base.free_symbols & variables or base.atoms(sp.Indexed) & variables:
            return None
        table = _PGF
    if len(found) != 1:
        return None
    (var,) = found
    if table is _MGF:
        with evaluating(True):
            c = sp.expand(arg / var)
        if c.has(var) or c.free_symbols & variables or c.atoms(sp.Indexed) & variables:
            return None
        at = c
    else:
        if exp != var:
            return None
        at = base
    law = _law(var, laws)
    if law is None:
        return None
    formula = table.get(law.family)
    if formula is None:
        return None
    with evaluating(True):
        return formula(at, *law.args)


def _argument(v: sp.Basic, laws: Mapping[sp.Basic, Any]) -> bool:
    """Is ``v`` the argument of a generating function rather than a random variable?"""
    if not isinstance(v, sp.Symbol) or v.name not in _ARGUMENT_LETTERS:
        return False
    random = {str(getattr(k, "label", k)).lower() for k in laws}
    random |= {str(x).lower() for x in getattr(laws, "declared", ())}
    random |= {str(x).lower() for x in getattr(laws, "value_letters", ())}
    random |= {str(x).lower() for x in getattr(laws, "statistics", {})}
    return v.name not in random


def _law(var: sp.Basic, laws: Mapping[sp.Basic, Any]) -> Any:
    law = laws.get(var)
    if law is None and isinstance(var, sp.Indexed) and len(var.indices) == 1:
        law = laws[var.base].of(var.indices[0]) if var.base in laws else None
    return law


__all__ = ["generating_value"]
