"""Numbers from a concrete line: a small evaluator over sympy trees with mpmath.

The numeric check puts numbers into a line (sizes, indices, parameters,
samples) and needs its value to a chosen number of digits. sympy's
``xreplace(...).evalf()`` rebuilds the tree for every point; this walks it
once with mpmath numbers instead, iterating each ``Sum`` over its concrete
range (an empty range gives 0), so a line with ``N = 20`` costs 20 body
evaluations rather than a 20-term expression built and evaluated by sympy.

Values are complex where a real formula leaves the reals (``log`` of a
negative number): the numeric check decides what a non-real value means.
Anything the evaluator does not know (an arbitrary function, an unevaluated
derivative) raises :class:`NotEvaluable`; a computation past the budget
(a sum with more terms than the limit) raises :class:`TooExpensive`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from ._integrals import compile_integral
from ._matrix_eval import as_number, compile_matrix, hoisted, is_matrix_node
from ._matrix_expr import is_matrix_valued

#: A sum written out term by term has at most this many terms.
MAX_SUM_TERMS = 5000


class NotEvaluable(ValueError):
    """The line has a part with no numeric value (an arbitrary function ...)."""


class TooExpensive(ValueError):
    """Evaluating the line would exceed a limit (the message names it)."""


#: exp, sin, cosh, ... are computed only at arguments below 2^this in size: mpmath reduces
#: an argument with ln 2 or pi to as many bits as it has, minutes for e^{2.5^{10^6}} (a
#: density e^{(x - mu)^{10^6}} at numbers; hostile set of attack59), and such a value is no
#: number any check can use. A quadrature's far points (e^{-10^{300}}) stay well inside.
MAX_ARGUMENT_BITS = 2**14


def _bounded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` that raises TooExpensive at an argument of more than MAX_ARGUMENT_BITS bits
    (Gamma and the factorial too: mpmath takes a log at as many bits)."""

    def bounded(*args: Any) -> Any:
        big = max(mpmath.mag(a) for a in args)
        if big > MAX_ARGUMENT_BITS:
            raise TooExpensive(
                f"{getattr(fn, '__name__', 'a function')} of a number of about 2^{int(big)}: "
                f"over the limit of 2^{MAX_ARGUMENT_BITS}"
            )
        return fn(*args)

    return bounded


def _kronecker(a: Any, b: Any) -> Any:
    return mpmath.mpf(1) if a == b else mpmath.mpf(0)


def _sign(a: Any) -> Any:
    if mpmath.im(a) != 0:
        return a / abs(a)
    return mpmath.mpf(mpmath.sign(a))


_EXP = _bounded(mpmath.exp)
_FACTORIAL = _bounded(mpmath.factorial)

_FUNCTIONS: dict[type, Callable[..., Any]] = {
    sp.exp: _EXP,
    sp.sin: _bounded(mpmath.sin),
    sp.cos: _bounded(mpmath.cos),
    sp.tan: _bounded(mpmath.tan),
    sp.sinh: _bounded(mpmath.sinh),
    sp.cosh: _bounded(mpmath.cosh),
    sp.tanh: _bounded(mpmath.tanh),
    sp.atan: mpmath.atan,
    sp.asin: mpmath.asin,
    sp.acos: mpmath.acos,
    sp.Abs: abs,
    sp.sign: _sign,
    sp.gamma: _bounded(mpmath.gamma),
    sp.loggamma: _bounded(mpmath.loggamma),
    sp.digamma: _bounded(mpmath.digamma),
    sp.polygamma: lambda k, z: mpmath.polygamma(int(k), z),
    # Special functions a post may use without defining them (derivations.post._special);
    # at a pole mpmath gives inf or raises ValueError: the point is outside the domain.
    sp.beta: _bounded(mpmath.beta),
    sp.besseli: mpmath.besseli,
    sp.zeta: mpmath.zeta,  # the Riemann (and Hurwitz) zeta function; a pole at 1
    sp.erf: mpmath.erf,
    sp.floor: mpmath.floor,
    sp.ceiling: mpmath.ceil,
    sp.KroneckerDelta: _kronecker,
    sp.binomial: _bounded(mpmath.binomial),
    sp.Max: max,
    sp.Min: min,
    sp.conjugate: mpmath.conj,
    sp.re: mpmath.re,
    sp.im: mpmath.im,
    sp.arg: mpmath.arg,
}


