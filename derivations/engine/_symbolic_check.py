"""The symbolic check: the written line proved equal to, or implied by, the previous one."""

from __future__ import annotations

from typing import Any

import sympy as sp

from .._report import FAIL, PASS, SKIP, CheckOutcome
from ._domains import spread_of
from ._identities import as_gammas, shifts_vanish
from ._matrix_symbolic import involves_matrices
from ._matrix_symbolic import sum_conditions as matrix_sum_conditions
from ._matrix_symbolic import symbolic_check as matrix_symbolic_check
from ._normal import bound_indices_renamed, is_zero, normal, normal_conditions
from ._positive_bases import vanishes_where_positive
from ._series import closed_series


def _eq_residual(e: sp.Basic, domains: Any) -> sp.Basic:
    return normal(e.lhs, domains) - normal(e.rhs, domains)


def sum_conditions(prev: sp.Basic, cur: sp.Basic, domains: Any) -> list[sp.Basic]:
    """The conditions the normal forms' sum counts rely on (``hi - lo + 1 >= 0``)."""
    if involves_matrices(prev, cur):
        return matrix_sum_conditions(prev, cur, domains)
    out: list[sp.Basic] = []
    for line in (prev, cur):
        for side in (line.lhs, line.rhs) if isinstance(line, sp.Equality) else (line,):
            out.extend(normal_conditions(side, domains)[1])
    return list(dict.fromkeys(out))


def symbolic_check(
    prev: sp.Basic,
    cur: sp.Basic,
    relation: str,
    domains: Any = None,
    thorough: bool = True,
    refuted: bool = False,
) -> CheckOutcome:
    """Prove the written line from the previous one by normal forms.

    ``thorough=False`` skips sympy's ``simplify`` (the costly last resort of
    :func:`is_zero`, which can run for minutes on sums): the engine asks that
    first and again thoroughly only when the numbers agree. ``refuted``: the
    numbers have refuted a rewrite already, only the difference of the normal
    forms is reported (sympy's ``cancel`` of it, to prove a zero nobody expects,
    took longer than a step's time limit on an OLS mutant).
    """
    if involves_matrices(prev, cur):
        return matrix_symbolic_check(prev, cur, relation, domains)
    try:
        if relation in ("=", "restate"):
            if isinstance(prev, sp.Equality) != isinstance(cur, sp.Equality):
                return CheckOutcome(FAIL, "one line is an equation and the other is not")
            pairs = (
                [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
                if isinstance(prev, sp.Equality)
                else [(prev, cur)]
            )
            for a, b in pairs:
                diff = sp.expand(normal(a, domains) - normal(b, domains))
                if refuted and diff != 0:
                    return CheckOutcome(FAIL, f"normal forms differ by {diff}")
                if is_zero(diff, thorough=thorough) is not True and not (
                    vanishes_where_positive(diff, domains)  # roots of positive bases
                    or shifts_vanish(diff)  # engine7: Gamma(a + k) = (a)_k Gamma(a)
                    or _vanishes_as_gammas(diff, domains)  # engine7: C(n, y) as Gammas
                    or _vanishes_as_series(diff, domains)  # sums to infinity closed
                    or _vanishes_at_members(diff, domains, thorough)  # x \in \{-1, 1\}
                ):
                    shown = sp.simplify(diff) if thorough else diff
                    return CheckOutcome(FAIL, f"normal forms differ by {shown}")
            return CheckOutcome(PASS, "normal forms agree")
        d1, d2 = sp.expand(_eq_residual(prev, domains)), sp.expand(_eq_residual(cur, domains))
        if is_zero(d1, thorough=False) is True:
            return CheckOutcome(
                FAIL, "the previous equation is an identity; nothing follows from it"
            )
        if is_zero(d2, thorough=False) is True:
            if relation == "=>":
                return CheckOutcome(PASS, "the written equation is an identity")
            return CheckOutcome(
                FAIL,
                "the written equation holds identically but the previous one does not: "
                "only '=>' follows",
            )
        q = sp.cancel(sp.together(d2 / d1))
        if q.has(sp.Sum):
            # sum_k X_k and sum_i X_i are one sum: a ratio that cancels only once their
            # indices are named alike is that ratio (renaming a bound index is exact)
            renamed = sp.cancel(sp.together(bound_indices_renamed(d2) / bound_indices_renamed(d1)))
            if not renamed.has(sp.Sum):
                q = renamed
        if _nonzero(d1, domains) and not (q.is_number and q != 0):
            # n - 1 = n (or lambda = 0 with lambda > 0): no value satisfies it, and from it
            # every equation "follows" (2^n = 2^(n+1) had a finite, non-zero ratio); the
            # same equation rewritten (a number times its residual, dl/da = 0 then
            # lambda n / a = 0) is still a step of its own
            return CheckOutcome(
                FAIL,
                "the previous equation holds for no value of its symbols; nothing follows from it",
            )
        num, den = sp.fraction(q)
        finite = _nonzero(den, domains)
        nonzero = _nonzero(num, domains)
        if relation == "=>" and finite:
            return CheckOutcome(PASS, f"written residual = ({q}) * previous residual")
        if relation == "<=>" and finite and nonzero:
            return CheckOutcome(
                PASS, f"written residual = ({q}) * previous residual, factor non-zero"
            )
        root = _positive_root(d1, d2, domains) or _log_of_both_sides(prev, d2, relation, domains)
        if root is not None:
            return CheckOutcome(PASS, root)
        return CheckOutcome(
            FAIL, f"residual ratio {q} not shown finite and non-zero{_spread_note(q, domains)}"
        )
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"symbolic pipeline failed: {type(exc).__name__}: {exc}")


