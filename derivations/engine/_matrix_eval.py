"""Numbers from matrix lines: concrete matrices, and derivatives by a matrix taken numerically.

The numeric check gives every ``MatrixSymbol`` a concrete random matrix at each
point (:mod:`._matrix_sampling`) and evaluates both lines. This module is the
matrix half of the evaluator of :mod:`._evaluate`: it compiles sympy's matrix
nodes (``MatMul``, ``MatAdd``, ``Transpose``, ``Inverse``, ``MatPow``,
``Determinant``, ``Trace``, ``MatrixElement``, identity and zero matrices) and
this package's (:class:`~._matrix_expr.VectorSample`,
:class:`~._matrix_expr.MatrixSum`, :class:`~._matrix_expr.Scalar`) into closures
over :class:`Mat`, a small matrix of mpmath numbers.

A derivative by a matrix, ``Derivative(f, X)``, is **not** taken by sympy
(sympy 1.14 answers ``d log|X| / dX = 0``, see NOTES.md) nor by this package's
own rules (the symbolic check uses those; the numeric check must be
independent of them): its entry ``(i, j)`` is the central difference of ``f``
in the entry ``X[i, j]`` alone, every entry independently (the convention of
the matrix cookbook: ``d log|X| / dX = X^{-T}``), computed at more than twice
the working precision with a step of ``2^-(p + 35)``, so the difference is
exact to the working precision for the smooth functions lines are made of.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixElement, MatrixExpr

from ._matrix_expr import Jacobian, MatrixSum, Scalar, VectorSample, is_matrix_valued


class NotAMatrixValue(ValueError):
    """A matrix operation on values of the wrong shape (a line that is not well typed)."""


class Mat:
    """A ``rows x cols`` matrix of mpmath numbers (a value of the evaluator).

    ``abs(m)`` is the largest absolute entry, so the scalar agreement test
    ``abs(a - b) <= rtol * max(1, abs(a), abs(b))`` compares matrices entrywise.
    A number added to or multiplied with a ``Mat`` scales or shifts it only where
    that has a meaning: ``0 + M`` is ``M``, ``c * M`` scales, and a ``1 x 1`` matrix
    next to a number is that number.
    """

    __slots__ = ("rows", "cols", "data")

    def __init__(self, data: list[list[Any]]) -> None:
        self.data = data
        self.rows = len(data)
        self.cols = len(data[0]) if data else 0

    # -- construction -------------------------------------------------------------------

    @classmethod
    def zeros(cls, rows: int, cols: int) -> Mat:
        z = mpmath.mpf(0)
        return cls([[z] * cols for _ in range(rows)])

    @classmethod
    def identity(cls, n: int) -> Mat:
        return cls([[mpmath.mpf(1 if i == j else 0) for j in range(n)] for i in range(n)])

    @classmethod
    def from_numbers(cls, rows: list[list[Any]]) -> Mat:
        return cls([[mpmath.mpf(v) if isinstance(v, (int, float)) else v for v in r] for r in rows])

    def copy(self) -> Mat:
        return Mat([list(r) for r in self.data])

    # -- reading ------------------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, int]:
        return (self.rows, self.cols)

    def scalar(self) -> Any:
        """The number a ``1 x 1`` matrix holds."""
        if self.rows != 1 or self.cols != 1:
            raise NotAMatrixValue(f"a {self.rows} x {self.cols} matrix is not a number")
        return self.data[0][0]

    def entries(self) -> list[Any]:
        return [v for r in self.data for v in r]

    def isfinite(self) -> bool:
        try:
            return all(mpmath.isfinite(v) for v in self.entries())
        except (TypeError, ValueError):
            return False

    def is_real(self, rtol: float = 1e-12) -> bool:
        return all(abs(mpmath.im(v)) <= rtol * max(1, abs(mpmath.re(v))) for v in self.entries())

    def tolist(self) -> list[Any]:
        """Plain floats (complex values as text), a column vector as a flat list."""

        def plain(v: Any) -> Any:
            c = complex(v)
            return str(c) if abs(c.imag) > 1e-12 * max(1.0, abs(c.real)) else c.real

        if self.cols == 1:
            return [plain(r[0]) for r in self.data]
        return [[plain(v) for v in r] for r in self.data]

    def __abs__(self) -> Any:
        return max((abs(v) for v in self.entries()), default=mpmath.mpf(0))

    def __repr__(self) -> str:
        return f"Mat({self.tolist()})"

    # -- arithmetic ---------------------------------------------------------------------

    def _same_shape(self, other: Mat) -> None:
        if self.shape != other.shape:
            raise NotAMatrixValue(
                f"adding a {self.rows} x {self.cols} and a {other.rows} x {other.cols} matrix"
            )

    def __add__(self, other: Any) -> Any:
        if isinstance(other, Mat):
            self._same_shape(other)
            return Mat(
                [
                    [a + b for a, b in zip(r, s, strict=False)]
                    for r, s in zip(self.data, other.data, strict=False)
                ]
            )
        if other == 0:
            return self
        if self.shape == (1, 1):
            return self.data[0][0] + other
        raise NotAMatrixValue("a number added to a matrix")

    __radd__ = __add__

    def __neg__(self) -> Mat:
        return Mat([[-a for a in r] for r in self.data])

    def __sub__(self, other: Any) -> Any:
        # Entrywise a - b, rounded once (a negation first would round b to the
        # caller's precision, which may be lower than the values').
        if isinstance(other, Mat):
            self._same_shape(other)
            return Mat(
                [
                    [a - b for a, b in zip(r, s, strict=False)]
                    for r, s in zip(self.data, other.data, strict=False)
                ]
            )
        return self + (-other)

    def __rsub__(self, other: Any) -> Any:
        return (-self) + other

    def __mul__(self, other: Any) -> Any:
        if isinstance(other, Mat):
            if other.shape == (1, 1):
                return self.scale(other.data[0][0])
            if self.shape == (1, 1):
                return other.scale(self.data[0][0])
            # A commutative product (sympy's Mul) of two matrices has no meaning.
            raise NotAMatrixValue("two matrices in a product of numbers")
        return self.scale(other)

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Mat:
        if isinstance(other, Mat):
            other = other.scalar()
        return self.scale(1 / other)

    def __pow__(self, k: Any) -> Any:
        if self.shape == (1, 1):
            return mpmath.power(self.data[0][0], k)
        raise NotAMatrixValue("a power of a matrix in a product of numbers")

    def scale(self, c: Any) -> Mat:
        return Mat([[c * a for a in r] for r in self.data])

    def matmul(self, other: Mat) -> Mat:
        if self.cols != other.rows:
            raise NotAMatrixValue(
                f"multiplying a {self.rows} x {self.cols} by a {other.rows} x {other.cols} matrix"
            )
        cols = list(zip(*other.data, strict=False))
        return Mat([[mpmath.fdot(zip(r, c, strict=False)) for c in cols] for r in self.data])

    def transpose(self) -> Mat:
        return Mat([list(c) for c in zip(*self.data, strict=False)])

    def trace(self) -> Any:
        self._square("trace")
        return mpmath.fsum(self.data[i][i] for i in range(self.rows))

    def _square(self, what: str) -> None:
        if self.rows != self.cols:
            raise NotAMatrixValue(f"the {what} of a {self.rows} x {self.cols} matrix")

    def det(self) -> Any:
        """Determinant by elimination with partial pivoting."""
        self._square("determinant")
        a = [list(r) for r in self.data]
        n = self.rows
        tol = singular_tolerance(self)  # a singular matrix: exactly 0 (see inverse)
        out = mpmath.mpf(1)
        for k in range(n):
            p = max(range(k, n), key=lambda i: abs(a[i][k]))
            if abs(a[p][k]) <= tol:
                return mpmath.mpf(0)
            if p != k:
                a[k], a[p] = a[p], a[k]
                out = -out
            out *= a[k][k]
            for i in range(k + 1, n):
                f = a[i][k] / a[k][k]
                if f:
                    a[i] = [x - f * y for x, y in zip(a[i], a[k], strict=False)]
        return out

    def inverse(self) -> Mat:
        """Inverse by Gauss-Jordan elimination; a singular matrix raises ZeroDivisionError.

        A pivot below ``singular_tolerance`` counts as zero: a matrix singular in exact
        arithmetic (``S/N`` with fewer samples than dimensions) comes out of rounding
        with pivots near the working precision, and its "inverse" is noise.
        """
        self._square("inverse")
        n = self.rows
        tol = singular_tolerance(self)
        a = [
            list(r) + [mpmath.mpf(1 if i == j else 0) for j in range(n)]
            for i, r in enumerate(self.data)
        ]
        for k in range(n):
            p = max(range(k, n), key=lambda i: abs(a[i][k]))
            if abs(a[p][k]) <= tol:
                raise ZeroDivisionError("a singular matrix has no inverse")
            a[k], a[p] = a[p], a[k]
            pivot = a[k][k]
            a[k] = [x / pivot for x in a[k]]
            for i in range(n):
                if i != k:
                    f = a[i][k]
                    if f:
                        a[i] = [x - f * y for x, y in zip(a[i], a[k], strict=False)]
        return Mat([r[n:] for r in a])

    def power(self, k: int) -> Mat:
        self._square("power")
        base = self if k >= 0 else self.inverse()
        out = Mat.identity(self.rows)
        for _ in range(abs(k)):
            out = out.matmul(base)
        return out


def singular_tolerance(m: Mat) -> Any:
    """Pivots at or below this count as zero: 10^(-2/3 of the working digits) of the
    largest entry (1e-20 at 30 digits)."""
    return mpmath.mpf(10) ** (-(2 * mpmath.mp.dps) // 3) * max(abs(m), mpmath.mpf(1) / 10**6)


def as_number(v: Any) -> Any:
    """A ``1 x 1`` matrix as its number (a function of a number applied to it)."""
    if isinstance(v, Mat):
        return v.scalar()
    return v


def as_matrix(v: Any) -> Mat:
    """A value as a matrix: a number is a ``1 x 1`` matrix."""
    if isinstance(v, Mat):
        return v
    return Mat([[v]])


# --------------------------------------------------------------------------- compiling

Compiler = Callable[[sp.Basic, frozenset], Callable[[Any], Any]]


def is_matrix_node(e: sp.Basic) -> bool:
    """Does the matrix compiler handle this node (rather than the scalar one)?"""
    if isinstance(e, (MatrixExpr, Scalar, sp.Determinant, sp.Trace, MatrixElement)):
        return True
    return isinstance(e, sp.Derivative) and _matrix_variable(e) is not None


def _matrix_variable(d: sp.Derivative) -> sp.MatrixSymbol | None:
    for v in d.variables:
        if isinstance(v, sp.MatrixSymbol):
            return v
    return None


def _int_of(v: Any, what: Any) -> int:
    """``v`` as an int; ``what`` (text, or the node it belongs to) names it in the error."""
    if mpmath.im(v) != 0 or v != int(v):
        raise NotAMatrixValue(f"{what} is not a whole number")
    return int(v)


def compile_matrix(
    e: sp.Basic,
    bound: frozenset,
    compile_any: Compiler,
    series: Compiler,
    unavailable: type[Exception],
) -> Callable[[Any], Any]:
    """A closure ``frame -> value`` for a matrix node (see :func:`is_matrix_node`).

    ``compile_any`` compiles any sub-expression (numbers through the scalar
    evaluator, matrices back through this function), ``series`` a sum over a
    concrete range; ``unavailable`` is the evaluator's "no numeric value" error.
    (Passed in, so that this module does not import the evaluator back.)
    """
    if isinstance(e, sp.MatrixSymbol):
        return _symbol(e)
    if isinstance(e, VectorSample):
        index = compile_any(e.index, bound)
        rows = compile_any(e.rows, bound)
        label = e.label

        def vector(f: Any) -> Mat:
            i = _int_of(index(f), e)
            return f.vector(label, i, _int_of(rows(f), e))

        return vector
    if isinstance(e, sp.Identity):
        n = compile_any(e.rows, bound)
        return lambda f: Mat.identity(_int_of(n(f), "a size"))
    if isinstance(e, sp.ZeroMatrix):
        r, c = compile_any(e.rows, bound), compile_any(e.cols, bound)
        return lambda f: Mat.zeros(_int_of(r(f), "a size"), _int_of(c(f), "a size"))
    if isinstance(e, sp.MatAdd):
        terms = [compile_any(a, bound) for a in e.args]

        def add(f: Any) -> Any:
            out = terms[0](f)
            for t in terms[1:]:
                out = out + t(f)
            return out

        return add
    if isinstance(e, sp.MatMul):
        parts = [(_is_matrix(a), compile_any(a, bound)) for a in e.args]

        def matmul(f: Any) -> Any:
            coeff: Any = mpmath.mpf(1)
            out: Mat | None = None
            for is_mat, part in parts:
                v = part(f)
                if is_mat:
                    v = as_matrix(v)
                    out = v if out is None else out.matmul(v)
                else:
                    coeff = coeff * as_number(v)
            if out is None:
                return coeff
            return out if coeff == 1 else out.scale(coeff)

        return matmul
    if isinstance(e, sp.Transpose):
        a = compile_any(e.arg, bound)
        return lambda f: as_matrix(a(f)).transpose()
    if isinstance(e, sp.Inverse):
        a = compile_any(e.arg, bound)
        return _hoisted(e, bound, lambda f: as_matrix(a(f)).inverse())
    if isinstance(e, sp.MatPow):
        a = compile_any(e.base, bound)
        k = compile_any(e.exp, bound)
        return _hoisted(e, bound, lambda f: as_matrix(a(f)).power(_int_of(k(f), e)))
    if isinstance(e, sp.Determinant):
        a = compile_any(e.arg, bound)
        return _hoisted(e, bound, lambda f: as_matrix(a(f)).det())
    if isinstance(e, sp.Trace):
        a = compile_any(e.arg, bound)
        return lambda f: as_matrix(a(f)).trace()
    if isinstance(e, Scalar):
        a = compile_any(e.matrix, bound)
        return lambda f: as_matrix(a(f)).scalar()
    if isinstance(e, MatrixElement):
        a = compile_any(e.parent, bound)
        i, j = compile_any(e.i, bound), compile_any(e.j, bound)

        def element(f: Any) -> Any:
            v = as_matrix(a(f))
            r, c = _int_of(i(f), "a row"), _int_of(j(f), "a column")
            if not (0 <= r < v.rows and 0 <= c < v.cols):
                raise NotAMatrixValue(f"entry ({r}, {c}) of a {v.rows} x {v.cols} matrix")
            return v.data[r][c]

        return element
    if isinstance(e, MatrixSum):
        return series(e, bound)
    if isinstance(e, sp.Derivative):
        return hoisted(e, bound, _derivative(e, bound, compile_any, unavailable))
    if isinstance(e, Jacobian):
        return hoisted(e, bound, _jacobian(e, bound, compile_any, unavailable))
    raise unavailable(f"no numeric value for {type(e).__name__}")


def _is_matrix(e: sp.Basic) -> bool:
    return is_matrix_valued(e)


def _symbol(e: sp.MatrixSymbol) -> Callable[[Any], Any]:
    key = ("matrix", str(e.name))

    def symbol(f: Any) -> Mat:
        v = f.local.get(key)
        if v is not None:
            return v
        return _matrix_value(f, e)

    return symbol


def _matrix_value(f: Any, m: sp.MatrixSymbol) -> Mat:
    """The value of ``m`` at the frame's point: the symbol itself first, then by name.

    A post may write one name at two shapes in two rows (``A`` square where it is
    inverted, ``n x p`` where nothing says so); a point of a derivation holds both, so
    the name alone may find the value of the other shape.
    """
    try:
        if m in f.env:
            return f.env[m]
    except (TypeError, KeyError):
        pass
    return f.matrix(str(m.name))


def hoisted(e: sp.Basic, bound: frozenset, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``fn`` computed once per evaluation when no index bound by an enclosing sum occurs
    in ``e``: inside ``sum_n``, ``Sigma^{-1}`` is the same matrix for every ``n``.

    The value is kept in the frame's ``shared`` store - across the evaluations of a
    numerical derivative or a root search - unless ``e`` depends on a matrix that
    those evaluations vary; ``sum_n (x_n - mu)(x_n - mu)^T`` is then computed once
    for all the steps in ``Sigma``.
    """
    if e.free_symbols & set(bound):
        return fn
    key = e  # equal nodes of different lines share a value (see Context.value)
    # The names it depends on: matrices, and scalars (a root search in ``mu`` varies it).
    deps = frozenset(str(m.name) for m in e.atoms(sp.MatrixSymbol)) | frozenset(
        str(s.name) for s in e.free_symbols if isinstance(s, sp.Symbol)
    )

    def cached(f: Any) -> Any:
        store = f.cache if deps & f.varying else f.shared
        v = store.get(key)
        if v is None:
            v = store[key] = fn(f)
        return v

    return cached


