"""Random points of the declared domain, and lines evaluated at them (for the numeric check).

A point gives a value to every name a derivation uses:

- **sizes** (positive-integer symbols such as ``N``, ``K``, ``m``) each take
  their own values, independently: every point of a schedule of 1..8 and one
  random larger value, and with several sizes every ordering among them
  (``K < N``, ``K = N``, ``K = N + 1``, ``K > N + 1``), so a step that is wrong
  only at ``N = 4``, only for ``N >= 7`` or only when a range is empty is
  caught. A declared bound between sizes (``K \\le N``) is respected.
- **free indices** (``k`` in ``x_k`` outside any sum) take a value between 1 and
  the smallest size: they name one of the samples.
- **parameters** are drawn inside their domain (:mod:`._domains`): an interval
  (uniform inside, away from the ends), a half-line (log-uniform distance from
  its end), a finite set, integers; unbounded reals from a normal law.
- **samples** (``x[i]``) are drawn per index, lazily and reproducibly, inside
  the domain declared for the sample.

Every size and free index is then put in (never a bound summation index: the
substitution skips the variable a ``Sum`` binds), derivatives are taken by
sympy, and the line is evaluated by :mod:`._evaluate`, which iterates each sum
over its concrete range - a sum whose upper limit is below its lower one is
empty and 0. Lines are evaluated with 30 significant digits; a disagreement is
confirmed at 100 digits before it counts, and comes back as a counterexample a
person can re-run.
"""

from __future__ import annotations

import itertools
import math
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

import mpmath
import sympy as sp
from sympy.concrete.expr_with_limits import ExprWithLimits

from .._settings import DEFAULT, Settings
from ._domains import Domains, Interval
from ._evaluate import NotEvaluable, TooExpensive, evaluate
from ._matrix_eval import Mat, NotAMatrixValue
from ._matrix_expr import ArgMax, MatrixSum, VectorSample, has_matrices
from ._matrix_sampling import (
    MatrixPlan,
    concrete_shape,
    draw_matrix,
    draw_vector,
    is_positive_definite,
)
from ._normal import do_derivatives
from ._rng import Rng

PREC = DEFAULT.precision
#: Digits of the second evaluation that confirms a disagreement.
CAREFUL_DPS = 100

#: Size values every point schedule goes through, before one random larger value.
SIZE_SCHEDULE = (1, 2, 3, 4, 5, 6, 7, 8)


# --------------------------------------------------------------------------- substitution


def substitute(e: sp.Basic, mapping: Mapping[sp.Basic, sp.Basic]) -> sp.Basic:
    """``e`` with ``mapping`` put in, except for the variables a Sum or Product binds.

    ``xreplace`` would also replace the index ``n`` of ``Sum(f(n), (n, 1, N))``
    (giving ``Sum(f(3), (3, 1, N))``); here a bound variable is left alone
    inside its own sum.
    """
    if not mapping:
        return e
    if e in mapping:
        return mapping[e]
    if isinstance(e, sp.Indexed):
        indices = [substitute(i, mapping) for i in e.indices]
        return e.base[tuple(indices)] if len(indices) > 1 else e.base[indices[0]]
    if e.is_Atom:
        return e
    if isinstance(e, (sp.Sum, sp.Product, MatrixSum)):
        bound = {lim[0] for lim in e.limits}
        inner = {k: v for k, v in mapping.items() if k not in bound}
        body = substitute(e.function, inner)
        limits = [(lim[0], *(substitute(b, mapping) for b in lim[1:])) for lim in e.limits]
        return e.func(body, *limits)
    args = [substitute(a, mapping) for a in e.args]
    if all(a is b for a, b in zip(args, e.args, strict=True)):
        return e
    return e.func(*args)


def bare_symbols(e: sp.Basic) -> set[sp.Symbol]:
    """The free symbols of ``e`` that need a value: not the labels of its samples,
    unless the line also writes the letter bare.

    sympy counts the label ``x`` of ``x[i]`` among the free symbols of ``x[i]``, so
    ``free_symbols`` cannot tell a line with samples ``x_i`` from one that also writes a
    plain ``x`` beside them (``\\sum_i x \\log\\lambda``). A label is a name, not a
    number; a plain ``x`` is a variable of its own and needs a value.

    The tree is walked as written, never rebuilt: a rebuild evaluates, and
    ``sigma^2 sum x_n / sigma^2`` would lose ``sigma^2`` (no value drawn for it, and
    the line could not be evaluated), besides costing sympy's evaluation of every node.
    """
    out: set[sp.Symbol] = set()
    stack: list[tuple[sp.Basic, frozenset]] = [(e, frozenset())]
    while stack:
        node, bound = stack.pop()
        if isinstance(node, sp.Symbol):
            if node not in bound:
                out.add(node)
        elif isinstance(node, sp.Indexed):
            stack.extend((i, bound) for i in node.indices)  # the label is a name
        elif isinstance(node, sp.IndexedBase) or node.is_Atom:
            continue
        elif isinstance(node, (ExprWithLimits, MatrixSum)):
            inner = bound | {lim[0] for lim in node.limits}
            stack.append((node.function, inner))
            stack.extend((b, bound) for lim in node.limits for b in lim[1:])
        elif isinstance(node, ArgMax):
            stack.append((node.objective, bound | set(node.variables)))
        else:
            stack.extend((a, bound) for a in node.args)
    return out


