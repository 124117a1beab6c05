"""Derivatives by a matrix, by the differential - the engine's own, never sympy's.

``d(AB) = dA B + A dB``, ``d A^{-1} = -A^{-1} dA A^{-1}``, ``d A^T = (dA)^T``,
``d tr M = tr dM``, ``d det M = det M tr(M^{-1} dM)``, and scalar calculus for
the rest (sympy's ``diff`` of a function of one number). A number ``f`` whose
differential is ``tr(P dX)`` has the gradient ``P^T`` (the entries of ``X``
varying independently: ``d log|X| / dX = X^{-T}``). sympy 1.14 answers 0 for
that derivative (NOTES.md), which is why none of this asks sympy.

:class:`_Differential` works on a converter (:class:`._matrix_normal.Converter`)
that turns the parts that are not differentiated into numbers and polynomials.
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.matrices.expressions.matexpr import MatrixElement

from ._matrix_expr import MatrixSum, Scalar, is_matrix_valued
from ._matrix_poly import Poly, Term, Unsupported, identity, mul, mul_terms, t_word


class _Lin:
    """``coeff * L dX R`` (``dX^T`` when ``transposed``), summed over ``limits``."""

    __slots__ = ("coeff", "left", "right", "transposed", "limits")

    def __init__(self, coeff, left, right, transposed, limits):
        self.coeff, self.left, self.right = coeff, tuple(left), tuple(right)
        self.transposed, self.limits = transposed, tuple(limits)


class _Scal:
    """``coeff * tr(P dX) * W``, summed over ``limits``."""

    __slots__ = ("coeff", "p", "w", "limits")

    def __init__(self, coeff, p, w, limits):
        self.coeff, self.p, self.w, self.limits = coeff, tuple(p), tuple(w), tuple(limits)


class _Differential:
    """The differential of a line in ``dX``: scalars as ``[Term]`` meaning ``sum tr(P dX)``."""

    def __init__(self, conv: Any, x: sp.MatrixSymbol) -> None:
        self.conv = conv
        self.x = x

    def _free(self, e: sp.Basic) -> bool:
        return not e.has(self.x)

    # -- numbers -------------------------------------------------------------------------

    def scalar(self, e: sp.Basic) -> list[Term]:
        if self._free(e):
            return []
        conv = self.conv
        if isinstance(e, sp.Add):
            return [t for a in e.args for t in self.scalar(a)]
        if isinstance(e, sp.Mul):
            out = []
            for i, f in enumerate(e.args):
                df = self.scalar(f)
                if not df:
                    continue
                rest = sp.Mul(*[conv.scalar(g) for j, g in enumerate(e.args) if j != i])
                out += [t.scale(rest) for t in df]
            return out
        if isinstance(e, sp.Pow):
            b, k = e.args
            if self._free(k):
                c = conv.scalar(k) * conv.scalar(b) ** (conv.scalar(k) - 1)
                return [t.scale(c) for t in self.scalar(b)]
            return self.scalar(sp.exp(k * sp.log(b), evaluate=False))
        if isinstance(e, (Scalar, sp.Trace)):
            return self._trace(self.matrix(e.args[0]), e.args[0].shape[0])
        if isinstance(e, MatrixElement):
            parent = e.parent
            if not is_matrix_valued(parent):
                return self.scalar(parent)
            if parent.shape == (1, 1) and e.i == 0 and e.j == 0:
                return self._trace(self.matrix(parent), sp.S.One)
            raise Unsupported(f"the derivative of a matrix entry {e}")
        if isinstance(e, sp.Determinant):
            m = e.arg
            inv = conv.poly(sp.Inverse(m))
            det = conv.scalar(e)
            out = []
            for t in self._trace(self.matrix(m), m.shape[0], left=inv):
                out.append(t.scale(det))
            return out
        if isinstance(e, sp.Sum):
            if len(e.limits) != 1:
                raise Unsupported("a sum over several indices")
            idx, lo, hi = e.limits[0]
            if lo.has(self.x) or hi.has(self.x):
                raise Unsupported("a sum whose range depends on the variable")
            new = sp.Dummy(str(idx), integer=True)
            return [
                Term(t.coeff, t.word, ((new, lo, hi), *t.limits))
                for t in self.scalar(e.function.xreplace({idx: new}))
            ]
        if isinstance(e, sp.Function) and len(e.args) == 1:
            (u,) = e.args
            du = self._inner_scalar_differential(u)
            t = sp.Dummy("t")
            outer = sp.diff(e.func(t), t)
            c = outer.xreplace({t: self._as_number(u)})
            return [term.scale(c) for term in du]
        raise Unsupported(f"the derivative of {type(e).__name__}")

    def _as_number(self, u: sp.Basic) -> sp.Basic:
        if is_matrix_valued(u):
            return self.conv.trace(self.conv.poly(u))
        return self.conv.scalar(u)

    def _inner_scalar_differential(self, u: sp.Basic) -> list[Term]:
        if is_matrix_valued(u):
            return self._trace(self.matrix(u), sp.S.One)
        return self.scalar(u)

    def _trace(self, dm: list, size: sp.Basic, left: Poly | None = None) -> list[Term]:
        """``tr(left * dM)`` as ``sum tr(P dX)``; ``size`` is the rows of ``left * dM``."""
        out = []
        lefts = left.terms if left is not None else [Term(sp.S.One, ())]
        for lt in lefts:
            for t in dm:
                if isinstance(t, _Lin):
                    # tr(A L dX R) = tr(R A L dX); with dX^T: tr(W dX^T) = tr(W^T dX)
                    a = mul_terms(lt, Term(t.coeff, t.left, t.limits))
                    w = mul_terms(Term(sp.S.One, t.right), a)
                    if t.transposed:
                        w = w.transpose()
                    out.append(w)
                else:
                    a = mul_terms(lt, Term(t.coeff, t.w, t.limits))
                    tr = self.conv.trace(Poly((size, size), [Term(sp.S.One, a.word)]))
                    out.append(Term(a.coeff * tr, t.p, a.limits))
        return out

    # -- matrices ------------------------------------------------------------------------

    def matrix(self, e: sp.Basic) -> list:
        """The differential of a matrix-valued expression: ``_Lin`` and ``_Scal`` terms."""
        if self._free(e):
            return []
        conv = self.conv
        if e == self.x:
            return [_Lin(sp.S.One, (), (), False, ())]
        if isinstance(e, (sp.MatAdd, sp.Add)):
            return [t for a in e.args if is_matrix_valued(a) for t in self.matrix(a)]
        if isinstance(e, (sp.MatMul, sp.Mul)):
            scalars = [a for a in e.args if not is_matrix_valued(a)]
            mats = [a for a in e.args if is_matrix_valued(a)]
            coeff = sp.Mul(*[conv.scalar(a) for a in scalars])
            polys = [conv.poly(m) for m in mats]
            out: list = []
            whole = _product(polys)
            for i, s in enumerate(scalars):
                ds = self.scalar(s)
                if not ds:
                    continue
                rest = sp.Mul(*[conv.scalar(a) for j, a in enumerate(scalars) if j != i])
                for dt in ds:
                    for wt in whole.terms:
                        w = mul_terms(Term(dt.coeff * rest, (), dt.limits), wt)
                        out.append(_Scal(w.coeff, dt.word, w.word, w.limits))
            for j, m in enumerate(mats):
                dm = self.matrix(m)
                if not dm:
                    continue
                left = _product(polys[:j], polys[j].shape[0] if j == 0 else None)
                right = _product(polys[j + 1 :], polys[j].shape[1])
                for t in dm:
                    out += _sandwich(left, t, right, coeff)
            return out
        if isinstance(e, sp.Transpose):
            out = []
            for t in self.matrix(e.arg):
                if isinstance(t, _Lin):
                    out.append(
                        _Lin(t.coeff, t_word(t.right), t_word(t.left), not t.transposed, t.limits)
                    )
                else:
                    out.append(_Scal(t.coeff, t.p, t_word(t.w), t.limits))
            return out
        if isinstance(e, sp.Inverse):
            inv = conv.poly(e)
            return [s for t in self.matrix(e.arg) for s in _sandwich(inv, t, inv, sp.S.NegativeOne)]
        if isinstance(e, sp.MatPow) and e.exp.is_Integer and e.exp > 0:
            return self.matrix(sp.MatMul(*([e.base] * int(e.exp))))
        if isinstance(e, (MatrixSum, sp.Sum)):
            idx, lo, hi = e.limits[0]
            if lo.has(self.x) or hi.has(self.x):
                raise Unsupported("a sum whose range depends on the variable")
            new = sp.Dummy(str(idx), integer=True)
            out = []
            for t in self.matrix(e.function.xreplace({idx: new})):
                lim = ((new, lo, hi), *t.limits)
                if isinstance(t, _Lin):
                    out.append(_Lin(t.coeff, t.left, t.right, t.transposed, lim))
                else:
                    out.append(_Scal(t.coeff, t.p, t.w, lim))
            return out
        raise Unsupported(f"the derivative of {type(e).__name__}")


def _product(polys: list[Poly], size: sp.Basic | None = None) -> Poly:
    if not polys:
        return identity(size if size is not None else sp.S.One)
    out = polys[0]
    for p in polys[1:]:
        out = mul(out, p)
    return out


def _sandwich(left: Poly, t: Any, right: Poly, coeff: sp.Basic) -> list:
    """``coeff * left * t * right`` for one differential term ``t``."""
    out = []
    for lt in left.terms:
        for rt in right.terms:
            if isinstance(t, _Lin):
                a = mul_terms(lt, Term(t.coeff, t.left, t.limits))
                b = mul_terms(Term(sp.S.One, t.right, a.limits), rt)
                out.append(_Lin(coeff * a.coeff * rt.coeff, a.word, b.word, t.transposed, b.limits))
            else:
                a = mul_terms(lt, Term(t.coeff, t.w, t.limits))
                b = mul_terms(a, rt)
                out.append(_Scal(coeff * b.coeff, t.p, b.word, b.limits))
    return out


def differential_gradient(conv: Any, x: sp.MatrixSymbol, f: sp.Basic) -> list[Term]:
    """``df`` of a number ``f`` as terms ``P`` meaning ``sum tr(P dX)`` (the gradient is
    the transposed words)."""
    return _Differential(conv, x).scalar(f)


def matrix_differential(conv: Any, x: sp.MatrixSymbol, v: sp.Basic) -> list:
    """``dv`` of a matrix-valued ``v`` as :class:`Lin` terms (``coeff * L dX R``, ``dX^T``
    when transposed) and :class:`Scal` terms (``coeff * tr(P dX) * W``), MATRIX8."""
    return _Differential(conv, x).matrix(v)


Lin, Scal = _Lin, _Scal

__all__ = ["Lin", "Scal", "differential_gradient", "matrix_differential"]