def evaluate(
    e: sp.Basic,
    env: Any,
    dps: int = 30,
    shared: dict | None = None,
    varying: frozenset = frozenset(),
) -> Any:
    """The value of ``e`` with the names of ``env`` put in, to ``dps`` digits.

    Parameters
    ----------
    e : sympy expression
        A concrete line: numeric sum limits once ``env`` is put in, no
        unevaluated derivatives.
    env : mapping with a ``sample(base, index)`` method, or a plain mapping
        Values for symbols; samples (``x[3]``) through ``sample`` or keyed by
        the Indexed object.

    shared, varying : optional
        Values of sums, inverses and determinants kept between calls that change
        only the matrices named in ``varying`` (a root search in one matrix).

    Raises
    ------
    NotEvaluable, TooExpensive
    """
    fn = compile_line(e)
    with mpmath.workdps(dps):
        return fn(_Frame(env, {}, {} if shared is None else shared, varying))


class _Frame:
    __slots__ = ("env", "local", "sample", "cache", "shared", "varying")

    def __init__(
        self, env: Any, local: dict, shared: dict | None = None, varying: frozenset = frozenset()
    ) -> None:
        self.env = env
        self.local = local
        # Values of sums, inverses and determinants free of any summation index bound
        # around them, computed once (see _matrix_eval.hoisted): in ``shared`` when
        # they do not depend on a matrix named in ``varying`` (a derivative's
        # variable, a root search's unknown), which then outlive this frame.
        self.cache: dict = {}
        self.shared: dict = {} if shared is None else shared
        self.varying = varying
        sample = getattr(env, "sample", None)
        if sample is None:

            def sample(base: sp.IndexedBase, index: int, env: Any = env) -> Any:
                try:
                    return env[base[index]]
                except KeyError:
                    raise NotEvaluable(f"no value for {base}[{index}]") from None

        self.sample = sample

    def child(self, local: dict) -> _Frame:
        """A frame with some matrices overridden (moved by a small step)."""
        names = frozenset(k[1] for k in local if isinstance(k, tuple))
        return _Frame(self.env, {**self.local, **local}, self.shared, self.varying | names)

    def matrix(self, name: str) -> Any:
        """The value of the matrix symbol ``name``."""
        get = getattr(self.env, "matrix", None)
        if get is not None:
            return get(name)
        for key, value in self.env.items():
            if isinstance(key, sp.MatrixSymbol) and str(key.name) == name:
                return value
        raise NotEvaluable(f"no value for the matrix {name}")

    def vector(self, label: sp.Symbol, index: int, rows: int) -> Any:
        """The value of sample ``index`` of the vector family ``label``."""
        get = getattr(self.env, "vector", None)
        if get is None:
            raise NotEvaluable(f"no value for {label}[{index}]")
        return get(label, index, rows)


_COMPILED: dict[sp.Basic, Callable[[_Frame], Any]] = {}


def compile_line(e: sp.Basic) -> Callable[[_Frame], Any]:
    """A Python function computing ``e`` from a frame of values (memoised per line)."""
    fn = _COMPILED.get(e)
    if fn is None:
        fn = _compile(e, frozenset())
        if len(_COMPILED) > 20000:
            _COMPILED.clear()
        _COMPILED[e] = fn
    return fn


_NAN = "nan"


def _lookup(key: sp.Basic) -> Callable[[_Frame], Any]:
    def get(f: _Frame) -> Any:
        try:
            return _num(f.env[key])
        except KeyError:
            raise NotEvaluable(f"no value for {key}") from None

    return get


