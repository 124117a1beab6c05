"""Vectors and matrices of a post in the engine's matrix types, so matrix rows are checked.

The reader keeps a post's vectors and matrices as non-commutative symbols
(``\\boldsymbol{\\Sigma}``, ``\\mathbf{x}_n``), transposes as
:class:`~._tosympy.Transposed` and ``|A|``/``\\det``/``\\operatorname{tr}`` as
opaque functions: that is enough to read a row, not to check it. This module
translates such a line into the types of :mod:`derivations.engine._matrix_expr`
(``MatrixSymbol``, :class:`VectorSample`, ``MatMul``, ``Transpose``, ``Inverse``,
``Determinant``, ``Trace``, :class:`MatrixSum`, :class:`Scalar`), which the
engine checks with concrete random matrices and its matrix rules.

Shapes are inferred from how the lines use the names (:mod:`._matrix_shapes`):
``X`` may be ``n x p``, ``y`` ``n x 1`` and ``beta`` ``p x 1``; a lower-case
name is a column, an inverse makes a matrix square, ``I`` is the identity of
whatever size fits. A product whose shape is ``1 x 1``
(``(x_n - mu)^T Sigma^{-1} (x_n - mu)``) is a number where the line uses it as
one. Anything else - shapes that do not fit, a derivative by an inverse, a
matrix literal - gives ``None``, and the caller falls back to reading vectors
and matrices as 1x1 matrices (a counterexample refutes, agreement proves
nothing). A symmetric positive definite ``Sigma`` is the engine's default for
a square matrix named like a covariance; the post's own statements reach the
engine as domains.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixExpr

from ..engine._matrix_expr import IdentityMatrix, Jacobian, MatrixSum, Scalar, VectorSample
from ._matrix_shapes import (
    SHAPES_DO_NOT_FIT,
    NotMatrix,
    Shapes,
    base_name,
    infer,
    is_capital,
    is_identity_name,
)
from ._tosympy import Opaque, Transposed

#: The vectors' dimension (the same symbol as the bundled ``gaussian-mvn-mle``).
DIM = sp.Symbol("d", integer=True, positive=True)


def _base(name: str) -> str:
    for accent in ("hat_", "bar_", "tilde_", "check_"):
        if name.startswith(accent):
            name = name[len(accent) :]
    return name


def _is_mat(e: Any) -> bool:
    return isinstance(e, MatrixExpr)


def _by_matrix(e: Any) -> bool:
    """A derivative by a vector or a matrix (matrix-valued, though not a MatrixExpr)."""
    if isinstance(e, sp.Derivative):
        return any(_is_mat(v) for v in e.variables)
    if isinstance(e, (sp.Add, sp.Mul)):
        return any(_by_matrix(a) for a in e.args)
    return False


def _square_one(e: MatrixExpr) -> bool:
    return e.shape == (1, 1)


def _scalar(e: Any) -> Any:
    """A converted part used as a number: a 1 x 1 product becomes a Scalar."""
    if _is_mat(e):
        if _square_one(e):
            return Scalar(e)
        raise NotMatrix("a matrix where the line needs a number")
    return e


class _Converter:
    def __init__(self, shapes: Shapes) -> None:
        self.symbols: dict[str, sp.MatrixSymbol] = {}
        self.shapes = shapes
        #: Names of plain (commutative) letters read as the covariance matrix.
        self.covariances = shapes.covariances
        #: ``Sigma -> P`` for a derivative by ``P = Sigma^{-1}`` (see :func:`_by_inverse`).
        self.inverted: dict[sp.MatrixSymbol, sp.MatrixSymbol] = {}
        #: read a derivative of a column by a column as its Jacobian (MATRIX8)
        self.jacobian = shapes.jacobian

    def symbol(self, s: sp.Symbol) -> Any:
        """The name as a matrix of its inferred shape, the identity, or a number where
        only a number fits (:meth:`Shapes.is_number`)."""
        if is_identity_name(s.name):
            return IdentityMatrix(self.shapes.shape(s.name)[0])
        if not base_name(s.name) or s.name.endswith("^-1"):
            raise NotMatrix(f"{s.name} is not a plain vector or matrix name")
        if self.shapes.is_number(s.name):
            return sp.Symbol(s.name, real=True)
        m = self.symbols.get(s.name)
        if m is None:
            m = self.symbols[s.name] = sp.MatrixSymbol(s.name, *self.shapes.shape(s.name))
        return m

    def __call__(self, e: Any) -> Any:  # noqa: C901 - one case per node type
        if isinstance(e, (MatrixExpr, Scalar, sp.Trace, sp.Determinant)):
            return e  # converted already (the line above, as the engine holds it)
        if isinstance(e, sp.Symbol):
            if e.name in self.covariances or is_identity_name(e.name):
                return self.symbol(e)
            return e if e.is_commutative else self.symbol(e)
        if isinstance(e, sp.Indexed):
            if e.base.is_commutative:
                return e
            if len(e.indices) != 1:
                raise NotMatrix("a vector sample with several indices")
            label = str(e.base.label)
            rows = self.shapes.family_rows(label)
            if rows == 1:
                return sp.IndexedBase(label, real=True)[e.indices[0]]
            return VectorSample(sp.Symbol(label), e.indices[0], rows)
        if e.is_Atom or not e.args:
            return e
        if isinstance(e, Transposed):
            inner = self(e.args[0])
            if not _is_mat(inner):
                raise NotMatrix("a transpose of a number")
            return sp.Transpose(inner)
        if isinstance(e, Opaque):
            name = str(e.func)
            if name in ("det", "tr") and len(e.args) == 1:
                inner = self(e.args[0])
                if not _is_mat(inner) or inner.shape[0] != inner.shape[1]:
                    raise NotMatrix(f"{name} of something that is not a square matrix")
                return sp.Determinant(inner) if name == "det" else sp.Trace(inner)
            raise NotMatrix(f"{name}(...) has no matrix meaning")
        if isinstance(e, sp.Pow):
            base = self(e.base)
            if _is_mat(base):
                if _square_one(base):
                    return sp.Pow(Scalar(base), self(e.exp), evaluate=False)
                if e.exp == -1 and base.shape[0] == base.shape[1]:
                    return sp.Inverse(base)
                if e.exp.is_Integer and e.exp != 0 and base.shape[0] == base.shape[1]:
                    # Sigma^{-2}, A^2: a whole power of a square matrix.
                    return sp.MatPow(base, e.exp)
                raise NotMatrix("a power of a matrix other than a whole power of a square one")
            return sp.Pow(base, _scalar(self(e.exp)), evaluate=False)
        if isinstance(e, sp.Mul):
            return self.mul(e)
        if isinstance(e, sp.Add):
            parts = [self(a) for a in e.args]
            if any(_by_matrix(p) for p in parts):
                # Derivatives by a vector or matrix, written as a sum (the sum rule);
                # a number added to one (a quadratic form outside the gradient) is not.
                if any(
                    not (_by_matrix(p) or p == 0 or (_is_mat(p) and not _square_one(p)))
                    for p in parts
                ):
                    raise NotMatrix("a sum of a derivative by a matrix and a number")
                return sp.Add(*parts, evaluate=False)
            mats = [p for p in parts if _is_mat(p) and not _square_one(p)]
            if not mats:
                return sp.Add(*[_scalar(p) for p in parts], evaluate=False)
            if len(mats) != len(parts):
                if all(_is_mat(p) or p == 0 for p in parts):
                    return sp.MatAdd(*mats)
                raise NotMatrix("a sum of a matrix and a number")
            shapes = {p.shape for p in mats}
            if len(shapes) != 1:
                raise NotMatrix("a sum of matrices of different shapes")
            return sp.MatAdd(*mats)
        if isinstance(e, (sp.Sum, sp.Product)):
            body = self(e.function)
            if _is_mat(body) and not _square_one(body):
                if isinstance(e, sp.Product):
                    raise NotMatrix("a product over matrices")
                return MatrixSum(body, *e.limits)
            return e.func(_scalar(body), *e.limits)
        if isinstance(e, sp.Abs) and len(e.args) == 1:
            inner = self(e.args[0])
            if _is_mat(inner) and not _square_one(inner):
                # |Sigma| of a square matrix: its determinant (the density's notation).
                if inner.shape[0] != inner.shape[1]:
                    raise NotMatrix("|.| of a matrix that is not square")
                return sp.Determinant(inner)
            return sp.Abs(_scalar(inner), evaluate=False)
        if isinstance(e, sp.Derivative):
            jac = self._jacobian(e)
            if jac is not None:
                return jac
            inner = _scalar(self(e.expr))
            variables = []
            for v, k in e.variable_count:
                cv = self._inverse_variable(v) if _names_an_inverse(v) else self(v)
                if k != 1 and _is_mat(cv):
                    raise NotMatrix("a higher derivative by a matrix")
                variables.append((cv, k))
            return sp.Derivative(inner, *variables)
        if isinstance(e, sp.Equality):
            lhs, rhs = self(e.lhs), self(e.rhs)
            lhs, rhs = _zero_like(lhs, rhs), _zero_like(rhs, lhs)
            if _is_mat(lhs) != _is_mat(rhs):
                lhs, rhs = _scalar(lhs), _scalar(rhs)
            return sp.Eq(lhs, rhs, evaluate=False)
        if isinstance(e, sp.Function) or isinstance(e, sp.Expr):
            args = [_scalar(self(a)) for a in e.args]
            return e.func(*args, evaluate=False) if _takes_evaluate(e) else e.func(*args)
        raise NotMatrix(f"{type(e).__name__} has no matrix meaning")

    def _jacobian(self, e: sp.Derivative) -> Any:
        """``d v / d x`` of a column ``v`` by a column ``x``: its Jacobian (MATRIX8), in a
        reading that allows one (``self.jacobian``), else None."""
        if not self.jacobian or len(e.variable_count) != 1:
            return None
        v, k = e.variable_count[0]
        if k != 1 or _names_an_inverse(v):
            return None
        inner, x = self(e.expr), self(v)
        if not (isinstance(x, sp.MatrixSymbol) and x.shape[1] == 1 and x.shape[0] != 1):
            return None
        if not (_is_mat(inner) and inner.shape[1] == 1 and not _square_one(inner)):
            return None
        return Jacobian(inner, x)

    def _inverse_variable(self, v: sp.Symbol) -> sp.MatrixSymbol:
        """``Sigma^{-1}`` as a variable: a matrix symbol ``P`` of its own, and ``Sigma``
        becomes ``P^{-1}`` in the lines (:func:`as_matrix_types`), so the derivative by
        ``P`` is the derivative by the inverse (the chain rule through ``Sigma = P^{-1}``)."""
        base = self.symbol(sp.Symbol(v.name[: -len("^-1")], commutative=False))
        if base.shape[0] != base.shape[1]:
            raise NotMatrix("the inverse of a matrix that is not square")
        p = self.inverted.get(base)
        if p is None:
            p = self.inverted[base] = sp.MatrixSymbol(v.name, *base.shape)
        return p

    def mul(self, e: sp.Mul) -> Any:
        scalars: list[Any] = []
        chain: list[Any] = []
        identity = None
        for a in e.args:
            c = self(a)
            if isinstance(c, sp.Identity):
                identity = c  # I beta = beta: a factor of the chain drops out
            elif _is_mat(c):
                chain.append(c)
            else:
                scalars.append(c)
        if not chain and identity is not None:
            chain.append(identity)  # lambda I
        if not chain:
            return sp.Mul(*scalars, evaluate=False)
        if any(a.shape[1] != b.shape[0] for a, b in zip(chain, chain[1:], strict=False)):
            chain, numbers = _split_chain(chain)
            scalars.extend(numbers)
        prod = chain[0] if len(chain) == 1 else sp.MatMul(*chain)
        if _square_one(prod):
            return sp.Mul(*scalars, Scalar(prod), evaluate=False) if scalars else prod
        if not scalars:
            return prod
        coeff = sp.Mul(*scalars, evaluate=False)
        if coeff.has(MatrixExpr):
            return sp.MatMul(*[_as_factor(s) for s in scalars], prod)
        return sp.MatMul(coeff, prod)


def _split_chain(chain: list[Any]) -> tuple[list[Any], list[Any]]:
    """A product whose shapes do not fit as one chain: its 1 x 1 runs are numbers.

    ``w^T w A`` (``1 x d``, ``d x 1``, ``d x d``) means ``(w^T w) A``, the only
    reading whose shapes fit. The chain is cut where two neighbours do not fit;
    every piece whose product is ``1 x 1`` becomes a :class:`Scalar` factor, and
    the other pieces, in their order, must fit as one chain (else ``NotMatrix``).
    """
    pieces: list[list[Any]] = [[chain[0]]]
    for m in chain[1:]:
        if pieces[-1][-1].shape[1] == m.shape[0]:
            pieces[-1].append(m)
        else:
            pieces.append([m])
    numbers: list[Any] = []
    rest: list[Any] = []
    for piece in pieces:
        prod = piece[0] if len(piece) == 1 else sp.MatMul(*piece)
        if _square_one(prod):
            numbers.append(Scalar(prod))
        else:
            rest.append(prod)
    if not rest:
        raise NotMatrix("a product of matrices whose shapes do not fit")
    for left, right in zip(rest, rest[1:], strict=False):
        if left.shape[1] != right.shape[0]:
            raise NotMatrix("a product of matrices whose shapes do not fit")
    return rest, numbers


def _as_factor(s: Any) -> Any:
    return s


def _names_an_inverse(v: Any) -> bool:
    """The reader's symbol for a variable written ``\\Sigma^{-1}`` (``Sigma^-1``)."""
    return (
        isinstance(v, sp.Symbol)
        and v.name.endswith("^-1")
        and len(v.name) > len("^-1")
        and v.name[0].isalpha()
        and v.name[0].isupper()
    )


