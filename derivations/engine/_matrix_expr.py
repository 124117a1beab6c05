"""Expression types for matrix steps that sympy does not have, and facts about matrix trees.

A matrix derivation is written in sympy's own matrix expressions -
``MatrixSymbol("Sigma", d, d)`` of a symbolic size ``d``, ``MatMul``, ``MatAdd``,
``Transpose``, ``Inverse``, ``Determinant``, ``Trace`` - plus three types of
this module:

- :class:`VectorSample` ``x_n``: the n-th of a family of ``d x 1`` sample
  vectors (``samples = VectorSamples("x", d)``; ``samples[n]``). sympy has no
  indexed family of vectors: ``IndexedBase`` elements are numbers, and a
  column slice ``X[:, n]`` of a data matrix is 0-based and cannot run over
  ``n = 1..N``.
- :class:`MatrixSum` ``sum_n M_n``: a sum whose terms are matrices. sympy's
  ``Sum`` accepts a matrix body but is not a matrix expression, so it cannot
  be a factor of a ``MatMul`` (``Sigma^{-1} sum_n (x_n - mu)``). A ``Sum`` with a
  matrix body (what the scalar rules give when they act inside a sum) means
  the same and may appear where sympy allows it.
- :class:`Scalar` ``s(M)``: a ``1 x 1`` matrix read as a number, the way texts
  write ``(x - mu)^T Sigma^{-1} (x - mu)`` inside a sum of numbers. It prints
  as the matrix product itself.

and :class:`ArgMax`, the argmax of an objective over some variables (the
post's ``argmax log f = argmax f`` row).

Nothing here evaluates: the engine gives these trees their meaning
(:mod:`._matrix_eval` numerically, :mod:`._matrix_normal` symbolically).
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixElement, MatrixExpr


class VectorSample(MatrixExpr):
    """``x_n``: sample ``index`` of the family ``label``, a ``rows x 1`` column vector.

    Parameters
    ----------
    label : Symbol or str
        The family's name; declare it with an ``Assumption`` like any symbol.
    index : sympy expression
        The sample's index (a summation index, or a free index naming one sample).
    rows : sympy expression
        The vectors' dimension (a size symbol such as ``d``).
    """

    is_commutative = False

    def __new__(cls, label: Any, index: Any, rows: Any) -> VectorSample:
        if isinstance(label, str):
            label = sp.Symbol(label)
        return sp.Basic.__new__(cls, label, sp.sympify(index), sp.sympify(rows))

    @property
    def label(self) -> sp.Symbol:
        return self.args[0]

    @property
    def index(self) -> sp.Basic:
        return self.args[1]

    @property
    def rows(self) -> sp.Basic:
        return self.args[2]

    @property
    def shape(self) -> tuple[sp.Basic, sp.Basic]:
        return (self.args[2], sp.S.One)

    def _entry(self, i: Any, j: Any, **kwargs: Any) -> sp.Basic:
        return MatrixElement(self, i, j)

    def _eval_transpose(self) -> None:
        return None  # stays Transpose(x_n)

    def _derivations_latex(self, printer: Any) -> str:
        return rf"\mathbf{{{printer._print(self.label)}}}_{{{printer._print(self.index)}}}"

    _latex = _derivations_latex

    def _sympystr(self, printer: Any) -> str:
        return f"{printer._print(self.label)}[{printer._print(self.index)}]"


class VectorSamples:
    """A family of sample vectors: ``x = VectorSamples("x", d)``; ``x[n]`` is ``x_n``.

    ``x.label`` is the symbol to declare (``Assumption(x.label, "the samples")``).
    """

    def __init__(self, name: str, rows: Any) -> None:
        self.label = sp.Symbol(name)
        self.rows = sp.sympify(rows)

    def __getitem__(self, index: Any) -> VectorSample:
        return VectorSample(self.label, index, self.rows)

    def __repr__(self) -> str:
        return f"VectorSamples({str(self.label)!r}, {self.rows})"


class MatrixSum(MatrixExpr):
    """``sum_{n=lo}^{hi} M_n``, a matrix; an empty range is the zero matrix.

    Mirrors ``Sum``'s ``function`` and ``limits`` (one index).
    """

    is_commutative = False

    def __new__(cls, function: Any, limit: Any) -> MatrixSum:
        function = sp.sympify(function)
        if not getattr(function, "is_Matrix", False):
            raise TypeError(f"MatrixSum needs a matrix expression, got {function}.")
        idx, lo, hi = limit
        return sp.Basic.__new__(cls, function, sp.Tuple(idx, lo, hi))

    @property
    def function(self) -> sp.Basic:
        return self.args[0]

    @property
    def limits(self) -> tuple[tuple[sp.Basic, sp.Basic, sp.Basic]]:
        return (tuple(self.args[1]),)

    @property
    def variables(self) -> list[sp.Basic]:
        return [self.args[1][0]]

    @property
    def shape(self) -> tuple[sp.Basic, sp.Basic]:
        return self.args[0].shape

    @property
    def free_symbols(self) -> set[sp.Basic]:
        idx, lo, hi = self.args[1]
        return (self.function.free_symbols - {idx}) | lo.free_symbols | hi.free_symbols

    def _entry(self, i: Any, j: Any, **kwargs: Any) -> sp.Basic:
        return MatrixElement(self, i, j)

    def _eval_transpose(self) -> None:
        return None

    def doit(self, **hints: Any) -> MatrixSum:
        # A written sum stays as written when sympy tidies the product around it
        # (its MatMul postprocessing calls doit); the engine gives it its meaning.
        return self

    def _derivations_latex(self, printer: Any) -> str:
        idx, lo, hi = self.args[1]
        body = printer._print(self.function)
        if isinstance(self.function, (sp.MatAdd, sp.Add)):
            body = rf"\left({body}\right)"
        head = (
            rf"\sum\limits_{{{printer._print(idx)}={printer._print(lo)}}}^{{{printer._print(hi)}}}"
        )
        return f"{head} {body}"

    _latex = _derivations_latex

    def _sympystr(self, printer: Any) -> str:
        idx, lo, hi = self.args[1]
        return f"MatrixSum({printer._print(self.function)}, ({idx}, {lo}, {hi}))"


class Jacobian(MatrixExpr):
    """``dv / dx^T`` of a column ``v`` (m x 1) by a column ``x`` (d x 1): the m x d matrix
    ``J`` with ``dv = J dx`` (MATRIX8; the Hessian of a number is the Jacobian of its
    gradient). Not a ``Derivative``: a derivative of a matrix is no number sympy's
    rules may move factors around (sympy's ``Mul`` refuses it)."""

    is_commutative = False

    def __new__(cls, v: Any, x: Any) -> Jacobian:
        if not (getattr(v, "is_Matrix", False) and isinstance(x, sp.MatrixSymbol)):
            raise TypeError(f"Jacobian needs a matrix and a matrix symbol, got {v}, {x}.")
        if v.shape[1] != 1 or x.shape[1] != 1:
            raise TypeError("Jacobian needs two columns.")
        return sp.Basic.__new__(cls, v, x)

    @property
    def shape(self) -> tuple[sp.Basic, sp.Basic]:
        return (self.args[0].shape[0], self.args[1].shape[0])

    def _entry(self, i: Any, j: Any, **kwargs: Any) -> sp.Basic:
        return MatrixElement(self, i, j)

    def _eval_transpose(self) -> None:
        return None

    def doit(self, **hints: Any) -> Jacobian:
        return self

    def _latex(self, printer: Any) -> str:
        v, x = (printer._print(a) for a in self.args)
        return rf"\frac{{\partial \left({v}\right)}}{{\partial {x}^{{T}}}}"

    def _sympystr(self, printer: Any) -> str:
        return f"Jacobian({printer._print(self.args[0])}, {printer._print(self.args[1])})"


class Scalar(sp.Expr):
    """A ``1 x 1`` matrix expression read as a number (``(x - mu)^T A (x - mu)``)."""

    is_commutative = True

    def __new__(cls, matrix: Any) -> Scalar:
        matrix = sp.sympify(matrix)
        if not getattr(matrix, "is_Matrix", False):
            raise TypeError(f"Scalar needs a 1 x 1 matrix expression, got {matrix}.")
        rows, cols = matrix.shape
        if rows != 1 or cols != 1:
            raise TypeError(f"Scalar needs a 1 x 1 matrix expression; {matrix} is {rows} x {cols}.")
        return sp.Expr.__new__(cls, matrix)

    @property
    def matrix(self) -> sp.Basic:
        return self.args[0]

    def _eval_is_extended_real(self) -> bool:
        return True  # the matrices of a derivation are real

    _eval_is_real = _eval_is_extended_real

    def _eval_is_finite(self) -> bool:
        return True

    def doit(self, **hints: Any) -> Scalar:
        return self  # as written (see MatrixSum.doit)

    def _derivations_latex(self, printer: Any) -> str:
        tex = printer._print(self.matrix)
        if isinstance(self.matrix, sp.MatAdd):
            tex = rf"\left({tex}\right)"
        return tex

    _latex = _derivations_latex

    def _sympystr(self, printer: Any) -> str:
        return f"Scalar({printer._print(self.matrix)})"


class IdentityMatrix(sp.Identity):
    """The ``k x k`` identity, printed ``I_{k}`` (sympy's ``\\mathbb{I}`` needs amssymb)."""

    def _derivations_latex(self, printer: Any) -> str:
        return rf"I_{{{printer._print(self.rows)}}}"

    _latex = _derivations_latex


class ArgMax(sp.Expr):
    """``argmax_{variables} objective``: where the objective is largest over the variables.

    The variables are bound (not free symbols of the expression).
    """

    is_commutative = True

    def __new__(cls, objective: Any, *variables: Any) -> ArgMax:
        if len(variables) == 1 and isinstance(variables[0], (sp.Tuple, tuple, list)):
            variables = tuple(variables[0])  # rebuilt from its own args
        if not variables:
            raise TypeError("ArgMax needs at least one variable.")
        return sp.Expr.__new__(cls, sp.sympify(objective), sp.Tuple(*variables))

    @property
    def objective(self) -> sp.Basic:
        return self.args[0]

    @property
    def variables(self) -> tuple[sp.Basic, ...]:
        return tuple(self.args[1])

    @property
    def free_symbols(self) -> set[sp.Basic]:
        return self.objective.free_symbols - set(self.variables)

    def _derivations_latex(self, printer: Any) -> str:
        below = ", ".join(printer._print(v) for v in self.variables)
        body = printer._print(self.objective)
        if isinstance(self.objective, (sp.Add, sp.MatAdd)):
            body = rf"\left({body}\right)"
        return rf"\underset{{{below}}}{{\operatorname{{argmax}}}}\, {body}"

    _latex = _derivations_latex


# --------------------------------------------------------------------------- facts about trees

#: Node types whose presence makes a line a matrix line (an argmax goes the same way:
#: its normal form and numeric check live with the matrix machinery).
MATRIX_TYPES = (MatrixExpr, Scalar, sp.Determinant, sp.Trace, MatrixElement, ArgMax)


def has_matrices(e: sp.Basic) -> bool:
    """Does ``e`` contain a matrix expression (or an argmax) anywhere?

    Iterative: a line is measured against the depth limit only later.
    """
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, MATRIX_TYPES):
            return True
        if isinstance(node, sp.Basic) and node.args:
            stack.extend(node.args)
    return False


