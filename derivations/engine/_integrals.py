"""Integrals in the engine: a normal form for the symbolic check, quadrature for the numeric.

A post's ``\\int_a^b f(x)\\,dx`` arrives as ``Integral(f, (x, a, b))``. Two checks use it:

- the symbolic check compares rows by normal forms (:mod:`._normal`). An integral's
  normal form has a canonical variable (so ``\\int f(x)dx`` and ``\\int f(t)dt`` meet),
  its integrand in normal form, split by linearity, and factors free of the variable
  outside: rows that move constants out of an integral or split it into two are
  proved without evaluating any integral. A split holds only when each piece
  converges (``\\int_1^\\infty (1/x - 1/(x+1)) dx`` does, its pieces do not): the
  convergence of a piece that is not surely convergent is a condition of the
  normal form (:class:`Converges`), which the verdict names as open. Nothing here asks sympy for an
  antiderivative: ``integrate`` can hang on hostile text and has given wrong and
  conditional (``Piecewise``) answers;
- the numeric check evaluates a line at random points (:mod:`._evaluate`). An
  integral's value is mpmath's quadrature, settled (successive refinements agree to
  within :data:`AGREE_DIGITS` fewer digits than the working precision) and confirmed
  by a second, different quadrature (:func:`_quadrature`), else the integral is
  *undefined* at that point (a divergent
  integral, or one the quadrature does not resolve), which skips the point and never
  refutes. Quadrature is never taken above :data:`MAX_DPS` digits: the numeric
  check's fine probe reads "the same difference at 100 and 200 digits" as a property
  of the lines, and a quadrature's error does not shrink with the digits asked for.

Two kernels are known exactly, in both checks (:func:`kernel`): the Beta kernel
``\\int_0^1 t^{a-1} (1-t)^{b-1} dt = B(a, b)`` and the Gamma kernel
``\\int_0^\\infty t^{a-1} e^{-b t} dt = Gamma(a) / b^a``, where they converge (``a > 0``
and ``b > 0``: conditions of the normal form, open unless the domains give them;
undefined in the numeric check elsewhere). A posterior predictive or a model evidence
integrates a Beta kernel whose exponent is below 0 near an end, where quadrature does not
settle within a step's time. The integrand's conditions that hold on the range
(``p > 0`` over (0, 1)) are none of the line's; over letters' ends they are conditions on
the ends (:func:`range_conditions`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

from .. import _budget
from .._forms import evaluated

#: The digits quadrature works with at most (a request for more is computed at this).
QUAD_DPS = 50
#: Above this working precision an integral has no value (see the module docstring).
MAX_DPS = 120
#: How many digits below the working precision two values of an integral must agree.
AGREE_DIGITS = 8
#: The highest Gauss-Legendre degree tried (3 * 2^(m-1) nodes; computing them is O(n^2):
#: degree 5 ~0.2 s, 7 ~3 s, 8 ~15 s at 30-50 digits, once per process). An integrand
#: the rule does not settle by then goes on to tanh-sinh, whose nodes are cheap.
GL_MAX_DEGREE = 5


#: Values of integrals kept (per working precision and values of their symbols).
MEMO_SIZE = 20000
_MEMO: dict[tuple, Any] = {}


class Unresolved(ValueError):
    """The quadrature did not settle: the integral is undefined at this point."""


def _variable(level: int, lo: sp.Basic) -> sp.Symbol:
    """The canonical variable of an integral with ``level`` integrals nested inside it,
    positive over a range from 0 or above: the integrand's normal form may then use
    ``t > 0`` (``prod_i t^{y_i} = t^{sum_i y_i}``), which holds wherever it is integrated."""
    if lo.is_nonnegative:
        return sp.Symbol(f"_t{level}", positive=True)
    return sp.Symbol(f"_t{level}", real=True)


def _level(e: sp.Basic) -> int:
    """1 + the deepest nesting of integrals inside ``e`` (0 without any)."""
    inner = e.atoms(sp.Integral)
    return 0 if not inner else 1 + max(_level(a.function) for a in inner)


class Converges(sp.Function):
    """The condition that an integral (a piece of a split) converges: never decided by
    the domains, so a verdict that needs it names it as open."""

    def _sympystr(self, printer: Any) -> str:
        (i,) = self.args
        (_, lo, hi) = i.limits[0]
        return f"the integral of {printer.doprint(i.function)} over ({lo}, {hi}) converges"


def normal_integrals(
    e: sp.Basic, inner: Callable[[sp.Basic], sp.Basic], conds: list | None = None
) -> sp.Basic:
    """Every integral of ``e`` in normal form, innermost first.

    ``inner`` is the caller's normal form, applied to each integrand. The integrand's
    terms are integrated apart (``\\int (f + g) = \\int f + \\int g``) and each term's
    factors free of the variable come out; a term free of the variable over finite
    limits is ``c (b - a)``. A multiple integral is the nested single ones. When the
    integrand splits into several pieces, the convergence of each piece not surely
    convergent is appended to ``conds`` (see the module docstring).
    """
    if not e.has(sp.Integral):
        return e
    conds = [] if conds is None else conds
    if isinstance(e, sp.Integral):
        body = normal_integrals(e.function, inner, conds)
        for lim in e.limits:
            body = _one(body, lim, inner, conds)
        return body
    if e.is_Atom or not e.args:
        return e
    return e.func(*[normal_integrals(a, inner, conds) for a in e.args])


def _one(
    body: sp.Basic, lim: sp.Tuple, inner: Callable[[sp.Basic], sp.Basic], conds: list
) -> sp.Basic:
    if len(lim) != 3:
        raise ValueError(f"an integral without limits has no normal form: {lim}")
    x, lo, hi = lim
    t = _variable(_level(body), lo)
    body = sp.expand(inner(body.xreplace({x: t})))
    finite = bool(lo.is_finite and hi.is_finite)
    pieces: dict[sp.Basic, sp.Basic] = {}
    for term in sp.Add.make_args(body):
        coeff, dep = term.as_independent(t, as_Add=False)
        pieces[dep] = pieces.get(dep, sp.S.Zero) + coeff
    total = sp.S.Zero
    for dep, coeff in pieces.items():
        if dep == 1 and finite:
            total += coeff * (hi - lo)
            continue
        closed = _closed_kernel(dep, t, lo, hi, conds)
        if closed is not None:
            total += coeff * closed
            continue
        piece = sp.Integral(dep, (t, lo, hi))
        if len(pieces) > 1 and not _converges(dep, t, lo, hi):
            conds.append(Converges(piece))
        total += coeff * piece
    return total


def kernel(
    body: sp.Basic, t: sp.Symbol, lo: sp.Basic, hi: sp.Basic, squares: bool = False
) -> tuple | None:
    """``(c, kind, a, b)`` when ``body`` over ``(lo, hi)`` is ``c`` times a Beta kernel
    ``t^(a-1) (1-t)^(b-1)`` over (0, 1) (kind "beta") or a Gamma kernel
    ``t^(a-1) e^(-b t)`` over (0, oo) (kind "gamma"), with ``c``, ``a``, ``b`` free of
    ``t``; else None. Their integrals are known exactly where they converge (``a > 0``
    and ``b > 0``): B(a, b) and Gamma(a) / b^a. A posterior predictive integrates a Beta
    kernel, and one with an exponent below 0 is singular at an end, where quadrature
    does not settle in a step's time.

    With ``squares`` (the numbers the post reader weighs itself, ``post._arith``; not the
    engine's normal form, whose proofs of integral rows would take on the kernel's
    convergence as an open condition), a kernel ``e^(-b t^2)`` is a Gamma kernel in ``t^2``
    (catch65): ``t^(a-1) e^(-b t^2)`` over (0, oo) is ``1/2`` times the Gamma kernel's
    integral at ``(a/2, b)``; over the whole line ``t^k e^(-b t^2)`` (a whole ``k``) is
    twice the half line's for an even ``k`` and 0 for an odd one, and ``e^(-b t^2 + s t)``
    is ``e^(s^2/(4b))`` times ``e^(-b t^2)``'s (the square completed). Quadrature missed a
    bump far from 0 (``\\int e^{-(x-500)^2} dx`` came out 6.7e-40076); the closed form
    cannot."""
    line = squares and lo == -sp.oo and hi == sp.oo
    if not line and (lo != 0 or hi not in (1, sp.oo)):
        return None
    coeff, powers, seen = [], [sp.S.Zero, sp.S.Zero], set()
    slope, square = sp.S.Zero, sp.S.Zero  # the exponent's terms in t and t^2
    for f in sp.Mul.make_args(body):
        if not f.has(t):
            coeff.append(f)
        elif isinstance(f, sp.exp):
            free, dep = sp.expand(f.args[0]).as_independent(t, as_Add=True)
            try:
                poly = sp.Poly(dep, t)
            except (sp.PolynomialError, BasePolynomialError):
                return None
            if poly.degree() > (2 if squares else 1) or any(c.has(t) for c in poly.all_coeffs()):
                return None
            coeff.append(sp.exp(free))
            slope += poly.coeff_monomial(t)
            square += poly.coeff_monomial(t**2)
            seen.add("exp")
        else:
            base, e = f.as_base_exp()
            if e.has(t) or base not in (t, 1 - t):
                return None
            k = 0 if base == t else 1
            powers[k] += e
            seen.add(k)
    if line:
        return _square_exponent_line(sp.Mul(*coeff), powers[0], slope, -square, 1 in seen)
    if hi == 1 and "exp" not in seen:
        return sp.Mul(*coeff), "beta", powers[0] + 1, powers[1] + 1
    if hi != sp.oo or 1 in seen or "exp" not in seen:
        return None
    if square == 0:
        return sp.Mul(*coeff), "gamma", powers[0] + 1, -slope
    if slope == 0:
        return sp.Mul(*coeff) / 2, "gamma", (powers[0] + 1) / 2, -square
    return None


def _square_exponent_line(
    c: sp.Basic, k: sp.Basic, s: sp.Basic, b: sp.Basic, other: bool
) -> tuple | None:
    """``c t^k e^(-b t^2 + s t)`` over the whole line as a Gamma kernel (see :func:`kernel`),
    or None: ``k`` a whole number at least 0, and ``s`` 0 unless ``k`` is."""
    if other or b == 0 or not (k.is_Integer and k >= 0):
        return None
    if s != 0:
        return (c * sp.exp(s**2 / (4 * b)), "gamma", sp.S.Half, b) if k == 0 else None
    if k % 2:
        return sp.S.Zero, "gamma", sp.S.One, b  # odd: 0 where it converges (b > 0)
    return c, "gamma", (k + 1) / 2, b


#: The largest number a kernel's exponent may be for its closed form: sympy works out
#: Gamma of a whole number as a factorial at once (Gamma(10^6) took seconds).
MAX_KERNEL_NUMBER = 1000


def _closed_kernel(
    dep: sp.Basic, t: sp.Symbol, lo: sp.Basic, hi: sp.Basic, conds: list
) -> sp.Basic | None:
    """The exact value of a Beta or Gamma kernel's integral (see :func:`kernel`), its
    convergence appended to ``conds`` as ``a > 0`` and ``b > 0``; None when ``dep`` is no
    kernel or one that diverges."""
    found = kernel(dep, t, lo, hi)
    if found is None:
        return None
    c, kind, a, b = found
    if any(v.is_number and abs(v) > MAX_KERNEL_NUMBER for v in (a, b)):
        return None
    needed = [sp.StrictGreaterThan(v, 0) for v in (a, b)]
    if any(n is sp.false for n in needed):
        return None
    conds.extend(n for n in needed if n is not sp.true)
    if kind == "beta":
        return c * sp.gamma(a) * sp.gamma(b) / sp.gamma(a + b)
    return c * sp.gamma(a) / b**a


#: The degree up to which a rational piece's poles are counted (Sturm sequences).
MAX_POLE_DEGREE = 24
#: The size of a piece whose convergence is looked at (larger: a condition).
MAX_PIECE_OPS = 200


def _converges(dep: sp.Basic, t: sp.Symbol, lo: sp.Basic, hi: sp.Basic) -> bool:
    """Does the integral of ``dep`` over ``(lo, hi)`` surely converge? False means only
    "not shown". A bounded piece over finite limits does; so does, between number limits,
    a rational function of ``t`` with no pole on the closed range times factors bounded
    there (sin, cos, arctan, tanh, erf of a polynomial) and the exp of a polynomial, when
    at each infinite end that polynomial tends to -oo or the rational function's
    denominator is of degree at least two above its numerator's. The exponentials are
    taken together (``exp(x mu) exp(-x^2)`` decays, ``exp(x mu)`` alone does not).
    Coefficients may be letters whose assumptions make them finite (``mu`` real,
    ``sigma > 0``) and decide the signs needed (``-1/(2 sigma^2) < 0``); a denominator
    with ``t`` then has number coefficients, so its poles can be counted - or, over the
    whole line, letters that a shift of ``t`` takes away or leaves in a sum of even powers
    (``1 + (t - theta)^2``, ``gamma^2 + (t - mu)^2``: :func:`_no_real_root`)."""
    if lo.is_finite and hi.is_finite and _bounded(dep, t):
        return True
    if t not in dep.free_symbols or not all(end.is_number for end in (lo, hi)):
        return False
    if sp.count_ops(dep) > MAX_PIECE_OPS:
        return False
    rational, exponent, others = sp.S.One, sp.S.Zero, []
    top, bottom = sp.fraction(sp.together(dep))
    for f, power in [
        *((f, 1) for f in sp.Mul.make_args(sp.factor_terms(top))),
        *((f, -1) for f in sp.Mul.make_args(sp.factor_terms(bottom))),
    ]:
        if isinstance(f, sp.Pow) and isinstance(f.base, sp.exp) and f.exp.is_Integer:
            f, power = f.base, power * int(f.exp)  # exp(a)^2 after together
        if f.is_rational_function(t):
            rational *= f**power
        elif isinstance(f, sp.exp):
            exponent += power * f.args[0]
        elif power == 1:
            others.append(f)
        else:
            return False
    if not all(_bounded_factor(f, t) for f in others):
        return False
    num, den = sp.fraction(sp.together(rational))
    try:
        pn, pd, pg = sp.Poly(num, t), sp.Poly(sp.expand(den), t), sp.Poly(sp.expand(exponent), t)
        if max(pn.degree(), pd.degree()) > MAX_POLE_DEGREE:
            return False
        if not all(c.is_finite for p in (pn, pd, pg) for c in p.coeffs()):
            return False
        moving = pd.degree() > 0 and not all(c.is_number for c in pd.coeffs())
        if moving and not (lo is sp.S.NegativeInfinity and hi is sp.oo and _no_real_root(pd, t)):
            return False  # poles that move with a letter are counted over the line, shifted
        if pd.degree() < 1 and not pd.LC().is_nonzero:
            return False
        for end, sign in ((lo, -1), (hi, 1)):
            if end.is_finite:
                continue
            if pg.degree() >= 1:
                if not _tends_down(pg, sign):
                    return False
            elif pd.degree() - pn.degree() < 2:
                return False
        low = None if lo is sp.S.NegativeInfinity else lo
        high = None if hi is sp.oo else hi
        return pd.degree() < 1 or moving or pd.count_roots(low, high) == 0
    except (BasePolynomialError, NotImplementedError, TypeError, ValueError):
        return False


#: CPU seconds the shift of a denominator may take (:func:`_no_real_root`).
SHIFT_SECONDS = 0.5


def _no_real_root(pd: sp.Poly, t: sp.Symbol) -> bool:
    """Has the polynomial ``pd`` in ``t``, whose coefficients hold letters, surely no real
    root? Its roots are those of ``pd(u + s)`` moved by ``s = -c_{d-1} / (d c_d)``, a real
    number for letters declared real (the location ``theta`` of ``1 + (t - theta)^2``).
    After the shift, either every coefficient is a number and the real roots are counted,
    or the polynomial is a sum of even powers of ``u`` with non-negative coefficients and
    a positive constant (``gamma^2 + u^2`` with ``gamma > 0``), positive for every real
    ``u``. False means only "not shown" (a shift longer than :data:`SHIFT_SECONDS` too)."""
    d = pd.degree()
    if d < 2:
        return False  # a line crosses 0
    c = pd.all_coeffs()
    s = sp.cancel(-c[1] / (d * c[0]))
    if not (s.is_real and s.is_finite):
        return False
    try:
        with _budget.time_limit(SHIFT_SECONDS):
            q = sp.Poly(sp.expand(pd.as_expr().xreplace({t: t + s})), t)
            if all(k.is_number for k in q.coeffs()):
                return q.count_roots() == 0
    except _budget.StepTimeout:
        return False
    terms = q.terms()
    return (
        all(m[0] % 2 == 0 and k.is_nonnegative for m, k in terms)
        and q.degree() > 0
        and bool(q.nth(0).is_positive)
    )


#: Functions bounded on the reals whatever their (real) argument.
_BOUNDED_FUNCTIONS = (sp.sin, sp.cos, sp.atan, sp.tanh, sp.erf)


def _bounded_factor(f: sp.Basic, t: sp.Symbol) -> bool:
    """Is the factor ``f`` (not an exp: those are taken together) bounded on the whole
    line (see :func:`_converges`)? A bounded function of a real polynomial in ``t``."""
    if isinstance(f, _BOUNDED_FUNCTIONS):
        return bool(f.args[0].is_polynomial(t) and f.args[0].is_extended_real)
    return False


def _tends_down(g: sp.Poly, sign: int) -> bool:
    """Does the polynomial ``g`` tend to -oo at ``sign * oo``?"""
    if g.degree() < 1:
        return False
    lead = g.LC() * sign ** g.degree()
    return bool(lead.is_negative)


def _bounded(e: sp.Basic, t: sp.Symbol) -> bool:
    """Is ``e`` surely finite and continuous in ``t`` on any finite interval (built from
    ``t`` by sums, products, whole powers, exp, sin and cos)? Such a piece converges."""
    if not e.has(t):
        return bool(e.is_finite)
    if e == t:
        return True
    if isinstance(e, (sp.Add, sp.Mul)):
        return all(_bounded(a, t) for a in e.args)
    if isinstance(e, sp.Pow):
        return bool(e.exp.is_Integer and e.exp >= 0) and _bounded(e.base, t)
    if isinstance(e, (sp.exp, sp.sin, sp.cos)):
        return _bounded(e.args[0], t)
    return False


def range_conditions(
    c: sp.Basic, x: sp.Symbol, lo: sp.Basic, hi: sp.Basic
) -> list[sp.Basic] | None:
    """Conditions on the ends under which the integrand's condition ``c`` holds at every
    ``x`` strictly between ``lo`` and ``hi``; None when not shown.

    Decided for ``g > 0``, ``g >= 0`` and ``g != 0`` with ``g`` linear in ``x`` with a
    number slope: ``g >= 0`` at both ends for the first two (a linear function is
    smallest at an end), ``g(lo) g(hi) >= 0`` for the third (its root is not strictly
    between). An infinite end gives g's sign there. Such a condition is where the
    integrand is defined; over the range it is a condition on the ends, never on ``x``,
    which is bound (``\\int_0^1 p^{a-1} dp`` needs no ``p > 0``, ``\\int_a^b dx/x`` needs
    ``a b >= 0``). ``[]``: it holds whatever the ends' letters are."""
    if not isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan, sp.Unequality)):
        return None
    g = sp.expand(c.lhs - c.rhs)
    if not g.has(x) or not g.is_polynomial(x) or lo.has(x) or hi.has(x):
        return None
    poly = sp.Poly(g, x)
    if poly.degree() != 1:
        return None
    slope, constant = poly.all_coeffs()
    if not (slope.is_number and slope.is_extended_real and slope != 0):
        return None
    if not all(v.is_extended_real for v in (constant, lo, hi)):
        return None

    def at(end: sp.Basic) -> sp.Basic:
        if end.is_infinite:
            return sp.sign(slope) * sp.sign(end)  # only the sign counts there
        return slope * end + constant

    ends = (at(lo), at(hi))
    if isinstance(c, sp.Unequality):
        needed = [sp.GreaterThan(sp.expand(ends[0] * ends[1]), 0)]
    else:
        needed = [sp.GreaterThan(v, 0) for v in ends]
    if any(n is sp.false for n in needed):
        return None
    return [n for n in needed if n is not sp.true]


