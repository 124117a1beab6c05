"""Compile a closed form written with sample sums into vectorised numpy.

A closed form such as ``Sum(x[n], (n, 1, N)) / N`` is compiled into two layers:

- one *summand* program per distinct ``Sum``: evaluated elementwise on a block of
  rows laid out feature-major (shape ``(D, rows)``, see ``_blocks``) and reduced
  over the sample axis by a matrix-vector product (BLAS) or, per group, by
  ``np.add.reduceat`` over the group's run of rows - never by a Python loop over
  the samples;
- one *outer* program that combines the reduced sums, the sample size ``N``
  (the total weight) and the parameters.

Because every ``Sum`` is linear in its rows, the reductions are accumulated
block by block: float32 input is converted to float64 one block at a time, so
evaluating a closed form never holds a float64 copy of the whole input.

sympy's ``lambdify`` is not used: it turns ``Sum`` into a generator loop over
the samples (see NOTES.md), and walking the tree ourselves also lets
intermediate blocks be updated in place.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ._blocks import (
    Reducer,
    Workspace,
    block_rows,
    check_data,
    check_groups,
    check_weights,
    default_chunk_rows,
    feature_major,
)
from ._parallel import map_ranges

if TYPE_CHECKING:  # sympy is imported lazily: `import estimators` stays light.
    import sympy as sp

# A block of float64 values with a flag saying whether this program owns it
# (then it may be overwritten in place by the next operation).
_Value = tuple[Any, bool]
_Program = Callable[["_Env"], _Value]

_RESERVED = frozenset({"weights", "groups", "n_groups", "chunk_rows"})


@dataclasses.dataclass
class _Env:
    block: np.ndarray | None  # (D, rows) float64 (feature-major) while evaluating summands
    params: Mapping[str, Any]
    sums: list[np.ndarray]  # reduced sums, while evaluating the outer program
    count: Any  # total weight: float, or (K, 1)
    workspace: Workspace | None = None  # buffers for summand intermediates
    block_owned: bool = False  # the block may be overwritten (its last reader runs)
    # Blocks of the other sample bases (a regression's responses y[n]), laid out as
    # ``block``; never overwritten.
    extra: Sequence[np.ndarray] = ()


# --------------------------------------------------------------------------- programs


def _const(value: float) -> _Program:
    return lambda env: (value, False)


def _param(name: str) -> _Program:
    return lambda env: (env.params[name], False)


def _shape(v: Any) -> tuple:
    """``np.shape(v)`` without its dispatch for arrays and plain numbers."""
    if isinstance(v, np.ndarray):
        return v.shape
    if isinstance(v, (float, int)):
        return ()
    return np.shape(v)


def _binary(ufunc: np.ufunc, a: _Value, b: _Value, env: _Env) -> _Value:
    (va, own_a), (vb, own_b) = a, b
    sa, sb = _shape(va), _shape(vb)
    # The common cases without np.broadcast_shapes, which cost more than the operation
    # itself on the few numbers of a Fisher information entry.
    shape = sa if sa == sb or not sb else sb if not sa else np.broadcast_shapes(sa, sb)
    if own_a and sa == shape:
        return ufunc(va, vb, out=va), True
    if own_b and sb == shape:
        return ufunc(va, vb, out=vb), True
    if env.workspace is not None and shape == env.workspace.shape:
        return ufunc(va, vb, out=env.workspace.take()), True
    out = ufunc(va, vb)
    return out, isinstance(out, np.ndarray)


def _unary(ufunc: np.ufunc, a: _Value, env: _Env) -> _Value:
    value, owned = a
    if owned:
        return ufunc(value, out=value), True
    if env.workspace is not None and _shape(value) == env.workspace.shape:
        return ufunc(value, out=env.workspace.take()), True
    out = ufunc(value)
    return out, isinstance(out, np.ndarray)


def _fold(ufunc: np.ufunc, parts: Sequence[_Program]) -> _Program:
    def run(env: _Env) -> _Value:
        acc = parts[0](env)
        for part in parts[1:]:
            acc = _binary(ufunc, acc, part(env), env)
        return acc

    return run


def _product(numerator: Sequence[_Program], denominator: Sequence[_Program]) -> _Program:
    num = _fold(np.multiply, numerator) if numerator else _const(1.0)

    def run(env: _Env) -> _Value:
        acc = num(env)
        for part in denominator:
            acc = _binary(np.divide, acc, part(env), env)
        return acc

    return run


def _power(base: _Program, exponent: float) -> _Program:
    special = {2.0: np.square, 0.5: np.sqrt, -1.0: np.reciprocal}
    if exponent in special:
        ufunc = special[exponent]
        return lambda env: _unary(ufunc, base(env), env)
    return lambda env: _binary(np.power, base(env), (exponent, False), env)


@functools.cache
def _functions() -> dict[type, np.ufunc]:
    import scipy.special as sc
    import sympy as sp

    return {
        sp.log: np.log,
        sp.exp: np.exp,
        sp.Abs: np.abs,
        sp.sign: np.sign,
        sp.sin: np.sin,
        sp.cos: np.cos,
        sp.tan: np.tan,
        sp.sinh: np.sinh,
        sp.cosh: np.cosh,
        sp.tanh: np.tanh,
        sp.asin: np.arcsin,
        sp.acos: np.arccos,
        sp.atan: np.arctan,
        sp.erf: sc.erf,
        sp.gamma: sc.gamma,
        sp.loggamma: sc.gammaln,
        sp.digamma: sc.digamma,
    }


@functools.cache
def _polygamma_ufunc(order: int) -> Callable[..., Any]:
    """``polygamma(order, .)`` with a ufunc's ``out=`` (scipy's polygamma has none)."""
    import scipy.special as sc

    if order == 0:
        return sc.digamma

    def f(z: Any, out: Any = None) -> Any:
        value = sc.polygamma(order, z)
        if out is None:
            return value
        out[...] = value
        return out

    return f


# --------------------------------------------------------------------------- compiler


class _Compiler:
    """Turns sympy trees into programs; one instance per `compile_sample_expr` call."""

    def __init__(self, params: Sequence[sp.Symbol], samples: Sequence[str] = ()) -> None:
        from derivations.symbols import N, n, x

        self.root: Any = None  # the expression being compiled, for error messages
        self.N, self.n, self.x = N, n, x
        self.params = {p: p.name for p in params}
        self.allowed = tuple(samples)  # names of other sample bases the caller declared
        self.extra: list[Any] = []  # those used (y of a regression), in order of first use
        self.summands: list[_Program] = []
        self.single_use: list[bool] = []  # whether the summand reads x[n] exactly once
        self._sum_index: dict[Any, int] = {}

    def fail(self, sub: Any, reason: str) -> ValueError:
        return ValueError(f"Cannot compile {sub} in {self.root}: {reason}.")

    def compile(self, e: Any, inside: bool) -> _Program:
        """Program for ``e``; ``inside`` is True within a summand (per-row values)."""
        import sympy as sp

        if isinstance(e, sp.UnevaluatedExpr):
            return self.compile(e.args[0], inside)
        if isinstance(e, sp.Sum):
            if inside:
                raise self.fail(e, "nested sums are not supported")
            return self._sum(e)
        if isinstance(e, sp.Indexed):
            return self._sample(e, inside)
        if e == self.N:
            if inside:
                raise self.fail(e, "the sample size N inside a summand is not supported")
            return lambda env: (env.count, False)
        if e == self.n:
            raise self.fail(e, "the summation index n may only appear as the sample index x[n]")
        if isinstance(e, sp.Symbol):
            if e in self.params:
                return _param(self.params[e])
            known = ", ".join(sorted(map(str, self.params))) or "none"
            raise self.fail(e, f"{e} is an unknown free symbol (parameters: {known})")
        if e.is_Number or isinstance(e, sp.NumberSymbol):
            if not (e.is_real and e.is_finite):
                raise self.fail(e, "only finite real constants can be compiled")
            return _const(float(e))
        if isinstance(e, sp.Add):
            return _fold(np.add, [self.compile(a, inside) for a in e.args])
        if isinstance(e, sp.Mul):
            num, den = [], []
            for factor in e.args:
                if isinstance(factor, sp.Pow) and factor.exp == -1:
                    den.append(self.compile(factor.base, inside))
                else:
                    num.append(self.compile(factor, inside))
            return _product(num, den)
        if isinstance(e, sp.Pow):
            base = self.compile(e.base, inside)
            if e.exp.is_Number:
                if not e.exp.is_real:
                    raise self.fail(e, "only real exponents can be compiled")
                return _power(base, float(e.exp))
            exponent = self.compile(e.exp, inside)
            return lambda env: _binary(np.power, base(env), exponent(env), env)
        if isinstance(e, sp.polygamma):
            # polygamma(k, z): the derivatives of loggamma that differentiating a
            # gamma log-likelihood produces; k must be a fixed non-negative integer.
            order = e.args[0]
            if not (order.is_Integer and order >= 0):
                raise self.fail(e, "polygamma needs a fixed non-negative integer order")
            arg = self.compile(e.args[1], inside)
            return lambda env: _unary(_polygamma_ufunc(int(order)), arg(env), env)
        if isinstance(e, sp.Function) and type(e) in _functions():
            if len(e.args) != 1:
                raise self.fail(e, "only one-argument functions are supported")
            ufunc, arg = _functions()[type(e)], self.compile(e.args[0], inside)
            return lambda env: _unary(ufunc, arg(env), env)
        raise self.fail(e, f"{type(e).__name__} is not in the supported grammar")

    def _sample(self, e: Any, inside: bool) -> _Program:
        import sympy as sp

        declared = isinstance(e.base, sp.IndexedBase) and str(e.base.label) in self.allowed
        if e.base != self.x and not declared:
            names = ", ".join((str(self.x), *self.allowed))
            raise self.fail(e, f"only the samples {names} can be indexed, not {e.base}")
        if e.indices != (self.n,):
            raise self.fail(e, f"samples must be indexed by the summation index {self.n}")
        if not inside:
            raise self.fail(e, f"{e} appears outside a sum over {self.n}")
        if e.base == self.x:
            return lambda env: (env.block, env.block_owned)
        # Another sample base (the responses y[n] of a regression): passed to the call as
        # ``samples={name: array}`` of X's shape, read block by block like X.
        if e.base not in self.extra:
            self.extra.append(e.base)
        k = self.extra.index(e.base)
        return lambda env: (env.extra[k], False)

    def _sum(self, e: Any) -> _Program:
        import sympy as sp

        if len(e.limits) != 1:
            raise self.fail(e, "only a single summation index is supported")
        index, lower, upper = e.limits[0]
        if index != self.n or lower != 1 or upper != self.N:
            raise self.fail(e, f"sums must run over ({self.n}, 1, {self.N})")
        # Sum(c * f) = c * Sum(f) and Sum(c) = N * c for c free of n: factors that
        # do not change from row to row are applied once, outside the reduction.
        factors = sp.Mul.make_args(e.function)
        outer = [f for f in factors if self.n not in f.free_symbols]
        inner = [f for f in factors if self.n in f.free_symbols]
        pulled = [self.compile(f, inside=False) for f in outer]
        if not inner:
            summed: _Program = lambda env: (env.count, False)  # noqa: E731
        else:
            summand = sp.Mul(*inner, evaluate=False) if len(inner) > 1 else inner[0]
            key = summand
            if key not in self._sum_index:
                self._sum_index[key] = len(self.summands)
                self.summands.append(self.compile(summand, inside=True))
                self.single_use.append(summand.count(self.x[self.n]) == 1)
            i = self._sum_index[key]
            summed = lambda env: (env.sums[i], False)  # noqa: E731
        return _product([summed, *pulled], [])


# --------------------------------------------------------------------------- public


@dataclasses.dataclass(frozen=True, eq=False)
class CompiledExpr:
    """A closed form compiled to numpy reductions over the sample axis.

    Call it as ``f(X, *, weights=None, groups=None, n_groups=None,
    chunk_rows=None, **param_values)``; see ``__call__``.

    Attributes
    ----------
    expr : sympy.Expr or tuple of sympy.Expr
        The compiled expression, or several compiled together (then the call
        returns them stacked along a new first axis, and sums they share are
        reduced once per block).
    params : tuple of str
        Names of the parameters the call expects as keyword arguments.
    n_sums : int
        Number of distinct sample sums (reductions per block).
    """

    expr: Any
    params: tuple[str, ...]
    n_sums: int
    _summands: tuple[_Program, ...] = dataclasses.field(repr=False)
    _consumes: bool = dataclasses.field(repr=False)  # last summand reads x[n] once
    _outers: tuple[_Program, ...] = dataclasses.field(repr=False)
    #: Names of the sample bases other than ``x`` (``("y",)`` for a regression).
    samples: tuple[str, ...] = ()

    def __call__(
        self,
        X: Any,
        *,
        weights: Any = None,
        groups: Any = None,
        n_groups: int | None = None,
        chunk_rows: int | None = None,
        samples: Mapping[str, Any] | None = None,
        **param_values: Any,
    ) -> np.ndarray:
        """Evaluate the closed form on data.

        Parameters
        ----------
        X : array-like of shape (n_samples,) or (n_samples, n_features)
            The samples ``x[n]``, one column per feature (each feature gets its
            own value of the closed form). Accumulated in float64.
        weights : array-like of shape (n_samples,), optional
            Non-negative weights: each ``Sum`` becomes ``sum_n w_n f(x_n)`` and
            ``N`` becomes ``sum_n w_n``.
        groups : array-like of int of shape (n_samples,), optional
            Group of each sample in ``[0, n_groups)``; sums and ``N`` are then
            taken per group. A group with no weight gives ``N = 0``, and a
            division by it gives nan or inf, as the formula does.
        n_groups : int, optional
            Number of groups; defaults to ``groups.max() + 1``.
        chunk_rows : int, optional
            Rows per block (default: :func:`default_chunk_rows`).
        samples : mapping of str to array-like, optional
            The other sample bases the form indexes (``{"y": Y}`` for a regression's
            responses), each of ``X``'s shape: row ``n`` of ``Y`` goes with row ``n`` of
            ``X``. Required exactly when ``self.samples`` is not empty.
        **param_values : float or array-like
            One value per parameter: a scalar, shape (n_features,), or with
            groups shape (n_groups, n_features) (gathered per sample inside sums).

        Returns
        -------
        ndarray of shape (), (n_features,), (n_groups,) or (n_groups, n_features)
            Feature axis dropped for 1-D ``X``; group axis present with ``groups``.

        Raises
        ------
        ValueError
            On a missing or unexpected parameter, or on inconsistent shapes.
        """
        one_d = np.ndim(X) == 1
        data = check_data(X)
        n_rows, n_features = data.shape
        w = check_weights(weights, n_rows)
        g, k = check_groups(groups, n_groups, n_rows)
        params = self._param_values(param_values, n_features, k)
        extra = self._extra_samples(samples, data.shape)
        step = chunk_rows or default_chunk_rows(n_features, k or 1)
        sums: list[Any] = [0.0] * self.n_sums
        count: Any = 0.0
        max_rows = min(step, max(n_rows, 1))
        workspace = Workspace(n_features, max_rows)
        # Each block is copied feature-major into this float64 buffer (float32 and ints
        # are widened one block at a time).
        buf = np.empty((n_features, max_rows))
        extra_bufs = [np.empty((n_features, max_rows)) for _ in extra]

        def run(lo: int, hi: int) -> None:
            nonlocal sums, count
            for start in range(lo, max(hi, lo + 1), step):
                stop = min(start + step, hi)
                rows, reducer = block_rows(data, start, stop, w, g, k or 1)
                block = feature_major(rows, buf, reducer)
                others = [
                    feature_major(block_rows(e, start, stop, w, g, k or 1)[0], b, reducer)
                    for e, b in zip(extra, extra_bufs, strict=True)
                ]
                partial = self.reduce_block(
                    block, reducer, params, workspace, consume=True, extra=others
                )
                sums = [s + p for s, p in zip(sums, partial, strict=True)]
                count = count + reducer.count

        # One range, in this thread: map_ranges only keeps BLAS single-threaded for it
        # (OpenBLAS would thread the per-block products, at a cost of ~16 ms per wake-up).
        map_ranges(run, [(0, n_rows)], n_features)
        shape = (n_features,) if g is None else (k, n_features)
        outs = [
            np.broadcast_to(np.asarray(value, dtype=np.float64), shape)
            for value in self._combine_all(sums, count, params)
        ]
        out = np.stack(outs) if isinstance(self.expr, tuple) else outs[0].copy()
        return out[..., 0] if one_d else out

    def reduce_block(
        self,
        block: np.ndarray,
        reducer: Reducer,
        params: Mapping[str, Any],
        workspace: Workspace | None = None,
        *,
        consume: bool = False,
        extra: Sequence[np.ndarray] = (),
    ) -> list[np.ndarray]:
        """The sums of one feature-major float64 block (D, rows): one array per ``Sum``.

        Each sum has shape (D,), or (n_groups, D) when ``reducer`` is grouped.
        ``workspace`` buffers may be shared by several compiled expressions; they
        must not hold ``block`` itself. With ``consume``, the last summand may
        overwrite ``block`` in place (when it reads ``x[n]`` once), which saves a
        buffer and a pass; ``block`` then holds garbage afterwards.
        """
        rowwise = {name: reducer.gather(v) for name, v in params.items()}
        env = _Env(block, rowwise, [], reducer.count, workspace, extra=extra)
        out = []
        last = len(self._summands) - 1
        for i, summand in enumerate(self._summands):
            if workspace is not None:
                workspace.start(block.shape[1])
            env.block_owned = consume and i == last and self._consumes
            value, _ = summand(env)
            if np.shape(value) != block.shape:
                value = np.broadcast_to(value, block.shape)
            out.append(reducer.reduce(value))
        return out

    def combine(self, sums: Sequence[Any], count: Any, params: Mapping[str, Any]) -> Any:
        """The (first) closed form from the reduced sums and total weight ``count``."""
        return self._combine_all(sums, count, params)[0]

    def _combine_all(self, sums: Sequence[Any], count: Any, params: Mapping[str, Any]) -> list[Any]:
        env = _Env(None, params, list(sums), count)
        return [outer(env)[0] for outer in self._outers]

    def _extra_samples(self, given: Mapping[str, Any] | None, shape: tuple) -> list:
        given = dict(given or {})
        missing = [s for s in self.samples if s not in given]
        extra = [s for s in given if s not in self.samples]
        if missing or extra:
            raise ValueError(
                f"{self.expr} reads the samples x and {list(self.samples)}; "
                f"missing {missing}, unexpected {extra}."
            )
        out = []
        for name in self.samples:
            arr = check_data(given[name], name=name)
            if arr.shape != shape:
                raise ValueError(f"{name} has shape {arr.shape}; X has shape {shape}.")
            out.append(arr)
        return out

    def _param_values(
        self, given: Mapping[str, Any], n_features: int, n_groups: int | None
    ) -> dict[str, Any]:
        missing = [p for p in self.params if p not in given]
        extra = [p for p in given if p not in self.params]
        if missing or extra:
            raise ValueError(
                f"{self.expr} takes parameters {list(self.params)}; "
                f"missing {missing}, unexpected {extra}."
            )
        allowed = [(), (n_features,)] + ([] if n_groups is None else [(n_groups, n_features)])
        values = {p: np.asarray(given[p], dtype=np.float64) for p in self.params}
        for p, v in values.items():
            if v.shape not in allowed:
                raise ValueError(f"Parameter {p} has shape {v.shape}; expected one of {allowed}.")
        return values


def compile_sample_expr(
    expr: Any, params: Sequence[Any] = (), samples: Sequence[str] = ()
) -> CompiledExpr:
    """Compile a closed form built from sample sums into vectorised numpy.

    Parameters
    ----------
    expr : sympy.Expr or tuple of sympy.Expr
        Built from ``derivations.symbols``: sums ``Sum(f, (n, 1, N))`` whose
        summand uses the samples only as ``x[n]``, the sample size ``N`` outside
        sums, the parameters, real constants, ``+ * /`` and powers, and the
        functions log, exp, Abs, sign, trigonometric and hyperbolic functions,
        erf, gamma, loggamma and digamma. A tuple is compiled into one pass
        over the data whose result stacks the expressions along a first axis.
    params : sequence of sympy.Symbol
        Free symbols to be passed as keyword arguments (by name) at call time.
    samples : sequence of str
        Names of other sample bases the summands may index like ``x`` (``("y",)`` for a
        regression's responses ``y[n]``); their values are passed at call time as
        ``samples={"y": Y}``, ``Y`` of ``X``'s shape.

    Returns
    -------
    CompiledExpr

    Raises
    ------
    TypeError
        If ``expr`` is not a sympy expression (an ``Eq``: pass its ``rhs``).
    ValueError
        Naming the sub-expression that cannot be compiled: a sum over another
        index or other limits, a nested sum, ``x`` indexed by something other
        than ``n`` or used outside a sum, an unknown free symbol, a function
        outside the grammar, a non-real constant.

    Examples
    --------
    >>> import sympy as sp
    >>> from derivations.symbols import N, n, x
    >>> mean = compile_sample_expr(sp.Sum(x[n], (n, 1, N)) / N)
    >>> float(mean([1.0, 2.0, 6.0]))
    3.0
    """
    import sympy as sp

    exprs = tuple(expr) if isinstance(expr, (tuple, list)) else (expr,)
    for e in exprs:
        if isinstance(e, sp.Equality):
            raise TypeError(f"Expected an expression, got the equation {e}; pass its rhs.")
        if not isinstance(e, sp.Expr):
            raise TypeError(f"Expected a sympy expression, got {type(e).__name__}: {e!r}.")
    names = []
    for p in params:
        if not isinstance(p, sp.Symbol):
            raise TypeError(f"Parameters must be sympy Symbols, got {p!r}.")
        if p.name in _RESERVED:
            raise ValueError(f"Parameter name {p.name!r} clashes with a keyword of the call.")
        names.append(p.name)
    compiler = _Compiler(params, samples)
    outers = []
    for e in exprs:
        compiler.root = e
        outers.append(compiler.compile(e, inside=False))
    return CompiledExpr(
        exprs if isinstance(expr, (tuple, list)) else expr,
        tuple(names),
        len(compiler.summands),
        tuple(compiler.summands),
        bool(compiler.single_use) and compiler.single_use[-1],
        tuple(outers),
        tuple(str(b.label) for b in compiler.extra),
    )


__all__ = ["CompiledExpr", "compile_sample_expr"]
