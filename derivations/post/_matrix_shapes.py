"""The shapes of a row's vectors and matrices, inferred from how the row uses them.

Posts write rectangular designs: ``X`` (n x p), ``y`` (n x 1), ``beta`` (p x 1),
``X^T X + lambda I``, ``(X^T X)^{-1} X^T y``. Reading every capital letter as
one ``d x d`` matrix cannot type those rows, so shapes are *inferred* here by
unification: every vector or matrix name gets a pair of dimension variables
(a lower-case name is a column, ``k x 1``), and the row's operations constrain
them:

- a product ``A B`` makes ``A``'s columns ``B``'s rows; a ``1 x 1`` run of a
  product (``w^T w`` in ``w^T w A``) is a number, not a link of the chain;
- a sum makes its matrix terms one shape; a number added to a matrix makes
  that matrix ``1 x 1`` (a number too);
- a transpose swaps the pair; an inverse, a whole power, ``det``, ``tr`` and
  ``|A|`` make a matrix square; the identity ``I`` is square and, as a factor
  of a product with matrices in it, takes whatever size fits;
- the argument of a function of numbers (``exp``, ``log``), a power with
  another exponent, and a side equated to a number are ``1 x 1``;
- a derivative by a vector is shaped like the vector.

Dimension variables that nothing ties to ``1`` stay free: the check draws
matrices of several sizes for them. A conflict (two different constants in
one class) raises :class:`NotMatrix`, and so does a reading that needs a name
written as a matrix (a capital letter, or transposed in the lines) to be a
``1 x 1`` number: the shapes do not fit, and the row is not a matrix row the
engine can check (never a refutation because of a guessed shape).
A lower-case name never transposed in the lines, tied to ``1 x 1`` and written
inside a function of numbers (``e^{\\eta}`` of an ``\\eta`` the post transposes
in another section) is a number in those lines: that is the only reading under
which the row means anything. Tied to ``1 x 1`` only by a product or a sum
(``x_n x_n + 1`` of a bold ``x``) it is more likely a vector written loosely,
and the row is not read.
"""

from __future__ import annotations

import itertools
from typing import Any

import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixExpr

from ..engine._matrix_expr import Scalar, VectorSample
from ._tosympy import Opaque, Transposed

ONE = sp.S.One


class NotMatrix(ValueError):
    """The line cannot be put in the engine's matrix types."""


#: How a :class:`NotMatrix` that the report shows begins (a number added to a matrix).
SHAPES_DO_NOT_FIT = "the shapes do not fit: "


def base_name(name: str) -> str:
    """The letter of a name without its accent and subscript (``hat_Sigma_1`` -> ``Sigma``)."""
    for accent in ("hat_", "bar_", "tilde_", "check_"):
        if name.startswith(accent):
            name = name[len(accent) :]
    return name.split("_")[0]


def is_identity_name(name: str) -> bool:
    """``I``, ``I_p``, ``I_n``: the identity matrix in a line with matrices."""
    return name == "I" or name.startswith("I_")


def is_capital(name: str) -> bool:
    base = base_name(name)
    return bool(base) and base[0].isupper()