#: Letters with a finite domain, and the cases they make, that are tried one by one.
_MAX_MEMBERS, _MAX_CASES = 4, 8


def _vanishes_at_members(diff: sp.Basic, domains: Any, thorough: bool) -> bool:
    """Is ``diff`` zero at every value of its letters whose domain is a short finite set?

    ``(\\pm\\sigma)^3 = \\pm\\sigma^3`` leaves ``s^3 - s`` for the sign ``s \\in \\{-1, 1\\}``
    of ``\\pm``: zero at both of its values, which is all the domain allows."""
    if domains is None:
        return False
    finite = []
    for sym in sorted(diff.free_symbols, key=str):
        dom = domains.domain_of(sym) if isinstance(sym, sp.Symbol) else None
        members = getattr(dom, "members", None)
        if members is not None and 0 < len(members) <= _MAX_MEMBERS:
            finite.append((sym, [sp.Rational(m.numerator, m.denominator) for m in members]))
    if not finite:
        return False
    cases = [{}]
    for sym, values in finite:
        cases = [{**c, sym: v} for c in cases for v in values]
        if len(cases) > _MAX_CASES:
            return False
    return all(is_zero(sp.expand(diff.xreplace(c)), thorough=thorough) is True for c in cases)


def _vanishes_as_series(diff: sp.Basic, domains: Any) -> bool:
    """Is ``diff`` zero once its sums to infinity are in closed form where the domains prove
    they converge (:mod:`._series`)?"""
    if not diff.has(sp.Sum):
        return False
    closed = closed_series(diff, domains)
    if closed is None:
        return False
    closed = sp.expand(closed)
    return (
        closed == 0
        or sp.cancel(sp.together(closed)) == 0
        or bool(is_zero(normal(closed, domains), thorough=False))
    )


_ROOT_NODES = 400


def _positive_root(d1: sp.Basic, d2: sp.Basic, domains: Any) -> str | None:
    """Why the written line is the previous equation's only solution where the unknown is
    positive, or None: ``\\hat s^2 = R`` then ``\\hat s = \\sqrt{R}`` with s > 0.

    The previous residual is ``a u^2 + c`` (no odd power of ``u``, ``a`` non-zero) and the
    written one fixes ``u`` alone (``u - W``, up to a number). ``W`` solves the previous
    equation when ``a W^2 + c`` is zero; a positive ``u`` has one such value, so the two
    equations are equivalent there. The ratio of the residuals, ``1/(u + W)``, is seldom
    shown finite by ``cancel`` when ``R`` is a sum, which left these steps plausible."""
    if sp.count_ops(d1) > _ROOT_NODES or sp.count_ops(d2) > _ROOT_NODES or domains is None:
        return None
    for v in sorted(d2.free_symbols & d1.free_symbols, key=str):
        if not (isinstance(v, sp.Symbol) and domains.interval(v).positive):
            continue
        found = _root_in(d1, d2, v, domains)
        if found is None and d2.has(sp.sqrt(v)):
            # v = R then sqrt(v) = sqrt(R) (v one positive symbol): in t = sqrt(v), t^2 = R
            t = sp.Dummy("t", positive=True)
            found = _root_in(d1.xreplace({v: t**2}), sp.expand(d2.subs(v, t**2)), t, domains)
            found = found and found.replace(str(t), f"sqrt({v})")
        if found is not None:
            return found
    return None