def compile_integral(
    e: sp.Integral, bound: frozenset, compile_: Callable[[sp.Basic, frozenset], Callable]
) -> Callable[[Any], Any]:
    """A function of an evaluator frame giving the integral's value (see the docstring).

    Values are kept per integral and value of its free symbols, for every line it is
    in: a root search in one parameter meets the same values of it at every point and
    in both directions of an equation step, and ``I_0(kappa) = (1/2pi) int exp(kappa
    cos x) dx`` depends on kappa alone (without the memo the von Mises MLE's steps timed
    out). The key is the integral rebuilt with sympy's evaluation: rows spell one
    integral several ways (``1*(1*E**u)``, ``exp(u)``), each was computed apart.
    """
    (x, lo, hi), *rest = e.limits
    found = None if rest else kernel(evaluated(e.function), x, lo, hi)
    if found is not None:
        return _compile_kernel(found, bound, compile_)
    inner = sp.Integral(e.function, *rest) if rest else e.function
    body = compile_(inner, bound | {x})
    low, high = _limit(lo, bound, compile_), _limit(hi, bound, compile_)
    names = sorted(e.free_symbols | {i for i in e.atoms(sp.Indexed)}, key=str)
    getters = [compile_(s, bound) for s in names]
    same = evaluated(e)  # one key for the spellings of one integral (1*(1*E**u), exp(u))

    def integral(f: Any) -> Any:
        key = (same, mpmath.mp.dps, *(get(f) for get in getters))
        if key in _MEMO:
            return _MEMO[key]
        a, b = low(f), high(f)
        if any(mpmath.im(v) != 0 or mpmath.isnan(v) for v in (a, b)):
            raise Unresolved(f"the limits of {e} are not real numbers")
        saved = f.local.get(x)

        def g(v: Any) -> Any:
            f.local[x] = v
            return body(f)

        try:
            value = _quadrature(g, mpmath.re(a), mpmath.re(b))
        finally:
            if saved is None:
                f.local.pop(x, None)
            else:
                f.local[x] = saved
        if len(_MEMO) >= MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = value
        return value

    return integral