class Shapes:
    """Dimension variables, their classes (union-find) and what each name's shape is."""

    def __init__(self, covariances: frozenset[str] = frozenset(), jacobian: bool = False) -> None:
        self.jacobian = jacobian  # MATRIX8: see _Walk.jacobian
        self.parent: dict[Any, Any] = {}
        self.covariances = covariances
        self.names: dict[str, tuple[Any, Any]] = {}
        self.families: dict[str, Any] = {}
        self.transposed: set[str] = set()
        #: names written inside a function of numbers (see the module's docstring)
        self.in_numbers: set[str] = set()
        #: what each dimension variable is (a name's rows or columns), for naming
        self.labels: dict[Any, tuple[str, int]] = {}
        self._fresh = itertools.count()
        self.dims: dict[Any, Any] = {}

    # -- classes --------------------------------------------------------------------
    def var(self) -> tuple[str, int]:
        v = ("v", next(self._fresh))  # never equal to a constant (1 == Integer(1))
        self.parent[v] = v
        return v

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if isinstance(ra, sp.Basic) and isinstance(rb, sp.Basic):
            raise NotMatrix(f"the shapes do not fit ({ra} and {rb})")
        if isinstance(ra, sp.Basic):
            ra, rb = rb, ra
        self.parent[ra] = rb  # a constant stays the root of its class

    def is_one(self, x: Any) -> bool:
        return self.find(x) == ONE

    def one_by_one(self, s: tuple[Any, Any] | None) -> bool:
        return s is None or (self.is_one(s[0]) and self.is_one(s[1]))

    def make_number(self, s: tuple[Any, Any] | None) -> None:
        if s is not None:
            self.union(s[0], ONE)
            self.union(s[1], ONE)

    def matrix_ones(self) -> set[tuple[str, int]]:
        """(name, 0 for rows or 1 for columns) of the capital letters' dimensions tied to 1,
        and of the lower-case names' rows (a lower-case name here is a column: its single
        column is its shape, its single row would make it a number, ATTACK38)."""
        return {
            (name, k)
            for name, dims in self.names.items()
            if not is_identity_name(name)
            for k, d in enumerate(dims)
            if self.is_one(d) and (k == 0 or is_capital(name))
        }

    def unify(self, s: tuple[Any, Any], t: tuple[Any, Any]) -> None:
        self.union(s[0], t[0])
        self.union(s[1], t[1])

    # -- names ------------------------------------------------------------------------
    def of_name(self, name: str) -> tuple[Any, Any]:
        if name.endswith("^-1"):
            # Sigma^{-1} as a derivative's variable: shaped like Sigma, square.
            s = self.of_name(name[: -len("^-1")])
            self.union(s[0], s[1])
            return s
        s = self.names.get(name)
        if s is None:
            rows = self.var()
            cols = self.var() if is_capital(name) else ONE
            self.labels[rows], self.labels[cols] = (name, 0), (name, 1)
            s = self.names[name] = (rows, cols)
            if is_identity_name(name):
                self.union(rows, cols)
        return s

    def of_family(self, label: str) -> tuple[Any, Any]:
        rows = self.families.get(label)
        if rows is None:
            rows = self.families[label] = self.var()
            self.labels[rows] = (label, 0)
        return rows, ONE

    # -- results ----------------------------------------------------------------------
    def square_loose_matrices(self) -> None:
        """Make square the matrices whose two sizes nothing else in the lines holds.

        ``tr(A C B) = tr(C A B)`` or ``d f / d Sigma`` says nothing of the shapes of
        ``A``, ``B``, ``Sigma``; read square (as the rest of the post will most
        likely use them), one name keeps one shape from row to row. A size shared
        with a vector, the identity or any matrix whose other size is elsewhere
        (``X`` of ``X^T (X beta - y)``) stays free.
        """
        for rows, cols in self.names.values():
            r, c = self.find(rows), self.find(cols)
            if r == c or isinstance(r, sp.Basic) or isinstance(c, sp.Basic):
                continue
            pair = {r, c}
            held = [lab for v, lab in self.labels.items() if self.find(v) in pair]
            if all(
                n in self.names
                and not is_identity_name(n)
                and {self.find(x) for x in self.names[n]} == pair
                for n, _ in held
            ):
                self.union(r, c)

    def one_size_when_square(self) -> None:
        """With no rectangular matrix in the lines, every size is one ``d``.

        Square matrices and columns that the lines never multiply together
        (``d f(hat Sigma) / d Sigma``) could have sizes of their own, but the post
        means one dimension, and its other rows name it alike: the reading every
        row of such a post shares.
        """
        for name, (rows, cols) in self.names.items():
            if is_capital(name) and self.find(rows) != self.find(cols):
                return
        roots = {self.find(v) for v in self.labels}
        roots.discard(ONE)
        constants = [r for r in roots if isinstance(r, sp.Basic)]
        if len(constants) > 1:
            return
        ordered = constants + sorted((r for r in roots if r not in constants), key=str)
        for r in ordered[1:]:
            self.union(ordered[0], r)

    def name_dimensions(self) -> None:
        """A size symbol ``d``, ``d_2``, ... for every free class, in the order of the
        names in them (so two lines with the same names name their sizes alike; a line
        with one size calls it ``d``, as the engine's bundled derivations do)."""
        first: dict[Any, tuple[str, int]] = {}
        for v, label in self.labels.items():
            root = self.find(v)
            if not isinstance(root, sp.Basic):
                first[root] = min(first.get(root, label), label)
        taken = {str(c) for c in self.parent if isinstance(c, sp.Symbol)}
        k = 0
        for root in sorted(first, key=first.__getitem__):
            k += 1
            name = "d" if k == 1 else f"d_{k}"
            while name in taken:
                k += 1
                name = f"d_{k}"
            self.dims[root] = sp.Symbol(name, integer=True, positive=True)

    def dim(self, x: Any) -> Any:
        """The dimension of a class: 1, a constant, or its size symbol."""
        root = self.find(x)
        return root if isinstance(root, sp.Basic) else self.dims[root]

    def shape(self, name: str) -> tuple[Any, Any]:
        rows, cols = self.of_name(name)
        return self.dim(rows), self.dim(cols)

    def family_rows(self, label: str) -> Any:
        return self.dim(self.of_family(label)[0])

    def is_number(self, name: str) -> bool:
        """A name the lines can only mean as a number (see the module's docstring)."""
        return self.one_by_one(self.of_name(name)) and not is_identity_name(name)

    def check(self) -> None:
        """A name written as a matrix must not have been tied to ``1 x 1``."""
        for name in self.names:
            if is_identity_name(name) or not self.is_number(name):
                continue
            if is_capital(name) or name in self.covariances or not self._loose(name):
                raise NotMatrix(f"{name} is written as a matrix but only a number fits")
        for label, rows in self.families.items():
            if self.is_one(rows) and not self._loose(label):
                raise NotMatrix(f"{label}_n is written as a vector but only a number fits")

    def _loose(self, name: str) -> bool:
        return name not in self.transposed and name in self.in_numbers