def _reparametrised(e: Any, inverted: dict[sp.MatrixSymbol, sp.MatrixSymbol]) -> Any:
    """``e`` with ``Sigma^{-1}`` as ``P`` and every other ``Sigma`` as ``P^{-1}``."""
    if not inverted or not isinstance(e, sp.Basic):
        return e
    first = {sp.Inverse(m): p for m, p in inverted.items()}
    second = {m: sp.Inverse(p) for m, p in inverted.items()}
    return e.xreplace(first).xreplace(second)


def _top_number(e: Any) -> Any:
    """A whole line that is a ``1 x 1`` product is a number (compared with a trace)."""
    if _is_mat(e) and _square_one(e):
        return Scalar(e)
    return e


def _covariance_letters(exprs: Any) -> frozenset[str]:
    """Plain letters ``\\Sigma``/``\\Lambda`` in lines that hold vectors or matrices.

    A post may write its covariance in a plain letter beside bold vectors
    (``\\mathbf{x^{(i)} - \\mu}`` with ``\\Sigma``); in a line with vectors that
    letter is the covariance matrix, not a number.
    """
    basics = [e for e in exprs if isinstance(e, sp.Basic)]
    if not any(not s.is_commutative for e in basics for s in e.atoms(sp.Symbol)):
        return frozenset()
    return frozenset(
        s.name
        for e in basics
        for s in e.atoms(sp.Symbol)
        if s.is_commutative and _base(s.name).split("_")[0] in _COVARIANCE_NAMES
    )