def is_matrix_valued(e: sp.Basic) -> bool:
    """Is the value of ``e`` a matrix (of any shape), by sympy's types and this module's?

    ``Derivative(f, X)`` of a number ``f`` by a matrix ``X`` is a matrix shaped like
    ``X``; a ``Sum``, ``Add`` or ``Mul`` is a matrix when a term or factor is.
    """
    if isinstance(e, MatrixExpr):
        return True
    if isinstance(e, (Scalar, sp.Determinant, sp.Trace, MatrixElement, ArgMax)):
        return False
    if isinstance(e, sp.Derivative):
        return any(isinstance(v, MatrixExpr) for v in e.variables) or is_matrix_valued(e.expr)
    if isinstance(e, sp.Sum):
        return is_matrix_valued(e.function)
    if isinstance(e, (sp.Add, sp.Mul)):
        return any(is_matrix_valued(a) for a in e.args)
    return False


def shape_of(e: sp.Basic) -> tuple[sp.Basic, sp.Basic] | None:
    """The shape of a matrix-valued expression (None for a number)."""
    if isinstance(e, MatrixExpr):
        return e.shape
    if isinstance(e, sp.Derivative):
        for v in e.variables:
            if isinstance(v, MatrixExpr):
                return v.shape
        return shape_of(e.expr)
    if isinstance(e, sp.Sum):
        return shape_of(e.function)
    if isinstance(e, (sp.Add, sp.Mul)):
        for a in e.args:
            s = shape_of(a)
            if s is not None:
                return s
    return None