def _compile_kernel(
    found: tuple, bound: frozenset, compile_: Callable[[sp.Basic, frozenset], Callable]
) -> Callable[[Any], Any]:
    """The value of a Beta or Gamma kernel's integral (:func:`kernel`): exact at any
    precision where it converges, undefined where it diverges (``a <= 0`` or ``b <= 0``)."""
    c, kind, a, b = found
    coeff, first, second = (compile_(v, bound) for v in (c, a, b))

    def integral(f: Any) -> Any:
        va, vb = first(f), second(f)
        if any(mpmath.im(v) != 0 or mpmath.isnan(v) for v in (va, vb)):
            raise Unresolved(f"the exponents of a {kind} kernel are not real: {va}, {vb}")
        va, vb = mpmath.re(va), mpmath.re(vb)
        if not (va > 0 and vb > 0):
            raise Unresolved(f"the {kind} integral diverges at {va}, {vb}")
        value = mpmath.beta(va, vb) if kind == "beta" else mpmath.gamma(va) / vb**va
        return coeff(f) * value

    return integral


def _limit(v: sp.Basic, bound: frozenset, compile_: Callable) -> Callable[[Any], Any]:
    if v is sp.oo:
        return lambda f: mpmath.inf
    if v is sp.S.NegativeInfinity:
        return lambda f: mpmath.ninf
    return compile_(v, bound)