def _is_matrix_symbol(e: sp.Symbol, shapes: Shapes) -> bool:
    return (not e.is_commutative) or e.name in shapes.covariances or is_identity_name(e.name)


def _misread_matrix(e: Any) -> bool:
    """A number term that holds a capital letter: likely a matrix the reader took for a
    number (``X beta - Y`` with a plain ``Y``); its position in products is lost.

    The bound of a sum (``N`` of ``\\sum_{n=1}^N``) and the label of a table of numbers
    with two indices (``T_{k,i}``, ``z_{nk}``) are numbers, not matrices (MATRIX5)."""
    skip: set[sp.Basic] = set()
    for s in e.atoms(sp.Sum, sp.Product):
        for lim in s.limits:
            for b in lim[1:]:
                skip |= b.free_symbols
    for i in e.atoms(sp.Indexed):
        if len(i.indices) >= 2:
            skip.add(i.base.label)
    return any(
        is_capital(s.name) and not is_identity_name(s.name)
        for s in e.atoms(sp.Symbol)
        if s.is_commutative and s not in skip
    )


def _gram(e: Any) -> str:
    """``X^T X`` (or ``X X^T``) of a capital letter: ``"X^T X"``, else ``""``.

    A capital letter's Gram product is the ``p x p`` matrix of a design; a number
    added to it (``X^T X + lambda`` for ``X^T X + lambda I``) is the classic slip, and
    reading ``X`` as one column to make the sum fit would prove the slip.
    """
    if not isinstance(e, sp.Mul):
        return ""
    factors = [a for a in e.args if not a.is_commutative or isinstance(a, Transposed)]
    if len(factors) != 2:
        return ""
    a, b = factors
    for t, m, text in ((a, b, "{0}^T {0}"), (b, a, "{0} {0}^T")):
        if (
            isinstance(t, Transposed)
            and t.args[0] == m
            and isinstance(m, sp.Symbol)
            and is_capital(m.name)
            and not is_identity_name(m.name)
        ):
            return text.format(m.name)
    return ""


def _show(e: Any) -> str:
    """A read expression as a short text for the report (the number that is added)."""
    text = str(e)
    return text if len(text) <= 60 else text[:57] + "..."