def _bound_indices(exprs: Any) -> set[sp.Basic]:
    """The letters a sum or a product of the lines runs over."""
    return {
        lim[0]
        for e in exprs
        if isinstance(e, sp.Basic)
        for s in e.atoms(sp.Sum, sp.Product)
        for lim in s.limits
    }


def _fixed_members(exprs: Any) -> dict[sp.Indexed, sp.Symbol]:
    """``Sigma_k`` of a family of covariances, with ``k`` run over by no sum of the
    lines: one matrix of its own (a symbol ``Sigma_k``), the k-th component's.

    The reader keeps ``\\Sigma_k`` as the k-th member of a family when ``k`` indexes
    something elsewhere in the post, and a family is a column vector per member
    (:class:`VectorSample`): ``\\Sigma_k^{-1} (x_i - m_k)`` would have no shapes.
    A matrix summed over its index (``sum_k Sigma_k``) is still not read, and other
    capital families (``X_i``, random vectors) stay columns.
    """
    bound = _bound_indices(exprs)
    return {
        i: sp.Symbol(f"{i.base.label}_{i.indices[0]}", commutative=False)
        for e in exprs
        if isinstance(e, sp.Basic)
        for i in e.atoms(sp.Indexed)
        if not i.base.is_commutative
        and _covariance_name(str(i.base.label))
        and len(i.indices) == 1
        and isinstance(i.indices[0], sp.Symbol)
        and i.indices[0] not in bound
    }


def _takes_evaluate(e: Any) -> bool:
    # an applied undefined function (the indicator \mathbb{1}(...)) has no module
    module = getattr(type(e), "__module__", None) or ""
    return isinstance(e, (sp.log, sp.exp, sp.Abs)) or module.startswith("sympy")


def _zero_like(side: Any, other: Any) -> Any:
    """``= 0`` (or ``= \\mathbf{0}``) next to a matrix: the zero matrix of its shape."""
    if not _is_mat(side) and side == 0 and _is_mat(other) and not _square_one(other):
        return sp.ZeroMatrix(*other.shape)
    return side


def as_matrix_types(*exprs: Any) -> list[Any] | None:
    """The lines in the engine's matrix types (one naming of shapes for all), or None.

    Parameters
    ----------
    *exprs : sympy expressions
        Lines read by the post reader, with non-commutative vectors and matrices.

    Returns
    -------
    list or None
        The converted lines, each a number (a matrix line must not be a bare
        matrix where the other is a number), or ``None`` when some part has no
        matrix meaning the engine checks.
    """
    return matrix_reading(*exprs)[0]


def matrix_reading(*exprs: Any) -> tuple[list[Any] | None, str]:
    """:func:`as_matrix_types`, and when the lines have no matrix reading because a
    number is added to a matrix, the sentence that says so (else ``""``)."""
    fixed = _fixed_members(exprs)
    if fixed:
        exprs = tuple(e.xreplace(fixed) if isinstance(e, sp.Basic) else e for e in exprs)
    out, why = _typed(exprs)
    if out is None:
        out, _ = _typed(_with_loose_vectors(exprs))
    return out, "" if out is not None else why


#: Why a failure of a Jacobian's reading is no counterexample (MATRIX8).
JACOBIAN_LAYOUT = (
    "the derivative of a vector by a vector read as its Jacobian dv/dx^T (rows of v, "
    "columns of x); a post may mean its transpose (the other layout): a numeric failure "
    "is no counterexample"
)