def free_indices(e: sp.Basic, bound: frozenset = frozenset()) -> set[sp.Symbol]:
    """Symbols that index a sample outside any sum binding them (``k`` in ``x_k``).

    Walks the tree itself: sympy leaves a derivative's variable (``x_n`` in
    ``d/dx_n``) out of ``free_symbols``, but its index is free all the same.
    """
    if isinstance(e, sp.Indexed):
        return {s for i in e.indices for s in i.free_symbols if s not in bound}
    if isinstance(e, VectorSample):
        return {s for s in e.index.free_symbols if s not in bound}
    if e.is_Atom:
        return set()
    if isinstance(e, (sp.Sum, sp.Product, MatrixSum)):
        inner = bound | {lim[0] for lim in e.limits}
        out = free_indices(e.function, inner)
        for lim in e.limits:
            for b in lim[1:]:
                out |= free_indices(b, bound)
        return out
    out: set[sp.Symbol] = set()
    for a in e.args:
        out |= free_indices(a, bound)
    return out


# --------------------------------------------------------------------------- points


class Point:
    """One random point: sizes, free indices, parameters, and samples drawn on demand."""

    def __init__(
        self,
        sizes: Mapping[sp.Symbol, int],
        values: Mapping[sp.Basic, sp.Float],
        seed: int,
        domains: Domains,
        bases: Iterable[sp.IndexedBase],
    ) -> None:
        self.sizes = dict(sizes)
        self.values: dict[sp.Basic, sp.Basic] = dict(values)
        self.seed = seed
        self.domains = domains
        self.bases = sorted(set(bases), key=str)
        self._samples: dict[tuple[sp.IndexedBase, int], sp.Basic] = {}
        #: Vector families (label, rows) and dimension symbols of a matrix line.
        self.families: list[tuple[sp.Symbol, sp.Basic]] = []
        self.dims: tuple[sp.Symbol, ...] = ()
        self._vectors: dict[tuple[str, int, int], Any] = {}

    def matrix(self, name: str) -> Any:
        """The value of the matrix symbol called ``name`` at this point."""
        for k, v in self.values.items():
            if isinstance(k, sp.MatrixSymbol) and str(k.name) == name:
                return v
        raise NotEvaluable(f"no value for the matrix {name}")

    def vector(self, label: sp.Symbol, index: int, rows: int) -> Any:
        """Sample ``index`` of the vector family ``label`` (drawn once, reproducibly)."""
        key = (label, index, rows)
        value = self._vectors.get(key)
        if value is None:
            value = self._vectors[key] = draw_vector(self.seed, label, index, rows)
        return value

    def sample(self, base: sp.IndexedBase, index: int) -> sp.Basic:
        """The value of ``base[index]`` at this point (drawn once, reproducibly)."""
        key = (base, index)
        value = self._samples.get(key)
        if value is None:
            at = index if isinstance(index, tuple) else (index,)  # z[i, j]: a tuple
            rng = Rng([self.seed, zlib.crc32(str(base.label).encode()), *(i + 10 for i in at)])
            value = self._samples[key] = _draw(
                self.domains.interval(base[sp.Dummy("i", integer=True)]),
                self.domains.domain_of(base),
                rng,
                self.values,
                self.domains,
            )
        return value

    def describe(self, *lines: Any) -> dict[str, Any]:
        """The point as plain numbers: sizes, samples (indices 1..largest size), parameters.

        With ``lines`` (the expressions compared), only the letters they hold: the point
        draws every letter of the derivation, and a letter the lines do not hold is no part
        of their counterexample (a condition the prose states about it, ``|r| < 1``, says
        nothing of a row in ``p``; ._conditions reads the point's letters)."""
        out = self._described()
        if not lines or not all(isinstance(e, sp.Basic) for e in lines):
            return out
        names: set[str] = set()
        for e in lines:
            names |= {str(s) for s in e.free_symbols}
            names |= {str(b.label) for b in e.atoms(sp.IndexedBase)}
        return {k: v for k, v in out.items() if k.partition(" (the symbol")[0] in names}

    def _described(self) -> dict[str, Any]:
        out: dict[str, Any] = {str(k): v for k, v in self.sizes.items()}
        top = max(self.sizes.values(), default=3)
        for b in self.bases:
            # Samples the line names by number (x_3 with n = 1) are shown too.
            drawn = [k for (base, k) in self._samples if base == b and isinstance(k, int)]
            last = max([top, *drawn])
            out[str(b.label)] = [float(self.sample(b, i)) for i in range(1, last + 1)]
        samples = set(out)
        for k, v in self.values.items():
            if isinstance(k, sp.Indexed) or k in self.sizes:
                continue
            # A post may use one name for a sample (x_i) and a plain symbol (P(X = x)):
            # the symbol's value never hides the sample's.
            name = str(k) if str(k) not in samples else f"{k} (the symbol, not the sample)"
            out[name] = _plain_value(v)
        if self.families:
            top = max((v for k, v in self.sizes.items() if k not in self.dims), default=3)
            for label, rows in self.families:
                r = int(sp.sympify(rows).xreplace(self.sizes))
                out[str(label)] = [self.vector(label, i, r).tolist() for i in range(1, top + 1)]
        return out