class _Walk:
    """One pass over a line, constraining the shapes (returns each node's shape)."""

    def __init__(self, shapes: Shapes, jacobian: bool = False) -> None:
        self.s = shapes
        self.numbers = 0  # > 0 inside a function of numbers
        #: a derivative of a column by a column is its Jacobian (MATRIX8), not a number's
        self.jacobian = jacobian

    def number(self, e: Any) -> None:
        """``e`` where a number is needed (a function's argument)."""
        self.numbers += 1
        try:
            self.s.make_number(self(e))
        finally:
            self.numbers -= 1

    def __call__(self, e: Any) -> tuple[Any, Any] | None:  # noqa: C901 - one case per type
        s = self.s
        if isinstance(e, MatrixExpr) and not e.args:
            return tuple(e.shape)
        if isinstance(e, sp.MatrixSymbol):
            # converted already (a line above, as the engine holds it): the name's shape
            s.unify(s.of_name(str(e.name)), e.shape)
            return tuple(e.shape)
        if isinstance(e, VectorSample):
            s.union(s.of_family(str(e.label))[0], e.rows)
            return tuple(e.shape)
        if isinstance(e, (MatrixExpr, Scalar, sp.Trace, sp.Determinant)):
            for a in e.args:
                if isinstance(a, sp.Basic) and not isinstance(a, sp.Tuple):
                    self(a)
            return tuple(e.shape) if isinstance(e, MatrixExpr) else None
        if isinstance(e, sp.Symbol):
            if not _is_matrix_symbol(e, s):
                return None
            if self.numbers:
                s.in_numbers.add(e.name)
            return s.of_name(e.name)
        if isinstance(e, sp.Indexed):
            if e.base.is_commutative:
                return None
            if self.numbers:
                s.in_numbers.add(str(e.base.label))
            return s.of_family(str(e.base.label))
        if e.is_Atom or not e.args:
            return None
        if isinstance(e, Transposed):
            self._note_transposed(e.args[0])
            inner = self(e.args[0])
            return None if inner is None else (inner[1], inner[0])
        if isinstance(e, Opaque):
            return self._opaque(e)
        if isinstance(e, sp.Pow):
            return self._pow(e)
        if isinstance(e, sp.Mul):
            return self._mul(e)
        if isinstance(e, sp.Add):
            return self._add(e)
        if isinstance(e, (sp.Sum, sp.Product)):
            body = self(e.function)
            if isinstance(e, sp.Product):
                s.make_number(body)
                return None
            return body
        if isinstance(e, sp.Abs) and len(e.args) == 1:
            inner = self(e.args[0])
            if inner is not None and not s.one_by_one(inner):
                s.union(inner[0], inner[1])  # |Sigma|: a determinant
            return None
        if isinstance(e, sp.Derivative):
            return self._derivative(e)
        if isinstance(e, sp.Equality):
            self._equal(self(e.lhs), self(e.rhs), e.lhs, e.rhs)
            return None
        for a in e.args:  # a function of numbers
            self.number(a)
        return None

    def _note_transposed(self, e: Any) -> None:
        if isinstance(e, sp.Symbol):
            self.s.transposed.add(e.name)
        elif isinstance(e, sp.Indexed):
            self.s.transposed.add(str(e.base.label))

    def _opaque(self, e: Opaque) -> None:
        name = str(e.func)
        for a in e.args:
            inner = self(a)
            if inner is None:
                continue
            if name in ("det", "tr") and len(e.args) == 1:
                self.s.union(inner[0], inner[1])
            elif not self.s.one_by_one(inner):
                raise NotMatrix(f"{name}(...) has no matrix meaning")
        return None

    def _pow(self, e: sp.Pow) -> tuple[Any, Any] | None:
        self.number(e.exp)
        if not (e.exp.is_Integer and e.exp != 0):
            self.number(e.base)  # a root or a symbolic power: of a number
            return None
        base = self(e.base)
        if base is not None:
            self.s.union(base[0], base[1])
        return base

    def _mul(self, e: sp.Mul) -> tuple[Any, Any] | None:
        s = self.s
        chain = None
        identity = None
        for a in e.args:
            if isinstance(a, sp.Symbol) and is_identity_name(a.name):
                identity = s.of_name(a.name)
                continue
            t = self(a)
            if t is None:
                continue
            if chain is None:
                chain = t
            elif s.one_by_one(chain) and not s.is_one(t[0]):
                chain = t  # the run before was a number (w^T w A)
            elif s.one_by_one(t) and not s.is_one(chain[1]):
                continue  # a number inside the chain
            else:
                s.union(chain[1], t[0])
                chain = (chain[0], t[1])
        return identity if chain is None else chain

    def _add(self, e: sp.Add) -> tuple[Any, Any] | None:
        s = self.s
        shapes = [(a, self(a)) for a in e.args]
        mats = [t for _, t in shapes if t is not None]
        if not mats:
            return None
        for t in mats[1:]:
            s.unify(mats[0], t)
        for a, t in shapes:
            if t is None and not s.one_by_one(mats[0]):
                if _misread_matrix(a):
                    raise NotMatrix("a sum of a matrix and a capital letter read as a number")
                gram = next((g for g in map(_gram, e.args) if g), "")
                if gram:
                    raise NotMatrix(
                        f"{SHAPES_DO_NOT_FIT}{_show(a)}, a number, is added to the matrix "
                        f"{gram} (a number there only if {gram[0]} has one column; "
                        f"{_show(a)} times the identity, {_show(a)} I, is a matrix)"
                    )
                s.make_number(mats[0])
        return mats[0]

    def _derivative(self, e: sp.Derivative) -> tuple[Any, Any] | None:
        inner = self(e.expr)
        jacobian = self._jacobian(e, inner)
        if jacobian is not None:
            return jacobian
        self.s.make_number(inner)
        found = None
        for v, k in e.variable_count:
            t = self(v)
            if t is None or self.s.one_by_one(t):
                continue
            if k != 1 or found is not None:
                raise NotMatrix("a higher derivative by a matrix")
            found = t
        return found

    def _jacobian(self, e: sp.Derivative, inner: Any) -> tuple[Any, Any] | None:
        """The shape ``m x d`` of the Jacobian of a column ``m x 1`` by a column ``d x 1``
        (MATRIX8), in a reading that allows one (:func:`infer`'s ``jacobian``): the
        derivative of a vector the lines cannot make a number."""
        if not self.jacobian or inner is None or len(e.variable_count) != 1:
            return None
        v, k = e.variable_count[0]
        t = self(v)
        if k != 1 or t is None or not self.s.is_one(t[1]) or self.s.is_one(t[0]):
            return None
        if not self.s.is_one(inner[1]) or self.s.is_one(inner[0]):
            return None
        self.s.union(inner[1], ONE)
        return inner[0], t[0]

    def _equal(self, left: Any, right: Any, lhs: Any, rhs: Any) -> None:
        if left is not None and right is not None:
            before = self.s.matrix_ones()
            self.s.unify(left, right)
            both = _names_in(lhs) & _names_in(rhs)
            forced = sorted(n for n, _ in self.s.matrix_ones() - before if n in both)
            if forced:
                # X^T y = y^T X: the sides have one shape only if X is a column, and so
                # read the row holds; a capital letter is a matrix, and the post does not
                # say this one has a single column or row (never proved so); x^T y = y x^T
                # only if the column x is a number (ATTACK38)
                raise NotMatrix(
                    f"{SHAPES_DO_NOT_FIT}the two sides have one shape only if {forced[0]} "
                    "has a single column or row, which the post does not say"
                )
            return
        side, other = (left, rhs) if right is None else (right, lhs)
        if side is None or other == 0:
            return
        if _misread_matrix(other) and not self.s.one_by_one(side):
            raise NotMatrix("a matrix equal to a capital letter read as a number")
        self.s.make_number(side)