def jacobian_reading(exprs: Any, extra: frozenset[str] = frozenset()) -> list[Any] | None:
    """The lines with a derivative of a column by a column read as its Jacobian (MATRIX8):
    the Hessian ``d/dmu (Sigma^{-1} (x - mu)) = -Sigma^{-1}`` of a log-likelihood whose
    gradient a row above gives. None unless some line has such a derivative and the
    lines have that reading (only tried where the usual one fails)."""
    if not any(isinstance(e, sp.Basic) and e.atoms(sp.Derivative) for e in exprs):
        return None
    fixed = _fixed_members(exprs)
    if fixed:
        exprs = tuple(e.xreplace(fixed) if isinstance(e, sp.Basic) else e for e in exprs)
    for lines in (exprs, _with_loose_vectors(exprs, extra)):
        out, _ = _typed(lines, jacobian=True)
        if out is not None and any(_has_jacobian(c) for c in out):
            return out
    return None


def _has_jacobian(e: Any) -> bool:
    return isinstance(e, sp.Basic) and bool(e.atoms(Jacobian))


def post_vectors(rows: Any) -> frozenset[str]:
    """Plain names some row of the post adds to a column vector (``mu_k`` of ``x_n - mu_k``),
    for rows that write the same name alone (``sum_n gamma_n x_n = mu_k sum_n gamma_n``)."""
    out: set[str] = set()
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for side in pr.sides:
            if isinstance(side, sp.Basic):
                out |= _added_to_vectors(side)
    return frozenset(out)


def family_value(e0: Any, e1: Any) -> tuple[str, sp.Symbol, sp.Basic] | None:
    """``S_i := (x_i - mu)(x_i - mu)^T``: a capital family of matrices defined by a value
    in its index (MATRIX5), as ``(label, index, value)``; else None.

    The reader keeps ``S_i`` as a member of a family, which the engine's types know only
    as a column (:class:`VectorSample`); put in for its value, the rows that use it
    (``tr(Sigma^{-1} S_i)``, ``sum_i S_i``) are rows about the post's own vectors.
    """
    if not (
        isinstance(e0, sp.Indexed)
        and (not e0.base.is_commutative or _holds_matrices(e1))
        and len(e0.indices) == 1
        and isinstance(e0.indices[0], sp.Symbol)
        and isinstance(e1, sp.Basic)
        and not isinstance(e1, sp.Equality)
    ):
        return None
    label = str(e0.base.label)
    if not label[:1].isupper() or e1.has(e0.base.label) or not _lone_bound_free(e1, e0.indices[0]):
        return None
    return label, e0.indices[0], e1


def _holds_matrices(e: Any) -> bool:
    """A value written with vectors or matrices (``(x_i - mu)(x_i - mu)^T``)."""
    return isinstance(e, sp.Basic) and (
        bool(e.atoms(Transposed)) or any(not a.is_commutative for a in e.atoms(sp.Symbol))
    )


def _lone_bound_free(e1: sp.Basic, index: sp.Symbol) -> bool:
    """The value uses its index, free (not as a summation index)."""
    return index in e1.free_symbols and index not in _bound_indices((e1,))


def with_family_values(exprs: Any, values: dict[str, tuple[sp.Symbol, sp.Basic]]) -> tuple:
    """``exprs`` with every member ``S_j`` of a defined family put in for its value."""
    if not values:
        return tuple(exprs)
    out = []
    for e in exprs:
        if isinstance(e, sp.Basic):
            sub = {
                i: v.xreplace({k: i.indices[0]})
                for i in e.atoms(sp.Indexed)
                if len(i.indices) == 1 and str(i.base.label) in values
                for k, v in [values[str(i.base.label)]]
            }
            e = e.xreplace(sub) if sub else e
        out.append(e)
    return tuple(out)


def matrix_reading_in_post(
    exprs: Any,
    vectors: frozenset[str] = frozenset(),
    families: dict[str, tuple[sp.Symbol, sp.Basic]] | None = None,
) -> tuple[list[Any] | None, str, str]:
    """:func:`matrix_reading`, and failing it the reading with the names another row of
    the post adds to a vector (``vectors``, :func:`post_vectors`) read as vectors too.
    A member of a family of matrices the post defined (``families``, :func:`family_value`)
    is put in for its value first.

    Returns the lines, the sentence of :func:`matrix_reading`, and (for the second
    reading) the sentence naming the shapes taken from other rows: a guess, under which
    a numeric failure is no counterexample (the caller keeps it from refuting).
    """
    exprs = with_family_values(exprs, families or {})
    differentials = with_differentials(exprs)
    if differentials is not None:
        out, why = matrix_reading(*differentials[0])
        if out is None:
            return out, why, ""
        return out, why, differentials[1]
    out, why = matrix_reading(*exprs)
    if out is None:
        jac = jacobian_reading(exprs)  # MATRIX8
        if jac is not None:
            return jac, "", JACOBIAN_LAYOUT
    if out is not None:
        return _or_capitals_beside(exprs, out, why)
    if not vectors:
        return _or_capital_reading(exprs, out, why)
    names = {
        a.name if isinstance(a, sp.Symbol) else str(a.base.label)
        for e in exprs
        if isinstance(e, sp.Basic)
        for a in e.atoms(sp.Symbol, sp.Indexed)
        if a.is_commutative
    }
    used = sorted(names & vectors)
    if not used:
        return _or_capital_reading(exprs, out, why)
    fixed = _fixed_members(exprs)
    lines = tuple(e.xreplace(fixed) if isinstance(e, sp.Basic) and fixed else e for e in exprs)
    typed, _ = _typed(_with_loose_vectors(lines, frozenset(used)))
    if typed is None:
        jac = jacobian_reading(exprs, frozenset(used))  # MATRIX8
        if jac is not None:
            return jac, "", JACOBIAN_LAYOUT
        return _or_capital_reading(exprs, out, why)
    guess = (
        f"{', '.join(used)} read as a vector here because another row of the post adds it to "
        "a vector: a guessed shape, so a numeric failure is no counterexample"
    )
    return typed, "", guess


#: Why a failure in the reading of :func:`_capital_reading` is no counterexample.
CAPITAL_GUESS = (
    "{names} read as a matrix here because the row adds it to a matrix or writes it between "
    "matrices (a number there would be {names} times the identity, its special case): a "
    "guessed shape, so a numeric failure is no counterexample"
)


def _or_capital_reading(exprs: Any, out: Any, why: str) -> tuple[list[Any] | None, str, str]:
    """The result of :func:`matrix_reading_in_post` when its readings failed: the lines
    in :func:`_capital_reading`, with its guess, else the failure ``out, why``."""
    found = _capital_reading(exprs)
    if found is None:
        return out, why, ""
    typed, names = found
    return typed, "", CAPITAL_GUESS.format(names=", ".join(names))