def _plain_value(v: Any) -> Any:
    """A point's value as plain numbers (a matrix as nested lists)."""
    if isinstance(v, Mat):
        return v.tolist()
    return int(v) if v.is_Integer else float(v)


def _bounded_by_a_name(dom: Any) -> bool:
    return isinstance(getattr(dom, "upper", None), str) or isinstance(
        getattr(dom, "lower", None), str
    )


def _bound_value(v: Any, values: Mapping[sp.Basic, sp.Basic], domains: Domains) -> float | None:
    if v is None or v in ("oo", "-oo"):
        return None
    if isinstance(v, str):
        for sym, val in values.items():
            if str(sym) == v:
                return float(val)
        return None
    return float(v)


def _draw(
    interval: Interval,
    dom: Any,
    rng: Rng,
    values: Mapping[sp.Basic, sp.Basic],
    domains: Domains,
) -> sp.Basic:
    """A value inside ``interval`` (and the domain's set or symbolic bounds)."""
    lo, hi = interval.lo, interval.hi
    if dom is not None:
        # A bound that names another symbol is that symbol's value at this point.
        blo = _bound_value(dom.lower, values, domains)
        bhi = _bound_value(dom.upper, values, domains)
        lo = max(lo, blo) if blo is not None else lo
        hi = min(hi, bhi) if bhi is not None else hi
        if dom.members is not None:
            return sp.Rational(dom.members[int(rng.integers(len(dom.members)))])
    excluded = {float(v) for v in (dom.excluded if dom is not None else ())}
    if interval.nonzero:
        excluded.add(0.0)
    for _ in range(20):
        v = _draw_number(lo, hi, interval, rng)
        if float(v) not in excluded:
            return v
    return v


def _draw_number(lo: float, hi: float, interval: Interval, rng: Rng) -> sp.Basic:
    if interval.integer:
        a = math.ceil(lo) if math.isfinite(lo) else None
        b = math.floor(hi) if math.isfinite(hi) else None
        if a is not None and not interval.lo_closed and a == lo:
            a += 1
        if b is not None and not interval.hi_closed and b == hi:
            b -= 1
        if a is None and b is None:
            return sp.Integer(int(rng.integers(-6, 7)))
        if a is None:
            return sp.Integer(b - int(rng.integers(0, 8)))
        if b is None:
            return sp.Integer(a + int(rng.integers(0, 8)))
        return sp.Integer(int(rng.integers(a, max(a, b) + 1)))
    if math.isfinite(lo) and math.isfinite(hi):
        if hi <= lo:
            return sp.Float(lo, PREC)
        return sp.Float(lo + (hi - lo) * float(rng.uniform(0.05, 0.95)), PREC)
    if math.isfinite(lo):
        return sp.Float(lo + 10 ** float(rng.uniform(-1, 1)), PREC)
    if math.isfinite(hi):
        return sp.Float(hi - 10 ** float(rng.uniform(-1, 1)), PREC)
    return sp.Float(float(rng.normal(0.0, 2.0)), PREC)


def _is_size(sym: sp.Symbol, domains: Domains) -> bool:
    i = domains.interval(sym)
    return i.integer and i.lo >= 1


