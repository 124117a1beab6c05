"""Closed forms and log-likelihoods rewritten over parameter-free sample sums.

A log-likelihood such as the Poisson's ``Sum(x[n]*log(lam) - lam - log(x[n]!), (n, 1, N))``
is, after expanding its summand and pulling out the factors free of ``n``,
``log(lam) * Sum(x[n]) - N * lam - Sum(loggamma(x[n] + 1))``: an expression in a few
sums whose summands hold no parameter. Those sums are *sufficient statistics*: they are
computed in one pass over the data, they add up across batches (``partial_fit``, dask
chunks, per-class groups), and every later quantity - the closed forms, the
log-likelihood, its score and its observed information at any parameter value - is a
cheap function of them and ``N``, with no further pass over the data.

Where a parameter stays inside a sum (``Sum(Abs(x[n] - mu))`` of the Laplace scale, or
``Sum((x[n] - mu)**2)`` left unexpanded) the form is not linear in the data; such forms
are evaluated on the data as written (``compile_sample_expr``) and cannot be merged.
Gaussian sums of squares are deliberately *not* expanded into ``Sum(x^2) - N mu^2``:
that form loses every digit when ``|mu|`` is large (NOTES.md); ``_stats`` merges them
with Chan, Golub & LeVeque's formula instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._blocks import block_rows, check_groups, check_weights, default_chunk_rows, feature_major
from ._compile import CompiledExpr, compile_sample_expr


def prepare(expr: Any) -> Any:
    """Rewrite functions outside the compiler's grammar into ones inside it.

    ``log(a!)`` -> ``loggamma(a + 1)``, ``log(binomial(m, a))`` -> a difference of
    ``loggamma`` terms (both exact for the non-negative integers they are defined on),
    then ``expand_log`` under the symbols' declared assumptions (never ``force``).
    """
    import sympy as sp

    def lg(a: Any) -> Any:
        return sp.loggamma(a + 1)

    expr = expr.replace(
        lambda e: isinstance(e, sp.log) and isinstance(e.args[0], sp.factorial),
        lambda e: lg(e.args[0].args[0]),
    )
    expr = expr.replace(
        lambda e: isinstance(e, sp.log) and isinstance(e.args[0], sp.binomial),
        lambda e: (
            lg(e.args[0].args[0])
            - lg(e.args[0].args[1])
            - lg(e.args[0].args[0] - e.args[0].args[1])
        ),
    )
    expr = expr.replace(lambda e: isinstance(e, sp.factorial), lambda e: sp.exp(lg(e.args[0])))
    expr = expr.replace(
        lambda e: isinstance(e, sp.binomial),
        lambda e: sp.exp(lg(e.args[0]) - lg(e.args[1]) - lg(e.args[0] - e.args[1])),
    )
    return sp.expand_log(expr)


def linearise(expr: Any, *, powers: bool = False) -> Any:
    """``expr`` with every sample sum split into terms ``c * Sum(t(x[n]))``, ``c`` free of ``n``.

    Each summand's products are distributed over sums (after ``prepare``), but powers of
    sums are not expanded: ``(x[n] - mu)**2`` stays whole, because ``Sum(x^2) - N mu^2``
    cancels catastrophically. A term without samples becomes ``N * c``. Terms whose sample
    part still holds a parameter stay as sums of their own; callers ask :func:`param_free`
    whether that happened. ``powers=True`` expands powers too (for data already centred,
    where the expansion cannot cancel).
    """
    import sympy as sp

    from derivations.symbols import N, n

    def split(s: Any) -> Any:
        if len(s.limits) != 1 or s.limits[0][0] != n:
            return s
        body = prepare(s.function)
        if powers:
            body = sp.expand(body)
        else:
            body = sp.expand(body, multinomial=False, power_exp=False, log=False)
        out = []
        for term in sp.Add.make_args(body):
            outer = [f for f in sp.Mul.make_args(term) if n not in f.free_symbols]
            inner = [f for f in sp.Mul.make_args(term) if n in f.free_symbols]
            coeff = sp.Mul(*outer)
            out.append(coeff * (N if not inner else sp.Sum(sp.Mul(*inner), s.limits[0])))
        return sp.Add(*out)

    return prepare(expr).replace(lambda e: isinstance(e, sp.Sum), split)


def sums_in(exprs: Sequence[Any]) -> list[Any]:
    """The distinct sample sums of ``exprs``, in a stable order."""
    import sympy as sp

    seen: dict[Any, None] = {}
    for e in exprs:
        for s in sorted(e.atoms(sp.Sum), key=sp.default_sort_key):
            seen.setdefault(s, None)
    return list(seen)


def param_free(sums: Sequence[Any], params: Sequence[Any]) -> bool:
    """Whether no summand of ``sums`` depends on any of ``params``."""
    ps = set(params)
    return all(not (s.function.free_symbols & ps) for s in sums)


@dataclasses.dataclass(frozen=True, eq=False)
class SumStatistics:
    """The parameter-free sums a set of expressions needs, and the expressions over them.

    Attributes
    ----------
    sums : tuple of sympy.Sum
        The statistics, in order; ``stats`` has one row per sum.
    symbols : tuple of sympy.Symbol
        A placeholder per sum, standing for its value in ``outer`` expressions.
    reducer : CompiledExpr
        Computes every sum in one pass over the data.
    """

    sums: tuple[Any, ...]
    symbols: tuple[Any, ...]
    reducer: CompiledExpr | None
    known: tuple[str, ...] = ()

    @classmethod
    def of(cls, exprs: Sequence[Any], known: Sequence[Any] = ()) -> SumStatistics:
        """Statistics of ``exprs``; summands may use the ``known`` symbols (given values)."""
        import sympy as sp

        sums = tuple(sums_in(exprs))
        symbols = tuple(sp.Symbol(f"_S{i}", real=True) for i in range(len(sums)))
        reducer = compile_sample_expr(sums, tuple(known)) if sums else None
        return cls(sums, symbols, reducer, tuple(k.name for k in known))

    def replace(self, expr: Any) -> Any:
        """``expr`` with each sum replaced by its placeholder symbol."""
        return expr.xreplace(dict(zip(self.sums, self.symbols, strict=True)))

    def outer(self, exprs: Sequence[Any], params: Sequence[Any]) -> CompiledExpr:
        """``exprs`` compiled as functions of the statistics, ``N`` and ``params``."""
        return compile_sample_expr(tuple(self.replace(e) for e in exprs), (*self.symbols, *params))

    def evaluate(
        self, outer: CompiledExpr, stats: np.ndarray, count: Any, params: dict[str, Any]
    ) -> list[Any]:
        """Values of a compiled ``outer`` at the statistics ``stats`` (one row per sum)."""
        values = {s.name: stats[i] for i, s in enumerate(self.symbols)}
        values.update(params)
        return outer._combine_all([], count, values)

    def compute(
        self,
        X: np.ndarray,
        *,
        weights: np.ndarray | None = None,
        groups: np.ndarray | None = None,
        n_groups: int | None = None,
        chunk_rows: int | None = None,
        known: dict[str, Any] | None = None,
    ) -> tuple[np.ndarray, Any]:
        """``(stats, count)`` of 2-D ``X``: stats of shape (n_sums, D) or (n_sums, K, D).

        ``count`` is the total weight (a float), or per group of shape (K, 1).
        """
        n_rows, d = X.shape
        w = check_weights(weights, n_rows)
        g, k = check_groups(groups, n_groups, n_rows)
        if g is None:
            count: Any = float(n_rows) if w is None else float(w.sum())
        else:
            count = np.bincount(g, weights=w, minlength=k).astype(np.float64)[:, None]
        if self.reducer is None:
            shape = (0, d) if g is None else (0, k, d)
            return np.zeros(shape), count
        given = {name: (known or {})[name] for name in self.known}
        if g is None:
            out = self.reducer(X, weights=w, chunk_rows=chunk_rows, **given)
            return np.atleast_2d(out), count
        return self.reducer(
            X, weights=w, groups=g, n_groups=k, chunk_rows=chunk_rows, **given
        ), count


def reduce_rows(
    compiled: CompiledExpr,
    X: np.ndarray,
    w: np.ndarray | None,
    params: dict[str, Any],
    chunk_rows: int | None = None,
) -> list[np.ndarray]:
    """The raw sums of ``compiled`` over 2-D ``X`` (one array of shape (D,) per sum)."""
    n_rows, d = X.shape
    step = chunk_rows or default_chunk_rows(d)
    buf = np.empty((d, min(step, max(n_rows, 1))))
    sums: list[Any] = [0.0] * compiled.n_sums
    for start in range(0, max(n_rows, 1), step):
        rows, reducer = block_rows(X, start, min(start + step, n_rows), w, None, 1)
        block = feature_major(rows, buf, reducer)
        part = compiled.reduce_block(block, reducer, params)
        sums = [s + p for s, p in zip(sums, part, strict=True)]
    return sums


__all__ = ["SumStatistics", "linearise", "param_free", "prepare", "reduce_rows", "sums_in"]