#: Why a failure in the reading of :func:`_or_capitals_beside` is no counterexample.
CAPITAL_BESIDE = (
    "{names} read as a matrix here because the row multiplies it with a matrix and the post "
    "does not say it is a number (a number there would be {names} times the identity, its "
    "special case): a guessed shape, so a numeric failure is no counterexample"
)


def _or_capitals_beside(exprs: Any, out: Any, why: str) -> tuple[list[Any] | None, str, str]:
    """ATTACK60 (adversarial set 32, 19): the lines of a matrix reading ``out`` in which a
    plain capital the post leaves undeclared is multiplied with a matrix
    (:func:`_capitals_beside_matrices`) read with it a matrix, with that guess; ``out``
    itself when there is none, or when the shapes do not let it be one.

    After "Let $A \\in \\mathbb{R}^{n \\times n}$", ``AB = BA`` holds if ``B`` is a number
    and fails if it is a matrix, and the reader's convention (a plain capital is a number)
    proved it. A proof with ``B`` a matrix holds for a number (``B`` times the identity), so
    the row is proved when that reading proves it; a failure there is no counterexample."""
    basics = [e for e in exprs if isinstance(e, sp.Basic)]
    names = set().union(*(_capitals_beside_matrices(e) for e in basics))
    if not names:
        return out, why, ""
    found = _capital_reading(exprs, names)
    if found is None:
        return out, why, ""
    return found[0], "", CAPITAL_BESIDE.format(names=", ".join(found[1]))


def _capitals_beside_matrices(e: sp.Basic) -> set[str]:
    """Plain capital letters in a product with a matrix (a non-commutative capital) that
    the post does not make numbers: not the identity, a covariance letter, the bound of a
    sum or a letter with a stated sign or integer domain (``N > 0``, ``K \\ge 1``)."""
    out: set[str] = set()
    covariances = _covariance_letters((e,))
    for m in e.atoms(sp.Mul):
        flat: list[Any] = []
        _flat_factors(m, flat)
        if not any(_holds_a_matrix(g) for g in flat):
            continue
        for f in flat:
            base = f.base if isinstance(f, sp.Pow) and f.exp.is_Integer else f
            if _plain_capital(e, base, covariances) and not _stated_number(base):
                out.add(base.name)
    return out


def _plain_capital(e: sp.Basic, f: Any, covariances: frozenset[str]) -> bool:
    """A capital letter read as a number in ``e`` that may be a matrix: not the identity, a
    covariance letter (read as a matrix already) or the bound of a sum."""
    return (
        isinstance(f, sp.Symbol)
        and f.is_commutative
        and is_capital(f.name)
        and not is_identity_name(f.name)
        and f.name not in covariances
        and not _bounds_a_sum(e, f)
    )


def _stated_number(s: sp.Symbol) -> bool:
    """A letter the post gives a sign or integer domain: a number, not a matrix."""
    return any(
        s.assumptions0.get(k)
        for k in ("positive", "negative", "nonnegative", "nonpositive", "integer", "zero")
    )


def _capital_reading(
    exprs: Any, only: set[str] | None = None
) -> tuple[list[Any], list[str]] | None:
    """The lines with the plain capital letters that a sum adds to a matrix, or that a
    product writes between matrices, read as matrices (MATRIX59), and their names; None
    if there is none or the reading fails.

    A Kalman filter's ``C \\Sigma_- C^\\top + V`` never transposes ``V``, so the reader
    keeps it a number, and a number added to a matrix has no matrix meaning: every row
    with it fell back to the 1x1 reading. Beside a matrix term the letter is a matrix of
    that term's shape (the shapes rule ties them); a number there means the letter times
    the identity, a special case, so a proof in this reading holds for it too. Tried only
    where every other reading failed, so no row that has one reads differently; or, with
    ``only``, those names (:func:`_or_capitals_beside`).
    """
    basics = [e for e in exprs if isinstance(e, sp.Basic)]
    names = (
        set().union(
            *(_capitals_added_to_matrices(e) | _capitals_between_matrices(e) for e in basics)
        )
        if only is None
        else only
    )
    if not names:
        return None
    promote = {
        s: sp.Symbol(s.name, commutative=False)
        for e in basics
        for s in e.atoms(sp.Symbol)
        if s.name in names and s.is_commutative
    }
    lines = tuple(e.xreplace(promote) if isinstance(e, sp.Basic) else e for e in exprs)
    for reading in (lines, _with_loose_vectors(lines)):
        typed, _ = _typed(reading)
        if typed is not None:
            return typed, sorted(names)
    return None


def _capitals_added_to_matrices(e: sp.Basic) -> set[str]:
    """Plain capital letters alone (times a number) in a sum beside a term that holds a
    matrix (a non-commutative capital letter): ``V`` of ``C Sigma C^T + V``. Not the
    bound of a sum, the identity or a table of numbers with two indices (see
    :func:`._matrix_shapes._misread_matrix`)."""
    out: set[str] = set()
    for add in e.atoms(sp.Add):
        if not any(_holds_a_matrix(t) for t in add.args):
            continue
        for t in map(_lone_factor, add.args):
            if (
                isinstance(t, sp.Symbol)
                and t.is_commutative
                and is_capital(t.name)
                and not is_identity_name(t.name)
                and not _bounds_a_sum(e, t)
            ):
                out.add(t.name)
    return out


def _capitals_between_matrices(e: sp.Basic) -> set[str]:
    """Plain capital letters written between two vectors or matrices of a product:
    ``A`` of ``a^T A a``. Read as a number it leaves its place, and ``a^T A a = a^T a A``
    or ``tr(a A a^T)`` (no matrix meaning) were proved (matrix59). Not the identity, a
    covariance letter (read as a matrix already) or the bound of a sum."""
    out: set[str] = set()
    covariances = _covariance_letters((e,))
    for m in e.atoms(sp.Mul):
        flat: list[Any] = []
        _flat_factors(m, flat)
        for k, f in enumerate(flat):
            if (
                _plain_capital(e, f, covariances)
                and any(g.is_commutative is False for g in flat[:k])
                and any(g.is_commutative is False for g in flat[k + 1 :])
            ):
                out.add(f.name)
    return out