def size_schedule(sizes: list[sp.Symbol], rng: Rng, domains: Domains) -> list[dict[sp.Symbol, int]]:
    """The size values of every point: each size independently, every ordering between two."""
    if not sizes:
        return [{}] * 4
    values = [*SIZE_SCHEDULE, int(rng.integers(9, 25))]
    plans: list[dict[sp.Symbol, int]] = []
    for k in range(len(values)):
        plans.append({s: values[(k + 3 * j) % len(values)] for j, s in enumerate(sizes)})
    for j, a in enumerate(sizes):
        for b in sizes[j + 1 :]:
            for va, vb in ((3, 3), (4, 3), (3, 4), (5, 3), (3, 5), (1, 1), (2, 1), (1, 2)):
                plan = {s: 3 for s in sizes}
                plan[a], plan[b] = va, vb
                plans.append(plan)
    # Respect declared bounds: within an interval, and "K <= N" between sizes.
    out = []
    seen = set()
    for plan in plans:
        fixed = dict(plan)
        for _ in range(2):
            for s in sizes:
                iv = domains.interval(s)
                v = fixed[s]
                if math.isfinite(iv.hi):
                    v = min(v, int(math.floor(iv.hi)))
                v = max(v, int(math.ceil(iv.lo)) if math.isfinite(iv.lo) else 1)
                dom = domains.domain_of(s)
                if dom is not None:
                    named = {str(t): fixed[t] for t in sizes}
                    if isinstance(dom.upper, str) and dom.upper in named:
                        v = min(v, named[dom.upper] - (1 if dom.upper_strict else 0))
                    if isinstance(dom.lower, str) and dom.lower in named:
                        v = max(v, named[dom.lower] + (1 if dom.lower_strict else 0))
                fixed[s] = v
        key = tuple(fixed[s] for s in sizes)
        if key not in seen:
            seen.add(key)
            out.append(fixed)
    return out


def random_points(
    exprs: Iterable[sp.Basic],
    rng: Rng,
    settings: Settings = DEFAULT,
    domains: Domains | None = None,
) -> list[Point]:
    """Random points covering every free symbol and sample of ``exprs``."""
    domains = domains if domains is not None else Domains()
    exprs = list(exprs)
    free: set[sp.Symbol] = set().union(*(bare_symbols(e) for e in exprs)) if exprs else set()
    bases = sorted({i.base for e in exprs for i in e.atoms(sp.Indexed)}, key=str)
    indices = set().union(*(free_indices(e) for e in exprs)) if exprs else set()
    symbols = list(free)
    plan = MatrixPlan(exprs) if any(has_matrices(e) for e in exprs) else None
    if plan is not None:
        # Vector families' labels are names, not numbers; dimensions take their own
        # schedule (1..4), not the sample sizes'.
        family_labels = {label for label, _ in plan.families}
        symbols = [s for s in symbols if s not in family_labels and s not in plan.dims]
    sizes = sorted((s for s in symbols if s not in indices and _is_size(s, domains)), key=str)
    params = sorted((s for s in symbols if s not in indices and s not in sizes), key=str)
    # Parameters whose bounds name other parameters are drawn after them (a > b: b first).
    params.sort(key=lambda s: _bounded_by_a_name(domains.domain_of(s)))
    seed = int(rng.integers(2**31))
    contradicted = {p for p in params if domains.contradicted({p})}
    points = []
    for k, sizes_k in enumerate(size_schedule(sizes, rng, domains)):
        values: dict[sp.Basic, sp.Basic] = {s: sp.Integer(v) for s, v in sizes_k.items()}
        smallest = min(sizes_k.values(), default=3)
        for s in sorted(indices, key=str):
            values[s] = sp.Integer(int(rng.integers(1, smallest + 1)))
        for p in params:
            # (what is assumed of p contradicts itself: drawn as if nothing were, see
            # Domains.contradicted; its interval falls back to its flags already)
            dom = None if p in contradicted else domains.domain_of(p)
            values[p] = _draw(domains.interval(p), dom, rng, values, domains)
        if plan is None:
            points.append(Point(sizes_k, values, seed + 7919 * k, domains, bases))
        else:
            points.append(_matrix_point(plan, k, sizes_k, values, seed + 7919 * k, domains, bases))
    return points


def _matrix_point(
    plan: MatrixPlan,
    k: int,
    sizes: Mapping[sp.Symbol, int],
    values: dict[sp.Basic, Any],
    seed: int,
    domains: Domains,
    bases: Iterable[sp.IndexedBase],
) -> Point:
    """A point of a matrix line: dimensions, then a random matrix per matrix symbol."""
    dims = plan.dimension_values(k)
    all_sizes = {**sizes, **dims}
    values = {**values, **{s: sp.Integer(v) for s, v in dims.items()}}
    for m in plan.symbols:
        dom = domains.domain_of(m)
        kind = getattr(dom, "matrix", None)
        values[m] = draw_matrix(concrete_shape(m, values), kind, seed, str(m.name))
    pt = Point(all_sizes, values, seed, domains, bases)
    pt.families = list(plan.families)
    pt.dims = tuple(dims)
    return pt


