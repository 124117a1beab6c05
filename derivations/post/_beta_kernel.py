"""Integrals of a beta kernel ``c x^p (1-x)^q`` over (0, 1), and the support it implies.

A one-parameter density such as the symmetric beta ``\\frac{\\Gamma(2\\alpha)}
{\\Gamma(\\alpha)^2} [x(1-x)]^{\\alpha-1}`` matches no family of
:mod:`._parameter_space` (its beta has two parameters), so its moments are the
integrals of :mod:`._written_density`. Two things were missing there:

- its support: "on the interval [0, 1]" is prose, and the formula implied none. A power
  of ``x``, of ``1 - x`` or of ``x (1 - x)`` with an exponent that is not shown an integer
  is real only where its base is positive, so a formula holding one of each (or a power of
  the product) lives on (0, 1) (:func:`unit_interval`; the density must still be shown to
  integrate to 1 there);
- the integral: sympy closes ``\\int_0^1 x^{\\alpha-1} (1-x)^{\\alpha-1} dx`` as a
  hypergeometric after ~5 s, past the limit of one integral. The kernel's integral is
  ``c B(p+1, q+1)`` when ``p + 1 > 0`` and ``q + 1 > 0`` are shown (else it diverges and
  nothing is returned): :func:`beta_integral`.

``(x (1-x))^a = x^a (1-x)^a`` for every real ``x`` and complex ``a`` (principal powers):
one of ``x``, ``1 - x`` is positive, and ``(u v)^a = u^a v^a`` when ``v > 0``.
"""

from __future__ import annotations

import sympy as sp

#: Factors a kernel may have (a bound on what hostile rows can ask).
MAX_FACTORS = 24


def _exponents(e: sp.Expr, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Expr] | None:
    """``(c, p, q)`` with ``e = c x^p (1-x)^q`` and ``c``, ``p``, ``q`` free of ``x``;
    None when ``e`` is not of that form as written (products and powers only)."""
    one_minus = 1 - x
    factors = sp.Mul.make_args(e)
    if len(factors) > MAX_FACTORS:
        return None
    c, p, q = sp.S.One, sp.S.Zero, sp.S.Zero
    for f in factors:
        if not f.has(x):
            c *= f
            continue
        base, exp = f.as_base_exp()
        if exp.has(x):
            return None
        if base == x:
            p += exp
        elif base == one_minus:
            q += exp
        elif isinstance(base, sp.Mul) and set(sp.Mul.make_args(base)) == {x, one_minus}:
            p, q = p + exp, q + exp  # (x (1-x))^a = x^a (1-x)^a (see the module's note)
        else:
            return None
    return c, p, q


def beta_integral(e: sp.Expr, x: sp.Symbol) -> sp.Expr | None:
    """``\\int_0^1 e dx`` when ``e`` is a beta kernel ``c x^p (1-x)^q`` with ``p + 1 > 0``
    and ``q + 1 > 0`` shown by the symbols' assumptions: ``c Γ(p+1) Γ(q+1) / Γ(p+q+2)``,
    simplified. None otherwise (not of that form, or not shown convergent)."""
    found = _exponents(e, x)
    if found is None:
        return None
    c, p, q = found
    if (p + 1).is_positive is not True or (q + 1).is_positive is not True:
        return None
    value = c * sp.gamma(p + 1) * sp.gamma(q + 1) / sp.gamma(p + q + 2)
    return sp.simplify(sp.gammasimp(value))


def unit_interval(g: sp.Basic, x: sp.Symbol) -> bool:
    """Does the formula ``g`` imply the support (0, 1) of ``x``? Only when it is a beta
    kernel whose powers of ``x`` and ``1 - x`` are both not shown integers (a polynomial
    such as ``6 x (1-x)`` is real everywhere: its support must be stated)."""
    if not isinstance(g, sp.Expr):
        return False
    found = _exponents(g, x)
    if found is None:
        return False
    _, p, q = found
    return p.is_integer is not True and q.is_integer is not True


__all__ = ["MAX_FACTORS", "beta_integral", "unit_interval"]
