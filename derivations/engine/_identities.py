"""Identities sympy misses, each proved for a class of expressions (see each function).

Only rewrites that hold wherever the expression is defined (or where the declared
domains say they hold) are made: nothing is forced (NOTES.md: ``powsimp(force=True)``
and ``expand_log(force=True)`` are wrong off the positive reals), nothing is decided
by sampling, and each pass is bounded by the size of what it looks at.

:func:`split_index_powers`: a sum's index takes integer values only, and for an
integer ``k``, ``(a b)^k = a^k b^k`` and ``(e^u)^k = e^(k u)`` whatever ``a``, ``b``
and ``u`` are. sympy applies these to a symbol declared integer, but a post's sum
index is a plain symbol, so ``sum_n e^(t n) (1 - theta)^n`` and
``sum_n ((1 - theta) e^t)^n`` (the geometric MGF) never met. Each sum's body is
looked at with its index replaced by an integer dummy, sympy's
``expand_power_base`` (no ``force``: it splits a power of a product only where the
exponent is an integer or the factors are non-negative) is applied, and the index
is put back. An exponent such as ``n/2`` is not an integer, so it is left alone.

:func:`shifts_vanish`: values of Gamma (factorials as ``Gamma(n + 1)``) and of
polygamma whose arguments differ by an integer are written in terms of the one with
the least argument: ``Gamma(a + k) = a (a + 1) ... (a + k - 1) Gamma(a)`` and
``psi^(m)(a + k) = psi^(m)(a) + (-1)^m m! sum_{j<k} (a + j)^-(m + 1)``, identities of
meromorphic functions that hold wherever both sides are defined (the convention of
``cancel``, which the symbolic check uses anyway). The residue is then tested for
zero over a common denominator. Shifts of more than :data:`_MAX_SHIFT` are not
expanded.

:func:`as_gammas`: ``C(a, b) = Gamma(a + 1) / (Gamma(b + 1) Gamma(a - b + 1))`` and
``a! = Gamma(a + 1)`` where the domains prove every Gamma argument positive (no pole:
the generalised coefficient's definition), so that a residue in binomials and one in
Gammas meet (``log C(n, y)`` against ``log Gamma(n + 1) - log Gamma(y + 1) - ...``).

:func:`binomial_sums`: for a non-negative integer ``n`` (declared or by the domains),
``sum_{x=0}^{n} C(n, x) c^x x(x-1)...(x-j+1) = n(n-1)...(n-j+1) c^j (1 + c)^(n - j)``
(the binomial theorem differentiated ``j`` times), with ``x^k`` written in falling
factorials (Stirling numbers of the second kind). The factors of the summand other
than ``C(n, x)`` must be powers whose exponents are ``a x + b`` with an integer ``a``
(``base^(a x + b) = base^b (base^a)^x`` for a non-zero base and an integer ``x``),
exponentials of such, and a polynomial in ``x`` of degree at most :data:`_MAX_DEGREE`;
``1 + c`` must be shown non-zero (else ``(1 + c)^(n - j)`` may be ``0^(-1)``).
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._positive_bases import expands_to_zero

#: Bound: a sum whose body has more operations than this is left as it is.
_MAX_BODY_OPS = 400
#: Bounds of :func:`shifts_vanish`: the residue's size, the number of distinct
#: function values, the largest integer shift and the largest polygamma order.
_MAX_RESIDUE_OPS = 600
_MAX_VALUES = 24
_MAX_SHIFT = 12
_MAX_ORDER = 4
#: Bound of :func:`binomial_sums`: the degree of the polynomial in the index.
_MAX_DEGREE = 6


def _split_in_sum(s: sp.Sum) -> sp.Basic:
    body = s.function
    if not body.has(sp.Pow, sp.exp) or sp.count_ops(body) > _MAX_BODY_OPS:
        return s
    indices = [lim[0] for lim in s.limits if isinstance(lim[0], sp.Symbol)]
    if not indices:
        return s
    dummies = {k: sp.Dummy(k.name, integer=True) for k in indices}
    back = {d: k for k, d in dummies.items()}
    # Only the powers that change are rebuilt (the rest of the body is left as it is).
    table: dict[sp.Basic, sp.Basic] = {}
    for p in body.atoms(sp.Pow):
        if p.exp.is_Number or not p.exp.has(*indices):
            continue
        q = p.xreplace(dummies)  # (may itself evaluate: (e^t)^k is e^(k t))
        if isinstance(q, sp.Pow) and q.exp.is_integer and isinstance(q.base, sp.Mul):
            q = sp.expand_power_base(q, deep=False)
        q = q.xreplace(back)
        if q != p:
            table[p] = q
    return sp.Sum(body.xreplace(table), *s.limits) if table else s


def split_index_powers(e: sp.Basic) -> sp.Basic:
    """Powers of products (and of ``e^u``) whose exponent is an integer because it is
    an integer combination of a sum's indices, split into powers of the factors (see
    the module's text)."""
    if not e.has(sp.Sum):
        return e
    return e.replace(lambda a: isinstance(a, sp.Sum), _split_in_sum)