def _log_of_both_sides(prev: sp.Basic, d2: sp.Basic, relation: str, domains: Any) -> str | None:
    """Why the written line is the log of both sides of the previous one, or None:
    ``e^{-u^2/2} = 1/2`` then ``-u^2/2 = \\ln(1/2)`` (StatProofBook's FWHM).

    Both sides of the previous equation positive, the log is one-to-one there: the two
    equations are equivalent when the written residual is a finite (and, for ``<=>``,
    non-zero) multiple of ``log(lhs) - log(rhs)``. A side that may be zero or negative
    (``x^2 = 4`` has no log at ``x = 0``) decides nothing."""
    if domains is None or not isinstance(prev, sp.Equality):
        return None
    if sp.count_ops(prev) > _ROOT_NODES or sp.count_ops(d2) > _ROOT_NODES:
        return None
    sides = normal(prev.lhs, domains), normal(prev.rhs, domains)
    if not all(_positive(side, domains) for side in sides):
        return None
    d1 = sp.expand(normal(sp.log(sides[0]), domains) - normal(sp.log(sides[1]), domains))
    if d1 == 0:
        return None
    q = sp.cancel(sp.together(d2 / d1))
    num, den = sp.fraction(q)
    if not _nonzero(den, domains) or (relation == "<=>" and not _nonzero(num, domains)):
        return None
    return "the written line is the log of both sides of the previous one (both positive)"


def _positive(e: sp.Basic, domains: Any) -> bool:
    return e.is_positive is True or bool(domains.interval(e).positive)


def _root_in(d1: sp.Basic, d2: sp.Basic, u: Any, domains: Any) -> str | None:
    """:func:`_positive_root` for the one positive unknown ``u``."""
    slope = sp.diff(d2, u)
    if slope.has(u) or not (slope.is_number and slope != 0):
        return None
    written = sp.expand(u - d2 / slope)  # u = W
    if written.has(u) or not _nonnegative(written, domains):
        return None  # (-sqrt(R) solves the previous equation too, but at no positive u)
    try:
        poly = sp.Poly(sp.expand(d1), u)
    except sp.PolynomialError:
        return None
    if poly.degree() != 2 or poly.coeff_monomial(u) != 0:
        return None
    if not _nonzero(poly.coeff_monomial(u**2), domains):
        return None
    if is_zero(sp.expand(d1.subs(u, written)), thorough=False) is not True:
        return None
    return f"the written line is the previous equation's one solution with {u} > 0"


def _nonnegative(e: sp.Basic, domains: Any) -> bool:
    """Is ``e`` never negative (a square root, a positive name)? At ``W = 0`` neither line
    has a positive solution, so a non-negative ``W`` keeps them equivalent."""
    if e.is_nonnegative:
        return True
    if isinstance(e, sp.Mul) and all(_nonnegative(f, domains) for f in e.args):
        return True
    if isinstance(e, sp.Pow) and e.exp.is_number and e.exp.is_positive and not e.exp.is_integer:
        return True  # a principal root of a real base, where it is real
    return bool(domains.interval(e).nonnegative)


def _vanishes_as_gammas(diff: sp.Basic, domains: Any) -> bool:
    """engine7: the residue with its binomials and factorials written with Gammas (where
    the domains keep them finite), then shown zero as above."""
    out = as_gammas(diff, domains)
    if out is diff:
        return False
    out = sp.expand(out)
    return (
        out == 0
        or is_zero(out, thorough=False) is True
        or vanishes_where_positive(out, domains)
        or shifts_vanish(out)
    )


def _spread_note(q: sp.Basic, domains: Any) -> str:
    """Why an open part of the ratio is a genuine condition, when it is the spread of a
    sample (0 exactly when its values are all equal: nothing declared discharges it)."""
    if domains is None:
        return ""
    for which, part in zip(("numerator", "denominator"), sp.fraction(q), strict=True):
        if not _nonzero(part, domains):
            x = spread_of(part, domains)
            if x is not None:
                name = f"{x.base}_{x.indices[0]}"
                return f": its {which} is 0 when the {name} are all equal (a condition on the data)"
    return ""


def _nonzero(e: sp.Basic, domains: Any) -> bool:
    if e.is_nonzero or (e.free_symbols == set() and e != 0):
        return True
    return domains is not None and domains.is_nonzero(e) is True