def _compile(e: sp.Basic, bound: frozenset) -> Callable[[_Frame], Any]:
    if e in bound:
        return lambda f: f.local[e]
    if e.is_Integer:
        v = int(e)
        return lambda f: mpmath.mpf(v)
    if e.is_Rational:
        p, q = int(e.p), int(e.q)
        return lambda f: mpmath.mpf(p) / q
    if e.is_Float:
        m = e._mpf_
        return lambda f: mpmath.mpf(m)
    if e is sp.pi:
        return lambda f: +mpmath.pi
    if e is sp.E:
        return lambda f: mpmath.e()
    if e is sp.I:
        return lambda f: mpmath.mpc(0, 1)
    if e is sp.EulerGamma:
        return lambda f: +mpmath.euler
    if e in (sp.zoo, sp.nan, sp.oo, -sp.oo):
        return lambda f: mpmath.mpf(_NAN)
    if isinstance(e, sp.Symbol):
        return _lookup(e)
    if isinstance(e, sp.Indexed):
        # z[i, j] (two indices) is sampled by the tuple of its indices
        indices = [_compile(i, bound) for i in e.indices]
        base = e.base

        def indexed(f: _Frame) -> Any:
            values = [index(f) for index in indices]
            if any(mpmath.im(i) != 0 or i != int(i) for i in values):
                raise NotEvaluable(f"the index of {e} is not a whole number")
            key = int(values[0]) if len(values) == 1 else tuple(int(i) for i in values)
            return _num(f.sample(base, key))

        return indexed
    if is_matrix_node(e):
        return compile_matrix(
            e, bound, _compile, lambda m, b: hoisted(m, b, _series(m, b)), NotEvaluable
        )
    if isinstance(e, sp.Add):
        terms = [_compile(a, bound) for a in e.args]

        def add(f: _Frame) -> Any:
            total = mpmath.mpf(0)
            for t in terms:
                total += t(f)
            return total

        return add
    if isinstance(e, sp.Mul):
        factors = [_compile(a, bound) for a in e.args]

        def mul(f: _Frame) -> Any:
            out = mpmath.mpf(1)
            for t in factors:
                out *= t(f)
            return out

        return mul
    if isinstance(e, sp.Pow):
        if e.base is sp.E:
            x = _compile(e.exp, bound)
            if is_matrix_valued(e.exp):
                return lambda f: _EXP(as_number(x(f)))
            return lambda f: _EXP(x(f))
        b, x = _compile(e.base, bound), _compile(e.exp, bound)
        if is_matrix_valued(e.base):
            return lambda f: _power(as_number(b(f)), x(f))
        return lambda f: _power(b(f), x(f))
    if isinstance(e, sp.log):
        a = _compile(e.args[0], bound)
        if len(e.args) == 2:
            base = _compile(e.args[1], bound)
            return lambda f: _log(a(f)) / _log(base(f))
        return lambda f: _log(a(f))
    if isinstance(e, sp.factorial):
        a = _compile(e.args[0], bound)
        return lambda f: _factorial(a(f))
    if isinstance(e, (sp.Sum, sp.Product)):
        return hoisted(e, bound, _series(e, bound))
    if isinstance(e, sp.Integral):
        return compile_integral(e, bound, _compile)
    if isinstance(e, sp.Limit):
        return _limit(e, bound)
    func = _FUNCTIONS.get(type(e))
    if func is None:
        for cls, fn in _FUNCTIONS.items():
            if isinstance(e, cls):
                func = fn
                break
    if func is not None:
        args = [_compile(a, bound) for a in e.args]
        if any(is_matrix_valued(a) for a in e.args):
            # A function of a 1 x 1 matrix (sympy.stats' exp of a quadratic form) is the
            # function of its number.
            return lambda f: func(*(as_number(a(f)) for a in args))
        return lambda f: func(*(a(f) for a in args))
    raise NotEvaluable(f"no numeric value for {type(e).__name__}")


def _limit(e: sp.Limit, bound: frozenset) -> Callable[[_Frame], Any]:
    """``lim_{x -> a} f``: sympy's limit of ``f`` with the point's numbers put in for every
    other name (as exact decimals), a number or not evaluable. An antiderivative at an
    infinite end of an integral (``-e^{-\\lambda x}`` at ``x = \\infty``) is the case in
    mind; a limit of samples, sums or matrices is not evaluated."""
    body, var, point = e.args[0], e.args[1], e.args[2]
    side = str(e.args[3]) if len(e.args) > 3 else "+"
    if body.has(sp.Indexed, sp.Sum, sp.Product, sp.Integral) or is_matrix_node(body):
        raise NotEvaluable("a limit over samples, sums or integrals is not evaluated")
    names = sorted((s for s in body.free_symbols if s != var), key=str)
    values = [_compile(s, bound) for s in names]

    def limit(f: _Frame) -> Any:
        put = {}
        for s, v in zip(names, values, strict=True):
            x = v(f)
            if mpmath.im(x) != 0 or not mpmath.isfinite(x):
                raise NotEvaluable(f"no real value of {s} for the limit")
            put[s] = sp.Rational(mpmath.nstr(mpmath.re(x), mpmath.mp.dps))
        out = sp.limit(body.xreplace(put), var, point, side)
        if not out.is_number or out.has(sp.Limit, sp.AccumBounds, sp.nan, sp.zoo):
            raise NotEvaluable(f"the limit of {body} is not a number there")
        if out in (sp.oo, -sp.oo):
            return mpmath.mpf(_NAN)
        value = sp.N(out, mpmath.mp.dps)
        if not value.is_real:
            raise NotEvaluable(f"the limit of {body} is not real there")
        return mpmath.mpf(str(value))

    return limit