def _classes(args: list[sp.Basic]) -> dict[sp.Basic, tuple[sp.Basic, int]] | None:
    """Each argument as ``(least, k)``: ``arg = least + k``, ``least`` the least argument
    of its class (arguments that differ by an integer). None: a shift is too large."""
    reps: list[sp.Basic] = []
    where: dict[sp.Basic, tuple[int, int]] = {}
    for arg in sorted(set(args), key=sp.default_sort_key):
        for pos, rep in enumerate(reps):
            d = sp.expand(arg - rep)
            if d.is_Integer:
                where[arg] = (pos, int(d))
                break
        else:
            reps.append(arg)
            where[arg] = (len(reps) - 1, 0)
    least = {pos: min(k for p, k in where.values() if p == pos) for pos in range(len(reps))}
    out = {}
    for arg, (pos, k) in where.items():
        shift = k - least[pos]
        if shift > _MAX_SHIFT:
            return None
        out[arg] = (sp.expand(reps[pos] + least[pos]), shift)
    return out


def _shifted(e: sp.Basic) -> sp.Basic | None:
    """``e`` with Gamma and polygamma values written at the least argument of their
    class (see the module's text); None when a bound is passed."""
    e = e.replace(lambda f: isinstance(f, sp.factorial), lambda f: sp.gamma(f.args[0] + 1))
    gammas = list(e.atoms(sp.gamma))
    polys = [
        f for f in e.atoms(sp.polygamma) if f.args[0].is_Integer and 0 <= f.args[0] <= _MAX_ORDER
    ]
    if not gammas and not polys or len(gammas) + len(polys) > _MAX_VALUES:
        return None
    table: dict[sp.Basic, sp.Basic] = {}
    if gammas:
        where = _classes([g.args[0] for g in gammas])
        if where is None:
            return None
        for g in gammas:
            base, k = where[g.args[0]]
            table[g] = sp.gamma(base) * sp.Mul(*[base + j for j in range(k)])
    for m in {int(f.args[0]) for f in polys}:
        these = [f for f in polys if f.args[0] == m]
        where = _classes([f.args[1] for f in these])
        if where is None:
            return None
        sign = (-1) ** m * sp.factorial(m)
        for f in these:
            base, k = where[f.args[1]]
            steps = sp.Add(*[(base + j) ** -(m + 1) for j in range(k)])
            table[f] = sp.polygamma(m, base) + sign * steps
    return e.xreplace(table)


def shifts_vanish(e: sp.Basic) -> bool:
    """Is the residue ``e`` zero once its Gamma and polygamma values are written at the
    least argument of their class (see the module's text)? False: not shown."""
    if e == 0 or not e.has(sp.gamma, sp.factorial, sp.polygamma):
        return False
    if e.has(sp.MatrixExpr) or not e.is_commutative or sp.count_ops(e) > _MAX_RESIDUE_OPS:
        return False
    out = _shifted(e)
    if out is None or out == e:
        return False
    return expands_to_zero(out)


def _positive(e: sp.Basic, domains: Any) -> bool:
    if e.is_positive:
        return True
    return domains is not None and domains.is_positive(e) is True


def as_gammas(e: sp.Basic, domains: Any) -> sp.Basic:
    """``e`` with binomials and factorials written with Gammas where the domains prove
    every Gamma argument positive (see the module's text); ``e`` itself otherwise."""
    if not e.has(sp.binomial, sp.factorial) or sp.count_ops(e) > _MAX_RESIDUE_OPS:
        return e
    table: dict[sp.Basic, sp.Basic] = {}
    for f in e.atoms(sp.binomial):
        a, b = f.args
        if all(_positive(sp.expand(u), domains) for u in (a + 1, b + 1, a - b + 1)):
            table[f] = sp.gamma(a + 1) / (sp.gamma(b + 1) * sp.gamma(a - b + 1))
    for f in e.atoms(sp.factorial):
        if _positive(sp.expand(f.args[0] + 1), domains):
            table[f] = sp.gamma(f.args[0] + 1)
    return e.xreplace(table) if table else e