def concretize(expr: sp.Basic, point: Point) -> sp.Basic:
    """Sizes and free indices put in (bound indices untouched), derivatives carried out.

    Sums stay: the evaluator iterates them over their now numeric ranges. A
    derivative with respect to one sample (``x_3`` once its index is put in)
    becomes a sum with a Kronecker delta, which the evaluator also knows.
    """
    fixed = {s: v for s, v in point.values.items() if _is_index_value(s, v)}
    return do_derivatives(substitute(expr, fixed))


def _by_a_sample(expr: sp.Basic) -> bool:
    """Does ``expr`` differentiate with respect to a sample (``d/dx_k``)?"""
    return any(isinstance(v, sp.Indexed) for d in expr.atoms(sp.Derivative) for v in d.variables)


def _is_index_value(s: sp.Basic, v: sp.Basic) -> bool:
    return isinstance(s, sp.Symbol) and bool(s.is_integer) and v.is_Integer


class _Env:
    """A point's values with some overridden (the unknown at a root)."""

    def __init__(self, point: Point, at: Mapping[sp.Basic, Any] | None = None) -> None:
        self.point = point
        self.at = dict(at or {})

    def __getitem__(self, key: sp.Basic) -> Any:
        if key in self.at:
            return self.at[key]
        return self.point.values[key]

    def __contains__(self, key: object) -> bool:
        return key in self.at or key in self.point.values

    def sample(self, base: sp.IndexedBase, index: int) -> Any:
        return self.point.sample(base, index)

    def matrix(self, name: str) -> Any:
        for k, v in self.at.items():
            if isinstance(k, sp.MatrixSymbol) and str(k.name) == name:
                return v
        return self.point.matrix(name)

    def vector(self, label: sp.Symbol, index: int, rows: int) -> Any:
        return self.point.vector(label, index, rows)


def close(a: Any, b: Any, rtol: float = DEFAULT.rtol) -> bool:
    """Relative agreement to ``rtol``, with an absolute floor for values near 0."""
    if a is None or b is None or not (defined(a) and defined(b)):
        return False
    if isinstance(a, Mat) or isinstance(b, Mat):
        try:
            return abs(a - b) <= rtol * max(1, abs(a), abs(b))
        except NotAMatrixValue:
            return False  # different shapes
    return abs(a - b) <= rtol * max(1, abs(a), abs(b))


def defined(v: Any) -> bool:
    """A finite number (real or complex): the line is defined at the point."""
    if v is None:
        return False
    if isinstance(v, Mat):
        return v.isfinite()
    try:
        return bool(mpmath.isfinite(v))
    except (TypeError, ValueError):
        return False


def is_real(v: Any, rtol: float = 1e-12) -> bool:
    if isinstance(v, Mat):
        return v.is_real(rtol)
    return abs(mpmath.im(v)) <= rtol * max(1, abs(mpmath.re(v)))


def _value(concrete: sp.Basic, env: _Env, dps: int, shared: dict | None = None) -> Any:
    try:
        return evaluate(concrete, env, dps, shared)
    except (ZeroDivisionError, OverflowError):
        return mpmath.mpf("nan")
    except (ValueError, TypeError) as exc:
        if isinstance(exc, TooExpensive):
            raise
        if isinstance(exc, NotEvaluable):
            return None
        return mpmath.mpf("nan")