def _power(b: Any, x: Any) -> Any:
    if b == 0 and mpmath.re(x) < 0:
        return mpmath.mpf(_NAN)
    if mpmath.im(x) == 0 and x == int(x):
        return mpmath.power(b, int(x))
    if mpmath.im(b) == 0 and b < 0:
        b = mpmath.mpc(b)
    return mpmath.power(b, x)


def _log(a: Any) -> Any:
    if a == 0:
        return mpmath.mpf(_NAN)
    return mpmath.log(a)


def _factorial(a: Any) -> Any:
    if mpmath.im(a) != 0 or (a < 0 and a == int(a)):
        return mpmath.mpf(_NAN)
    return _FACTORIAL(a)


def _series(e: sp.Basic, bound: frozenset) -> Callable[[_Frame], Any]:
    (idx, lo, hi), *rest = e.limits
    inner = e.func(e.function, *rest) if rest else e.function
    body = _compile(inner, bound | {idx})
    if hi is sp.oo and isinstance(e, sp.Sum):
        return _to_infinity(e, idx, body, _compile(lo, bound))
    low, high = _compile(lo, bound), _compile(hi, bound)
    product = isinstance(e, sp.Product)

    def series(f: _Frame) -> Any:
        a, b = low(f), high(f)
        if any(mpmath.im(v) != 0 or v != int(v) for v in (a, b)):
            raise NotEvaluable(f"the range of {e} is not whole numbers")
        a, b = int(a), int(b)
        if b - a + 1 > MAX_SUM_TERMS:
            raise TooExpensive(
                f"a sum of {b - a + 1} terms exceeds the limit of {MAX_SUM_TERMS} terms"
            )
        out = mpmath.mpf(1) if product else mpmath.mpf(0)
        saved = f.local.get(idx)
        for k in range(a, b + 1):
            f.local[idx] = mpmath.mpf(k)
            v = body(f)
            out = out * v if product else out + v
        if saved is None:
            f.local.pop(idx, None)
        else:
            f.local[idx] = saved
        return out

    return series


def _to_infinity(
    e: sp.Basic, idx: sp.Symbol, body: Callable[[_Frame], Any], low: Callable[[_Frame], Any]
) -> Callable[[_Frame], Any]:
    """The value of ``sum_{idx=lo}^oo body`` at a frame (see :func:`sum_to_infinity`)."""

    def series(f: _Frame) -> Any:
        a = low(f)
        if mpmath.im(a) != 0 or not mpmath.isfinite(a) or a != int(a):
            raise NotEvaluable(f"the range of {e} does not start at a whole number")
        saved = f.local.get(idx)

        def term(k: Any) -> Any:
            f.local[idx] = mpmath.mpf(k)
            return body(f)

        try:
            return sum_to_infinity(term, int(a))
        finally:
            if saved is None:
                f.local.pop(idx, None)
            else:
                f.local[idx] = saved

    return series


class Unsettled(ValueError):
    """A sum to infinity has no value here: it diverges, or it does not settle within the
    limits (which skips the point in the numeric check, never refutes)."""


#: A sum to infinity is summed term by term while the terms shrink at least this fast ...
SERIES_RATIO = mpmath.mpf("0.95")
#: ... for this many terms in a row, until the tail they bound is below the working digits.
SERIES_STREAK = 10