def _nonneg_integer(e: sp.Basic, domains: Any) -> bool:
    if e.is_integer and e.is_nonnegative:
        return True
    if domains is None:
        return False
    iv = domains.interval(e)
    return bool(iv.integer and iv.nonnegative)


def _binomial_sum(s: sp.Sum, domains: Any) -> sp.Basic:
    if len(s.limits) != 1 or len(s.limits[0]) != 3:
        return s
    x, lo, hi = s.limits[0]
    if not lo.is_Integer or not isinstance(x, sp.Symbol) or hi.has(x):
        return s
    # sum_{x=lo}^{hi} f(x) = sum_{x=0}^{hi-lo} f(x + lo): the normal form writes sums
    # from 1, the theorem's sum runs from 0
    body, hi = sp.expand(s.function.xreplace({x: x + lo})), sp.expand(hi - lo)
    if not _nonneg_integer(hi, domains):
        return s
    total = sp.S.Zero
    for term in sp.Add.make_args(body):
        factors = sp.Mul.make_args(term)
        binoms = [f for f in factors if isinstance(f, sp.binomial) and f.args == (hi, x)]
        closed = _closed(x, hi, factors, binoms[0], domains) if len(binoms) == 1 else None
        if closed is None:
            return s
        total += closed
    return total


def _closed(x, hi, factors, binom, domains) -> sp.Basic | None:
    """The closed form of ``sum_{x=0}^{hi} prod(factors)`` (``binom`` is ``C(hi, x)``)."""
    c, const, poly = sp.S.One, sp.S.One, sp.S.One
    for f in factors:
        if f is binom:
            continue
        if not f.has(x):
            const *= f
            continue
        if isinstance(f, sp.exp) or (isinstance(f, sp.Pow) and f.base is sp.E):
            u = f.args[0] if isinstance(f, sp.exp) else f.exp
            a, b = sp.expand(u).as_independent(x, as_Add=True)[::-1]
            coeff = sp.expand(a / x) if a != 0 else sp.S.Zero
            if coeff.has(x):
                return None
            c, const = c * sp.exp(coeff), const * sp.exp(b)
            continue
        if isinstance(f, sp.Pow) and not f.base.has(x) and f.exp.has(x):
            a, b = sp.expand(f.exp).as_independent(x, as_Add=True)[::-1]
            coeff = sp.expand(a / x)
            if not coeff.is_Integer or domains is None or domains.is_nonzero(f.base) is not True:
                return None
            c, const = c * f.base**coeff, const * f.base**b
            continue
        poly *= f
    try:
        P = sp.Poly(sp.expand(poly), x)
    except sp.PolynomialError:
        return None
    if P.degree() > _MAX_DEGREE or any(k.has(x) for k in P.coeffs()):
        return None
    onec = sp.cancel(sp.together(1 + c))
    if not (onec.is_nonzero or (domains is not None and domains.is_nonzero(onec) is True)):
        return None
    # (u/v)^k = u^k v^-k for an integer k (hi - j is one): the powers then meet the
    # summand's own ((1 - p)^n (1/(1 - p))^(n - 1) = 1 - p)
    num, den = sp.fraction(onec)
    if num.could_extract_minus_sign():
        num, den = -num, -den
    total = sp.S.Zero
    for (k,), coeff in P.terms():
        for j in range(k + 1):
            st = sp.functions.combinatorial.numbers.stirling(k, j) if k else 1
            if st == 0:
                continue
            ff = sp.Mul(*[hi - i for i in range(j)])
            total += coeff * st * ff * c**j * num ** (hi - j) * den ** (j - hi)
    # x^a x^b = x^(a + b) (combine="exp" only: the bases are the summand's, shown
    # non-zero, and 1 + c's factors)
    return sp.powsimp(sp.expand(const * total), combine="exp")


def binomial_sums(e: sp.Basic, domains: Any) -> sp.Basic:
    """Sums of the binomial theorem's moments in closed form (see the module's text)."""
    if not e.has(sp.binomial) or not e.has(sp.Sum):
        return e
    return e.replace(
        lambda a: isinstance(a, sp.Sum) and a.function.has(sp.binomial),
        lambda a: _binomial_sum(a, domains),
    )