def _holds_a_matrix(t: Any) -> bool:
    """A term whose value is a matrix product (non-commutative, with a capital letter)."""
    return (
        isinstance(t, sp.Basic)
        and t.is_commutative is False
        and any(
            not s.is_commutative and is_capital(s.name) and not is_identity_name(s.name)
            for s in t.atoms(sp.Symbol)
        )
    )


def _bounds_a_sum(e: sp.Basic, s: sp.Symbol) -> bool:
    """``N`` of ``\\sum_{n=1}^N``: a count, never a matrix."""
    return any(
        s in b.free_symbols
        for x in e.atoms(sp.Sum, sp.Product)
        for lim in x.limits
        for b in lim[1:]
    )


#: Why a 1x1 reading of bars around a sum is no counterexample (:func:`bars_of_a_sum`).
BARS_READ_1X1 = (
    "|...| around a sum of vectors or matrices read 1x1 as a determinant, the number itself; "
    "the bars may mean its absolute value or norm (|y_i - X_i beta|), so a failure is no "
    "counterexample"
)


def bars_of_a_sum(*exprs: Any) -> str:
    """:data:`BARS_READ_1X1` when a line holds ``det`` of a sum (the reader's reading of bars
    around non-commutative terms), else ``""`` (matrix59: a quantile regression's
    ``|y_i - X_i \\beta|`` read 1x1 as ``y_i - X_i beta`` refuted a correct row)."""
    for e in exprs:
        if not isinstance(e, sp.Basic):
            continue
        for o in e.atoms(Opaque):
            if str(o.func) == "det" and len(o.args) == 1 and isinstance(o.args[0], sp.Add):
                return BARS_READ_1X1
    return ""


def transposed_gradient(
    exprs: Any,
    vectors: frozenset[str] = frozenset(),
    families: dict[str, tuple[sp.Symbol, sp.Basic]] | None = None,
) -> tuple[list[Any], Any] | None:
    """``(grad_Sigma f)^T = M`` read as ``grad_Sigma f = M^T`` (MATRIX5): the engine's
    derivative by a matrix is no matrix expression a transpose can hold.

    Returns the two lines (the derivative, ``M^T``) and ``M`` as the engine holds it (the
    line a next row continues from), or None.
    """
    if len(exprs) != 2:
        return None
    prev, w = exprs
    if not (
        isinstance(prev, Transposed)
        and isinstance(prev.args[0], sp.Derivative)
        and any(not v.is_commutative for v in prev.args[0].variables)
        and isinstance(w, sp.Basic)
        and not isinstance(w, (Transposed, sp.Equality))
    ):
        return None
    typed, _, guessed = matrix_reading_in_post(
        (prev.args[0], Transposed(w, evaluate=False)), vectors, families
    )
    if typed is None or guessed or not isinstance(typed[1], sp.Transpose):
        return None
    return typed, typed[1].arg


def as_matrix_number(e: Any) -> Any:
    """``e``, which the post uses as a number (``log lambda_i = beta^T x_i``), in the
    engine's matrix types (a ``1 x 1`` product as a :class:`Scalar`), or None."""
    for lines in ((e,), _with_loose_vectors((e,))):
        typed, _ = _typed(lines)
        if typed is not None and not _is_mat(typed[0]) and not _by_matrix(typed[0]):
            return typed[0]
    return None


def _with_loose_vectors(exprs: Any, extra: frozenset[str] = frozenset()) -> tuple[Any, ...]:
    loose = _loose_vectors(exprs, extra)
    try:
        return tuple(e.xreplace(loose) if isinstance(e, sp.Basic) and loose else e for e in exprs)
    except NotImplementedError:
        # sympy builds no MatMul with a non-commutative scalar factor (an EM M-step's
        # vector equation continued, external48 Eada-Sandberg): no loose reading, and no
        # crash of the whole post
        return tuple(exprs)


def _typed(exprs: Any, jacobian: bool = False) -> tuple[list[Any] | None, str]:
    """The lines in the engine's matrix types, read as the reader gave them, or None
    with the sentence that says the shapes do not fit (when that is why)."""
    if any(_differential_times_matrix(e) for e in exprs if isinstance(e, sp.Basic)):
        return None, ""
    if any(_capitals_between_matrices(e) for e in exprs if isinstance(e, sp.Basic)):
        return None, ""  # matrix59: see _capital_reading
    out = []
    try:
        conv = _Converter(infer(exprs, _covariance_letters(exprs), jacobian))
        for e in exprs:
            c = _top_number(conv(e))
            out.append(c)
        out = [_reparametrised(c, conv.inverted) for c in out]
    except NotMatrix as e:
        return None, str(e) if str(e).startswith(SHAPES_DO_NOT_FIT) else ""
    except (TypeError, ValueError, AttributeError, sp.ShapeError, RecursionError):
        return None, ""
    # A name read as a number in one place and as a matrix in another (\hat{\Sigma}
    # plain, \Sigma bold): the shapes cannot be trusted.
    matrices = {m.name for c in out if isinstance(c, sp.Basic) for m in c.atoms(sp.MatrixSymbol)}
    for c in out:
        for sym in c.free_symbols if isinstance(c, sp.Basic) else ():
            if (
                isinstance(sym, sp.Symbol)
                and sym.is_commutative
                and _base(sym.name) in {_base(m) for m in matrices}
            ):
                return None, ""
    kinds = {(_is_mat(c) and not _square_one(c)) or _by_matrix(c) for c in out}
    if len(kinds) > 1:
        return None, ""
    return out, ""


def with_differentials(exprs: Any) -> tuple[tuple, str] | None:
    """The lines with ``d`` before a matrix (``d Sigma``) as a matrix of its own,
    ``D_Sigma`` (MATRIX5), and the sentence that says so; None when no line has one.

    The differential ``d Sigma`` of a symmetric ``Sigma`` is symmetric, and read as any
    square matrix a failure is no counterexample (``tr(A dSigma) = tr(A^T dSigma)``
    holds for a symmetric one only): the sentence keeps the row from being refuted.
    A proof for any matrix holds for the symmetric ones.
    """
    if not any(_differential_times_matrix(e) for e in exprs if isinstance(e, sp.Basic)):
        return None
    names: set[str] = set()
    out = tuple(_differentials(e, names) if isinstance(e, sp.Basic) else e for e in exprs)
    if any(_differential_times_matrix(e) for e in out if isinstance(e, sp.Basic)):
        return None  # d before something other than a name: not read
    said = ", ".join(f"d{n}" for n in sorted(names))
    return out, (
        f"{said} (a differential) read as any square matrix, not only a symmetric one: "
        "a numeric failure is no counterexample"
    )