def find_root(
    concrete: sp.Basic,
    unknown: sp.Symbol,
    point: Point,
    domains: Domains | None = None,
    shared: dict | None = None,
) -> Any | None:
    """A real root in ``unknown`` of a concretised expression inside its domain, or None.

    Three tries, cheapest first: one secant step (an equation affine in the
    unknown - most first-order conditions - is solved by it: three values);
    a sign change on a grid spanning the unknown's domain, closed in by a
    bracketing solver (an equation like ``S/s - N = 0``, whose secant runs off
    towards the asymptote); and Newton-secant from the grid value nearest zero
    (a double root, which no sign change shows). ``shared`` keeps the values of
    sums that do not involve the unknown between the evaluations (see
    :func:`._matrix_eval.hoisted`).
    """
    if isinstance(unknown, sp.MatrixSymbol):
        return find_matrix_root(concrete, unknown, point, domains)
    iv = domains.interval(unknown) if domains is not None else Interval()
    varying = frozenset({str(unknown.name)})
    store = {} if shared is None else shared

    def f(u: Any) -> Any:
        v = evaluate(concrete, _Env(point, {unknown: u}), PREC, store, varying)
        if not defined(v):
            raise ValueError("undefined")
        return v

    def value(u: Any) -> Any | None:
        try:
            return f(u)
        except (ValueError, ZeroDivisionError, TypeError, OverflowError, NotEvaluable):
            return None

    def inside(r: Any, margin: Any = None) -> Any | None:
        if abs(mpmath.im(r)) > 1e-20:
            return None
        r = mpmath.re(r)
        if not iv.contains(float(r)) or _at_open_end(iv, r, margin):
            return None
        return r

    with mpmath.workdps(PREC):
        tol = mpmath.eps * 2**10  # mpmath.findroot's own test: |f(root)|^2 <= tol
        grid = _root_grid(iv)
        a, b = mpmath.mpf(grid[len(grid) // 2]), mpmath.mpf(grid[len(grid) // 2]) * 1.25 + 0.25
        fa, fb = value(a), value(b)
        if fa is not None and fb is not None and fa != fb:
            r = b - fb * (b - a) / (fb - fa)
            fr = value(r)
            # Relative to the line's size: a line of size 1e-27 everywhere is below
            # findroot's absolute tolerance at every point, not zero at this one.
            size = max(abs(fa), abs(fb))
            if (
                fr is not None
                and abs(fr / size) ** 2 <= tol
                and _stands_out(value, r)
                and (r := inside(r)) is not None
            ):
                return r
        values = [(mpmath.mpf(u), value(mpmath.mpf(u))) for u in grid]
        values = [(u, v) for u, v in values if v is not None and abs(mpmath.im(v)) <= 1e-20]
        # Scaled by its smallest size on the grid (never larger: a root must still be
        # a root to findroot's tolerance), so a line of size 1e-470 is not "solved"
        # everywhere; exp(y) - exp(c), huge at the grid's far end, is not shrunk.
        size = min((abs(v) for _, v in values if v != 0), default=mpmath.mpf(1))
        size = min(size, mpmath.mpf(1))
        f_unscaled = f

        def f(u: Any) -> Any:  # noqa: F811 - the same line, scaled up when it is tiny
            return f_unscaled(u) / size

        for (u0, v0), (u1, v1) in itertools.pairwise(values):
            v0, v1 = mpmath.re(v0), mpmath.re(v1)
            if v0 == 0 and inside(u0) is not None:
                return u0
            if (v0 < 0) == (v1 < 0):
                continue
            try:
                r = mpmath.findroot(f, (u0, u1), solver="anderson")
            except (ValueError, ZeroDivisionError, TypeError, OverflowError, NotEvaluable):
                continue
            if (r := inside(r)) is not None:
                return r
        if values:
            # No sign change: an even root, which Newton-secant finds only to about half
            # the digits (sigma^2 = 0 "solved" by sigma = 1e-9). Near an end the domain
            # excludes, such a root may be the end itself: no point to test.
            nearest = min(values, key=lambda uv: abs(uv[1]))[0]
            try:
                r = mpmath.findroot(f, nearest)
            except (ValueError, ZeroDivisionError, TypeError, OverflowError, NotEvaluable):
                return None
            if not _stands_out(value, r):
                return None
            return inside(r, mpmath.mpf(10) ** -6)
    return None


def _stands_out(value: Any, r: Any) -> bool:
    """Is ``r`` a root, not a point where the line only fades towards 0?

    Newton from the grid value nearest 0 also "converges" where the line tends to 0 far
    out (``(1/b)(-3n + S/b)`` at ``b = 1e5``, below findroot's absolute tolerance), and a
    written line that tends to 0 more slowly there was refuted at that point. At a true
    root the line grows away from it, a thousandth of ``r`` on either side, by far more
    than its value at ``r``; where it fades, it is as small on both sides.
    """
    step = max(abs(r), mpmath.mpf(1)) * mpmath.mpf(10) ** -3
    here, left, right = value(r), value(r - step), value(r + step)
    if here is None or left is None or right is None:
        return False
    return abs(here) * 10**6 <= max(abs(left), abs(right))


#: Where a root search looks for a sign change, relative to the domain's ends.
_STEPS = (1e-3, 1e-2, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0, 1e3)


def _root_grid(iv: Interval) -> list[float]:
    """Values of an unknown spanning its domain ``iv``, in increasing order."""
    if math.isfinite(iv.lo) and math.isfinite(iv.hi):
        steps = (0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.98)
        return [iv.lo + (iv.hi - iv.lo) * t for t in steps]
    if math.isfinite(iv.lo):
        return [iv.lo + d for d in _STEPS]
    if math.isfinite(iv.hi):
        return sorted(iv.hi - d for d in _STEPS)
    return sorted([-d for d in _STEPS] + [0.0] + list(_STEPS))


def _at_open_end(iv: Interval, r: Any, margin: Any = None) -> bool:
    """Is the root ``r`` indistinguishable (at half the working digits) from an end the
    domain excludes - ``D > 0`` solved by ``D = 1e-37``, where the previous line only
    holds to rounding? Such a root is not a point of the domain: the sample is skipped
    (never a counterexample drawn at the edge of the domain)."""
    if margin is None:
        margin = mpmath.mpf(10) ** (-(PREC // 2))
    ends = [(iv.lo, iv.lo_closed), (iv.hi, iv.hi_closed)]
    if iv.nonzero:
        ends.append((0.0, False))
    return any(
        not closed and math.isfinite(end) and abs(r - end) <= margin * max(1, abs(end))
        for end, closed in ends
    )


def find_matrix_root(
    concrete: sp.Basic,
    unknown: sp.MatrixSymbol,
    point: Point,
    domains: Domains | None = None,
    start: Mat | None = None,
    steps: int = 8,
) -> Mat | None:
    """A root of a matrix equation's residual in the matrix ``unknown``, or None.

    Newton's method on the unknown's entries (the Jacobian by forward
    differences at 60 digits), from ``start`` or the point's own value of the
    unknown; an affine residual (``Sigma^{-1} sum (x_n - mu)`` in ``mu``) is solved
    in one step. A root must lie in the unknown's domain (positive definite where
    declared so).
    """
    name = str(unknown.name)
    if start is None:
        start = point.matrix(name)
    size = start.rows * start.cols

    shared: dict = {}  # what does not depend on the unknown, computed once
    varying = frozenset({name})

    def resid(x: Mat) -> list[Any] | None:
        try:
            v = evaluate(concrete, _Env(point, {unknown: x}), 60, shared, varying)
        except (ZeroDivisionError, OverflowError, ValueError, TypeError):
            return None
        entries = v.entries() if isinstance(v, Mat) else [v]
        if len(entries) != size or not all(defined(t) for t in entries):
            return None
        return entries

    with mpmath.workdps(60):
        x = start.copy()
        h = mpmath.mpf(10) ** -25
        for _ in range(steps):
            r = resid(x)
            if r is None:
                return None
            scale = max(1, abs(x))
            if max(abs(t) for t in r) <= mpmath.mpf(10) ** -45 * scale:
                break
            jac = Mat.zeros(size, size)
            for j in range(size):
                moved = x.copy()
                moved.data[j // x.cols][j % x.cols] += h
                rj = resid(moved)
                if rj is None:
                    return None
                for i in range(size):
                    jac.data[i][j] = (rj[i] - r[i]) / h
            try:
                step = jac.inverse().matmul(Mat([[-t] for t in r]))
            except ZeroDivisionError:
                return None
            if steps == 1:
                x = _moved(x, step, 1)
                continue
            # Damped: the longest of the steps 1, 1/2, 1/4 ... that shrinks the residual
            # (Newton on an inverse, Sigma^{-1} S Sigma^{-1}, overshoots from far away).
            norm = max(abs(t) for t in r)
            for k in range(8):
                trial = _moved(x, step, mpmath.mpf(2) ** -k)
                rt = resid(trial)
                if rt is not None and max(abs(t) for t in rt) < norm:
                    break
            x = trial
        r = resid(x)
        if r is None or max(abs(t) for t in r) > mpmath.mpf(10) ** -25 * max(1, abs(x)):
            return None
        dom = domains.domain_of(unknown) if domains is not None else None
        if getattr(dom, "matrix", None) == "spd" and not is_positive_definite(x):
            return None
    with mpmath.workdps(PREC):
        return Mat([[+v for v in row] for row in x.data])


def _moved(x: Mat, step: Mat, t: Any) -> Mat:
    return Mat(
        [[x.data[i][j] + t * step.data[i * x.cols + j][0] for j in range(x.cols)]
         for i in range(x.rows)]
    )  # fmt: skip


def residual(
    concrete: sp.Basic,
    point: Point,
    at: Mapping[sp.Basic, Any],
    tolerance: float = 1e-15,
    confirm: bool = True,
) -> float | None:
    """|value| of a concretised residual at ``point`` with ``at`` overriding values.

    None when the residual is undefined there. A residual above ``tolerance``
    is confirmed at a much higher precision, so cancelling terms cannot make
    a zero look like a non-zero.
    """
    env = _Env(point, at)
    fast = _value(concrete, env, PREC)
    if not defined(fast):
        return None
    if abs(fast) <= tolerance or not confirm:
        return float(abs(fast))
    careful = _value(concrete, env, CAREFUL_DPS)
    return float(abs(careful)) if defined(careful) else None


def signed_value(concrete: sp.Basic, point: Point, at: Mapping[sp.Basic, Any]) -> float | None:
    """The real value of a concretised expression at ``point`` (None when undefined there
    or not real)."""
    v = _value(concrete, _Env(point, at), PREC)
    if not defined(v) or isinstance(v, Mat) or not is_real(v):
        return None
    return float(mpmath.re(v))


class Context:
    """Random points shared by every step of one derivation, with memoised values.

    Consecutive steps share a line (this step's line is the next one's
    previous line), so evaluating each line once per point halves the work.
    """

    def __init__(
        self,
        exprs: Iterable[sp.Basic],
        rng: Rng,
        settings: Settings = DEFAULT,
        domains: Domains | None = None,
    ) -> None:
        self.settings = settings
        self.domains = domains if domains is not None else Domains()
        self.points = random_points(exprs, rng, settings, self.domains)
        self._memo: dict[tuple[sp.Basic, int], Any] = {}
        # Per point and precision: values of sums, derivatives by a matrix, inverses and
        # determinants, shared by every line they occur in (see _matrix_eval.hoisted).
        self._shared: dict[tuple[int, int], dict] = {}
        self._concrete: dict[tuple[sp.Basic, tuple], sp.Basic] = {}
        self._derived: dict[sp.Basic, sp.Basic | None] = {}

    def concretized(self, expr: sp.Basic, k: int) -> sp.Basic:
        """``expr`` with point k's sizes and indices put in and derivatives carried out."""
        pt = self.points[k]
        if has_matrices(expr):
            # A matrix line is evaluated as it stands: the evaluator reads sizes and
            # indices from the point (no sympy rebuild of matrix products per point,
            # and one compiled line for every point). Derivatives by a matrix are taken
            # numerically by the evaluator.
            if expr not in self._derived:
                self._derived[expr] = do_derivatives(expr)
            return self._derived[expr]
        fixed = {s: v for s, v in pt.values.items() if _is_index_value(s, v)}
        key = (expr, tuple(sorted((str(s), int(v)) for s, v in fixed.items())))
        if key not in self._concrete:
            # Derivatives by a parameter commute with putting in the sizes: take them
            # once, on the sums. A derivative by a sample needs the index first.
            if expr not in self._derived:
                self._derived[expr] = None if _by_a_sample(expr) else do_derivatives(expr)
            derived = self._derived[expr]
            # Sizes and indices are read from the point by the evaluator, as for a
            # matrix line: one compiled line for every point, no sympy rebuild.
            self._concrete[key] = concretize(expr, pt) if derived is None else derived
        return self._concrete[key]

    def shared(self, k: int) -> dict:
        """Point k's values of sums, inverses and determinants at 30 digits, kept between
        lines and root searches (see :func:`._matrix_eval.hoisted`)."""
        return self._shared.setdefault((k, PREC), {})

    def value(self, expr: sp.Basic, k: int) -> Any:
        """The value at 30 digits (None: the line has no numeric value, nan: undefined)."""
        key = (expr, k)
        if key not in self._memo:
            shared = self.shared(k)
            self._memo[key] = _value(self.concretized(expr, k), _Env(self.points[k]), PREC, shared)
        return self._memo[key]

    def precise(self, expr: sp.Basic, k: int, dps: int = CAREFUL_DPS) -> Any:
        """The value at a much higher precision, to confirm a disagreement."""
        shared = self._shared.setdefault((k, dps), {})
        return _value(self.concretized(expr, k), _Env(self.points[k]), dps, shared)

    def agree(self, a: sp.Basic, b: sp.Basic, k: int) -> tuple[bool, Any, Any]:
        """Do ``a`` and ``b`` agree at point ``k``? Returns the verdict and both values.

        The 30-digit values decide agreement; a disagreement is confirmed at a
        higher precision first, because large terms that cancel lose digits
        and would refute a true step.
        """
        va, vb = self.value(a, k), self.value(b, k)
        rtol = self.settings.rtol
        if not (defined(va) and defined(vb)) or close(va, vb, rtol):
            return close(va, vb, rtol), va, vb
        va, vb = self.precise(a, k), self.precise(b, k)
        return close(va, vb, rtol), va, vb


__all__ = [
    "Context",
    "Point",
    "close",
    "concretize",
    "defined",
    "find_root",
    "free_indices",
    "is_real",
    "random_points",
    "residual",
    "size_schedule",
    "substitute",
]