_hoisted = hoisted


def _derivative(
    d: sp.Derivative, bound: frozenset, compile_any: Compiler, unavailable: type[Exception]
) -> Callable[[Any], Any]:
    variables = [v for v, k in d.variable_count for _ in range(int(k))]
    if len(variables) != 1 or not isinstance(variables[0], sp.MatrixSymbol):
        raise unavailable(f"no numeric value for the derivative {d}")
    x = variables[0]
    key = ("matrix", str(x.name))
    body = compile_any(d.expr, bound)

    def derivative(f: Any) -> Mat:
        x0 = f.local.get(key)
        if x0 is None:
            x0 = _matrix_value(f, x)
        prec = mpmath.mp.prec
        grad = Mat.zeros(x0.rows, x0.cols)
        with mpmath.workprec(2 * prec + 70):
            h = mpmath.ldexp(1, -(prec + 35))
            for i in range(x0.rows):
                for j in range(x0.cols):
                    values = []
                    for step in (h, -h):
                        moved = x0.copy()
                        moved.data[i][j] = moved.data[i][j] + step
                        v = body(f.child({key: moved}))
                        if isinstance(v, Mat):
                            if v.shape != (1, 1):
                                raise unavailable(
                                    f"the derivative of a matrix by a matrix in {d} has no "
                                    "matrix value"
                                )
                            v = v.scalar()
                        values.append(v)
                    grad.data[i][j] = (values[0] - values[1]) / (2 * h)
        with mpmath.workprec(prec):
            return Mat([[+v for v in r] for r in grad.data])

    return derivative