def _differentials(e: sp.Basic, names: set[str]) -> sp.Basic:
    if e.is_Atom or not e.args:
        return e
    if isinstance(e, sp.Mul):
        factors: list[Any] = []
        _flat_factors(e, factors)
        merged: list[Any] = []
        k = 0
        while k < len(factors):
            f = factors[k]
            nxt = factors[k + 1] if k + 1 < len(factors) else None
            if (
                isinstance(f, sp.Symbol)
                and f.name == "d"
                and isinstance(nxt, sp.Symbol)
                and not nxt.is_commutative
                and base_name(nxt.name)[:1].isupper()
            ):
                names.add(nxt.name)
                merged.append(sp.Symbol(f"D_{nxt.name}", commutative=False))
                k += 2
                continue
            merged.append(_differentials(f, names))
            k += 1
        return sp.Mul(*merged, evaluate=False)
    args = [_differentials(a, names) for a in e.args]
    if isinstance(e, (sp.Add, sp.Pow)):
        return e.func(*args, evaluate=False)
    return e.func(*args)


def _flat_factors(e: sp.Mul, out: list[Any]) -> None:
    """The factors of a product written as nested products, in their order."""
    for a in e.args:
        if isinstance(a, sp.Mul):
            _flat_factors(a, out)
        else:
            out.append(a)


def _differential_times_matrix(e: sp.Basic) -> bool:
    """``d`` times a matrix (``tr(Sigma^{-1} d Sigma)``): the differential ``d Sigma``, which
    the reader reads as the number ``d`` times ``Sigma`` (MATRIX5). Unlike ``d Sigma``,
    ``d`` times ``Sigma`` commutes with ``Sigma^{-1}``: a row in the wrong order would
    be proved. Such lines get no matrix reading."""
    for m in e.atoms(sp.Mul):
        args = m.args
        if any(isinstance(a, sp.Symbol) and a.name in ("d", "mathrm_d") for a in args) and any(
            not a.is_commutative and not isinstance(a, sp.Function) for a in args
        ):  # (d log|Sigma|: a number times a number)
            return True
    return False


def _loose_vectors(exprs: Any, extra: frozenset[str] = frozenset()) -> dict[sp.Basic, sp.Basic]:
    """Plain lower-case names written as vectors: ``x_i`` of ``\\beta^\\top x_i``.

    A post that never writes its covariates bold nor transposed still writes the
    linear predictor ``\\beta^\\top x_i``: a transposed vector times ``x_i`` is an inner
    product, so ``x_i`` is a vector. Read as a number, ``\\exp(\\beta^\\top x_i)`` has no
    shapes; this reading is tried only then. Every occurrence of the name becomes a
    vector (the score ``sum_i (y_i - mu_i) x_i`` is a vector too).
    """
    names: set[str] = set(extra)
    for e in exprs:
        if not isinstance(e, sp.Basic):
            continue
        for t in e.atoms(Transposed):
            names |= _plain_names([t.args[0]])
        for m in e.atoms(sp.Mul):
            after = [b for a, b in zip(m.args, m.args[1:], strict=False) if _nc_transpose(a)]
            names |= _plain_names(after)
        names |= _added_to_vectors(e)  # MATRIX5: x_i - m_k
    basics = [e for e in exprs if isinstance(e, sp.Basic)]
    labels = {v.label for e in basics for v in e.atoms(VectorSample)}  # typed already
    out: dict[sp.Basic, sp.Basic] = {}
    for e in basics:
        for a in e.atoms(sp.Symbol, sp.Indexed):
            if isinstance(a, sp.Indexed) and str(a.base.label) in names and a.is_commutative:
                out[a] = sp.IndexedBase(str(a.base.label), commutative=False)[a.indices]
            elif a.name in names and a.is_commutative and a not in labels:
                out[a] = sp.Symbol(a.name, commutative=False)
    return out


def _added_to_vectors(e: sp.Basic) -> set[str]:
    """Plain lower-case names added to a column vector: ``m_k`` of ``x_i - m_k`` (MATRIX5).

    A vector minus a number has no meaning; the name is a vector of the same size
    (``\\mathbf{x}^{(i)} - \\mu_{y^{(i)}}``, ``\\gamma(z_{nk}) (x_n - \\mu_k)``). Only a
    term that is the name alone (times a number) counts, beside a term that is a
    lower-case vector or vector sample alone (times a number).
    """
    out: set[str] = set()
    for add in e.atoms(sp.Add):
        terms = [_lone_factor(t) for t in add.args]
        if not any(_lower_vector(t) for t in terms):
            continue
        out |= _plain_names([t for t in terms if t is not None])
    return out


def _lone_factor(t: Any) -> Any:
    """``t`` without a numeric coefficient (``-m_k`` -> ``m_k``), else ``t`` itself."""
    if isinstance(t, sp.Mul):
        rest = [a for a in t.args if not a.is_Number]
        return rest[0] if len(rest) == 1 else None
    return t


def _lower_vector(t: Any) -> bool:
    """A non-commutative lower-case name or sample (a column vector)."""
    if isinstance(t, sp.Indexed):
        name = str(t.base.label)
    elif isinstance(t, sp.Symbol):
        name = t.name
    else:
        return False
    return not t.is_commutative and base_name(name)[:1].islower()


def _nc_transpose(e: Any) -> bool:
    """``e`` ends with a transposed vector or matrix (``beta^T``, ``2 beta^T``)."""
    while isinstance(e, sp.Mul) and e.args:
        e = e.args[-1]
    return isinstance(e, Transposed) and not e.args[0].is_commutative


def _plain_names(parts: Any) -> set[str]:
    """Names of the plain lower-case letters and samples among ``parts``."""
    out = set()
    for a in parts:
        if isinstance(a, sp.Indexed) and a.is_commutative:
            name = str(a.base.label)
        elif isinstance(a, sp.Symbol) and a.is_commutative:
            name = a.name
        else:
            continue
        if base_name(name)[:1].islower():
            out.add(name)
    return out


def has_engine_matrices(e: Any) -> bool:
    """Is ``e`` already in the engine's matrix types?"""
    return isinstance(e, sp.Basic) and (
        bool(e.atoms(sp.MatrixSymbol)) or bool(e.atoms(VectorSample)) or bool(e.atoms(Scalar))
    )