def _quadrature(g: Callable[[Any], Any], a: Any, b: Any) -> Any:
    """The integral of ``g`` over ``[a, b]``, or :class:`Unresolved`.

    A settled Gauss-Legendre value over a finite range where the integrand is finite at
    the centre of each piece (a pole there cancels in the rule's symmetric nodes:
    ``int_0^2 dx/(x - 1)`` came out 0). Otherwise tanh-sinh, which copes with
    singular ends and infinite ranges, settled, where the integrand vanishes faster
    than the range closes at each end (:func:`_ends_vanish`: a divergent
    ``int_0^oo x^b e^{-ax} dx``, b < -1, came out of tanh-sinh as a settled 3e93).
    """
    dps = mpmath.mp.dps
    if dps > MAX_DPS:
        raise Unresolved(f"an integral is not evaluated to {dps} digits")
    if a == b:
        return mpmath.mpf(0)
    work = min(dps, QUAD_DPS)
    ends = [a, b] if not a < 0 < b else [a, mpmath.mpf(0), b]
    if mpmath.isfinite(a) and mpmath.isfinite(b):
        value = _settled(g, ends, "gauss-legendre", work)
        if value is not None and _finite_at_centres(g, ends, work):
            return _at(value, dps)
    first = _settled(g, ends, "tanh-sinh", work)
    if first is not None and _ends_vanish(g, a, b, work):
        return _at(first, dps)
    raise Unresolved("the quadratures of the integral do not settle (divergent or unresolved)")


