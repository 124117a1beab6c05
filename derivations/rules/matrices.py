"""Matrix rules: traces, determinants, matrix derivatives, sums of matrices, symmetry.

Lines are sympy matrix expressions of a symbolic size (``MatrixSymbol("Sigma",
d, d)``) with the types of :mod:`derivations.engine._matrix_expr` (sample
vectors ``x_n``, matrix sums, ``1 x 1`` matrices read as numbers). Each rule
is one identity with its side conditions:

- ``trace-of-scalar``: a number ``u^T A v`` equals its trace;
- ``trace-cyclic``: ``tr(A B C) = tr(B C A)`` (``shift`` factors, default 1);
- ``trace-of-sum``: ``sum_n tr(A M_n B) = tr(A (sum_n M_n) B)``;
- ``log-det-inverse``: ``log|A^{-1}| = -log|A|`` for ``|A| > 0``;
- ``quadratic-form-derivative``: ``d/dx x^T A x = (A + A^T) x`` and
  ``d/dmu (x - mu)^T A (x - mu) = -(A + A^T)(x - mu)``;
- ``log-det-derivative``: ``d/dA log|A| = A^{-T}`` for ``|A| > 0``;
- ``trace-inverse-derivative``: ``d/dA tr(A^{-1} B) = -A^{-T} B^T A^{-T}``;
- ``trace-linear-derivative``: ``d/dA tr(A B) = B^T``;
- ``symmetric``: ``A^T = A`` (and ``A^{-T} = A^{-1}``) for a symmetric ``A``
  (declared symmetric or positive definite, or a sum of outer products
  ``sum_n u_n u_n^T``);
- ``matrix-sum-split``, ``matrix-constant-out-of-sum``,
  ``matrix-sum-of-constant``: sums of matrices (of outer products);
- ``matrix-arithmetic``: products flattened, numbers multiplied, ``A A^{-1}``
  cancelled, like terms collected - and nothing else;
- equation rules ``matrix-multiply-both-sides`` (``left``, ``right``),
  ``matrix-add-both-sides`` (``term``), ``matrix-scale-both-sides`` (``factor``).

Derivatives by a matrix follow the matrix cookbook's convention: the entries
of ``X`` vary independently, so ``d log|X| / dX = X^{-T}`` also for a
symmetric ``X`` (sympy 1.14's own ``diff`` answers 0 there; no rule uses it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sympy as sp

from .._forms import evaluated, rebuild
from ..engine._matrix_expr import MatrixSum, Scalar, has_matrices, is_matrix_valued
from ._registry import EQUATION, Rewrite, Rule, ev, register, rule
from ._util import body

# --------------------------------------------------------------------------- helpers


def _first_order(node: sp.Basic) -> tuple[sp.Basic, sp.Basic] | None:
    if not isinstance(node, sp.Derivative) or len(node.variable_count) != 1:
        return None
    v, k = node.variable_count[0]
    return (node.expr, v) if k == 1 else None


def _factors(m: sp.Basic) -> list[sp.Basic]:
    """The factors of a matrix product (a single matrix is its own only factor)."""
    if isinstance(m, (sp.MatMul, sp.Mul)):
        return [f for a in m.args for f in _factors(a)]
    return [m]


def _product(factors: Sequence[sp.Basic]) -> sp.Basic:
    factors = list(factors)
    if not factors:
        raise ValueError("an empty product")
    return factors[0] if len(factors) == 1 else sp.MatMul(*factors)


def _split_constant(factors: Sequence[sp.Basic], idx: sp.Symbol):
    """(numbers free of idx, leading matrices free of idx, the middle, trailing ones)."""
    scalars = [f for f in factors if not is_matrix_valued(f)]
    mats = [f for f in factors if is_matrix_valued(f)]
    if any(s.has(idx) for s in scalars):
        return None
    i = 0
    while i < len(mats) and not mats[i].has(idx):
        i += 1
    j = len(mats)
    while j > i and not mats[j - 1].has(idx):
        j -= 1
    return scalars, mats[:i], mats[i:j], mats[j:]


def _sum_parts(node: sp.Basic) -> tuple[sp.Basic, tuple] | None:
    """(matrix summand, limit) of a sum of matrices (``MatrixSum`` or a ``Sum`` of a matrix)."""
    if isinstance(node, MatrixSum):
        return node.function, node.limits[0]
    if isinstance(node, sp.Sum) and len(node.limits) == 1 and is_matrix_valued(body(node)):
        return body(node), node.limits[0]
    return None


# --------------------------------------------------------------------------- matrix arithmetic


def _terms(e: sp.Basic) -> list[tuple[sp.Basic, tuple]]:
    """``e`` as (number, factors) terms: products flattened, numbers multiplied."""
    if isinstance(e, (sp.MatAdd, sp.Add)) and is_matrix_valued(e):
        out = []
        for a in e.args:
            if not is_matrix_valued(a):
                if _number(a) == 0:
                    continue
                raise ValueError("a number added to a matrix")
            out += _terms(a)
        return out
    if isinstance(e, (sp.MatMul, sp.Mul)) and is_matrix_valued(e):
        coeff = sp.S.One
        factors: list[sp.Basic] = []
        for a in e.args:
            if not is_matrix_valued(a):
                coeff = coeff * _number(a)
                continue
            inner = _terms(a)
            if len(inner) == 1:
                c, fs = inner[0]
                coeff = coeff * c
                factors += list(fs)
            else:
                factors.append(_build(inner))
        return [(coeff, _cancel(factors))]
    if isinstance(e, sp.Transpose):
        return [(sp.S.One, (sp.Transpose(tidy(e.arg)),))]
    if isinstance(e, sp.Inverse):
        return [(sp.S.One, (sp.Inverse(tidy(e.arg)),))]
    if isinstance(e, MatrixSum):
        return [(sp.S.One, (MatrixSum(tidy(e.function), e.limits[0]),))]
    if isinstance(e, sp.Sum) and is_matrix_valued(e):
        with sp.evaluate(True):
            return [(sp.S.One, (sp.Sum(tidy(body(e)), *e.limits),))]
    return [(sp.S.One, (e,))]


def _number(a: sp.Basic) -> sp.Basic:
    return evaluated(a)


def _cancel(factors: list[sp.Basic]) -> tuple:
    out: list[sp.Basic] = []
    for f in factors:
        if isinstance(f, sp.Identity):
            continue
        if out and (
            (isinstance(f, sp.Inverse) and f.arg == out[-1])
            or (isinstance(out[-1], sp.Inverse) and out[-1].arg == f)
        ):
            out.pop()
            continue
        out.append(f)
    return tuple(out)


def _build(terms: list[tuple[sp.Basic, tuple]]) -> sp.Basic:
    collected: dict[tuple, sp.Basic] = {}
    for c, fs in terms:
        collected[fs] = collected.get(fs, sp.S.Zero) + c
    parts = []
    for fs, c in collected.items():
        c = sp.expand(c) if c.is_Add else c
        if c == 0:
            continue
        if not fs:
            raise ValueError("a number where a matrix is expected")
        if c == 1:
            parts.append(_product(fs))
        else:
            parts.append(sp.MatMul(c, *fs))
    if not parts:
        return sp.S.Zero
    return parts[0] if len(parts) == 1 else sp.MatAdd(*parts)


def tidy(e: sp.Basic) -> sp.Basic:
    """Matrix arithmetic on ``e``: what ``matrix-arithmetic`` does (numbers are left alone).

    Products are flattened and their numbers multiplied into one leading
    factor, ``A A^{-1}`` and identity factors dropped, equal terms of a sum
    collected; a sum of matrices inside a product stays a factor (nothing is
    multiplied out).
    """
    if isinstance(e, sp.Equality):
        return ev(sp.Eq, tidy(e.lhs), tidy(e.rhs))
    if isinstance(e, Scalar):
        # a number read from a 1 x 1 product: its numeric factor comes out of it
        terms = _terms(e.matrix)
        if len(terms) == 1 and terms[0][0] != 1:
            c, fs = terms[0]
            return ev(sp.Mul, c, Scalar(_product(fs)))
        return Scalar(_build(terms))
    if not is_matrix_valued(e):
        if e.is_Atom or not has_matrices(e):
            return e
        return rebuild(e, [tidy(a) for a in e.args], evaluate=False)
    return _build(_terms(e))


# --------------------------------------------------------------------------- traces


@rule("trace-of-scalar", "a scalar equals its trace")
def trace_of_scalar(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """u^T A v = tr(u^T A v): a 1 x 1 matrix read as a number is its own trace."""
    if isinstance(node, Scalar):
        return Rewrite(sp.Trace(node.matrix))
    return None


@rule("trace-cyclic", "cyclic permutation of a trace")
def trace_cyclic(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """tr(A B C) = tr(B C A): the first ``shift`` (default 1) factors move to the end."""
    if not isinstance(node, sp.Trace) or not isinstance(node.arg, sp.MatMul):
        return None
    scalars = [a for a in node.arg.args if not is_matrix_valued(a)]
    mats = [a for a in node.arg.args if is_matrix_valued(a)]
    if len(mats) < 2:
        return None
    k = int(params.get("shift", 1)) % len(mats)
    if k == 0:
        return None
    return Rewrite(sp.Trace(sp.MatMul(*scalars, *mats[k:], *mats[:k])))


@rule("trace-of-sum", "a sum of traces is the trace of the sum")
def trace_of_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """sum_n tr(A M_n B) = tr(A (sum_n M_n) B) for A, B free of n (the trace is linear)."""
    if not (isinstance(node, sp.Sum) and len(node.limits) == 1):
        return None
    inner = body(node)
    if not isinstance(inner, sp.Trace):
        return None
    limit = node.limits[0]
    parts = _split_constant(_factors(inner.arg), limit[0])
    if parts is None:
        return None
    scalars, left, mid, right = parts
    if not mid:
        return None
    total = MatrixSum(_product(mid), limit)
    return Rewrite(sp.Trace(sp.MatMul(*scalars, *left, total, *right)))


# --------------------------------------------------------------------------- determinants


def _det_arg(node: sp.Basic) -> sp.Basic | None:
    if (
        isinstance(node, sp.log)
        and len(node.args) == 1
        and isinstance(node.args[0], sp.Determinant)
    ):
        return node.args[0].arg
    return None


@rule("log-det-inverse", "log-determinant of an inverse")
def log_det_inverse(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log|A^{-1}| = -log|A|, valid for |A| > 0."""
    a = _det_arg(node)
    if not isinstance(a, sp.Inverse):
        return None
    inner = a.arg
    return Rewrite(
        ev(sp.Mul, -1, ev(sp.log, sp.Determinant(inner))),
        (sp.StrictGreaterThan(sp.Determinant(inner), 0, evaluate=False),),
    )