def _names_in(e: Any) -> set[str]:
    """The names of the letters of ``e`` (matrices and numbers alike)."""
    if not isinstance(e, sp.Basic):
        return set()
    return {str(getattr(a, "name", a)) for a in e.atoms(sp.Symbol, sp.MatrixSymbol)}


def infer(exprs: Any, covariances: frozenset[str] = frozenset(), jacobian: bool = False) -> Shapes:
    """The shapes of every vector and matrix name of ``exprs`` (one naming for all).

    The lines that are not equations are values of one thing (the two sides of a
    rewrite, a name and its value): their shapes are one. Raises
    :class:`NotMatrix` when the shapes do not fit.
    """
    shapes = Shapes(covariances, jacobian)
    walk = _Walk(shapes, jacobian)
    first = None
    for e in exprs:
        if not isinstance(e, sp.Basic):
            continue
        t = walk(e)
        if isinstance(e, sp.Equality):
            continue
        if first is None:
            first = (t, e)
        else:
            walk._equal(first[0], t, first[1], e)
    shapes.check()
    shapes.square_loose_matrices()
    shapes.one_size_when_square()
    shapes.name_dimensions()
    return shapes


__all__ = [
    "SHAPES_DO_NOT_FIT",
    "NotMatrix",
    "Shapes",
    "base_name",
    "infer",
    "is_capital",
    "is_identity_name",
]