def as_reader_types(e: Any) -> Any:
    """``e`` with the engine's matrix types put back in the reader's (non-commutative
    symbols, :class:`Transposed`), for the 1x1 reading of a line that mixes them.

    A value the post defines by a number in matrix form (``log lambda_i = beta^T x_i``,
    a :class:`Scalar`) reaches rows that are read only as numbers (a likelihood up to a
    factor); those read vectors and matrices as 1x1 matrices, and must see ``beta``
    as the same name there. ``det`` and ``tr`` of a 1x1 matrix are the matrix itself.
    """
    if not isinstance(e, sp.Basic) or not has_engine_matrices(e):
        return e
    return _reader(e)


def _reader(e: sp.Basic) -> sp.Basic:  # noqa: C901 - one case per node type
    if isinstance(e, sp.MatrixSymbol):
        return sp.Symbol(str(e.name), commutative=False)
    if isinstance(e, VectorSample):
        return sp.IndexedBase(str(e.label), commutative=False)[e.index]
    if isinstance(e, sp.Identity):
        return sp.S.One
    if isinstance(e, sp.ZeroMatrix):
        return sp.S.Zero
    if not e.args or e.is_Atom:
        return e
    args = [_reader(a) for a in e.args]
    if isinstance(e, (Scalar, sp.Determinant, sp.Trace)):
        return args[0]
    if isinstance(e, sp.Transpose):
        return Transposed(args[0], evaluate=False)
    if isinstance(e, sp.Inverse):
        return sp.Pow(args[0], -1, evaluate=False)
    if isinstance(e, sp.MatPow):
        return sp.Pow(*args, evaluate=False)
    if isinstance(e, (sp.MatMul, sp.Mul)):
        return sp.Mul(*args, evaluate=False)
    if isinstance(e, (sp.MatAdd, sp.Add)):
        return sp.Add(*args, evaluate=False)
    if isinstance(e, MatrixSum):
        return sp.Sum(args[0], *e.limits)
    if isinstance(e, Jacobian):
        return sp.Derivative(*args)
    return e.func(*args)


#: Square matrices a Gaussian post means as a covariance or a precision: symmetric
#: positive definite by the density's definition (its natural domain).
_COVARIANCE_NAMES = ("Sigma", "Lambda")


def _covariance_name(name: str) -> str | None:
    """``Sigma``, ``hat_Sigma``, ``Sigma_k`` or ``Sigma^-1`` (the inverse of an SPD matrix
    is SPD): the covariance letter, else None.

    A subscript names one of several covariances (``Sigma_k``, the k-th component of
    a mixture): each is SPD as well, and read as a general matrix a correct gradient
    that needs its symmetry would be refuted.
    """
    base = base_name(name).rstrip("'")  # Sigma': the same kind at a second point
    if base.endswith("^-1"):
        base = base[: -len("^-1")]
    return base if base in _COVARIANCE_NAMES else None


def _subscript(name: str) -> str:
    """``_{k}`` of ``Sigma_k`` (``hat_Sigma_k``, ``Sigma_k^-1``), else ``""``."""
    _, _, sub = _base(name).partition("_")
    sub = sub.removesuffix("'").removesuffix("^-1")
    return f"_{{{sub}}}" if sub else ""


def matrix_assumptions(steps: Any, covariances: Container[str] = ()) -> list[Any]:
    """Assumptions for the vectors, matrices and vector samples of matrix-typed steps.

    A square matrix named ``\\Sigma`` or ``\\Lambda`` (also with an accent) is
    the covariance or precision of the Gaussian the post writes: symmetric
    positive definite, shown in the report as assumed from the density; so is one named
    in ``covariances`` (written as the covariance of a normal law the post declares, or
    as the inverse of one). Other matrices get what the post states of them
    (:func:`._assume.attach`).
    """
    from .._model import Assumption
    from ..assumptions import Domain

    mats: dict[Any, sp.MatrixSymbol] = {}
    labels: dict[str, VectorSample] = {}
    for st in steps:
        e = st.expr
        if not has_engine_matrices(e):
            continue
        for m in e.atoms(sp.MatrixSymbol):
            mats.setdefault((m.name, m.shape), m)
        for v in e.atoms(VectorSample):
            labels.setdefault(v.label.name, v)
    if not mats and not labels:
        return []
    sizes = {DIM} | {
        t
        for x in [*mats.values(), *labels.values()]
        for s in x.shape
        for t in sp.sympify(s).free_symbols
    }
    out = [
        Assumption(
            d, f"{d}, a dimension of the vectors and matrices, is a positive integer", str(d)
        )
        for d in sorted(sizes, key=str)
    ]
    for label in sorted(labels):
        v = labels[label]
        out.append(Assumption(v.label, f"the samples {label}_n are real {v.rows} x 1 vectors"))
    for key in sorted(mats, key=str):
        m, name = mats[key], key[0]
        rows, cols = m.shape
        if rows == cols and rows != 1 and _covariance_name(name):
            words = (
                f"{name}: the covariance (or precision) of a Gaussian, a symmetric positive "
                f"definite {rows} x {rows} matrix (assumed from the density)"
            )
            base = _covariance_name(name)
            inverse = "^{-1}" if "^-1" in name else ""
            inverse += "'" if name.endswith("'") else ""
            spd = Domain(name, matrix="spd", text=rf"\{base}{_subscript(name)}{inverse} \succ 0")
            out.append(Assumption(m, words, domain=spd))
        elif rows == cols and rows != 1 and name.removesuffix("^-1") in covariances:
            words = (
                f"{name}: the covariance (or precision) of the normal law the post declares, "
                f"a symmetric positive definite {rows} x {rows} matrix"
            )
            text = name.replace("^-1", "^{-1}") + r" \succ 0"
            out.append(Assumption(m, words, domain=Domain(name, matrix="spd", text=text)))
        else:
            out.append(Assumption(m, f"{name}: a real {rows} x {cols} matrix"))
    return out


__all__ = [
    "BARS_READ_1X1",
    "DIM",
    "bars_of_a_sum",
    "as_matrix_number",
    "as_matrix_types",
    "as_reader_types",
    "has_engine_matrices",
    "matrix_assumptions",
    "matrix_reading",
    "matrix_reading_in_post",
    "family_value",
    "post_vectors",
    "transposed_gradient",
    "with_family_values",
]
