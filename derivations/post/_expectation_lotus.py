"""``E[h(X)]`` written as the integral of ``h`` against the density of ``X`` (EXPECT8).

"$M_X(t) = E(e^{tX}) = \\int_0^\\infty e^{tx} \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}
x^{\\alpha-1} e^{-\\beta x} dx$" after the gamma density: the mean of a function of a
variable whose density is known is, by definition, ``\\int h(x) f(x) dx`` over the support
(the law of the unconscious statistician). The reader gave ``E[h(X)]`` a value only when
sympy closed that integral into a plain formula (:mod:`._written_density`, :mod:`._mgf`);
the gamma's MGF converges only for ``t < \\beta``, so the row was "a moment of a variable
the post declares random, which the reader cannot work out".

:func:`lotus` writes each expectation of a line as that integral, unevaluated, so the
engine compares it with the integral the post writes: integrands and ranges that agree
prove the row, whatever the integral's value (both sides are the same integral, defined
or not alike). Only a proof: the builder's step is disputed, so an integral the engine
cannot show equal (a substitution made, a range split) is unchecked, never refuted.

What is written, and only that:

- ``E`` of one argument (no ``E[X \\mid Y]``, ``E[X; \\theta]`` conditions nothing it
  must know), not nested, whose argument holds exactly one random variable with a law;
  every other letter of it a parameter of the post or of the law, or the argument of a
  generating function (``t``, ``s``: see :func:`._mgf._argument`); nothing indexed;
- the law's density: the one the post writes out (:attr:`._expectation.Law.density`,
  shown there to integrate to 1 on its support), or a named continuous family's formula of
  :data:`._parameter_space.FAMILIES` on its support (the positive half-line, the reals, the
  unit interval). Counts (sums, not integrals) get nothing.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from ._arith import evaluate
from ._expectation import Law, _Both, _inside, _operator, _unconditional, law_parameters
from ._mgf import _argument
from ._parameter_space import FAMILIES
from ._tosympy import evaluating

#: A named family's support as the integral's limits (continuous families only).
_SUPPORTS: dict[str, tuple[sp.Basic, sp.Basic]] = {
    "positive": (sp.S.Zero, sp.oo),
    "reals": (-sp.oo, sp.oo),
    "unit": (sp.S.Zero, sp.S.One),
}

_DENSITIES = {f.name: f for f in FAMILIES if f.support in _SUPPORTS}


def lotus(
    e: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Law], var: sp.Symbol
) -> sp.Basic | None:
    """``e`` with every expectation ``E[h(X)]`` written as ``\\int h(var) f(var) d var``
    over the support of the law of ``X`` (``var`` the integration variable, the one the
    post's own integral uses); None when ``e`` holds no expectation, or one that cannot be
    written so (see the module's docstring)."""
    found = [f for f in e.atoms(AppliedUndef) if _operator(f) is not None]
    if not found or not laws:
        return None
    constants = _Both(constants, law_parameters(laws))
    out = {}
    for f in found:
        integral = _one(f, constants, laws, var)
        if integral is None:
            return None
        out[f] = integral
    return e.xreplace(out)


def _one(
    f: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Law], var: sp.Symbol
) -> sp.Basic | None:
    if _operator(f) != "E" or len(f.args) != 1 or not _unconditional(f, laws, constants):
        return None
    (arg,) = f.args
    if any(_operator(g) is not None for g in arg.atoms(AppliedUndef)):
        return None  # E[(X - E[X])^2]: not written here
    h = _inside(arg, constants, laws)
    if h is None or h.atoms(sp.Indexed) or h.atoms(AppliedUndef):
        return None
    random = [s for s in h.free_symbols if s in laws]
    if len(random) != 1:
        return None
    (x,) = random
    for s in h.free_symbols - {x}:
        if s == var or not (s in constants or _argument(s, laws)):
            return None  # a letter that may be random, or the integral's own variable
    density = _density(laws[x], var)
    if density is None:
        return None
    g, lo, hi = density
    with evaluating(False):
        return sp.Integral(h.xreplace({x: var}) * g, (var, lo, hi))


def _density(law: Law, var: sp.Symbol) -> tuple[sp.Basic, sp.Basic, sp.Basic] | None:
    """``(f(var), lo, hi)``: the law's density at ``var`` and its support."""
    if law.density is not None:
        obs, g, (lo, hi) = law.density
        if var in g.free_symbols - {obs}:
            return None
        return g.xreplace({obs: var}), lo, hi
    family = _DENSITIES.get(law.family)
    if family is None or any(var in a.free_symbols for a in law.args):
        return None
    with evaluating(True):
        g = family.density(var, *law.args)
    return (g, *_SUPPORTS[family.support])


#: The points :func:`agree_at_points` tries: every letter the same exact positive value
#: (inside the usual domains: variances, rates and shapes are positive).
_PROBES = (sp.Rational(3, 7), sp.Rational(6, 5))


def agree_at_points(a: sp.Basic, b: sp.Basic) -> bool | None:
    """Do ``a`` and ``b`` (integrands, no integral left) take the same value where every
    letter is 3/7, and again where every letter is 6/5? Cheap, exact arithmetic to 30 digits
    (:func:`._arith.evaluate`), and only a choice between two sound plans: integrands that
    agree are compared as integrands (a proof by the definition of the mean); others keep
    the comparison with the mean's value, which can refute. None: an integrand cannot be
    evaluated at a point (a derivative by a letter, ``d/d\\lambda`` at ``\\lambda = 3/7``)."""
    letters = (a.free_symbols | b.free_symbols) - {sp.pi, sp.E}
    for probe in _PROBES:
        point = {s: probe for s in letters}
        try:
            with evaluating(True):
                va, vb = evaluate(a.xreplace(point)), evaluate(b.xreplace(point))
        except (ValueError, TypeError):  # a derivative by a letter put in: d/d(3/7)
            return None
        if va is None or vb is None or abs(va - vb) > 1e-20 * max(1, abs(va)):
            return False
    return True


def integral_variable(e: sp.Basic) -> Any:
    """The one variable every integral of ``e`` runs over (None: no integral, or several
    variables)."""
    variables = {v for i in e.atoms(sp.Integral) for v in i.variables}
    return next(iter(variables)) if len(variables) == 1 else None


__all__ = ["agree_at_points", "integral_variable", "lotus"]


def one_integrand(e: sp.Basic, var: sp.Symbol) -> tuple[sp.Basic, tuple] | None:
    """``(c f, (lo, hi))`` for ``e = c \\int_lo^hi f d var``, ``c`` free of ``var``; None
    for anything else (a term without an integral, a sum of integrals - two integrals
    that each diverge may have a sum whose merged integrand converges -, a nested one)."""
    with evaluating(True):
        terms = sp.Add.make_args(sp.expand(e, deep=False, mul=True, power_base=False, log=False))
    if len(terms) != 1:
        return None
    out, limits = [], None
    for term in terms:
        integrals = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Integral)]
        if len(integrals) != 1 or len(integrals[0].limits) != 1:
            return None
        (integral,) = integrals
        lim = integral.limits[0]
        if len(lim) != 3 or lim[0] != var or (limits is not None and lim[1:] != limits):
            return None
        limits = lim[1:]
        with evaluating(True):
            c = term / integral
        if var in c.free_symbols or c.atoms(sp.Integral):
            return None
        if integral.function.atoms(sp.Integral):
            return None
        out.append(c * integral.function)
    if limits is None:
        return None
    with evaluating(True):
        return sp.Add(*out), limits
