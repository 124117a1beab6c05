"""Rows whose only vectors are inner products ``w^T x_i`` used as numbers (MATRIX8).

A logistic or Poisson regression post writes its linear predictor ``w^T x_i``
inside functions of numbers (``e^{-w^T x_i}``, ``log(1 + e^{w^T x_i})``) and
differentiates by one entry ``w_j`` of the weights, whose derivative brings
down the entry ``x_{ij}``::

    d/dw_j log(1 + e^{-w^T x_i}) = -x_{ij} e^{-w^T x_i} / (1 + e^{-w^T x_i})

The matrix path cannot type such lines (``x_{ij}`` makes ``x`` a table of
numbers, so ``w^T x_i`` has no shapes), and the 1x1 reading proves nothing.
Here every inner product ``a^T b_i`` of a vector name and a vector sample
(or of two vector names) becomes a number of its own, ``u_i``: a row that
holds for every value of the ``u_i`` holds for the inner products. A derivative
by ``a_j`` (the j-th entry of ``a``) is the derivative along ``u_i + t b_{ij}``
at ``t = 0`` (``d (a^T b_i) / d a_j = b_{ij}``), computed here by sympy's
``diff`` of a function of one number; a derivative by anything else a line's
inner products depend on (the whole vector ``a``, an entry of ``b``) leaves
the lines unread (None).

Soundness: the reading is an exact rewrite of each line, so a proof is a proof.
A failure at values of the ``u_i`` and the entries ``b_{ij}`` taken independent
is met by real vectors of any dimension past the entries the lines name
(``a = e_m`` and ``b_{im} = u_i`` for an ``m`` other than ``j``), as the 1x1
reading's counterexamples are by ``1 x 1`` ones: a row without derivatives may
be refuted. With a derivative by entries (``w_j``, ``w_k``) the dimension must
exceed the entries named, which a post may fix (``x in R^2``): a numeric
failure there is no counterexample (the caller keeps the row from being refuted).
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.core.parameters import evaluate

from ._arith import node_count
from ._matrices import _flat_factors
from ._tosympy import Transposed

#: Why a failure of this reading refutes nothing.
DISPUTED = (
    "inner products {names} read as numbers of their own beside the entries they are "
    "differentiated by: independent only in a dimension past the entries named, so a "
    "numeric failure is no counterexample"
)

#: A derivative by an entry ``w_j`` the inner products do not explain.
ENTRY_UNREAD = (
    "a derivative by one entry of a vector, read only where the vector appears in inner "
    "products w^T x_i and nowhere else: not checked"
)

_MAX_NODES = 4000
#: The highest order of a derivative taken here (a Hessian is 2).
_MAX_ORDER = 4


def _vector_name(e: Any) -> str | None:
    """A vector written as a lower-case name (``w``, ``beta``): its name."""
    if isinstance(e, sp.Symbol) and e.name[:1].islower():
        return e.name
    return None


def _sample(e: Any) -> tuple[str, Any] | None:
    """A vector sample ``x_i`` (one index): its label and index."""
    if isinstance(e, sp.Indexed) and len(e.indices) == 1 and str(e.base.label)[:1].islower():
        return str(e.base.label), e.indices[0]
    return None


def _evaluated(e: Any) -> Any:
    """``e`` rebuilt with sympy's evaluation (the reader builds its lines unevaluated, and
    ``diff`` of an unevaluated tree keeps ``0 * u`` and ``log(E)`` as written)."""
    if not isinstance(e, sp.Basic) or e.is_Atom or not e.args:
        return e
    if isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    return e.func(*[_evaluated(a) for a in e.args])


class _Atoms:
    def index(self, j: Any) -> Any:
        """The post's own symbol for the index ``j`` of an entry (``x_{ij}``)."""
        if isinstance(j, sp.Symbol):
            return self.indices.get(j.name, j)
        return j

    def __init__(self) -> None:
        #: the post's tables of entries (``x`` of ``x_{ij}``) and their index letters
        self.entries: dict[str, sp.IndexedBase] = {}
        self.indices: dict[str, sp.Symbol] = {}
        #: (vector name, sample label) -> the IndexedBase of the inner products
        self.families: dict[tuple[str, str], sp.IndexedBase] = {}
        #: (vector name, other vector name) -> the Symbol of the inner product
        self.plain: dict[tuple[str, str], sp.Symbol] = {}

    def atom(self, left: Any, right: Any) -> Any:
        a = _vector_name(left.args[0]) if isinstance(left, Transposed) else None
        if a is None:
            return None
        s = _sample(right)
        if s is not None:
            base = self.families.get((a, s[0]))
            if base is None:
                base = self.families[(a, s[0])] = sp.IndexedBase(f"{a}^T{s[0]}", real=True)
            return base[s[1]]
        b = _vector_name(right)
        if b is not None and b != a:
            key = (a, b) if a < b else (b, a)  # a^T b = b^T a for real vectors
            sym = self.plain.get(key)
            if sym is None:
                sym = self.plain[key] = sp.Symbol(f"{key[0]}^T{key[1]}", real=True)
            return sym
        return None

    def __call__(self, e: Any) -> Any:
        if not isinstance(e, sp.Basic) or e.is_Atom or not e.args:
            return e
        if isinstance(e, sp.Mul):
            factors: list[Any] = []
            _flat_factors(e, factors)
            out: list[Any] = []
            k = 0
            while k < len(factors):
                if k + 1 < len(factors):
                    at = self.atom(factors[k], factors[k + 1])
                    if at is not None:
                        out.append(at)
                        k += 2
                        continue
                out.append(self(factors[k]))
                k += 1
            return sp.Mul(*out, evaluate=False)
        if isinstance(e, Transposed):
            return e  # left as it is: the line is not read (a transpose remains)
        args = [self(a) for a in e.args]
        if isinstance(e, (sp.Add, sp.Pow)):
            return e.func(*args, evaluate=False)
        if isinstance(e, sp.Derivative):
            return sp.Derivative(args[0], *e.variable_count, evaluate=False)
        return e.func(*args)