@rule("determinant-of-scaled-identity", "determinant of a multiple of the identity")
def determinant_of_scaled_identity(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """|c I_k| = c^k for a number c."""
    if not isinstance(node, sp.Determinant):
        return None
    fs = _factors(node.arg)
    mats = [f for f in fs if is_matrix_valued(f)]
    if len(mats) != 1 or not isinstance(mats[0], sp.Identity):
        return None
    c = [f for f in fs if not is_matrix_valued(f)]
    coeff = c[0] if len(c) == 1 else ev(sp.Mul, *c) if c else sp.S.One
    return Rewrite(ev(sp.Pow, coeff, mats[0].rows))


@rule("inverse-of-scaled-identity", "inverse of a multiple of the identity")
def inverse_of_scaled_identity(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """(c I)^{-1} = c^{-1} I for a number c != 0."""
    if not isinstance(node, sp.Inverse):
        return None
    fs = _factors(node.arg)
    mats = [f for f in fs if is_matrix_valued(f)]
    c = [f for f in fs if not is_matrix_valued(f)]
    if len(mats) != 1 or not isinstance(mats[0], sp.Identity) or not c:
        return None
    coeff = c[0] if len(c) == 1 else ev(sp.Mul, *c)
    return Rewrite(sp.MatMul(ev(sp.Pow, coeff, -1), mats[0]), (sp.Ne(coeff, 0, evaluate=False),))


# --------------------------------------------------------------------------- derivatives


def _affine(u: sp.Basic, v: sp.Basic) -> int | None:
    """+1 when ``u`` is ``v`` or ``v - w``, -1 when ``u`` is ``w - v`` (``w`` free of ``v``)."""
    if u == v:
        return 1
    if not isinstance(u, sp.MatAdd) or len(u.args) != 2:
        return None
    for a, b in (u.args, u.args[::-1]):
        if a == v and not b.has(v):
            return 1
        fs = _factors(b)
        if fs[0] == -1 and len(fs) == 2 and fs[1] == v and not a.has(v):
            return -1
    return None


@rule("quadratic-form-derivative", "derivative of a quadratic form")
def quadratic_form_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv u^T A u = (A + A^T) u for u = v or v - w, and -(A + A^T) u for u = w - v
    (A and w free of v)."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[1], sp.MatrixSymbol) or not isinstance(fv[0], Scalar):
        return None
    f, v = fv
    m = f.matrix
    if not isinstance(m, sp.MatMul) or len(m.args) != 3:
        return None
    ut, a, u = m.args
    if not (isinstance(ut, sp.Transpose) and ut.arg == u) or a.has(v):
        return None
    sign = _affine(u, v)
    if sign is None:
        return None
    grad = [sp.MatAdd(a, sp.Transpose(a)), u]
    return Rewrite(sp.MatMul(*grad) if sign == 1 else sp.MatMul(-1, *grad))


@rule("log-det-derivative", "derivative of the log-determinant")
def log_det_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dA log|A| = A^{-T}, valid for |A| > 0 (the entries of A varying independently)."""
    fv = _first_order(node)
    if fv is None or _det_arg(fv[0]) != fv[1] or not isinstance(fv[1], sp.MatrixSymbol):
        return None
    a = fv[1]
    return Rewrite(
        sp.Inverse(sp.Transpose(a)),
        (sp.StrictGreaterThan(sp.Determinant(a), 0, evaluate=False),),
    )


@rule("trace-inverse-derivative", "derivative of the trace of an inverse times a matrix")
def trace_inverse_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dA tr(A^{-1} B) = -A^{-T} B^T A^{-T} for B free of A, A invertible."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Trace) or not isinstance(fv[1], sp.MatrixSymbol):
        return None
    t, a = fv
    fs = _factors(t.arg)
    if len(fs) < 2 or fs[0] != sp.Inverse(a) or any(f.has(a) for f in fs[1:]):
        return None
    b = _product(fs[1:])
    inv_t = sp.Inverse(sp.Transpose(a))
    return Rewrite(
        sp.MatMul(-1, inv_t, sp.Transpose(b), inv_t),
        (sp.Unequality(sp.Determinant(a), 0, evaluate=False),),
    )


@rule("trace-linear-derivative", "derivative of the trace of a product")
def trace_linear_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dA tr(A B) = d/dA tr(B A) = B^T for B free of A."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Trace) or not isinstance(fv[1], sp.MatrixSymbol):
        return None
    t, a = fv
    fs = _factors(t.arg)
    if len(fs) < 2:
        return None
    if fs[0] == a and not any(f.has(a) for f in fs[1:]):
        return Rewrite(sp.Transpose(_product(fs[1:])))
    if fs[-1] == a and not any(f.has(a) for f in fs[:-1]):
        return Rewrite(sp.Transpose(_product(fs[:-1])))
    return None


# --------------------------------------------------------------------------- symmetry


@rule("symmetric", "a symmetric matrix equals its transpose")
def symmetric(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """A^T = A and (A^{-1})^T = (A^T)^{-1} = A^{-1}, valid for a symmetric A."""
    if isinstance(node, sp.Transpose):
        inner = node.arg
        if inner.shape[0] != inner.shape[1]:
            return None  # only a square matrix can be symmetric (x^T is not x)
        if isinstance(inner, sp.Inverse):
            a = inner.arg
            return Rewrite(sp.Inverse(a), (sp.Q.symmetric(a),))
        return Rewrite(inner, (sp.Q.symmetric(inner),))
    if isinstance(node, sp.Inverse) and isinstance(node.arg, sp.Transpose):
        a = node.arg.arg
        return Rewrite(sp.Inverse(a), (sp.Q.symmetric(a),))
    return None


# --------------------------------------------------------------------------- sums of matrices


@rule("matrix-sum-split", "a sum of matrix sums is a sum of sums")
def matrix_sum_split(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """sum_n (A_n + B_n) = sum_n A_n + sum_n B_n (and - for a negated term)."""
    parts = _sum_parts(node)
    if parts is None or not isinstance(parts[0], sp.MatAdd):
        return None
    summand, limit = parts
    pieces = []
    for t in summand.args:
        fs = _factors(t)
        if fs[0] == -1 and len(fs) > 1:
            pieces.append(sp.MatMul(-1, MatrixSum(_product(fs[1:]), limit)))
        else:
            pieces.append(MatrixSum(t, limit))
    return Rewrite(sp.MatAdd(*pieces))


@rule("matrix-constant-out-of-sum", "constant matrix factor out of a sum")
def matrix_constant_out_of_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """sum_n c A M_n B = c A (sum_n M_n) B for a number c and matrices A, B free of n."""
    parts = _sum_parts(node)
    if parts is None:
        return None
    summand, limit = parts
    split = _split_constant(_factors(summand), limit[0])
    if split is None:
        return None
    scalars, left, mid, right = split
    if not mid or not (scalars or left or right):
        return None
    return Rewrite(sp.MatMul(*scalars, *left, MatrixSum(_product(mid), limit), *right))


@rule("matrix-sum-of-constant", "sum of a constant matrix")
def matrix_sum_of_constant(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """sum_{n=a}^{b} C = (b - a + 1) C for C free of n, when b >= a - 1."""
    parts = _sum_parts(node)
    if parts is None:
        return None
    summand, (i, a, b) = parts
    if summand.has(i):
        return None
    count = b if a == 1 else ev(sp.Add, b, -a, 1)
    return Rewrite(
        sp.MatMul(count, summand), (sp.GreaterThan(ev(sp.Add, b, -a, 1), 0, evaluate=False),)
    )


def _arithmetic(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not has_matrices(node):
        return None  # a line of numbers: that is the "arithmetic" rule's business
    try:
        return Rewrite(tidy(node))
    except ValueError:
        return None


register(
    Rule(
        name="matrix-arithmetic",
        label="matrix arithmetic",
        match=_arithmetic,
        whole=True,
        doc="Flatten products, multiply their numbers, drop A A^-1 and identities, collect "
        "equal terms.",
    )
)


# --------------------------------------------------------------------------- equations


def _side(e: sp.Basic, left: sp.Basic | None, right: sp.Basic | None) -> sp.Basic:
    """``left * e * right`` multiplied into each term of ``e``, then tidied."""
    if not is_matrix_valued(e) and e == 0:
        return sp.S.Zero
    terms = []
    for c, fs in _terms(e):
        parts = [p for p in (left, sp.MatMul(c, *fs), right) if p is not None]
        terms += _terms(sp.MatMul(*parts))
    return _build(terms)


def _side_terms(e: sp.Basic) -> list[tuple[sp.Basic, tuple]]:
    if not is_matrix_valued(e):
        if evaluated(e) == 0:
            return []
        raise ValueError("a number added to a matrix")
    return _terms(e)


def _invertible(m: sp.Basic | None) -> tuple:
    return () if m is None else (sp.Q.invertible(m),)


def _matrix_equation(node: sp.Basic) -> bool:
    return isinstance(node, sp.Equality) and (
        is_matrix_valued(node.lhs) or is_matrix_valued(node.rhs)
    )


def _multiply(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not _matrix_equation(node):
        return None
    left, right = params.get("left"), params.get("right")
    if left is None and right is None:
        return None
    try:
        out = ev(sp.Eq, _side(node.lhs, left, right), _side(node.rhs, left, right))
    except (ValueError, TypeError):
        return None
    return Rewrite(out, _invertible(left) + _invertible(right))


def _add(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not _matrix_equation(node) or "term" not in params:
        return None
    t = params["term"]
    try:
        # Terms collected directly: sympy's Add of matrices would rewrite them (doit).
        sides = [_build(_side_terms(s) + _terms(t)) for s in (node.lhs, node.rhs)]
    except (ValueError, TypeError):
        return None
    return Rewrite(ev(sp.Eq, *sides))


def _scale(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not _matrix_equation(node) or "factor" not in params:
        return None
    c = params["factor"]
    try:
        sides = [
            tidy(sp.MatMul(c, s)) if is_matrix_valued(s) else ev(sp.Mul, c, s)
            for s in (node.lhs, node.rhs)
        ]
    except (ValueError, TypeError):
        return None
    return Rewrite(ev(sp.Eq, *sides), (sp.Ne(c, 0, evaluate=False),))


for _name, _label, _fn, _doc, _req in [
    (
        "matrix-multiply-both-sides",
        "multiply both sides by a matrix",
        _multiply,
        "A = B <=> L A R = L B R for invertible L (parameter left) and R (right).",
        (),
    ),
    (
        "matrix-add-both-sides",
        "add a matrix to both sides",
        _add,
        "A = B <=> A + T = B + T (parameter term).",
        ("term",),
    ),
    (
        "matrix-scale-both-sides",
        "multiply both sides by a number",
        _scale,
        "A = B <=> c A = c B for a number c != 0 (parameter factor).",
        ("factor",),
    ),
]:
    register(
        Rule(
            name=_name,
            label=_label,
            kind=EQUATION,
            match=_fn,
            whole=True,
            doc=_doc,
            required=_req,
        )
    )

__all__ = ["tidy"]
