"""The symbolic check of a matrix step (a line with matrices in it).

- A rewrite (``=``) is proved when both lines have the same shape and the same
  matrix normal form (:mod:`._matrix_normal`), side by side for an equation.
- An equation step (``<=>``, ``=>``): the written residual ``R2`` must be
  ``c L R1 R`` - the previous residual multiplied by a number ``c`` and, for
  a matrix equation, on the left and right by matrices ``L``, ``R`` (each the
  identity, a square matrix symbol of the lines or its inverse; the transpose
  of ``R1`` is tried too). ``=>`` needs ``c`` finite; ``<=>`` also needs ``c``
  non-zero and ``L``, ``R`` invertible on the domain (a positive definite
  matrix is). Multiplying ``Sigma^{-1} sum_n (x_n - mu) = 0`` by ``Sigma`` is
  such a step, with ``L = Sigma``.

Which ``L`` and ``R`` work is searched, never taken from the step's rule
parameters: the check stays independent of the rule that is claimed.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from .._report import FAIL, PASS, SKIP, CheckOutcome
from ._matrix_expr import MatrixSum, has_matrices
from ._matrix_normal import (
    Poly,
    Term,
    Unsupported,
    matrix_normal,
    mul,
    poly_scalar,
    probe,
    residual_poly,
)
from ._normal import is_zero


def involves_matrices(*lines: sp.Basic) -> bool:
    return any(has_matrices(line) for line in lines)


def _sides(line: sp.Basic) -> list[sp.Basic]:
    return [line.lhs, line.rhs] if isinstance(line, sp.Equality) else [line]


def sum_conditions(prev: sp.Basic, cur: sp.Basic, domains: Any) -> list[sp.Basic]:
    out: list[sp.Basic] = []
    for line in (prev, cur):
        for side in _sides(line):
            try:
                out.extend(matrix_normal(side, domains)[2])
            except Exception:  # noqa: BLE001 - no normal form, no conditions from it
                continue
    return list(dict.fromkeys(out))


def _same(a: sp.Basic, b: sp.Basic, domains: Any) -> tuple[bool, str]:
    sa, va, _ = matrix_normal(a, domains)
    sb, vb, _ = matrix_normal(b, domains)
    if sa is not None and sb is not None and tuple(sa) != tuple(sb):
        return False, f"the lines have different shapes ({sa[0]} x {sa[1]}, {sb[0]} x {sb[1]})"
    if (sa is None) != (sb is None) and (va if sa is None else vb) != 0:
        # A number written for a matrix: only 0 (the zero matrix) can equal one.
        return False, "one line is a number and the other a matrix"
    diff = sp.expand(va - vb)
    # sympy's simplify (the thorough last resort) only where no sum is left: on the
    # difference of two unequal lines with sums it took past the step's time limit
    # once the numbers had refuted the step (the caller's quick-first order does not
    # reach this module), and no matrix step of the corpus needs it to be proved.
    if is_zero(diff, thorough=not diff.has(sp.Sum, MatrixSum)) is True:
        return True, "matrix normal forms agree"
    return False, f"matrix normal forms differ by {_short(diff)}"


def _short(e: sp.Basic, limit: int = 300) -> str:
    text = str(e)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def symbolic_check(prev: sp.Basic, cur: sp.Basic, relation: str, domains: Any) -> CheckOutcome:
    """The symbolic check of a step whose lines have matrices in them."""
    try:
        if relation in ("=", "restate"):
            if isinstance(prev, sp.Equality) != isinstance(cur, sp.Equality):
                return CheckOutcome(FAIL, "one line is an equation and the other is not")
            for a, b in zip(_sides(prev), _sides(cur), strict=False):
                ok, detail = _same(a, b, domains)
                if not ok:
                    return CheckOutcome(FAIL, detail)
            return CheckOutcome(PASS, "matrix normal forms agree")
        return _equation(prev, cur, relation, domains)
    except Unsupported as exc:
        return CheckOutcome(SKIP, f"no matrix normal form: {exc}")
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"symbolic pipeline failed: {type(exc).__name__}: {exc}")


def _equation(prev: sp.Equality, cur: sp.Equality, relation: str, domains: Any) -> CheckOutcome:
    r1, r2 = residual_poly(prev, domains), residual_poly(cur, domains)
    if r1 is None or r2 is None:
        if (r1 is None) != (r2 is None):
            return CheckOutcome(FAIL, "one equation is between matrices and the other is not")
        return _scalar_equation(prev, cur, relation, domains)
    n1, n2 = poly_scalar(r1, domains), poly_scalar(r2, domains)
    if is_zero(n1, thorough=False) is True:
        return CheckOutcome(FAIL, "the previous equation is an identity; nothing follows from it")
    if is_zero(n2, thorough=False) is True:
        if relation == "=>":
            return CheckOutcome(PASS, "the written equation is an identity")
        return CheckOutcome(
            FAIL,
            "the written equation holds identically but the previous one does not: "
            "only '=>' follows",
        )
    z2 = probe(r2.shape)
    for left, right, transposed, label in _multipliers(r1, r2, prev, cur):
        base = r1.transpose() if transposed else r1
        if left is not None:
            base = mul(left, base)
        if right is not None:
            base = mul(base, right)
        if tuple(base.shape) != tuple(r2.shape):
            continue
        nb = poly_scalar(base, domains)
        if is_zero(nb, thorough=False) is True:
            continue
        q = sp.cancel(sp.together(n2 / nb))
        if q.has(z2) or q.has(probe(r1.shape)):
            continue
        num, den = sp.fraction(q)
        finite = _nonzero(den, domains)
        nonzero = _nonzero(num, domains)
        factor = f"written residual = ({q}) * {label}"
        if relation == "=>" and finite:
            return CheckOutcome(PASS, factor)
        invertible = all(_invertible(m, domains) for m in (left, right) if m is not None)
        if relation == "<=>" and finite and nonzero and invertible:
            return CheckOutcome(PASS, factor + ", factors invertible")
    return CheckOutcome(
        FAIL, "the written residual is not the previous one times an invertible factor"
    )


def _scalar_equation(prev, cur, relation, domains) -> CheckOutcome:
    def residual(eq):
        _, a, _ = matrix_normal(eq.lhs, domains)
        _, b, _ = matrix_normal(eq.rhs, domains)
        return sp.expand(a - b)

    d1, d2 = residual(prev), residual(cur)
    if is_zero(d1, thorough=False) is True:
        return CheckOutcome(FAIL, "the previous equation is an identity; nothing follows from it")
    if is_zero(d2, thorough=False) is True:
        if relation == "=>":
            return CheckOutcome(PASS, "the written equation is an identity")
        return CheckOutcome(FAIL, "the written equation holds identically: only '=>' follows")
    q = sp.cancel(sp.together(d2 / d1))
    num, den = sp.fraction(q)
    if relation == "=>" and _nonzero(den, domains):
        return CheckOutcome(PASS, f"written residual = ({q}) * previous residual")
    if relation == "<=>" and _nonzero(den, domains) and _nonzero(num, domains):
        return CheckOutcome(PASS, f"written residual = ({q}) * previous residual, factor non-zero")
    return CheckOutcome(FAIL, f"residual ratio {q} not shown finite and non-zero")


def _square_atoms(*lines: sp.Basic) -> list[sp.MatrixSymbol]:
    found: dict[str, sp.MatrixSymbol] = {}
    for line in lines:
        for m in line.atoms(sp.MatrixSymbol):
            if m.shape[0] == m.shape[1] and m.shape[0] != 1:
                found.setdefault(str(m.name), m)
    return [found[k] for k in sorted(found)]


def _multipliers(r1: Poly, r2: Poly, prev: sp.Basic, cur: sp.Basic):
    """Candidate ``(L, R, transposed, label)``: the identity first, then the matrices
    that cancel an inverse every term of ``R1`` starts (ends) with, then each square
    matrix of the lines and its inverse, on the left and (for a square residual) the
    right."""
    yield None, None, False, "previous residual"
    atoms = _square_atoms(prev, cur)
    options: list[tuple[Poly | None, str]] = [(None, "")]
    for a in atoms:
        options.append((Poly(a.shape, [Term(sp.S.One, (a,))]), f"{a.name}"))
        options.append((Poly(a.shape, [Term(sp.S.One, (sp.Inverse(a),))]), f"{a.name}^-1"))
    square = r1.shape[0] == r1.shape[1]
    rights = options if square else [(None, "")]
    lead = _common_inverse(r1, 0)
    trail = _common_inverse(r1, -1) if square else None

    def find(m: sp.Basic | None) -> tuple[Poly | None, str]:
        for opt in options:
            if opt[0] is not None and m is not None and opt[0].terms[0].word == (m,):
                return opt
        return (None, "")

    ordered = []
    if lead is not None or trail is not None:
        ordered.append((find(lead), find(trail), False))
    ordered += [(lo, ro, t) for t in (False, True) for lo in options for ro in rights]
    seen = set()
    for (left, ll), (right, rl), transposed in ordered:
        key = (ll, rl, transposed)
        if key in seen or (left is None and right is None and not transposed):
            continue
        seen.add(key)
        if left is not None and left.shape[1] != (r1.shape[1] if transposed else r1.shape[0]):
            continue
        label = " ".join(
            x for x in (ll, "(previous residual)" + ("^T" if transposed else ""), rl) if x
        )
        yield left, right, transposed, label


def _common_inverse(p: Poly, end: int) -> sp.Basic | None:
    """``A`` when every term's word starts (``end = 0``) or ends (``-1``) with ``A^{-1}``."""
    firsts = {t.word[end] for t in p.terms if t.word}
    if len(firsts) != 1 or any(not t.word for t in p.terms):
        return None
    (a,) = firsts
    return a.arg if isinstance(a, sp.Inverse) and isinstance(a.arg, sp.MatrixSymbol) else None


def _invertible(m: Poly, domains: Any) -> bool:
    if domains is None:
        return False
    for t in m.terms:
        for a in t.word:
            base = a
            while isinstance(base, (sp.Transpose, sp.Inverse)):
                base = base.arg
            cond = sp.Unequality(sp.Determinant(base), 0, evaluate=False)
            if domains.decide(cond) is not True:
                return False
    return True


def _nonzero(e: sp.Basic, domains: Any) -> bool:
    if e.is_nonzero or (e.free_symbols == set() and e != 0):
        return True
    return domains is not None and domains.is_nonzero(e) is True


__all__ = ["involves_matrices", "sum_conditions", "symbolic_check"]