def _entry_of(v: Any, names: set[str]) -> tuple[str, Any] | None:
    """``w_j`` (or ``w[j]``) of a vector ``w`` among ``names``: ``(w, j)``."""
    if isinstance(v, sp.Indexed) and len(v.indices) == 1 and str(v.base.label) in names:
        return str(v.base.label), v.indices[0]
    if isinstance(v, sp.Symbol) and v.is_commutative and "_" in v.name:
        head, _, sub = v.name.partition("_")
        if head in names and sub and sub.isalnum():
            index = int(sub) if sub.isdigit() else sp.Symbol(sub)
            return head, index
    return None


def _directional(e: sp.Basic, atoms: _Atoms, name: str, j: Any) -> sp.Basic | None:
    """``d e / d name_j``: along ``u_i + t b_{ij}`` of every inner product of ``name``."""
    t = sp.Dummy("t", real=True)
    moved: dict[Any, Any] = {}
    for (a, label), base in atoms.families.items():
        if a != name:
            continue
        entries = atoms.entries.get(label) or sp.IndexedBase(label)
        for i in e.atoms(sp.Indexed):
            if i.base == base:
                moved[i] = i + t * entries[i.indices[0], atoms.index(j)]
    if any(a == name or b == name for a, b in atoms.plain):
        return None  # w^T v with a plain v: its entries have no name in the lines
    if not moved:
        return None  # nothing of the line is known to depend on name_j
    for s in e.free_symbols:  # w or w_k as a number beside w^T x_i: its link is lost
        if isinstance(s, sp.Symbol) and s.name.partition("_")[0] == name:
            return None
    if any(str(i.base.label) == name for i in e.atoms(sp.Indexed)):
        return None
    try:
        d = sp.diff(_evaluated(e.xreplace(moved)), t)
        return _evaluated(d.xreplace({t: 0}))
    except (TypeError, ValueError, NotImplementedError, RecursionError):
        return None


def _derivatives(e: sp.Basic, atoms: _Atoms, names: set[str]) -> sp.Basic | None:
    """``e`` with every derivative by an entry of a vector computed; None when some
    derivative is by something the inner products depend on otherwise."""
    found = list(e.atoms(sp.Derivative))
    if not found:
        return e
    sub: dict[Any, Any] = {}
    for d in sorted(found, key=lambda d: node_count(d, _MAX_NODES + 1)):
        if d.expr.has(sp.Derivative):
            return None  # a derivative of a derivative, written nested: not read
        value = d.expr
        if sum(int(k) for _, k in d.variable_count) > _MAX_ORDER:
            return None  # a hostile order (d^1000 / dw_j^1000): not taken
        for v, k in d.variable_count:
            entry = _entry_of(v, names)
            if entry is None:
                if v.is_commutative and not _touches(v, atoms, names):
                    value = sp.diff(value, v, k)
                    continue
                return None
            for _ in range(int(k)):
                value = _directional(value, atoms, *entry)
                if value is None:
                    return None
        sub[d] = value
    return e.xreplace(sub)


