"""Sums to infinity in closed form, where the declared domains prove that they converge.

Posts derive a Poisson or geometric mean, a mass function's total or an MGF by a series:
``sum_{k=0}^oo k e^{-lambda} lambda^k / k! = lambda``, ``sum_{k=1}^oo k p (1-p)^{k-1} =
1/p`` (with ``0 < p < 1``). The normal forms keep a sum to infinity as it is, so such a
row met its closed form only through sympy's ``simplify``, which answers a geometric
series with ``Piecewise((1/p, |1 - p| < 1), (Sum(...), True))``: "differ" even where the
post says ``0 < p < 1``.

:func:`closed_series` writes two classes of series in closed form, by formulas of their
own rather than sympy's ``summation`` (no search, and the cost is bounded by the degree):

- polynomial times geometric, ``sum_{k=a}^oo P(k) r^k`` (``a >= 0``): ``sum_{k>=0} k^j r^k`` is
  ``(r d/dr)^j 1/(1 - r)``, which holds where ``|r| < 1``. It is used only where the
  domains prove ``-1 < r < 1``; elsewhere the sum is left as it is (the row is then not
  proved by it: the series may diverge there);
- ``sum_{k=a}^oo r^k / k`` (``a >= 1``): ``-log(1 - r)`` less its first terms, where the
  domains prove ``-1 < r < 1``;
- polynomial times exponential type, ``sum_{k=a}^oo P(k) c^k / (k + s)!``: with ``m = k + s``,
  ``sum_{m>=0} m^j c^m / m! = e^c (c d/dc)^j`` applied to ``e^c`` over ``e^c`` (Touchard's
  polynomials); it converges for every ``c``. Not when a term divides by the factorial of a
  negative whole number (``a + s < 0``).

A factor ``b^(u k + v)`` of the term counts as ``b^v (b^u)^k`` only for a whole number ``u``
(``k`` takes whole values, and ``b`` is then raised to whole powers), and ``e^(u k + v)`` as
``e^v (e^u)^k``. Anything else in the term (a power of ``k`` in an exponent, a factor that is
neither, a degree above :data:`MAX_DEGREE`) leaves the sum as it is.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

#: The highest degree of the polynomial factor in the index.
MAX_DEGREE = 6
#: A sum whose term has more nodes than this is left as it is.
MAX_TERM_NODES = 200
#: A lower limit above this is left as it is (the terms below it are written out).
MAX_OFFSET = 12


def closed_series(e: sp.Basic, domains: Any) -> sp.Basic | None:
    """``e`` with every sum to infinity the module's classes cover in closed form, or None
    when none is."""
    table = {}
    for s in e.atoms(sp.Sum):
        if len(s.limits) != 1 or s.limits[0][2] is not sp.oo:
            continue
        closed = _closed(s, domains)
        if closed is not None:
            table[s] = closed
    return e.xreplace(table) if table else None


def _closed(s: sp.Sum, domains: Any) -> sp.Basic | None:
    k, lo, _ = s.limits[0]
    if not (isinstance(k, sp.Symbol) and lo.is_Integer and 0 <= int(lo) <= MAX_OFFSET):
        return None
    if s.function.has(sp.Sum, sp.Integral, sp.Derivative, sp.Piecewise):
        return None
    if _nodes(s.function) > MAX_TERM_NODES:
        return None
    total = sp.S.Zero
    # term by term: each converges where the whole is closed (|r| < 1, or any c)
    for term in sp.Add.make_args(sp.expand_mul(s.function)):  # powers kept: (k + 1)^1000
        closed = _closed_term(term, k, int(lo), domains)
        if closed is None:
            return None
        total += closed
    return total


def _closed_term(term: sp.Basic, k: sp.Symbol, lo: int, domains: Any) -> sp.Basic | None:
    if term == 0:
        return sp.S.Zero
    parts = _parts(term, k)
    if parts is None:
        return None
    const, poly, ratio, shift = parts
    if shift is None:
        if ratio == 1:
            return None  # a constant or polynomial term: it diverges
        if domains is None or not _inside_unit_interval(ratio, domains):
            return None
        if poly is None:  # r^k / k
            if lo < 1:
                return None
            head = sum((ratio**j / j for j in range(1, lo)), sp.S.Zero)
            return const * (-sp.log(1 - ratio) - head)
        return const * _geometric(poly, ratio, lo)
    if lo + shift < 0:
        return None
    return const * _exponential(poly, ratio, lo, shift)


def _nodes(e: sp.Basic) -> int:
    """Nodes of ``e``, counted up to one past :data:`MAX_TERM_NODES`."""
    n, stack = 0, [e]
    while stack and n <= MAX_TERM_NODES:
        node = stack.pop()
        n += 1
        stack.extend(node.args)
    return n


def _parts(term: sp.Basic, k: sp.Symbol) -> tuple | None:
    """``term`` as ``const * poly(k) * ratio^k`` (``shift`` None) or ``const * poly(k) *
    ratio^k / (k + shift)!``; None when it is neither."""
    const, poly, ratio, shift, harmonic = sp.S.One, sp.S.One, sp.S.One, None, False
    for f in sp.Mul.make_args(term):
        if not f.has(k):
            const *= f
            continue
        if any(i.has(k) for i in f.atoms(sp.Indexed)):
            return None  # a sample x_k is no function of k the formulas know
        base, exp = f.as_base_exp()
        if isinstance(f, sp.exp) or base is sp.E:
            lin = _linear(f.args[0] if isinstance(f, sp.exp) else exp, k, whole=False)
            if lin is None:
                return None
            u, v = lin
            const, ratio = const * sp.exp(v), ratio * sp.exp(u)
        elif base == k and exp == -1 and not harmonic:
            harmonic = True
        elif isinstance(base, sp.factorial) and exp == -1:
            if shift is not None:
                return None
            lin = _linear(base.args[0], k, whole=True)
            if lin is None or lin[0] != 1 or not lin[1].is_Integer:
                return None
            shift = int(lin[1])
        elif not base.has(k):
            lin = _linear(exp, k, whole=True)
            if lin is None:
                return None
            u, v = lin
            const, ratio = const * base**v, ratio * base**u
        elif f.is_polynomial(k):
            if base.has(k) and exp.is_Integer and exp > MAX_DEGREE:
                return None  # (k + 1)^1000: past the degree, not expanded to learn it
            poly *= f
        else:
            return None
    p = sp.Poly(poly, k)
    if p.degree() > MAX_DEGREE or (harmonic and (shift is not None or p.degree() > 0)):
        return None
    return const, None if harmonic else p, ratio, shift


def _linear(e: sp.Basic, k: sp.Symbol, whole: bool) -> tuple[sp.Basic, sp.Basic] | None:
    """``(u, v)`` with ``e = u k + v`` (``u`` a whole number when ``whole``), or None."""
    e = sp.expand(e)
    if not e.is_polynomial(k) or sp.degree(e, k) > 1:
        return None
    u, v = e.coeff(k, 1), e.coeff(k, 0)
    if u.has(k) or v.has(k) or (whole and not u.is_Integer):
        return None
    return u, v


def _inside_unit_interval(r: sp.Basic, domains: Any) -> bool:
    """Do the domains prove ``-1 < r < 1``?"""
    return domains.decide(sp.StrictLessThan(r, 1)) is True and (
        domains.decide(sp.StrictGreaterThan(r, -1)) is True
    )


def _geometric(poly: sp.Poly, r: sp.Basic, lo: int) -> sp.Basic:
    """``sum_{k=lo}^oo poly(k) r^k`` for ``|r| < 1``."""
    x = sp.Dummy("r")
    power_sums = [1 / (1 - x)]
    for _ in range(poly.degree()):
        power_sums.append(sp.together(x * sp.diff(power_sums[-1], x)))
    k = poly.gens[0]
    total = sp.Add(*[c * power_sums[j] for (j,), c in poly.terms()])
    # the terms from 0 up to lo - 1 taken away
    finite = sum((poly.as_expr().subs(k, j) * x**j for j in range(lo)), sp.S.Zero)
    return (total - finite).subs(x, r)


def _exponential(poly: sp.Poly, c: sp.Basic, lo: int, shift: int) -> sp.Basic:
    """``sum_{k=lo}^oo poly(k) c^k / (k + shift)!`` (``lo + shift >= 0``)."""
    x, m = sp.Dummy("c"), sp.Dummy("m")
    k = poly.gens[0]
    # in m = k + shift: poly(m - shift) c^(m - shift) / m!, from m = lo + shift
    q = sp.Poly(sp.expand(poly.as_expr().subs(k, m - shift)), m)
    moments = [sp.exp(x)]
    for _ in range(q.degree()):
        moments.append(sp.expand(x * sp.diff(moments[-1], x)))
    total = sp.Add(*[coef * moments[j] for (j,), coef in q.terms()])
    start = lo + shift
    finite = sum((q.as_expr().subs(m, j) * x**j / sp.factorial(j) for j in range(start)), sp.S.Zero)
    return ((total - finite) * x**-shift).subs(x, c)


__all__ = ["closed_series"]