def matrix_symbols(exprs: Any) -> list[sp.MatrixSymbol]:
    """Every ``MatrixSymbol`` of ``exprs`` (inside derivative variables too), by name
    (one name at two shapes, written so in two rows of a post, is two symbols)."""
    found: dict[tuple[str, str], sp.MatrixSymbol] = {}
    for e in exprs:
        for m in _atoms(e, sp.MatrixSymbol):
            found.setdefault((str(m.name), str(m.shape)), m)
    return [found[k] for k in sorted(found)]


def vector_families(exprs: Any) -> list[tuple[sp.Symbol, sp.Basic]]:
    """``(label, rows)`` of every family of vector samples in ``exprs``."""
    found: dict[str, tuple[sp.Symbol, sp.Basic]] = {}
    for e in exprs:
        for v in _atoms(e, VectorSample):
            found.setdefault(str(v.label), (v.label, v.rows))
    return [found[k] for k in sorted(found)]


def dimensions(exprs: Any) -> list[sp.Symbol]:
    """The symbols that are matrix sizes (``d`` of ``MatrixSymbol("Sigma", d, d)``)."""
    dims: set[sp.Symbol] = set()
    for m in matrix_symbols(exprs):
        for s in m.shape:
            dims |= {t for t in sp.sympify(s).free_symbols if isinstance(t, sp.Symbol)}
    for _, rows in vector_families(exprs):
        dims |= {t for t in rows.free_symbols if isinstance(t, sp.Symbol)}
    return sorted(dims, key=str)


def _atoms(e: sp.Basic, kind: type) -> set[sp.Basic]:
    out: set[sp.Basic] = set()
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, kind):
            out.add(node)
        if isinstance(node, sp.Basic) and node.args:
            stack.extend(node.args)
    return out


__all__ = [
    "ArgMax",
    "IdentityMatrix",
    "MATRIX_TYPES",
    "MatrixSum",
    "Scalar",
    "VectorSample",
    "VectorSamples",
    "dimensions",
    "has_matrices",
    "is_matrix_valued",
    "matrix_symbols",
    "shape_of",
    "vector_families",
]