def _touches(v: Any, atoms: _Atoms, names: set[str]) -> bool:
    """Does the variable name part of an inner product (an entry of a sample, a vector)?"""
    labels = {label for _, label in atoms.families} | names
    if isinstance(v, sp.Indexed):
        return str(v.base.label) in labels
    if isinstance(v, sp.Symbol):
        return v.name.partition("_")[0] in labels
    return True


def inner_product_reading(*lines: Any) -> tuple[list[Any], str] | None:
    with evaluate(True):  # the reader builds its lines with evaluation off
        return _reading(lines)


def _reading(lines: tuple[Any, ...]) -> tuple[list[Any], str] | None:
    """The lines with their inner products ``a^T b_i`` as numbers and the derivatives by
    entries ``a_j`` computed, and the sentence that keeps a failure from refuting; None
    when the lines have vectors or matrices elsewhere, or no inner product at all."""
    if not all(isinstance(e, sp.Basic) for e in lines):
        return None
    if any(node_count(e, _MAX_NODES + 1) > _MAX_NODES for e in lines):
        return None
    atoms = _Atoms()
    for e in lines:
        for i in e.atoms(sp.Indexed):
            if len(i.indices) == 2 and i.base.is_commutative:
                atoms.entries.setdefault(str(i.base.label), i.base)
                for k in i.indices:
                    if isinstance(k, sp.Symbol):
                        atoms.indices.setdefault(k.name, k)
    out = [atoms(e) for e in lines]
    if not atoms.families and not atoms.plain:
        return None
    for e in out:
        if e.atoms(Transposed) or any(not s.is_commutative for s in e.atoms(sp.Symbol)):
            return None
        if any(not i.base.is_commutative for i in e.atoms(sp.Indexed)):
            return None
    names = {a for a, _ in atoms.families} | {n for key in atoms.plain for n in key}
    derived = any(e.atoms(sp.Derivative) for e in out)
    done = []
    for e in out:
        d = _derivatives(e, atoms, names)
        if d is None:
            return None
        done.append(d)
    # The vector or an entry of it left outside the inner products (w_j beside w^T x_i,
    # sum_j w_j x_ij = w^T x_i, bound or free): its link to them is lost; not read.
    for e in done:
        if any(s.name.partition("_")[0] in names for s in e.atoms(sp.Symbol)):
            return None
        if any(str(i.base.label) in names for i in e.atoms(sp.Indexed)):
            return None
    shown = sorted(
        [f"{a}^T {label}_i" for a, label in atoms.families] + [f"{a}^T {b}" for a, b in atoms.plain]
    )
    return done, DISPUTED.format(names=", ".join(shown)) if derived else ""


def _transposed_names(lines: Any) -> set[str]:
    return {
        t.args[0].name
        for e in lines
        if isinstance(e, sp.Basic)
        for t in e.atoms(Transposed)
        if isinstance(t.args[0], sp.Symbol)
    }


def entry_derivatives(*lines: Any) -> set[str]:
    """The index letters ``j`` of derivatives by an entry ``w_j`` of a vector ``w`` the
    lines transpose (``w^T x_i``): ``{"j"}`` for ``d/dw_j log(1 + e^{-w^T x_i})``.

    Such a row brings down ``x_{ij}``, whose ``j`` the line above names only inside
    ``w_j``: the letter is not new there. A row with such a derivative is read only by
    :func:`inner_product_reading` (the matrix path would take ``w_j`` for a number
    that nothing depends on)."""
    names = _transposed_names(lines)
    if not names:
        return set()
    out: set[str] = set()
    for e in lines:
        if not isinstance(e, sp.Basic):
            continue
        for d in e.atoms(sp.Derivative):
            for v in d.variables:
                entry = _entry_of(v, names)
                if entry is not None and isinstance(entry[1], sp.Symbol):
                    out.add(entry[1].name)
                elif entry is not None:
                    out.add(str(entry[1]))
    return out


__all__ = ["entry_derivatives", "inner_product_reading"]