def _jacobian(
    e: Jacobian, bound: frozenset, compile_any: Compiler, unavailable: type[Exception]
) -> Callable[[Any], Any]:
    """The Jacobian ``dv / dx^T`` of a column ``v`` by a column ``x`` (MATRIX8): column
    ``c`` is the central difference of ``v`` in ``x[c]`` alone, as for a gradient (never
    the engine's own rules, which the symbolic check uses)."""
    v_expr, x = e.args
    key = ("matrix", str(x.name))
    body = compile_any(v_expr, bound)

    def jacobian(f: Any) -> Mat:
        x0 = f.local.get(key)
        if x0 is None:
            x0 = _matrix_value(f, x)
        if x0.cols != 1:
            raise unavailable(f"the Jacobian {e} by no column")
        prec = mpmath.mp.prec
        columns = []
        with mpmath.workprec(2 * prec + 70):
            h = mpmath.ldexp(1, -(prec + 35))
            for c in range(x0.rows):
                values = []
                for step in (h, -h):
                    moved = x0.copy()
                    moved.data[c][0] = moved.data[c][0] + step
                    v = body(f.child({key: moved}))
                    if not isinstance(v, Mat) or v.cols != 1:
                        raise unavailable(f"the Jacobian {e} of no column")
                    values.append(v)
                plus, minus = values[0].data, values[1].data
                columns.append([(a[0] - b[0]) / (2 * h) for a, b in zip(plus, minus, strict=True)])
        rows = len(columns[0]) if columns else 0
        with mpmath.workprec(prec):
            return Mat([[+columns[c][r] for c in range(x0.rows)] for r in range(rows)])

    return jacobian


__all__ = ["Mat", "NotAMatrixValue", "as_matrix", "as_number", "compile_matrix", "is_matrix_node"]