def sum_to_infinity(term: Callable[[int], Any], a: int) -> Any:
    """``sum_{k=a}^oo term(k)`` to the working precision, or :class:`Unsettled`.

    Summed term by term, with :data:`SERIES_STREAK` guard digits more: once the ratio of
    consecutive terms has stayed at most :data:`SERIES_RATIO` for :data:`SERIES_STREAK`
    terms, the tail after term ``t`` is taken as at most ``|t| r / (1 - r)`` (the terms
    keep shrinking so: the ratio of a geometric, polynomial-times-geometric or
    exponential-type term falls towards its limit), and the sum stops when that is below
    the working digits. Within :data:`MAX_SUM_TERMS` terms, or not at all: a series that
    converges slowly (``sum 1/k^2``) or only conditionally has no value here, as a
    divergent one has none. Terms far larger than the sum (``sum (-30)^k / k!``) cancel
    digits away: the sum is taken again with as many more digits as were lost (at most
    :data:`SERIES_MAX_LOST`). The value is then confirmed by mpmath's ``nsum``
    (extrapolation, a different method): the two must agree to all but 8 digits.
    """
    dps = mpmath.mp.dps
    extra = 0
    total, lost = _summed(term, a, dps + SERIES_STREAK)
    # a total itself wrong for want of digits underestimates the loss: again, with the digits
    # the last sum says were lost, until it says no more than were given
    for _ in range(4):
        if lost <= extra + SERIES_STREAK - 2:
            break
        if lost > SERIES_MAX_LOST:
            raise Unsettled(f"a sum to infinity loses {lost} digits to cancellation")
        extra = lost + 2
        total, lost = _summed(term, a, dps + SERIES_STREAK + extra)
    else:
        raise Unsettled("a sum to infinity loses too many digits to cancellation")
    with mpmath.workdps(dps + SERIES_STREAK + extra):
        try:
            other = mpmath.nsum(term, [a, mpmath.inf])
        except (ValueError, ZeroDivisionError, OverflowError, TypeError) as exc:
            raise Unsettled(f"a sum to infinity is not confirmed: {exc}") from None
        if abs(other - total) > mpmath.mpf(10) ** -(dps - 8) * max(1, abs(total)):
            raise Unsettled("two ways of summing a series to infinity disagree")
    return +total


#: The most digits a sum to infinity may lose to cancellation and still be summed again.
SERIES_MAX_LOST = 200


def _summed(term: Callable[[int], Any], a: int, work: int) -> tuple[Any, int]:
    """The sum term by term at ``work`` digits (see :func:`sum_to_infinity`) and the digits
    its largest term puts above the total (cancellation)."""
    with mpmath.workdps(work):
        tol = mpmath.mpf(10) ** -(work - SERIES_STREAK + 5)
        total, prev, streak, largest = mpmath.mpf(0), None, 0, mpmath.mpf(0)
        for n in range(MAX_SUM_TERMS):
            t = term(a + n)
            if not mpmath.isfinite(t):
                raise Unsettled(f"term {a + n} of a sum to infinity has no value")
            total += t
            largest = max(largest, abs(t))
            if prev is not None:
                shrinking = t == 0 or (prev != 0 and abs(t) <= SERIES_RATIO * abs(prev))
                streak = streak + 1 if shrinking else 0
            prev = t
            bound = abs(t) * SERIES_RATIO / (1 - SERIES_RATIO)
            if streak >= SERIES_STREAK and bound <= tol * max(abs(total), tol):
                break
        else:
            raise Unsettled(
                f"a sum to infinity does not settle within {MAX_SUM_TERMS} terms"
                " (it diverges or converges too slowly)"
            )
        if largest == 0 or total == 0:
            return total, 0 if largest == 0 else SERIES_MAX_LOST + 1
        return total, max(0, int(mpmath.ceil(mpmath.log10(largest / abs(total)))))


def _num(v: Any) -> Any:
    if isinstance(v, (mpmath.mpf, mpmath.mpc)):
        return v
    if isinstance(v, bool):
        raise NotEvaluable("a truth value is not a number")
    if isinstance(v, int):
        return mpmath.mpf(v)
    if isinstance(v, float):
        return mpmath.mpf(v)
    if isinstance(v, complex):
        return mpmath.mpc(v)
    if isinstance(v, sp.Basic) and v.is_number:
        if v.is_Integer:
            return mpmath.mpf(int(v))
        if v.is_Rational:
            return mpmath.mpf(int(v.p)) / int(v.q)
        if v.is_Float:
            return mpmath.mpf(v._mpf_)
        c = complex(v.evalf(mpmath.mp.dps))
        return mpmath.mpc(c) if c.imag else mpmath.mpf(c.real)
    raise NotEvaluable(f"{v!r} is not a number")


__all__ = ["MAX_SUM_TERMS", "NotEvaluable", "TooExpensive", "compile_line", "evaluate"]
