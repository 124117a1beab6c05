"""Random points of the declared domain, and lines evaluated at them (for the numeric check).

Every sample size ``N`` is replaced by small concrete values, so each ``Sum``
becomes an explicit finite sum and each ``Derivative`` is taken of that
explicit expression - independently of the symbolic pipeline's sum rules.
Values are drawn from the declared assumptions (integers as integers,
positive or negative symbols and samples from a log-uniform range of that
sign, other reals from a normal law) and the expressions are evaluated with
30 significant digits; a disagreement is confirmed with sympy's
accuracy-tracking evalf before it counts. It comes back as a counterexample a
person can re-run by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

import mpmath
import numpy as np
import sympy as sp

from .._settings import DEFAULT, Settings
from ._normal import do_derivatives, expand_finite_sums

PREC = DEFAULT.precision


@dataclasses.dataclass(frozen=True)
class Point:
    """One random point: a value for every size, sample and parameter."""

    sizes: Mapping[sp.Symbol, int]
    values: Mapping[sp.Basic, sp.Float]
    samples: Mapping[str, list[float]]

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {str(k): v for k, v in self.sizes.items()}
        out.update(self.samples)
        out.update(
            {str(k): float(v) for k, v in self.values.items() if not isinstance(k, sp.Indexed)}
        )
        return out


def _sizes(expr: sp.Basic) -> list[sp.Symbol]:
    """Free symbols that are positive integers: sample sizes such as N."""
    return sorted(
        (
            s
            for s in expr.free_symbols
            if isinstance(s, sp.Symbol) and s.is_integer and s.is_positive
        ),
        key=str,
    )


def _draw(sym: sp.Symbol, rng: np.random.Generator) -> sp.Float:
    """A value in the declared domain of ``sym`` (integer, sign)."""
    if sym.is_integer:
        if sym.is_positive:
            v = rng.integers(1, 8)
        elif sym.is_nonnegative:
            v = rng.integers(0, 8)
        elif sym.is_negative:
            v = -rng.integers(1, 8)
        elif sym.is_nonpositive:
            v = -rng.integers(0, 8)
        else:
            v = rng.integers(-6, 7)
        return sp.Float(int(v), PREC)
    if sym.is_positive or sym.is_nonnegative:
        v = 10 ** rng.uniform(-1, 1)
    elif sym.is_negative or sym.is_nonpositive:
        v = -(10 ** rng.uniform(-1, 1))
    else:
        v = rng.normal(0.0, 2.0)
    return sp.Float(float(v), PREC)


def _draw_samples(base: sp.IndexedBase, rng: np.random.Generator, size: int) -> list[float]:
    """Samples that respect what is declared of ``base[n]`` (integer, sign)."""
    probe = base[sp.Dummy("i", integer=True)]
    if probe.is_integer:
        low = 1 if probe.is_positive else 0 if probe.is_nonnegative else -5
        return [float(v) for v in rng.integers(low, 8, size=size)]
    if probe.is_positive or probe.is_nonnegative:
        return [float(v) for v in 10 ** rng.uniform(-1, 1, size=size)]
    return [float(v) for v in rng.normal(0.0, 2.0, size=size)]


def random_points(
    exprs: Iterable[sp.Basic], rng: np.random.Generator, settings: Settings = DEFAULT
) -> list[Point]:
    """Random points covering every free symbol and sample of ``exprs``."""
    exprs = list(exprs)
    free: set[sp.Basic] = set().union(*(e.free_symbols for e in exprs))
    bases = sorted({i.base for e in exprs for i in e.atoms(sp.Indexed)}, key=str)
    sizes = sorted({s for e in exprs for s in _sizes(e)}, key=str)
    labels = {b.label for b in bases}
    # Indexed samples and their base labels are drawn per sample below; a bound
    # summation index never appears among the free symbols.
    params = sorted(
        (s for s in free if isinstance(s, sp.Symbol) and s not in sizes and s not in labels),
        key=str,
    )
    points = []
    for size in settings.sizes:
        for _ in range(settings.points_per_size):
            size_map = {s: size for s in sizes}
            values: dict[sp.Basic, sp.Float] = {p: _draw(p, rng) for p in params}
            samples: dict[str, list[float]] = {}
            for b in bases:
                xs = _draw_samples(b, rng, max(settings.sizes) + 1)
                samples[str(b.label)] = xs[1 : size + 1]
                for i, v in enumerate(xs):
                    values[b[i]] = sp.Float(v, PREC)
            points.append(Point(size_map, values, samples))
    return points


def concretize(expr: sp.Basic, sizes: Mapping[sp.Symbol, int]) -> sp.Basic:
    """Replace sample sizes by numbers and carry out every sum and derivative."""
    e = expr.xreplace({k: sp.Integer(v) for k, v in sizes.items()})
    return do_derivatives(expand_finite_sums(e))


def close(a: sp.Basic, b: sp.Basic, rtol: float = DEFAULT.rtol) -> bool:
    """Relative agreement to ``rtol``, with an absolute floor for values near 0."""
    if not (a.is_number and b.is_number):
        return False
    a, b = complex(a), complex(b)
    return abs(a - b) <= rtol * max(1.0, abs(a), abs(b))


def find_root(concrete: sp.Basic, unknown: sp.Symbol, point: Point) -> sp.Float | None:
    """A root in ``unknown`` of a concretised expression, everything else fixed at ``point``."""
    values = {k: v for k, v in point.values.items() if k != unknown}
    e = concrete.xreplace(values)
    if e.free_symbols != {unknown}:
        return None
    f = sp.lambdify(unknown, e, modules="mpmath")
    with mpmath.workdps(PREC):
        for start in (1.0, 0.5, 2.0, -1.0, 5.0):
            try:
                r = mpmath.findroot(f, mpmath.mpf(start))
            except (ValueError, ZeroDivisionError, TypeError):
                continue
            if abs(mpmath.im(r)) > 1e-20:
                continue
            r = mpmath.re(r)
            if unknown.is_positive and r <= 0:
                continue
            return sp.Float(r, PREC)
    return None


def residual(
    concrete: sp.Basic,
    point: Point,
    at: Mapping[sp.Basic, sp.Basic],
    tolerance: float = 1e-15,
    confirm: bool = True,
) -> float:
    """|value| of a concretised residual at ``point`` with ``at`` overriding values.

    Evaluated with sympy's accuracy-tracking evalf, so a residual that is zero
    is not drowned by rounding in terms that cancel.
    """
    values = dict(point.values)
    values.update(at)
    fast = abs(complex(concrete.xreplace(values).evalf(PREC)))
    if fast <= tolerance or not confirm:
        return fast
    # Confirm a non-zero with accuracy tracking: cancelling terms lose digits.
    return abs(complex(concrete.evalf(PREC, subs=values, maxn=4000)))


class Context:
    """Random points shared by every step of one derivation, with memoised values.

    Consecutive steps share a line (this step's line is the next one's
    previous line), so evaluating each line once per point halves the work.
    """

    def __init__(
        self, exprs: Iterable[sp.Basic], rng: np.random.Generator, settings: Settings = DEFAULT
    ) -> None:
        self.settings = settings
        self.points = random_points(exprs, rng, settings)
        self._memo: dict[tuple[sp.Basic, int], sp.Basic] = {}
        self._concrete: dict[tuple[sp.Basic, tuple[int, ...]], sp.Basic] = {}

    def concretized(self, expr: sp.Basic, k: int) -> sp.Basic:
        """``expr`` with its sums written out for point k's sample sizes."""
        pt = self.points[k]
        skey = (expr, tuple(sorted(pt.sizes.values())))
        if skey not in self._concrete:
            self._concrete[skey] = concretize(expr, pt.sizes)
        return self._concrete[skey]

    def value(self, expr: sp.Basic, k: int) -> sp.Basic:
        """Fast value: numbers put in, then arithmetic at 30 digits."""
        key = (expr, k)
        if key not in self._memo:
            self._memo[key] = (
                self.concretized(expr, k).xreplace(dict(self.points[k].values)).evalf(PREC)
            )
        return self._memo[key]

    def precise(self, expr: sp.Basic, k: int) -> sp.Basic:
        """Careful value: sympy's evalf with the numbers as substitutions tracks
        the accuracy of every operation and raises its working precision where
        terms cancel, so the result has PREC correct digits."""
        return self.concretized(expr, k).evalf(PREC, subs=dict(self.points[k].values), maxn=4000)

    def agree(self, a: sp.Basic, b: sp.Basic, k: int) -> tuple[bool, sp.Basic, sp.Basic]:
        """Do ``a`` and ``b`` agree at point ``k``? Returns the verdict and both values.

        The fast values decide agreement; a disagreement is confirmed with the
        careful values first, because the fast ones lose digits when large
        terms cancel and would refute a true step.
        """
        va, vb = self.value(a, k), self.value(b, k)
        rtol = self.settings.rtol
        if not (va.is_number and vb.is_number) or close(va, vb, rtol):
            return close(va, vb, rtol), va, vb
        va, vb = self.precise(a, k), self.precise(b, k)
        return close(va, vb, rtol), va, vb
