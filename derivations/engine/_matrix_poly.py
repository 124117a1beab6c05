"""Words and matrix polynomials: the data the matrix normal form is made of.

A *word* is a product of atoms - a matrix symbol ``A``, ``A^T``, ``A^{-1}``,
``A^{-T}``, a sample vector ``x_n`` or ``x_n^T``, a *sum atom* ``sum_s B_s`` - and
a *term* is a number times a word, under sums over sample indices; a
:class:`Poly` is a matrix as a list of terms. Products distribute
(:func:`mul`), ``A A^{-1}`` cancels (:func:`cancel_word`), transposes reverse
words (:func:`t_word`).

The inverse of a product with a factor that is not square (``(X^T X)^{-1}`` of
an ``n x p`` design ``X``) or of a sum (``(X^T X + lambda I)^{-1}``) is an
*inverse atom* of its own: :func:`inverse_atom` writes it canonically, and a
product atom cancels next to its word (``X^T X (X^T X)^{-1} = I``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sympy as sp

from ._matrix_expr import MatrixSum, VectorSample


class Unsupported(ValueError):
    """A matrix construction the normal form does not know."""


# --------------------------------------------------------------------------- atoms and words

Word = tuple  # of atoms
Limits = tuple  # of (index, lo, hi)


class MTrace(sp.Expr):
    """The canonical scalar atom: the trace of a word (printed ``tr(...)``)."""

    is_commutative = True

    def __new__(cls, *atoms: sp.Basic) -> MTrace:
        return sp.Expr.__new__(cls, *atoms)

    def _sympystr(self, printer: Any) -> str:
        return "tr(" + "*".join(printer._print(a) for a in self.args) + ")"

    def _eval_is_extended_real(self) -> bool:
        return True  # the matrices of a derivation are real

    _eval_is_real = _eval_is_extended_real


def _base(a: sp.Basic) -> sp.Basic:
    """The matrix symbol (or vector) under transposes and inverses."""
    while isinstance(a, (sp.Transpose, sp.Inverse)):
        a = a.arg
    return a


def atom_shape(a: sp.Basic) -> tuple[sp.Basic, sp.Basic]:
    return a.shape


def t_atom(a: sp.Basic) -> sp.Basic:
    """The transpose of an atom, kept in the forms ``A``, ``A^T``, ``A^{-1}``, ``A^{-T}``."""
    if isinstance(a, sp.Transpose):
        return a.arg
    if isinstance(a, sp.Inverse) and isinstance(a.arg, (sp.MatMul, sp.MatAdd)):
        return sp.Inverse(_transposed(a.arg))
    if isinstance(a, sp.Inverse):
        inner = a.arg
        if isinstance(inner, sp.Transpose):
            return sp.Inverse(inner.arg)
        return sp.Inverse(sp.Transpose(inner))
    return sp.Transpose(a)


def inv_atom(a: sp.Basic) -> sp.Basic | None:
    """The inverse of a square atom, None when it has none to speak of."""
    rows, cols = a.shape
    if rows != cols or isinstance(_base(a), VectorSample):
        return None
    if isinstance(a, sp.Inverse) and isinstance(a.arg, (sp.MatMul, sp.MatAdd)):
        return None  # the product or sum itself is no atom (see _cancel_block)
    if isinstance(a, sp.Inverse):
        return a.arg
    return sp.Inverse(a)


def _transposed(m: sp.Basic) -> sp.Basic:
    """The transpose of the inside of an inverse atom, in the same canonical writing."""
    if isinstance(m, sp.MatMul):
        return _product_of(t_word(_factors_of(m)))
    terms = []
    for t in m.args:
        coeff, factors = (t.args[0], t.args[1:]) if _has_coeff(t) else (sp.S.One, _factors_of(t))
        terms.append((coeff, t_word(tuple(factors))))
    return _sum_of(terms)


def _has_coeff(t: sp.Basic) -> bool:
    return isinstance(t, sp.MatMul) and not getattr(t.args[0], "is_Matrix", False)


def _sum_of(terms: Iterable[tuple[sp.Basic, Word]]) -> sp.Basic:
    """``sum coeff * word`` as a matrix expression: like words collected, in one order."""
    collected: dict[Word, sp.Basic] = {}
    for coeff, word in terms:
        collected[word] = collected.get(word, sp.S.Zero) + coeff
    parts = []
    for word in sorted(collected, key=_word_key):
        coeff = sp.expand(collected[word])
        if coeff == 0:
            continue
        body = _product_of(word)
        parts.append(body if coeff == 1 else sp.MatMul(coeff, *_factors_of(body)))
    if not parts:
        raise Unsupported("the inverse of the zero matrix")
    return parts[0] if len(parts) == 1 else sp.MatAdd(*parts)


def inverse_atom(terms: Sequence[tuple[sp.Basic, Word]]) -> tuple[sp.Basic, sp.Basic | None]:
    """``(c, atom)`` with ``c * atom`` the inverse of the square ``sum coeff * word``.

    One term: ``(1/coeff, Inverse(word))``. Several: the inverse of their sum (like
    words collected); a sum equal to the identity times a number is that number's
    inverse times the identity.
    """
    if len(terms) == 1:
        coeff, word = terms[0]
        if not word:
            return 1 / coeff, None
        return 1 / coeff, sp.Inverse(_product_of(word))
    inside = _sum_of(terms)
    if not isinstance(inside, sp.MatAdd):
        return inverse_atom([_as_term(inside)])
    return sp.S.One, sp.Inverse(inside)


def _as_term(e: sp.Basic) -> tuple[sp.Basic, Word]:
    if _has_coeff(e):
        return e.args[0], tuple(e.args[1:])
    return sp.S.One, _factors_of(e)


def _sym_atom(a: sp.Basic, symmetric: frozenset) -> sp.Basic:
    """``A^T -> A`` and ``A^{-T} -> A^{-1}`` for a symmetric ``A``; a sum atom canonical."""
    if isinstance(a, MatrixSum):
        return _resum(a, False, symmetric)
    if isinstance(a, sp.Transpose) and isinstance(a.arg, MatrixSum):
        return _resum(a.arg, True, symmetric)
    if not symmetric:
        return a
    if isinstance(a, sp.Transpose) and a.arg in symmetric:
        return a.arg
    if isinstance(a, sp.Inverse) and isinstance(a.arg, sp.Transpose) and a.arg.arg in symmetric:
        return sp.Inverse(a.arg.arg)
    return a


#: The index every sum atom's summand is written with (a sum atom binds it).
SUM_INDEX = sp.Symbol("_s", integer=True)


def _factors_of(m: sp.Basic) -> Word:
    return tuple(m.args) if isinstance(m, sp.MatMul) else (m,)


def sum_atom(
    block: Word, idx: sp.Symbol, lo: sp.Basic, hi: sp.Basic, symmetric: frozenset
) -> sp.Basic:
    """``sum_{idx=lo}^{hi} block`` as one atom: ``MatrixSum`` of the block (its index
    renamed) or the transpose of the ``MatrixSum`` of the transposed block,
    whichever block sorts first."""
    block = tuple(a.xreplace({idx: SUM_INDEX}) for a in block)
    block = cancel_word([_sym_atom(a, symmetric) for a in block])
    other = cancel_word([_sym_atom(a, symmetric) for a in t_word(block)])
    limit = (SUM_INDEX, lo, hi)
    if other == block or _word_key(block) <= _word_key(other):
        return MatrixSum(_product_of(block), limit)
    return sp.Transpose(MatrixSum(_product_of(other), limit))


def _product_of(word: Word) -> sp.Basic:
    return word[0] if len(word) == 1 else sp.MatMul(*word)


def _resum(a: MatrixSum, transposed: bool, symmetric: frozenset) -> sp.Basic:
    """A sum atom (or its transpose) in canonical form again."""
    block = _factors_of(a.function)
    if transposed:
        block = t_word(block)
    idx, lo, hi = a.limits[0]
    return sum_atom(block, idx, lo, hi, symmetric)


def cancel_word(word: Sequence[sp.Basic]) -> Word:
    """Remove identity atoms, adjacent ``A A^{-1}`` pairs and a product next to the
    inverse atom of that product (``X^T X (X^T X)^{-1}``)."""
    out: list[sp.Basic] = []
    for a in word:
        if isinstance(a, sp.Identity):
            continue
        if out:
            inv = inv_atom(a)
            if inv is not None and out[-1] == inv:
                out.pop()
                continue
        out.append(a)
        _cancel_block(out)
    return tuple(out)


def _cancel_block(out: list[sp.Basic]) -> None:
    """``w (w)^{-1}`` or ``(w)^{-1} w`` at the end of ``out``: removed."""
    for k in range(len(out) - 1, -1, -1):
        a = out[k]
        if not (isinstance(a, sp.Inverse) and isinstance(a.arg, sp.MatMul)):
            continue
        block = list(a.arg.args)
        n = len(block)
        if k == len(out) - 1 and k >= n and out[k - n : k] == block:
            del out[k - n :]
            return
        if out[k + 1 :] == block:
            del out[k:]
            return
        return


def t_word(word: Word) -> Word:
    return tuple(t_atom(a) for a in reversed(word))


# --------------------------------------------------------------------------- polynomials


class Term:
    """``sum_{limits} coeff * word``."""

    __slots__ = ("coeff", "word", "limits")

    def __init__(self, coeff: sp.Basic, word: Word, limits: Limits = ()) -> None:
        self.coeff = coeff
        self.word = tuple(word)
        self.limits = tuple(limits)

    def transpose(self) -> Term:
        return Term(self.coeff, t_word(self.word), self.limits)

    def scale(self, c: sp.Basic) -> Term:
        return Term(c * self.coeff, self.word, self.limits)


class Poly:
    """A matrix of shape ``shape`` as a list of :class:`Term`."""

    __slots__ = ("shape", "terms")

    def __init__(self, shape: tuple[sp.Basic, sp.Basic], terms: Iterable[Term] = ()) -> None:
        self.shape = (sp.sympify(shape[0]), sp.sympify(shape[1]))
        self.terms = list(terms)

    def __add__(self, other: Poly) -> Poly:
        return Poly(self.shape, self.terms + other.terms)

    def scale(self, c: sp.Basic) -> Poly:
        return Poly(self.shape, [t.scale(c) for t in self.terms])

    def transpose(self) -> Poly:
        return Poly((self.shape[1], self.shape[0]), [t.transpose() for t in self.terms])


def _fresh(limits: Limits, taken: set) -> tuple[Limits, dict]:
    """Rename bound indices that clash with ``taken``."""
    mapping = {}
    out = []
    for idx, lo, hi in limits:
        if idx in taken:
            new = sp.Dummy(str(idx), integer=True)
            mapping[idx] = new
            out.append((new, lo, hi))
        else:
            out.append((idx, lo, hi))
    return tuple(out), mapping


def mul_terms(a: Term, b: Term) -> Term:
    taken = {lim[0] for lim in a.limits}
    limits, mapping = _fresh(b.limits, taken)
    coeff, word = b.coeff, b.word
    if mapping:
        coeff = coeff.xreplace(mapping)
        word = tuple(w.xreplace(mapping) for w in word)
    return Term(a.coeff * coeff, cancel_word(a.word + word), a.limits + limits)


def mul(p: Poly, q: Poly) -> Poly:
    return Poly((p.shape[0], q.shape[1]), [mul_terms(a, b) for a in p.terms for b in q.terms])


def identity(n: sp.Basic) -> Poly:
    return Poly((n, n), [Term(sp.S.One, ())])


_ATOM_KEYS: dict[sp.Basic, tuple] = {}


def _atom_key(a: sp.Basic) -> tuple:
    key = _ATOM_KEYS.get(a)
    if key is None:
        if len(_ATOM_KEYS) > 50000:
            _ATOM_KEYS.clear()
        key = _ATOM_KEYS[a] = (type(a).__name__, str(a))
    return key


def _word_key(word: Word) -> tuple:
    return tuple(_atom_key(a) for a in word)


__all__ = [
    "MTrace",
    "Poly",
    "SUM_INDEX",
    "Term",
    "Unsupported",
    "cancel_word",
    "identity",
    "inv_atom",
    "inverse_atom",
    "mul",
    "mul_terms",
    "sum_atom",
    "t_atom",
    "t_word",
]
