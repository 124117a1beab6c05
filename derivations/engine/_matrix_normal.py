"""The symbolic check's normal form for matrix lines, with its own matrix derivatives.

A matrix line is brought to a scalar canonical form that the scalar pipeline
(:func:`._normal.normal`) finishes:

1. **Matrix polynomials.** Every matrix-valued part is multiplied out into a
   sum of *terms* ``c * w`` - a scalar coefficient ``c`` and a *word* ``w``, a
   product of atoms (a matrix symbol, its transpose, its inverse, a sample
   vector ``x_n`` or its transpose) - each term possibly under sums over sample
   indices. Products distribute over sums of matrices; transposes and inverses
   of products are reversed (``(AB)^T = B^T A^T``); ``A A^{-1}`` cancels;
   ``sum_n`` of a matrix is taken outside (``A (sum_n B_n) C = sum_n A B_n C``).
2. **Scalars from matrices.** A trace, a ``1 x 1`` matrix read as a number
   (:class:`~._matrix_expr.Scalar`, sympy's ``M[0, 0]``) and a determinant
   become canonical scalar atoms: a word inside a trace is cut where an inner
   dimension is 1 (``tr(x^T A x y^T B y) = (x^T A x)(y^T B y)``), and each piece
   is written in the least of its cyclic rotations and their transposes (the
   trace trick: a scalar equals its trace and its transpose, and a trace is
   invariant under cyclic permutation). ``det(c A B^{-1}) = c^d det A / det B``.
   A symmetric matrix (declared ``\\Sigma \\succ 0`` or symmetric) equals its
   transpose.
3. **A matrix-valued line** ``M`` of shape ``r x c`` is compared through the
   number ``tr(Z^T M)`` with a fresh generic ``r x c`` matrix ``Z``: two matrices
   are equal exactly when these numbers are, and the number is canonical.

**Derivatives by a matrix are taken here, never by sympy** (sympy 1.14 gives
``d log|X| / dX = 0``, see NOTES.md), with the differential: ``d(AB) = dA B + A dB``,
``d A^{-1} = -A^{-1} dA A^{-1}``, ``d A^T = (dA)^T``, ``d tr M = tr dM``,
``d det M = det M tr(M^{-1} dM)``, scalar calculus for the rest. A number ``f``
whose differential is ``tr(P dX)`` has the gradient ``P^T`` (entries of ``X``
independent, as in the matrix cookbook: ``d log|X| / dX = X^{-T}``). The
derivative is taken of the line as written, *before* symmetry is used: at a
symmetric ``Sigma``, ``tr(Sigma^T A)`` and ``tr(Sigma A)`` are equal but their
derivatives (``A`` and ``A^T``) are not.

What this form does not know (a derivative of a matrix by a matrix, an
inverse of a sum) raises :class:`Unsupported`; the symbolic check then says so
and the step is at best plausible.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixElement, MatrixExpr

from .._forms import evaluated
from ._matrix_diff import Lin, differential_gradient, matrix_differential
from ._matrix_expr import (
    ArgMax,
    Jacobian,
    MatrixSum,
    Scalar,
    VectorSample,
    is_matrix_valued,
    shape_of,
)
from ._matrix_poly import (
    Limits,
    MTrace,
    Poly,
    Term,
    Unsupported,
    Word,
    _base,
    _sym_atom,
    _word_key,
    cancel_word,
    identity,
    inv_atom,
    inverse_atom,
    mul,
    sum_atom,
    t_word,
)
from ._normal import normal_conditions

# --------------------------------------------------------------------------- conversion


class Converter:
    """Converts a line to scalars and matrix polynomials (one per check, memoised)."""

    def __init__(self, domains: Any, symmetric: frozenset) -> None:
        self.domains = domains
        self.symmetric = symmetric
        #: ``hi - lo + 1 >= 0`` for every sum of a constant counted (the empty-sum convention)
        self.conditions: list[sp.Basic] = []

    # -- matrices ------------------------------------------------------------------------

    def poly(self, e: sp.Basic) -> Poly:
        """The matrix polynomial of a matrix-valued expression."""
        shape = shape_of(e)
        if shape is None:
            if e == 0:
                raise Unsupported("a zero with no shape")
            raise Unsupported(f"{e} is a number where a matrix is expected")
        if isinstance(e, (sp.MatrixSymbol, VectorSample)):
            return Poly(shape, [Term(sp.S.One, (e,))])
        if isinstance(e, sp.Identity):
            return identity(e.rows)
        if isinstance(e, sp.ZeroMatrix):
            return Poly(shape)
        if isinstance(e, (sp.MatAdd, sp.Add)):
            out = Poly(shape)
            for a in e.args:
                if not is_matrix_valued(a):
                    if evaluated(a) == 0:
                        continue
                    raise Unsupported(f"a number added to a matrix in {e}")
                out = out + self.poly(a)
            return out
        if isinstance(e, (sp.MatMul, sp.Mul)):
            coeff = sp.S.One
            out: Poly | None = None
            for a in e.args:
                if is_matrix_valued(a):
                    p = self.poly(a)
                    out = p if out is None else mul(out, p)
                else:
                    coeff = coeff * self.scalar(a)
            assert out is not None
            return out.scale(coeff)
        if isinstance(e, sp.Transpose):
            return self.poly(e.arg).transpose()
        if isinstance(e, sp.Inverse):
            return self.inverse(self.poly(e.arg))
        if isinstance(e, sp.MatPow):
            k = e.exp
            if not k.is_Integer:
                raise Unsupported(f"a matrix power {e}")
            base = self.poly(e.base)
            if k < 0:
                base, k = self.inverse(base), -k
            out = identity(base.shape[0])
            for _ in range(int(k)):
                out = mul(out, base)
            return out
        if isinstance(e, (MatrixSum, sp.Sum)):
            return self._sum_poly(e)
        if isinstance(e, sp.Derivative):
            return self.gradient(e)
        if isinstance(e, Jacobian):
            return self._jacobian(*e.args)
        raise Unsupported(f"no matrix normal form for {type(e).__name__}")

    def _sum_poly(self, e: sp.Basic) -> Poly:
        body, limits = e.function, e.limits
        if len(limits) != 1:
            raise Unsupported("a sum over several indices")
        idx, lo, hi = limits[0]
        new = sp.Dummy(str(idx), integer=True)
        p = self.poly(body.xreplace({idx: new}))
        return Poly(p.shape, [Term(t.coeff, t.word, ((new, lo, hi), *t.limits)) for t in p.terms])

    def inverse(self, p: Poly) -> Poly:
        """``A^{-1}`` of a square polynomial: a product of square atoms inverted atom by
        atom (``(AB)^{-1} = B^{-1} A^{-1}``), anything else an inverse atom."""
        if p.shape[0] != p.shape[1] or any(t.limits for t in p.terms):
            raise Unsupported("the inverse of a matrix that is not square, or of a sum")
        if len(p.terms) == 1:
            t = p.terms[0]
            atoms = [inv_atom(a) for a in reversed(t.word)]
            if all(a is not None for a in atoms):
                return Poly(p.shape, [Term(1 / t.coeff, cancel_word(atoms))])
        terms = [(t.coeff, self._sym_word(t.word)) for t in p.terms]
        coeff, atom = inverse_atom(terms)
        return Poly(p.shape, [Term(coeff, () if atom is None else (atom,))])

    # -- scalars -------------------------------------------------------------------------

    def scalar(self, e: sp.Basic) -> sp.Basic:
        """``e`` (a number) with its matrix parts as canonical scalar atoms."""
        if e.is_Atom:
            return e
        if isinstance(e, (Scalar, sp.Trace)):
            return self.trace(self.poly(e.args[0]))
        if isinstance(e, MatrixElement):
            parent = e.parent
            if not is_matrix_valued(parent):
                if e.i == 0 and e.j == 0:
                    return self.scalar(parent)  # a number read as a 1 x 1 matrix
                raise Unsupported(f"entry {e.i, e.j} of a number")
            if parent.shape == (1, 1) and e.i == 0 and e.j == 0:
                return self.trace(self.poly(parent))
            raise Unsupported(f"a matrix entry {e}")
        if isinstance(e, sp.Determinant):
            return self.determinant(self.poly(e.arg))
        if isinstance(e, sp.Sum):
            if len(e.limits) != 1:
                raise Unsupported("a sum over several indices")
            idx, lo, hi = e.limits[0]
            new = sp.Dummy(str(idx), integer=True)
            return sp.Sum(self.scalar(e.function.xreplace({idx: new})), (new, lo, hi))
        if isinstance(e, sp.Product):
            if len(e.limits) != 1:
                raise Unsupported("a product over several indices")
            idx, lo, hi = e.limits[0]
            new = sp.Dummy(str(idx), integer=True)
            return sp.Product(self.scalar(e.function.xreplace({idx: new})), (new, lo, hi))
        if isinstance(e, sp.log) and len(e.args) == 1 and isinstance(e.args[0], sp.Product):
            # log prod_n f_n = sum_n log f_n, each f_n positive
            prod = self.scalar(e.args[0])
            body = prod.function
            if self.domains is not None and self.domains.is_positive(body) is True:
                return sp.Sum(sp.log(body), *prod.limits)
            return sp.log(prod)
        if isinstance(e, sp.Derivative):
            if any(isinstance(v, MatrixExpr) for v in e.variables):
                raise Unsupported(f"a number where the derivative {e} is a matrix")
            inner = self.scalar(e.expr)
            return sp.diff(inner, *e.variable_count)
        if isinstance(e, ArgMax):
            return self.argmax(e)
        if isinstance(e, (MatrixExpr,)) or is_matrix_valued(e):
            raise Unsupported(f"a matrix {e} where a number is expected")
        args = []
        for a in e.args:
            if is_matrix_valued(a):
                shape = shape_of(a)
                if shape is None or shape[0] != 1 or shape[1] != 1:
                    raise Unsupported(f"a matrix {a} inside {type(e).__name__}")
                args.append(self.trace(self.poly(a)))
            else:
                args.append(self.scalar(a))
        if isinstance(e, (sp.Add, sp.Mul, sp.Pow)) or isinstance(e, sp.Function):
            return e.func(*args)
        if isinstance(e, sp.Equality):
            return sp.Eq(*args, evaluate=False)
        return e.func(*args)

    def trace(self, p: Poly) -> sp.Basic:
        """``tr`` of a square matrix polynomial, each term a canonical atom."""
        out = sp.S.Zero
        for t in p.terms:
            out += self._trace_term(t.coeff, t.word, t.limits, p.shape[0])
        return out

    def _trace_term(self, coeff: sp.Basic, word: Word, limits: Limits, size: sp.Basic) -> sp.Basic:
        """``sum_{limits} coeff tr(word)``: each sum over the samples goes into a *sum
        atom* of the word where the coefficient allows (``sum_n tr(A x_n x_n^T) =
        tr(A S)`` with ``S = sum_n x_n x_n^T``), else stays a sum of numbers."""
        word = self._sym_word(word)
        numbers: list[tuple] = []
        for idx, lo, hi in reversed(limits):  # innermost first
            in_word = any(a.has(idx) for a in word)
            if coeff.has(idx) or (in_word and any(coeff.has(lim[0]) for lim in numbers)):
                numbers.append((idx, lo, hi))
            elif in_word:
                word = self._absorb(word, idx, lo, hi)
            else:
                count = hi - lo + 1
                self.conditions.append(sp.GreaterThan(count, 0, evaluate=False))
                coeff = coeff * count
        value = coeff * self._trace_word(word, size)
        if len(numbers) > 1:
            raise Unsupported("a sum over several indices of numbers")
        for lim in numbers:
            value = sp.Sum(value, lim)
        return value

    def _absorb(self, word: Word, idx: sp.Symbol, lo: sp.Basic, hi: sp.Basic) -> Word:
        """The cyclic word with the shortest run holding every atom that mentions ``idx``
        replaced by the sum atom of that run."""
        n = len(word)
        deps = [k for k in range(n) if word[k].has(idx)]
        best = None
        for j, k in enumerate(deps):
            # the run from the dependent atom after the largest idx-free gap
            prev = deps[j - 1]
            gap = (k - prev - 1) % n if len(deps) > 1 else n - 1
            if best is None or gap > best[0]:
                best = (gap, k)
        start = best[1]
        rotated = word[start:] + word[:start]
        length = n - best[0]
        block, rest = rotated[:length], rotated[length:]
        return (sum_atom(block, idx, lo, hi, self.symmetric), *rest)

    def absorb_sums(self, value: sp.Basic) -> sp.Basic:
        """Sums of one trace atom become trace atoms of a sum atom (see _trace_term)."""

        def absorb(e: sp.Sum) -> sp.Basic:
            if len(e.limits) != 1 or not isinstance(e.function, MTrace):
                return e
            idx, lo, hi = e.limits[0]
            return self._trace_term(sp.S.One, e.function.args, ((idx, lo, hi),), sp.S.One)

        return value.replace(lambda a: isinstance(a, sp.Sum), absorb)

    def _trace_word(self, word: Word, size: sp.Basic) -> sp.Basic:
        word = cancel_word([_sym_atom(a, self.symmetric) for a in word])
        if not word:
            return size
        # Cut the cycle where an inner dimension is 1: each piece is a 1 x 1 matrix.
        cuts = [k for k in range(len(word)) if word[k].shape[1] == 1]
        if not cuts:
            return MTrace(*self._canonical_cycle(word))
        out = sp.S.One
        n = len(word)
        for j, c in enumerate(cuts):
            nxt = cuts[(j + 1) % len(cuts)]
            start = (c + 1) % n
            piece = []
            k = start
            while True:
                piece.append(word[k])
                if k == nxt:
                    break
                k = (k + 1) % n
            out *= MTrace(*self._canonical_piece(tuple(piece)))
        return out

    def retrace(self, value: sp.Basic) -> sp.Basic:
        """Every trace atom of ``value`` put in canonical form again, with symmetry
        (a derivative's coefficients were formed without it)."""
        if not self.symmetric:
            return value
        return value.replace(
            lambda a: isinstance(a, MTrace), lambda a: self._trace_word(a.args, sp.S.One)
        )

    def _sym_word(self, word: Word) -> Word:
        return cancel_word([_sym_atom(a, self.symmetric) for a in word])

    def _canonical_piece(self, piece: Word) -> Word:
        """A 1 x 1 word: itself or its transpose, whichever sorts first."""
        other = self._sym_word(t_word(piece))
        return min((piece, other), key=_word_key)

    def _canonical_cycle(self, word: Word) -> Word:
        """The least rotation of the word or of its transpose."""
        candidates = []
        for w in (word, self._sym_word(t_word(word))):
            for k in range(len(w)):
                candidates.append(w[k:] + w[:k])
        return min(candidates, key=_word_key)

    def determinant(self, p: Poly) -> sp.Basic:
        rows = p.shape[0]
        if len(p.terms) == 1 and not p.terms[0].limits:
            t = p.terms[0]
            word = self._sym_word(t.word)
            if all(a.shape[0] == a.shape[1] for a in word):
                out = t.coeff**rows
                for a in word:
                    base = _base(a)
                    if not isinstance(base, sp.MatrixSymbol):
                        break
                    out *= sp.Determinant(base) ** (-1 if isinstance(a, sp.Inverse) else 1)
                else:
                    return out
        raise Unsupported("the determinant of a sum of matrices")

    # -- derivatives ---------------------------------------------------------------------

    def gradient(self, d: sp.Derivative) -> Poly:
        """``d f / d X`` for a number ``f`` and a matrix symbol ``X``.

        ``P^T`` where ``df = tr(P dX)``.
        """
        variables = [v for v, k in d.variable_count for _ in range(int(k))]
        if len(variables) != 1 or not isinstance(variables[0], sp.MatrixSymbol):
            raise Unsupported(f"the derivative {d}")
        x = variables[0]
        if is_matrix_valued(d.expr):
            raise Unsupported("the derivative of a matrix by a matrix")
        # The derivative is taken of the line as written: no symmetry inside.
        raw = Converter(self.domains, frozenset())
        p = differential_gradient(raw, x, d.expr)
        return Poly(x.shape, [Term(t.coeff, t_word(t.word), t.limits) for t in p])

    def _jacobian(self, v: sp.Basic, x: sp.MatrixSymbol) -> Poly:
        """``dv / dx^T`` of a column ``v`` (m x 1) by a column ``x`` (d x 1), MATRIX8: the
        m x d matrix ``J`` with ``dv = J dx`` (the numerator layout; the Hessian of a
        number is the Jacobian of its gradient).

        Each term of the differential becomes a term of ``J``: ``L dx R`` with ``R`` a
        ``1 x 1`` word is ``tr(R) L``; ``L dx^T R`` is ``L (R^T dx)``, so ``L R^T``;
        ``tr(P dx) W`` is ``W P``.
        """
        shape = shape_of(v)
        if shape is None or shape[1] != 1 or x.shape[1] != 1 or shape[0] == 1:
            raise Unsupported("the derivative of a matrix by a matrix")
        raw = Converter(self.domains, frozenset())
        terms: list[Term] = []
        for t in matrix_differential(raw, x, v):
            if isinstance(t, Lin):
                if t.transposed:
                    terms.append(Term(t.coeff, t.left + t_word(t.right), t.limits))
                    continue
                right = (
                    raw.trace(Poly((sp.S.One, sp.S.One), [Term(sp.S.One, t.right)]))
                    if t.right
                    else sp.S.One
                )
                terms.append(Term(t.coeff * right, t.left, t.limits))
            else:
                terms.append(Term(t.coeff, t.w + t.p, t.limits))
        return Poly((shape[0], x.shape[0]), terms)

    def argmax(self, e: ArgMax) -> sp.Basic:
        """``argmax`` of an objective up to increasing transformations (log, exp, adding a
        constant, multiplying by a positive constant), the objective canonical."""
        variables = set(e.variables)
        obj = self._strip_increasing(e.objective, variables)
        if self.domains is not None and self.domains.is_positive(obj) is True:
            obj = sp.log(obj)  # a positive objective and its log have one argmax
        canon, _ = normal_conditions(_canonical_indices(self.scalar(obj)), self.domains)
        canon = self._strip_increasing(canon, variables)
        return ArgMax(canon, *e.variables)

    def _strip_increasing(self, obj: sp.Basic, variables: set) -> sp.Basic:
        """``obj`` without the increasing transformations around it; a negative constant
        factor is kept as a sign (``-log f``, an arg min of ``log f`` read as the arg max of
        its negation, has the arg max of ``-f``: a decreasing function of ``f`` either way)."""
        sign = 1
        for _ in range(50):
            if isinstance(obj, sp.log) and len(obj.args) == 1:
                if self.domains is not None and self.domains.is_positive(obj.args[0]) is True:
                    obj = obj.args[0]
                    continue
            if isinstance(obj, sp.exp):
                obj = obj.args[0]
                continue
            if isinstance(obj, sp.Add):
                kept = [t for t in obj.args if t.has(*variables)]
                if len(kept) < len(obj.args) and kept:
                    obj = sp.Add(*kept)
                    continue
            if isinstance(obj, sp.Mul):
                consts = [f for f in obj.args if not f.has(*variables)]
                signs = [self._sign(f) for f in consts]
                if consts and all(signs):
                    obj = sp.Mul(*[f for f in obj.args if f.has(*variables)])
                    sign *= math.prod(signs)
                    continue
            break
        return -obj if sign < 0 else obj

    def _sign(self, c: sp.Basic) -> int:
        """1 or -1 for a constant the domains show positive or negative, else 0."""
        if self.domains is None:
            return 0
        if self.domains.is_positive(c) is True:
            return 1
        if self.domains.is_positive(-c) is True:
            return -1
        return 0


# --------------------------------------------------------------------------- the normal form


def symmetric_matrices(domains: Any) -> frozenset:
    """Matrix symbols declared symmetric (or symmetric positive definite)."""
    if domains is None:
        return frozenset()
    return frozenset(
        s
        for s, dom in domains.domains.items()
        if isinstance(s, sp.MatrixSymbol) and getattr(dom, "matrix", None) in ("spd", "symmetric")
    )


def _canonical_indices(e: sp.Basic) -> sp.Basic:
    """Bound indices renamed by depth (``_k1``, ``_k2``), so equal sums look equal."""

    def visit(node: sp.Basic, depth: int) -> sp.Basic:
        if node.is_Atom:
            return node
        if isinstance(node, (sp.Sum, sp.Product)) and len(node.limits) == 1:
            idx, lo, hi = node.limits[0]
            new = sp.Symbol(f"_k{depth + 1}", integer=True)
            body = visit(node.function.xreplace({idx: new}), depth + 1)
            return node.func(body, (new, lo, hi))
        args = [visit(a, depth) for a in node.args]
        if all(a is b for a, b in zip(args, node.args, strict=False)):
            return node
        return node.func(*args)

    return visit(e, 0)


@functools.lru_cache(maxsize=2048)
def matrix_normal(e: sp.Basic, domains: Any = None) -> tuple[Any, sp.Basic, tuple]:
    """``(shape, canonical scalar, sum-count conditions)`` of a line (not an ``Eq``).

    ``shape`` is None for a number; for a matrix the scalar is ``tr(Z^T M)`` with
    the probe ``Z`` (:func:`probe`).
    """
    conv = Converter(domains, symmetric_matrices(domains))
    with sp.evaluate(True):
        if is_matrix_valued(e):
            p = conv.poly(e)
            z = probe(p.shape)
            value = conv.trace(
                mul(Poly((p.shape[1], p.shape[0]), [Term(sp.S.One, (sp.Transpose(z),))]), p)
            )
            shape = p.shape
        else:
            value = conv.scalar(e)
            shape = None
        value, conds = _finish(conv, value, domains)
    return shape, value, conds


def _finish(conv: Converter, value: sp.Basic, domains: Any) -> tuple[sp.Basic, tuple]:
    """The scalar pipeline on a converted line, then sums of one trace made sum atoms."""
    value, conds = normal_conditions(_canonical_indices(conv.retrace(value)), domains)
    absorbed = conv.absorb_sums(value)
    if absorbed != value:
        value, more = normal_conditions(_canonical_indices(absorbed), domains)
        conds = conds + more
    return value, tuple(dict.fromkeys((*conds, *conv.conditions)))


def probe(shape: tuple[sp.Basic, sp.Basic]) -> sp.MatrixSymbol:
    """The generic matrix a matrix line is paired with."""
    return sp.MatrixSymbol("_Z", shape[0], shape[1])


def poly_to_expr(p: Poly, domains: Any = None) -> sp.Basic:
    """A matrix polynomial written back as a sympy matrix expression (symmetry used)."""
    conv = Converter(domains, symmetric_matrices(domains))
    parts = []
    with sp.evaluate(True):
        for t in p.terms:
            word = conv._sym_word(t.word)
            factors = list(word) if word else [sp.Identity(p.shape[0])]
            body: sp.Basic = (
                sp.MatMul(t.coeff, *factors)
                if t.coeff != 1
                else (factors[0] if len(factors) == 1 else sp.MatMul(*factors))
            )
            for lim in reversed(t.limits):
                body = MatrixSum(body, lim)
            parts.append(body)
    if not parts:
        return sp.ZeroMatrix(*p.shape)
    return parts[0] if len(parts) == 1 else sp.MatAdd(*parts)


def gradient(f: sp.Basic, x: sp.MatrixSymbol, domains: Any = None) -> sp.Basic:
    """``d f / d x`` by this module's rules (not sympy's), as a matrix expression."""
    conv = Converter(domains, symmetric_matrices(domains))
    with sp.evaluate(True):
        return poly_to_expr(conv.gradient(sp.Derivative(f, x)), domains)


def simplify_matrix(e: sp.Basic, domains: Any = None) -> sp.Basic:
    """A matrix expression multiplied out, ``A A^{-1}`` cancelled, symmetry used."""
    conv = Converter(domains, symmetric_matrices(domains))
    with sp.evaluate(True):
        return poly_to_expr(conv.poly(e), domains)


def residual_poly(eq: sp.Equality, domains: Any) -> Poly | None:
    """``lhs - rhs`` of a matrix equation as a polynomial (None for a scalar equation)."""
    conv = Converter(domains, symmetric_matrices(domains))
    sides = [s for s in (eq.lhs, eq.rhs)]
    shapes = [shape_of(s) for s in sides]
    shape = next((s for s in shapes if s is not None), None)
    if shape is None:
        return None
    with sp.evaluate(True):
        parts = []
        for s in sides:
            if shape_of(s) is None:
                if evaluated(s) != 0:
                    raise Unsupported("an equation between a number and a matrix")
                parts.append(Poly(shape))
            else:
                parts.append(conv.poly(s))
        return parts[0] + parts[1].scale(sp.S.NegativeOne)


def poly_scalar(p: Poly, domains: Any) -> sp.Basic:
    """The canonical number ``tr(Z^T p)`` of a polynomial."""
    conv = Converter(domains, symmetric_matrices(domains))
    with sp.evaluate(True):
        z = probe(p.shape)
        value = conv.trace(
            mul(Poly((p.shape[1], p.shape[0]), [Term(sp.S.One, (sp.Transpose(z),))]), p)
        )
        return _finish(conv, value, domains)[0]


__all__ = [
    "Converter",
    "gradient",
    "poly_to_expr",
    "simplify_matrix",
    "MTrace",
    "Poly",
    "Term",
    "Unsupported",
    "matrix_normal",
    "mul",
    "poly_scalar",
    "probe",
    "residual_poly",
    "symmetric_matrices",
]