#: How close to a finite end, and how far out towards an infinite one, the integrand
#: is looked at (a power of ten of the working precision's digits).
_PROBES = (0.3, 0.6, 0.9)


def _ends_vanish(g: Callable[[Any], Any], a: Any, b: Any, work: int) -> bool:
    """Does ``|g| * h`` shrink towards 0 at ``h`` from each finite end, and ``|g| * t`` out
    at ``t`` towards each infinite one? A necessary condition of convergence that the
    divergent integrals of powers and exponentials fail (x^-1.5 at 0, e^{x/2} at oo)."""
    with mpmath.workdps(work):
        for end, inward in ((a, 1), (b, -1)):
            sizes = []
            for p in _PROBES:
                h = mpmath.mpf(10) ** -int(p * work)
                t = end + inward * h if mpmath.isfinite(end) else -inward / h
                try:
                    v = abs(g(t)) * (h if mpmath.isfinite(end) else abs(t))
                except (ZeroDivisionError, OverflowError, ValueError, TypeError):
                    return False
                if not mpmath.isfinite(v):
                    return False
                sizes.append(v)
            if not (sizes[-1] <= sizes[0] and sizes[-1] <= mpmath.mpf(10) ** -(work // 4)):
                return False
    return True


def _finite_at_centres(g: Callable[[Any], Any], ends: list, work: int) -> bool:
    with mpmath.workdps(work):
        for lo, hi in zip(ends, ends[1:], strict=False):
            try:
                if not mpmath.isfinite(g((lo + hi) / 2)):
                    return False
            except (ZeroDivisionError, OverflowError, ValueError, TypeError):
                return False
    return True


def _settled(g: Callable[[Any], Any], points: list, method: str, work: int) -> Any | None:
    """mpmath's quadrature at ``work`` digits when its refinements agree, else None."""
    with mpmath.workdps(work):
        most = {"maxdegree": GL_MAX_DEGREE} if method == "gauss-legendre" else {}
        try:
            value, error = mpmath.quad(g, points, error=True, method=method, **most)
        except (ZeroDivisionError, OverflowError, ValueError, TypeError):
            return None
        if not (mpmath.isfinite(value) and mpmath.isfinite(error)):
            return None
        if error > _tolerance(value, work):
            return None
        return value


def _tolerance(value: Any, work: int) -> Any:
    return mpmath.mpf(10) ** -(work - AGREE_DIGITS) * max(abs(value), 1)


def _at(value: Any, dps: int) -> Any:
    with mpmath.workdps(dps):
        return +value


__all__ = [
    "Converges",
    "MAX_DPS",
    "QUAD_DPS",
    "Unresolved",
    "compile_integral",
    "range_conditions",
    "kernel",
    "normal_integrals",
]
