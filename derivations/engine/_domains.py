"""What the engine knows of a derivation's symbols: declared domains, sympy flags, natural domains.

Three sources, in order of strength:

1. domains declared in the assumption language (``Assumption(p, ..., domain="0 < p < 1")``,
   a post's ``assume:``, ``--assume``; see :mod:`derivations.assumptions`);
2. the sympy flags of the symbols (``positive=True``, ``integer=True``);
3. the *natural domain* of the lines that start the derivation's chains: where a
   ``log`` argument is positive, a denominator non-zero, a square root's argument
   non-negative, a factorial's argument a non-negative integer. For a name about
   which nothing is declared, the conditions that bound that one name
   (``log(lambda)`` -> ``lambda > 0``, ``log(1 - p)`` -> ``p < 1``) are assumed
   and reported as "assumed from the definition (step i)".

:class:`Domains` answers sign questions about expressions by interval
arithmetic over these facts (sympy's own assumptions answer ``None`` for
``1 - p`` with ``0 < p < 1``; see NOTES.md), and :func:`conditions` lists
where an expression is defined. The numeric check draws its points inside the
domains, so a counterexample always satisfies every assumption in force.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

import sympy as sp
from sympy.assumptions.assume import AppliedPredicate
from sympy.matrices.expressions.matexpr import MatrixElement

from .._forms import memoised
from ..assumptions import Domain
from ._integrals import range_conditions

INF = math.inf


# --------------------------------------------------------------------------- intervals


@dataclasses.dataclass(frozen=True)
class Interval:
    """A set of reals ``lo .. hi``; an endpoint is in the set when it is ``closed``.

    ``integer`` marks sets of integers; ``nonzero`` records a declared ``x != 0``.
    """

    lo: float = -INF
    hi: float = INF
    lo_closed: bool = False
    hi_closed: bool = False
    integer: bool = False
    nonzero: bool = False

    @property
    def positive(self) -> bool:
        return self.lo > 0 or (self.lo == 0 and not self.lo_closed)

    @property
    def nonnegative(self) -> bool:
        return self.lo >= 0

    @property
    def negative(self) -> bool:
        return self.hi < 0 or (self.hi == 0 and not self.hi_closed)

    @property
    def nonpositive(self) -> bool:
        return self.hi <= 0

    @property
    def empty(self) -> bool:
        """No real number is in the set."""
        return self.lo > self.hi or (self.lo == self.hi and not (self.lo_closed and self.hi_closed))

    @property
    def excludes_zero(self) -> bool:
        return self.positive or self.negative or self.nonzero

    def contains(self, value: float) -> bool:
        lo_ok = value > self.lo or (value == self.lo and self.lo_closed)
        hi_ok = value < self.hi or (value == self.hi and self.hi_closed)
        return lo_ok and hi_ok

    def meet(self, other: Interval) -> Interval:
        """The intersection."""
        if other.lo > self.lo or (other.lo == self.lo and not other.lo_closed):
            lo, lo_closed = other.lo, other.lo_closed
        else:
            lo, lo_closed = self.lo, self.lo_closed
        if other.hi < self.hi or (other.hi == self.hi and not other.hi_closed):
            hi, hi_closed = other.hi, other.hi_closed
        else:
            hi, hi_closed = self.hi, self.hi_closed
        return Interval(
            lo, hi, lo_closed, hi_closed, self.integer or other.integer,
            self.nonzero or other.nonzero,
        )  # fmt: skip


REAL = Interval()


def point(v: float) -> Interval:
    return Interval(v, v, True, True, float(v).is_integer(), v != 0)


def _add(a: Interval, b: Interval) -> Interval:
    return Interval(
        a.lo + b.lo if not (a.lo == -INF or b.lo == -INF) else -INF,
        a.hi + b.hi if not (a.hi == INF or b.hi == INF) else INF,
        a.lo_closed and b.lo_closed,
        a.hi_closed and b.hi_closed,
        a.integer and b.integer,
    )


def _neg(a: Interval) -> Interval:
    return Interval(-a.hi, -a.lo, a.hi_closed, a.lo_closed, a.integer, a.nonzero)


def gamma_defined(a: Interval) -> bool:
    """Every value of ``a`` is above -1, where ``u! = Gamma(u + 1)`` is defined and positive."""
    return a.lo > -1 or (a.lo == -1 and not a.lo_closed)


def _times(x: float, y: float) -> float:
    if x == 0 or y == 0:
        return 0.0
    return x * y


def _mul(a: Interval, b: Interval) -> Interval:
    corners = []
    for x, xc in ((a.lo, a.lo_closed), (a.hi, a.hi_closed)):
        for y, yc in ((b.lo, b.lo_closed), (b.hi, b.hi_closed)):
            v = _times(x, y)
            attained = (xc and yc) or (x == 0 and xc) or (y == 0 and yc)
            corners.append((v, attained))
    lo = min(v for v, _ in corners)
    hi = max(v for v, _ in corners)
    return Interval(
        lo,
        hi,
        any(c for v, c in corners if v == lo),
        any(c for v, c in corners if v == hi),
        a.integer and b.integer,
        a.excludes_zero and b.excludes_zero,
    )


def _inv(a: Interval) -> Interval:
    r"""1/a where it is defined; the whole line when a may be 0 and takes both signs.

    ``1/a`` is undefined at ``a = 0``, and ``a != 0`` is a condition of its own
    (:func:`conditions`), so a nonnegative ``a`` gives a positive ``1/a`` where it is
    defined: ``(\sigma^2 + \tau^2)/(\sigma^2\tau^2) >= 0`` with ``\tau`` real (held-out gmjw
    line 166)."""
    if a.nonnegative and not a.positive and a.hi > 0:
        a = dataclasses.replace(a, lo=0.0, lo_closed=False)
    elif a.nonpositive and not a.negative and a.lo < 0:
        a = dataclasses.replace(a, hi=0.0, hi_closed=False)
    if not (a.positive or a.negative):
        return Interval(nonzero=True)
    lo = 1 / a.hi if a.hi not in (0, INF, -INF) else 0.0
    hi = 1 / a.lo if a.lo not in (0, INF, -INF) else (INF if a.positive else 0.0)
    if a.negative:
        lo = 1 / a.hi if a.hi not in (0, -INF) else -INF
        hi = 1 / a.lo if a.lo != -INF else 0.0
        return Interval(
            lo, hi, a.hi_closed and a.hi != 0, a.lo_closed and a.lo != -INF, nonzero=True
        )
    return Interval(lo, hi, a.hi_closed and a.hi != INF, a.lo_closed and a.lo != 0, nonzero=True)


def _pow_int(a: Interval, k: int) -> Interval:
    if k == 0:
        return point(1.0)
    if k < 0:
        return _inv(_pow_int(a, -k))
    out = a
    for _ in range(k - 1):
        out = _mul(out, a)
    if k % 2 == 0:
        # An even power is non-negative; the corner product above may not know
        # that the two factors are the same number.
        lo = 0.0 if a.lo <= 0 <= a.hi else min(abs(a.lo), abs(a.hi)) ** k
        zero_in = a.contains(0.0)
        out = Interval(
            lo,
            max(abs(a.lo), abs(a.hi)) ** k if math.isfinite(a.lo) and math.isfinite(a.hi) else INF,
            lo > 0 or zero_in, False, a.integer, a.excludes_zero,
        )  # fmt: skip
    return out


def _monotone(
    a: Interval, f, lo_default: float, hi_default: float, closed_ok: bool = True
) -> Interval:
    def at(v: float, default: float) -> float:
        try:
            return f(v)
        except (ValueError, OverflowError, ZeroDivisionError):
            return default

    return Interval(
        at(a.lo, lo_default) if math.isfinite(a.lo) else lo_default,
        at(a.hi, hi_default) if math.isfinite(a.hi) else hi_default,
        a.lo_closed and closed_ok and math.isfinite(a.lo),
        a.hi_closed and closed_ok and math.isfinite(a.hi),
    )


# --------------------------------------------------------------------------- domains


def _fraction_value(v: Any, resolve) -> Interval | None:
    if v is None:
        return None
    if isinstance(v, Fraction):
        return point(float(v))
    if v in ("oo", "-oo"):
        return None
    return resolve(v)


@dataclasses.dataclass(frozen=True)
class Fact:
    """A domain in force, and where it comes from (for the report)."""

    symbol: str
    domain: Domain

    def to_json(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "domain": self.domain.describe(),
            "source": self.domain.source,
            "text": self.domain.text,
        }


class Domains:
    """Sign and range facts about a derivation's symbols.

    Parameters
    ----------
    declared : mapping of sympy symbol or IndexedBase to Domain
        Domains declared in the assumption language.
    inferred : sequence of (symbol, Domain)
        Natural-domain facts assumed from the definition lines.
    """

    def __init__(
        self,
        declared: dict[sp.Basic, Domain] | None = None,
        inferred: Sequence[tuple[sp.Basic, Domain]] = (),
        nonzero: Iterable[sp.Basic] = (),
    ) -> None:
        self.declared = dict(declared or {})
        self.inferred = list(inferred)
        self.domains: dict[sp.Basic, Domain] = dict(self.declared)
        for sym, dom in self.inferred:
            self.domains[sym] = self.domains[sym].merge(dom) if sym in self.domains else dom
        #: Expressions assumed non-zero for one step (:meth:`assuming_nonzero`).
        self.nonzero = frozenset(_evaluated(e) for e in nonzero)
        self._nonzero_keys = frozenset(filter(None, map(_nonzero_key, self.nonzero)))
        self._by_name = {_name_of(s): s for s in self.domains}
        self._memo: dict[sp.Basic, Interval] = {}
        self._key = repr(sorted((_name_of(s), repr(dom)) for s, dom in self.domains.items()))
        if self.nonzero:
            self._key += repr(sorted(map(str, self.nonzero)))

    def __hash__(self) -> int:
        return hash(self._key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Domains) and other._key == self._key

    # -- construction ------------------------------------------------------------------

    @classmethod
    def of(cls, d: Any) -> Domains:
        """The declared domains of ``d``'s assumptions, and the natural domain of its first
        lines."""
        declared: dict[sp.Basic, Domain] = {}
        for a in d.assumptions:
            dom = getattr(a, "domain", None)
            if dom is None:
                continue
            for item in dom if isinstance(dom, (list, tuple)) else (dom,):
                declared[a.symbol] = (
                    declared[a.symbol].merge(item) if a.symbol in declared else item
                )
        base = cls(declared)
        if not getattr(d, "infer_domains", False):
            return base
        return cls(declared, base.natural(d))

    def natural(self, d: Any) -> list[tuple[sp.Basic, Domain]]:
        """Facts about single names from the definition lines' natural domains.

        Facts come only from lines that start a chain as a premise
        (``definition``): where the author says what a quantity *is*. They are
        added to a declared domain too (``x_n >= 0`` declared and ``x_n!``
        written: the ``x_n`` are non-negative integers). A premise the reader of a post
        adds for its own bookkeeping (the left side of an identity row, noted
        ``helper...``) states nothing and gives nothing.
        """
        out: list[tuple[sp.Basic, Domain]] = []
        seen: set[tuple[sp.Basic, str]] = set()
        for i, step in enumerate(d.steps):
            row = f", {step.rows[0]})" if getattr(step, "rows", ()) else ")"
            if not (step.relation == "start" and step.rules == ("definition",)) or str(
                getattr(step, "note", "")
            ).startswith("helper"):
                # Any line that writes x_n! or C(m, k) counts with them: its author
                # means non-negative integers there, whatever the line claims.
                where = f"assumed from a factorial or binomial coefficient (step {i}" + row
                for sym, dom in _counting_facts(step.expr, where):
                    if (sym, dom.describe()) not in seen:
                        seen.add((sym, dom.describe()))
                        out.append((sym, dom))
                continue
            where = f"assumed from the definition (step {i}" + row
            for cond in [*conditions(step.expr), *_gamma_domains(step.expr)]:
                fact = _single_name_fact(cond, where)
                if fact is None:
                    continue
                sym, dom = fact
                if (sym, dom.describe()) in seen:
                    continue
                if self.decide(cond) is True:
                    continue  # already known (a sympy flag)
                seen.add((sym, dom.describe()))
                out.append((sym, dom))
            for sym, dom in _binomial_domains(step.expr, where):
                if (sym, dom.describe()) not in seen:
                    seen.add((sym, dom.describe()))
                    out.append((sym, dom))
        return out

    def facts(self) -> list[Fact]:
        """Every domain in force, declared first, then inferred (for reports)."""
        out = [Fact(_name_of(s), dom) for s, dom in self.declared.items()]
        out += [Fact(_name_of(s), dom) for s, dom in self.inferred]
        return out

    def key(self) -> str:
        """A stable text of every domain in force, for cache keys."""
        return self._key

    def with_facts(self, extra: Sequence[tuple[sp.Basic, Domain]]) -> Domains:
        """These domains and ``extra`` facts (natural-domain facts of a line)."""
        if not extra:
            return self
        return Domains(self.declared, [*self.inferred, *extra], self.nonzero)

    def assuming_nonzero(self, exprs: Iterable[sp.Basic]) -> Domains:
        """These domains, with each of ``exprs`` taken to be non-zero.

        For a condition a step states by writing its line (a denominator of data,
        ``n m``): the verdict that uses it names it (:mod:`._verdict`).
        """
        exprs = list(exprs)
        if not exprs:
            return self
        return Domains(self.declared, self.inferred, [*self.nonzero, *exprs])

    def domain_of(self, sym: sp.Basic) -> Domain | None:
        return self.domains.get(sym)

    # -- intervals ---------------------------------------------------------------------

    def _symbol_interval(self, sym: sp.Basic, probe: sp.Basic) -> Interval:
        """The interval of a symbol (or of ``base[i]`` for a sample), flags and domain."""
        out = self._declared_interval(sym, probe)
        if out.empty:
            # Contradictory declarations (a post's cases "if x > 0", "if x < 0" read as
            # two facts): no value satisfies them, and every sign would follow.
            return _flags(probe)
        return out

    def signs_contradicted(self, symbols: Iterable[sp.Basic]) -> bool:
        """Does what is declared of one of ``symbols`` say both signs (``a > 0`` and
        ``a < 0``; ``a \\ge 0`` and ``a \\le -1``), so that a sign flag the merged
        statements give is one case's fact (attack68)? ``P > 0.5`` and ``P < 0.5`` do not:
        the sign is not what they disagree on."""
        for sym in symbols:
            dom = self.domains.get(sym.base if isinstance(sym, sp.Indexed) else sym)
            low, high = getattr(dom, "lower", None), getattr(dom, "upper", None)
            if isinstance(low, Fraction) and isinstance(high, Fraction) and low >= 0 >= high:
                return True
        return False

    def contradicted(self, symbols: Iterable[sp.Basic]) -> str:
        """Why no value satisfies what is declared of one of ``symbols`` ("" when each has
        a value): ``\\lambda > 1`` and ``\\lambda < 0``. Every step about such a symbol
        holds vacuously, and a point drawn for it lies outside what the post assumes."""
        for sym in sorted(symbols, key=str):
            key = sym.base if isinstance(sym, sp.Indexed) else sym
            dom = self.domains.get(key)
            if dom is None or getattr(dom, "matrix", None):
                continue
            if self._declared_interval(key, sym).empty:
                said = dom.text or str(dom)
                return f"no value of {_name_of(key)} satisfies all that is assumed of it ({said})"
        return ""

    def _declared_interval(self, sym: sp.Basic, probe: sp.Basic) -> Interval:
        out = _flags(probe)
        dom = self.domains.get(sym)
        if dom is None:
            return out
        resolve = self._resolve
        lo = _fraction_value(dom.lower, resolve)
        hi = _fraction_value(dom.upper, resolve)
        if lo is not None:
            out = out.meet(Interval(lo.lo, INF, dom.lower_strict is False and lo.lo_closed))
            if dom.lower_strict:
                out = out.meet(Interval(lo.lo, INF, False))
        if hi is not None:
            out = out.meet(Interval(-INF, hi.hi, False, dom.upper_strict is False and hi.hi_closed))
            if dom.upper_strict:
                out = out.meet(Interval(-INF, hi.hi, False, False))
        if dom.members is not None:
            vals = [float(v) for v in dom.members]
            out = out.meet(
                Interval(min(vals), max(vals), True, True, all(v.is_integer() for v in vals),
                         0.0 not in vals)
            )  # fmt: skip
        if dom.integer:
            out = dataclasses.replace(out, integer=True)
        if dom.excluded and 0 in dom.excluded:
            out = dataclasses.replace(out, nonzero=True)
        return out

    def _resolve(self, name: str) -> Interval | None:
        sym = self._by_name.get(name)
        if sym is None:
            return None
        return self._symbol_interval(sym, sym)

    def interval(self, e: sp.Basic) -> Interval:
        """An interval that contains every real value of ``e`` under the facts."""
        if e in self._memo:
            return self._memo[e]
        out = self._interval(e)
        if len(self._memo) < 20000:
            self._memo[e] = out
        return out

    def _interval(self, e: sp.Basic) -> Interval:
        if self.nonzero and (
            e in self.nonzero
            or -e in self.nonzero
            or (isinstance(e, sp.Add) and _nonzero_key(e) in self._nonzero_keys)
        ):
            return dataclasses.replace(self._interval_of(e), nonzero=True)
        return self._interval_of(e)

    def _interval_of(self, e: sp.Basic) -> Interval:
        if e.is_Number:
            if e.is_real is False or not e.is_finite:
                return REAL
            return point(float(e))
        if e is sp.pi:
            return point(math.pi)
        if e is sp.E:
            return point(math.e)
        if isinstance(e, sp.Symbol):
            return self._symbol_interval(e, e)
        if isinstance(e, sp.Indexed):
            return self._symbol_interval(e.base, e)
        if isinstance(e, sp.Add):
            return self._add_interval(e)
        if isinstance(e, sp.Mul):
            out = point(1.0)
            for a in e.args:
                out = _mul(out, self.interval(a))
            return out
        if isinstance(e, sp.Pow):
            return self._pow(e.base, e.exp)
        if isinstance(e, sp.exp):
            return _monotone(self.interval(e.args[0]), math.exp, 0.0, INF, True).meet(
                Interval(0.0, INF, False)
            )
        if isinstance(e, sp.log) and len(e.args) == 1:
            a = self.interval(e.args[0])
            if not a.positive:
                return REAL
            return _monotone(a, lambda v: math.log(v) if v > 0 else -INF, -INF, INF)
        if isinstance(e, sp.Abs):
            a = self.interval(e.args[0])
            if a.nonnegative:
                return a
            if a.nonpositive:
                return _neg(a)
            return Interval(0.0, max(-a.lo, a.hi), True, False, a.integer, a.nonzero)
        if isinstance(e, sp.gamma):
            # Gamma has no zeros; it is positive on the positive reals.
            if self.interval(e.args[0]).positive:
                return Interval(0.0, INF, False, False, nonzero=True)
            return Interval(nonzero=True)
        if isinstance(e, sp.factorial):
            a = self.interval(e.args[0])
            if a.integer and a.nonnegative:
                return Interval(1.0, INF, True, False, True, True)
            if gamma_defined(a):
                # u! = Gamma(u + 1), positive for every real u > -1 (sympy's factorial of
                # a real; (r - 1)! for a Gamma shape r > 0)
                return Interval(0.0, INF, False, False, nonzero=True)
            # u! where u may reach a negative integer: not defined there, so nothing is known
            # (tests/test_post_sidecond_gamma_factorial.py)
            return REAL
        if isinstance(e, sp.binomial):
            return self._binomial(*e.args)
        if isinstance(e, sp.beta) and len(e.args) == 2:
            # B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b): positive for a, b > 0.
            if all(self.interval(x).positive for x in e.args):
                return Interval(0.0, INF, False, False, nonzero=True)
            return REAL
        if isinstance(e, sp.besseli):
            # I_nu(x) = sum_m (x/2)^(2m + nu) / (m! Gamma(m + nu + 1)): every term positive
            # for x > 0 and nu >= 0; I_0 is even, at least 1 for every real x.
            nu, x = self.interval(e.args[0]), self.interval(e.args[1])
            if nu.lo == nu.hi == 0 and e.args[1].is_extended_real:
                return Interval(1.0, INF, True, False, nonzero=True)
            if nu.nonnegative and x.positive:
                return Interval(0.0, INF, False, False, nonzero=True)
            return REAL
        if isinstance(e, sp.zeta) and len(e.args) == 1:
            # zeta(s) = sum_k k^{-s} > 1 for real s > 1 (the zeta distribution's normaliser)
            s = self.interval(e.args[0])
            if s.lo > 1 or (s.lo == 1 and not s.lo_closed):
                return Interval(1.0, INF, False, False, nonzero=True)
            return REAL
        if isinstance(e, sp.Sum) and len(e.limits) == 1:
            return self._sum(e)
        if isinstance(e, sp.Integral) and len(e.limits) == 1:
            return self._integral(e)
        if isinstance(e, MatrixElement) and not getattr(e.parent, "is_Matrix", False):
            return self.interval(e.parent)  # a number read as a 1 x 1 matrix (sympy.stats)
        if isinstance(e, sp.Product) and len(e.limits) == 1:
            body = self.interval(e.function)
            if body.positive:
                return Interval(0.0, INF, False, False, nonzero=True)
            return REAL
        if isinstance(e, (sp.Determinant, sp.Trace)) and self.positive_definite(e.arg):
            # The determinant and the trace of a positive definite matrix are positive.
            return Interval(0.0, INF, False, False, nonzero=True)
        return REAL

    def _add_interval(self, e: sp.Add) -> Interval:
        """A sum's interval, each ``s - t`` with a declared bound ``t <= s`` (``t < s``)
        taken as one term ``>= 0`` (``> 0``): apart, ``s`` and ``-t`` may be anything
        (``beta_0 + n - y`` for a count ``0 <= y <= n``)."""
        terms = list(e.args)
        if self._bounded_difference(terms) is None:
            negated = [-a for a in terms]
            if self._bounded_difference(negated) is not None:
                # t - beta with t < beta declared: the bound read on beta - t
                return _neg(self._add_interval(sp.Add(*negated)))
        out = point(0.0)
        while (pair := self._bounded_difference(terms)) is not None:
            s_, minus_t, strict = pair
            terms.remove(s_)
            terms.remove(minus_t)
            integer = self.interval(s_).integer and self.interval(-minus_t).integer
            out = _add(out, Interval(0.0, INF, not strict, False, integer))
        for a in terms:
            out = _add(out, self.interval(a))
        return out

    def _bounded_difference(self, terms: Sequence[sp.Basic]) -> tuple[Any, Any, bool] | None:
        """``(s, -t, strict)`` for terms ``s`` and ``-t`` of a sum where a declared bound
        says ``t <= s`` (``t < s`` when strict): ``t``'s upper bound is the name ``s``
        (``0 <= y_i <= n``), or ``s``'s lower bound is the name ``t``."""
        for s_ in terms:
            if not isinstance(s_, sp.Symbol):
                continue
            for minus_t in terms:
                t_ = -minus_t
                if not (
                    isinstance(t_, (sp.Symbol, sp.Indexed)) and minus_t.could_extract_minus_sign()
                ):
                    continue
                dt = self.domains.get(t_.base if isinstance(t_, sp.Indexed) else t_)
                if dt is not None and dt.upper == str(s_):
                    return s_, minus_t, dt.upper_strict
                ds = self.domains.get(s_)
                if ds is not None and isinstance(t_, sp.Symbol) and ds.lower == str(t_):
                    return s_, minus_t, ds.lower_strict
        return None

    # -- matrices ----------------------------------------------------------------------

    def matrix_kind(self, m: sp.Basic) -> str | None:
        """``"spd"``, ``"symmetric"`` or None: what is declared of a matrix symbol."""
        dom = self.domains.get(m) if isinstance(m, sp.MatrixSymbol) else None
        return getattr(dom, "matrix", None)

    def positive_definite(self, m: sp.Basic) -> bool:
        """``m`` is a declared positive definite matrix, the identity, a positive multiple
        of one of these, or a transpose or an inverse of such."""
        while isinstance(m, (sp.Transpose, sp.Inverse)):
            m = m.arg
        if isinstance(m, sp.MatMul):
            mats = [a for a in m.args if getattr(a, "is_Matrix", False)]
            numbers = [a for a in m.args if not getattr(a, "is_Matrix", False)]
            return (
                len(mats) == 1
                and all(self.is_positive(c) is True for c in numbers)
                and self.positive_definite(mats[0])
            )
        return isinstance(m, sp.Identity) or self.matrix_kind(m) == "spd"

    def symmetric(self, m: sp.Basic) -> bool:
        """``m`` is symmetric: declared so (or positive definite), an inverse or transpose
        of such, or a sum of outer products ``sum_n u_n u_n^T``."""
        while isinstance(m, (sp.Transpose, sp.Inverse)):
            m = m.arg
        if self.matrix_kind(m) in ("spd", "symmetric"):
            return True
        body = getattr(m, "function", None)
        if body is not None and getattr(m, "is_Matrix", False):
            m = body
        if isinstance(m, sp.MatMul) and len(m.args) == 2:
            u, v = m.args
            # u u^T, with the transpose written out or not
            return sp.Transpose(u).doit() == v.doit()
        return False

    def _pow(self, base: sp.Basic, exp: sp.Basic) -> Interval:
        if base is sp.E:
            return self.interval(sp.exp(exp, evaluate=False))
        b = self.interval(base)
        if exp.is_Integer:
            return _pow_int(b, int(exp))
        if b.positive:
            x = self.interval(exp)
            if math.isfinite(x.lo) and math.isfinite(x.hi) and math.isfinite(b.hi):
                vals = [
                    bb**xx
                    for bb in (max(b.lo, 1e-300), b.hi)
                    for xx in (x.lo, x.hi)
                    if not (bb == 0 and xx < 0)
                ]
                return Interval(min(vals), max(vals), False, False, nonzero=True).meet(
                    Interval(0.0, INF, False)
                )
            return Interval(0.0, INF, False, False, nonzero=True)
        if b.nonnegative and exp.is_Rational and exp.is_positive:
            return Interval(0.0, INF, True, False)
        return REAL

    def _sum(self, s: sp.Sum) -> Interval:
        idx, lo, hi = s.limits[0]
        body = self.interval(s.function)
        count = self.interval(hi - lo + 1)
        nonempty = count.lo >= 1
        if body.nonnegative:
            out = Interval(0.0, INF, True, False, body.integer)
            if body.positive and nonempty:
                out = Interval(0.0, INF, False, False, body.integer, True)
            return out
        if body.nonpositive:
            out = Interval(-INF, 0.0, False, True, body.integer)
            if body.negative and nonempty:
                out = Interval(-INF, 0.0, False, False, body.integer, True)
            return out
        return Interval(integer=body.integer)

    def _integral(self, e: sp.Integral) -> Interval:
        """The sign of an integral over a range of positive width: its integrand's sign
        (``I_0(kappa) = (1/2pi) int exp(kappa cos x) dx > 0``)."""
        if len(e.limits[0]) != 3:
            return REAL
        _, lo, hi = e.limits[0]
        width = hi - lo
        if not (width.is_positive or self.interval(width).positive):
            return REAL
        body = self.interval(e.function)
        if body.positive:
            return Interval(0.0, INF, False, False, nonzero=True)
        if body.nonnegative:
            return Interval(0.0, INF, True, False)
        if body.negative:
            return Interval(-INF, 0.0, False, False, nonzero=True)
        if body.nonpositive:
            return Interval(-INF, 0.0, False, True)
        return REAL

    def _binomial(self, top: sp.Basic, k: sp.Basic) -> Interval:
        """``C(top, k) >= 1`` for integers ``0 <= k <= top``: ``k``'s declared upper bound
        is ``top`` (``0 \\le x_i \\le m``), or the intervals keep ``k`` below ``top``."""
        ki, ti = self.interval(k), self.interval(top)
        if not (ki.integer and ki.nonnegative):
            return REAL
        dom = self.domains.get(k.base if isinstance(k, sp.Indexed) else k)
        if ti.integer and ((dom is not None and dom.upper == str(top)) or ki.hi <= ti.lo):
            return Interval(1.0, INF, True, False, True, True)
        if self.interval(sp.expand(top - k + 1)).positive:
            # C(top, k) = top (top - 1) ... (top - k + 1) / k!: every factor positive
            # (the negative binomial's C(k + r - 1, k) with r > 0)
            return Interval(0.0, INF, False, False, nonzero=True)
        return REAL

    # -- questions ---------------------------------------------------------------------

    def is_positive(self, e: sp.Basic) -> bool | None:
        if e.is_positive:
            return True
        i = self._sharpest(e)
        if i.positive:
            return True
        if i.nonpositive:
            return False
        return None

    def is_nonnegative(self, e: sp.Basic) -> bool | None:
        if e.is_nonnegative:
            return True
        i = self._sharpest(e)
        if i.nonnegative:
            return True
        if i.negative:
            return False
        return None

    def is_nonzero(self, e: sp.Basic) -> bool | None:
        if e.is_nonzero:
            return True
        if e.is_zero:
            return False
        i = self._sharpest(e)
        if i.excludes_zero:
            return True
        if i.lo == i.hi == 0:
            return False
        if self._factors_avoid_zero(e):
            return True
        return None

    def _factors_avoid_zero(self, e: sp.Basic) -> bool:
        """Every factor of ``e``'s numerator is non-zero: by its interval, or because
        it is linear in one name and its root is a value that name never takes
        (``1 - theta`` where ``theta != 1``, a fact from a denominator ``1 - theta``;
        ``2 k - 1`` for an integer ``k``).

        Interval arithmetic cannot use an excluded value that lies inside the interval
        (``theta != 1`` with ``theta`` on both sides of 1), nor a factor common to
        the terms (``theta - theta e^theta = theta (1 - e^theta)``). A denominator is non-zero
        wherever ``e`` is defined, as :func:`_inv` has it.
        """
        if e.has(sp.MatrixExpr) or not e.is_commutative:
            return False
        f = _factored(e)
        if f is None and e.atoms(sp.Function) and sp.count_ops(e) <= _FACTOR_MAX_OPS:
            f = sp.factor_terms(e)  # _factored leaves out polynomials in functions
        num = sp.fraction(e if f is None else f)[0]
        for f in sp.Mul.make_args(num):
            if isinstance(f, sp.Pow) and f.exp.is_Integer and f.exp > 0:
                f = f.base
            if not (self.interval(f).excludes_zero or self._root_excluded(f)):
                return False
        return True

    def _root_excluded(self, f: sp.Basic) -> bool:
        """``f = a x + b`` in one name ``x`` (a symbol or a sample ``x_i``) with numbers
        ``a != 0`` and ``b``, and ``-b/a`` is a value ``x`` never takes (excluded, not a
        member of its set, or not a whole number where ``x`` is an integer)."""
        names = f.atoms(sp.Indexed) or f.free_symbols
        if len(names) != 1:
            return False
        (x,) = names
        if isinstance(x, sp.Indexed) and f.free_symbols - x.free_symbols - {x}:
            return False
        try:
            poly = sp.Poly(f, x)
        except (sp.PolynomialError, sp.polys.polyerrors.GeneratorsError):
            return False
        if poly.degree() != 1 or not all(c.is_Rational for c in poly.all_coeffs()):
            return False
        a, b = poly.all_coeffs()
        root = Fraction(int((-b / a).p), int((-b / a).q))
        if root.denominator != 1 and self.interval(x).integer:
            return True  # 2 k - 1 for an integer k
        dom = self.domains.get(x.base if isinstance(x, sp.Indexed) else x)
        if dom is None:
            return False
        return root in dom.excluded or (dom.members is not None and root not in dom.members)

    def _sharpest(self, e: sp.Basic) -> Interval:
        """The interval of ``e``, and where that cannot place 0, of ``e`` factored.

        Interval arithmetic treats each occurrence of a name as independent, so
        ``p - p**2`` under ``0 < p < 1`` spans ``(-1, 1)``; its factored form
        ``-p*(p - 1)`` is a product of intervals that excludes 0. Both
        intervals contain every value of ``e``, so their intersection does too.
        """
        i = self.interval(e)
        if i.positive or i.negative:
            return i
        # (non-zero but of unknown sign: the factored form may give the sign, 1/(1 - t/b))
        f = _factored(e)
        if f is not None:
            i = i.meet(self.interval(f))
        if i.positive or i.negative or i.excludes_zero:
            return i
        return i.meet(self._exp_taylor(e))

    def _exp_taylor(self, e: sp.Basic) -> Interval:
        """The sign of ``e = c1 e^u + c0`` (one exponential) from ``e^v`` lying above its
        Taylor polynomials ``T(v) = 1 + v + ... + v^K/K!``: of odd degree for every real
        ``v``, of any degree for ``v >= 0``, strictly where ``v != 0``. Written as
        ``A e^v + B`` with ``A > 0`` (``v = u``, or ``v = -u`` after taking out ``e^u``),
        ``e >= 0`` when ``A T(v) + B >= 0``: ``1 - e^{-lambda} (1 + lambda)``, a Poisson's
        ``P(X >= 2)``, is positive for ``lambda > 0``, which intervals cannot see."""
        if not isinstance(e, sp.Add) or sp.count_ops(e) > _FACTOR_MAX_OPS:
            return REAL
        args = {a.args[0] for a in e.atoms(sp.exp)}
        if len(args) != 1:
            return REAL
        (u,) = args
        z = sp.Dummy("z")
        try:
            poly = sp.Poly(e.xreplace({sp.exp(u): z}), z)
        except (sp.PolynomialError, sp.polys.polyerrors.GeneratorsError):
            return REAL
        if poly.degree() != 1:
            return REAL
        c1, c0 = poly.all_coeffs()
        for sign in (1, -1):
            for a, v, b in ((sign * c1, u, sign * c0), (sign * c0, -u, sign * c1)):
                strict = self._above_taylor(a, v, b)
                if strict is not None:
                    out = Interval(0.0, INF, not strict, False, nonzero=strict)
                    return out if sign == 1 else _neg(out)
        return REAL

    def _above_taylor(self, a: sp.Basic, v: sp.Basic, b: sp.Basic) -> bool | None:
        """Is ``a e^v + b >= 0`` by a Taylor polynomial of ``e^v`` (see :meth:`_exp_taylor`)?
        True: ``> 0``; False: ``>= 0``; None: not shown."""
        if not self.interval(a).positive:
            return None
        at = self.interval(v)
        taylor = sp.S.Zero
        for k in range(_EXP_TAYLOR_MAX + 1):
            taylor += v**k / sp.factorial(k)
            if k == 0 or (k % 2 == 0 and not at.nonnegative):
                continue
            if self.interval(sp.expand(a * taylor + b)).nonnegative:
                return at.excludes_zero
        return None

    def decide(self, cond: sp.Basic) -> bool | None:
        """True / False / None (undecided) for a condition under the facts."""
        if cond in (sp.true, True):
            return True
        if cond in (sp.false, False):
            return False
        if isinstance(cond, AppliedPredicate):
            return self._matrix_fact(cond)
        if isinstance(cond, sp.StrictGreaterThan):
            return self.is_positive(_diff(cond.lhs, cond.rhs))
        if isinstance(cond, sp.StrictLessThan):
            return self.is_positive(_diff(cond.rhs, cond.lhs))
        if isinstance(cond, sp.GreaterThan):
            return self.is_nonnegative(_diff(cond.lhs, cond.rhs))
        if isinstance(cond, sp.LessThan):
            return self.is_nonnegative(_diff(cond.rhs, cond.lhs))
        if isinstance(cond, sp.Unequality):
            return self.is_nonzero(_diff(cond.lhs, cond.rhs))
        if isinstance(cond, sp.Contains):
            value, where = cond.args
            if where == sp.Reals:
                return _evaluated(value).is_extended_real
            if where == sp.Naturals0:
                i = self.interval(value)
                if i.integer and i.nonnegative:
                    return True
                return None
        return None

    def _matrix_fact(self, cond: AppliedPredicate) -> bool | None:
        """``Q.symmetric(A)``, ``Q.positive_definite(A)``, ``Q.invertible(A)`` from the
        declared matrix properties; None when not known."""
        (m,) = cond.arguments
        if cond.function == sp.Q.symmetric:
            return True if self.symmetric(m) else None
        if cond.function == sp.Q.positive_definite:
            return True if self.positive_definite(m) else None
        if cond.function == sp.Q.invertible:
            return True if self.positive_definite(m) else None
        return None


#: The highest degree of the Taylor polynomials of ``exp`` tried (:meth:`Domains._exp_taylor`).
_EXP_TAYLOR_MAX = 4

#: Bounds on what :func:`_factored` hands to sympy's ``factor`` (hostile rows can be
#: large; a polynomial of high degree in many names is slow to factor).
_FACTOR_MAX_OPS = 80
_FACTOR_MAX_DEGREE = 12


@memoised(4096)
def _factored(e: sp.Basic) -> sp.Basic | None:
    """``e`` as a product of its factors (numerator and denominator), or None when
    it is not a small rational function or does not factor.

    Memoised: a post's lines come back as the previous line of the next step, in the
    domains of every step and in each sign question about them (844 calls for 57
    expressions over three held-out posts: a quarter of the slowest post's time)."""
    if not isinstance(e, (sp.Add, sp.Mul, sp.Pow)) or e.has(sp.MatrixExpr):
        return None
    if sp.count_ops(e) > _FACTOR_MAX_OPS:
        return None
    try:
        num, den = sp.fraction(sp.together(e))
        for part in (num, den):
            gens = sp.Poly(part).gens if not part.is_number else ()
            if any(not (g.is_Atom or isinstance(g, (sp.Indexed, sp.Sum))) for g in gens):
                return None  # log(p)*(1 - p): factoring around functions is not needed here
            if gens and sp.Poly(part).total_degree() > _FACTOR_MAX_DEGREE:
                return None
        out = sp.factor(num) / sp.factor(den)
    except (sp.PolynomialError, sp.GeneratorsNeeded, NotImplementedError, TypeError, ValueError):
        return None
    return None if out == e else out


def _nonzero_key(e: sp.Basic) -> sp.Basic | None:
    """What ``e != 0`` says, in one form for all its multiples: the numerator of ``e``
    over one denominator, without its number factor and sign (``Q - S^2/n`` and
    ``S^2 - n Q`` both give ``n Q - S^2``; an equation step's residual ratio has the
    proviso of its written line multiplied out). Where ``e`` is defined its denominator
    is finite and non-zero, so ``e != 0`` exactly when that numerator is; None for an
    expression too large to put over one denominator and multiply out cheaply."""
    if sp.count_ops(e) > _FACTOR_MAX_OPS or e.has(sp.MatrixExpr) or not e.is_commutative:
        return None
    if any(q.exp.is_Integer and abs(q.exp) > _FACTOR_MAX_DEGREE for q in e.atoms(sp.Pow)):
        return None
    num = sp.expand(sp.fraction(sp.together(e))[0])
    _, prim = num.as_content_primitive()
    return -prim if prim.could_extract_minus_sign() else prim


def _evaluated(e: sp.Basic) -> sp.Basic:
    from .._forms import evaluated

    return evaluated(e)


def _diff(a: sp.Basic, b: sp.Basic) -> sp.Basic:
    return _evaluated(a) if b == 0 else _evaluated(sp.Add(a, sp.Mul(-1, b)))


def _flags(e: sp.Basic) -> Interval:
    """The interval sympy's flags give ``e`` (a Symbol or an Indexed sample)."""
    integer = bool(e.is_integer)
    if e.is_positive:
        return Interval(1.0 if integer else 0.0, INF, integer, False, integer, True)
    if e.is_nonnegative:
        return Interval(0.0, INF, True, False, integer)
    if e.is_negative:
        return Interval(-INF, -1.0 if integer else 0.0, False, integer, integer, True)
    if e.is_nonpositive:
        return Interval(-INF, 0.0, False, True, integer)
    return Interval(integer=integer)


def _name_of(sym: sp.Basic) -> str:
    if isinstance(sym, sp.IndexedBase):
        return str(sym.label)
    return str(sym)


# --------------------------------------------------------------------------- natural domains


def conditions(e: sp.Basic) -> list[sp.Basic]:
    """Where ``e`` is defined, as a list of conditions (a ``log`` argument > 0, ...).

    Conditions inside a sum mention its index; they must hold for every term.
    Derivatives add what differentiability needs (``|u|`` at ``u != 0``).
    """
    out: list[sp.Basic] = []
    seen: set[sp.Basic] = set()

    def add(c: sp.Basic) -> None:
        if isinstance(c, sp.Unequality) and c.rhs == 0:
            # a*b != 0 iff a != 0 and b != 0; b**k != 0 iff b != 0 (k > 0)
            e = c.lhs
            if isinstance(e, sp.Mul):
                for f in e.args:
                    if not f.is_number:
                        add(sp.Unequality(f, 0, evaluate=False))
                return
            if isinstance(e, sp.Pow) and e.exp.is_positive and e.base is not sp.E:
                add(sp.Unequality(e.base, 0, evaluate=False))
                return
            if isinstance(e, sp.exp) or (isinstance(e, sp.Pow) and e.base is sp.E):
                return  # never 0
        if c not in seen and c not in (sp.true, True):
            seen.add(c)
            out.append(c)

    def walk(node: sp.Basic, under_derivative: Iterable[sp.Basic] = ()) -> None:
        if node.is_Atom or isinstance(node, (sp.Indexed, sp.IndexedBase)):
            return
        if isinstance(node, sp.log):
            add(sp.StrictGreaterThan(node.args[0], 0, evaluate=False))
        elif isinstance(node, sp.Pow) and node.base is not sp.E:
            b, x = node.args
            if x.is_number and x.is_negative:
                add(sp.Unequality(b, 0, evaluate=False))
            if x.is_Rational and not x.is_Integer and x.q % 2 == 0:
                add(
                    sp.StrictGreaterThan(b, 0, evaluate=False)
                    if x.is_negative
                    else sp.GreaterThan(b, 0, evaluate=False)
                )
            elif not x.is_number:
                if x.is_integer:
                    # b**k for an integer k: only a negative k needs b != 0.
                    if not x.is_nonnegative:
                        add(sp.Unequality(b, 0, evaluate=False))
                else:
                    # A power with a real exponent (p**x_n) is real for a positive base.
                    add(sp.StrictGreaterThan(b, 0, evaluate=False))
        elif isinstance(node, sp.factorial):
            add(sp.Contains(node.args[0], sp.Naturals0, evaluate=False))
        elif isinstance(node, sp.loggamma):
            # sympy's loggamma is real on the positive reals only
            add(sp.StrictGreaterThan(node.args[0], 0, evaluate=False))
        elif isinstance(node, sp.Inverse):
            add(sp.Unequality(sp.Determinant(node.arg), 0, evaluate=False))
        elif isinstance(node, sp.Derivative):
            vs = [v for v, _ in node.variable_count]
            walk(node.expr, list(under_derivative) + vs)
            return
        elif isinstance(node, sp.Limit):
            # lim_{x -> a} f: what f needs of x is no condition (x is bound, and a limit is
            # taken where f is not defined); what it needs of the other names stays
            mark = len(out)
            walk(node.args[0], under_derivative)
            for c in [c for c in out[mark:] if c.has(node.args[1])]:
                out.remove(c)
                seen.discard(c)
            return
        elif isinstance(node, sp.Integral):
            # what the integrand needs only inside the range it runs over is no condition
            mark = len(out)
            walk(node.function, under_derivative)
            ranges = [lim for lim in node.limits if len(lim) == 3]
            for c in out[mark:]:
                ends = next((e for r in ranges if (e := range_conditions(c, *r)) is not None), None)
                if ends is not None:
                    # on the range it is a condition on the ends (x is bound)
                    out.remove(c)
                    seen.discard(c)
                    for e in ends:
                        add(e)
            for lim in node.limits:
                walk(lim, under_derivative)
            return
        wrt = list(under_derivative)
        if wrt and isinstance(node, (sp.Abs, sp.sign)) and any(node.has(v) for v in wrt):
            add(sp.Unequality(node.args[0], 0, evaluate=False))
        for a in node.args:
            walk(a, under_derivative)

    walk(e)
    return out


def _gamma_domains(e: sp.Basic) -> list[sp.Basic]:
    """``Gamma(u) > 0`` for each ``Gamma(u)`` of a definition line: a density's
    ``Gamma(shape)`` is the continued factorial, whose domain is ``shape > 0``
    (:func:`_single_name_fact` turns the condition into that domain)."""
    return [sp.StrictGreaterThan(g, 0, evaluate=False) for g in sorted(e.atoms(sp.gamma), key=str)]


def _counting_facts(e: sp.Basic, source: str) -> list[tuple[sp.Basic, Domain]]:
    """Single-name facts from the factorials and binomial coefficients of ``e`` alone:
    their arguments count things (non-negative integers, ``0 <= k <= m``)."""
    out = []
    for f in sorted(e.atoms(sp.factorial), key=str):
        fact = _single_name_fact(sp.Contains(f.args[0], sp.Naturals0, evaluate=False), source)
        if fact is not None:
            out.append(fact)
    return out + _binomial_domains(e, source)


def _binomial_domains(e: sp.Basic, source: str) -> list[tuple[sp.Basic, Domain]]:
    """The natural domain of each ``binomial(top, k)`` of a definition line.

    ``\\binom{m}{k}`` in a model counts the ways to choose ``k`` of ``m``: ``m`` is a
    non-negative integer and ``k`` an integer with ``0 <= k <= m``, as for a
    factorial's argument (sympy's ``binomial`` is defined for real arguments through
    Gamma, a meaning no pmf intends). The bound ``k <= m`` is kept when ``m`` is one
    name, so that ``C(m, k) >= 1`` follows (:meth:`Domains._binomial`), and when
    ``m - k`` leaves one name free in ``e`` it bounds that name (``\binom{k + r - 1}{k}``:
    ``r >= 1``, the number of successes of a negative binomial).
    """
    out: list[tuple[sp.Basic, Domain]] = []
    for b in sorted(e.atoms(sp.binomial), key=str):
        top, k = b.args
        conds = [sp.Contains(a, sp.Naturals0, evaluate=False) for a in (top, k)]
        if (top - k).free_symbols <= e.free_symbols:
            conds.append(sp.GreaterThan(top - k, 0, evaluate=False))
        for cond in conds:
            fact = _single_name_fact(cond, source)
            if fact is not None:
                out.append(fact)
        ksym, sample = _one_name(k)
        if (
            isinstance(top, sp.Symbol)
            and isinstance(k, (sp.Symbol, sp.Indexed))
            and ksym is not None
            and ksym != top
        ):
            out.append(
                (ksym, Domain(_name_of(ksym), sample, lower=Fraction(0), upper=str(top),
                              integer=True, source=source, text=f"{k} <= {top}"))
            )  # fmt: skip
    return out


def describe_condition(c: sp.Basic) -> str:
    """A condition as people write it: ``t != 0``, ``1 - p > 0``, ``x_n a non-negative integer``."""
    if isinstance(c, sp.Unequality):
        return f"{_plain(c.lhs)} != {_plain(c.rhs)}"
    if isinstance(c, (sp.StrictGreaterThan, sp.GreaterThan, sp.StrictLessThan, sp.LessThan)):
        return f"{_plain(c.lhs)} {c.rel_op} {_plain(c.rhs)}"
    if isinstance(c, sp.Contains):
        what = {sp.Reals: "real", sp.Naturals0: "a non-negative integer"}.get(c.args[1])
        if what is not None:
            return f"{_plain(c.args[0])} is {what}"
    if isinstance(c, AppliedPredicate) and len(c.arguments) == 1:
        what = {
            sp.Q.symmetric: "symmetric",
            sp.Q.positive_definite: "positive definite",
            sp.Q.invertible: "invertible",
        }.get(c.function)
        if what is not None:
            return f"{c.arguments[0]} {what}"
    return str(c)


def _plain(e: sp.Basic) -> str:
    return str(_evaluated(e))


def implied(
    c: sp.Basic, known: Iterable[sp.Basic], *, multiples: bool = False, domains: Any = None
) -> bool:
    """``c`` follows from ``known`` by form alone.

    ``a > 0`` gives ``a != 0`` and ``a >= 0``; a product is positive when each
    factor is; ``b^k`` is positive when ``b`` is (and non-zero when ``b`` is).
    With ``multiples``, also ``e != 0`` from a known ``f != 0`` and ``e = r f`` with
    ``r`` finite and non-zero by sympy's flags - which uses the declared symbols,
    so it decides a condition but does not make it "shared" by two lines. Given
    ``domains``, ``r`` may also be shown non-zero (numerator and denominator) by them.
    """
    target = _canonical(c)
    if target is None:
        return False
    facts: dict[sp.Basic, set[str]] = {}
    for k in known:
        have = _canonical(k)
        if have is not None:
            facts.setdefault(have[1], set()).add(have[0])
            for kind, base in _power_base_facts(*have):
                facts.setdefault(base, set()).add(kind)
    kind, expr = target
    if kind.startswith("in "):
        return kind in facts.get(expr, set())
    if _holds(expr, kind, facts, 0):
        return True
    return multiples and kind == "!=" and _multiple_of_known(expr, facts, domains)


def _power_base_facts(kind: str, e: sp.Basic) -> list[tuple[str, sp.Basic]]:
    """What a fact about a power ``b^k`` (``k`` an integer) says about a real ``b``: an
    odd power has ``b``'s sign (``t^3 >= 0``: ``t >= 0``), any non-zero power is
    non-zero only where ``b`` is (``t^2 > 0``: ``t != 0``); nothing else (``t^2 >= 0``
    says nothing)."""
    out: list[tuple[str, sp.Basic]] = []
    if kind not in (">", ">=", "!="):
        return out  # t^3 a non-negative integer says no such thing of t
    if isinstance(e, sp.Mul):
        c, rest = e.as_coeff_Mul()
        if c.is_positive and isinstance(rest, sp.Pow):  # 3 t^2 > 0: t^2 > 0
            e = rest
            out.append((kind, e))
    while isinstance(e, sp.Pow) and e.base is not sp.E and e.exp.is_Integer and e.exp != 0:
        odd = e.exp % 2 == 1
        if kind == ">=" and e.exp < 0:
            kind = ">"  # b^-3 >= 0 holds only where b^-3 > 0 (it is never 0)
        if not odd:
            if kind not in (">", "!="):
                break
            kind = "!="
        e = e.base
        out.append((kind, e))
    return out


def _multiple_of_known(e: sp.Basic, facts: dict[sp.Basic, set[str]], domains: Any = None) -> bool:
    """``e != 0`` because ``e = r f`` for a known ``f != 0`` and a factor ``r`` that
    sympy's own flags make finite and non-zero (``N - S = N (1 - S/N)``, ``N > 0``)."""
    for f, kinds in facts.items():
        if not kinds & {"!=", ">"} or f.is_number:
            continue
        if e.has(sp.MatrixExpr) or f.has(sp.MatrixExpr):
            continue  # sympy's cancel does not take matrix (non-commutative) terms
        try:
            r = sp.cancel(sp.together(e / f))
        except (NotImplementedError, TypeError, ValueError):
            continue  # undecided here: the condition stays listed (safe)
        if r.is_nonzero is True and r.is_finite is True:
            return True
        if domains is None:
            continue
        if all(domains.is_nonzero(t) is True for t in sp.fraction(r)):
            return True
        r = _ratio_of_sums(e, f, domains)
        if r is not None and all(domains.is_nonzero(t) is True for t in sp.fraction(r)):
            return True
    return False


def _ratio_of_sums(e: sp.Basic, f: sp.Basic, domains: Any) -> sp.Basic | None:
    """``e / f`` with the sums in both expanded into the symbolic check's normal forms, or
    None: ``sum (x_i - xbar)^2`` and ``sum x_i^2 - xbar sum x_i`` are one quantity, which
    ``cancel`` does not see. Only small expressions with sums are expanded, and only where
    the domains give the conditions the normal forms rely on (a sum's count ``n >= 0``)."""
    if not (e.has(sp.Sum) or f.has(sp.Sum)):
        return None
    if max(sp.count_ops(e), sp.count_ops(f)) > _FACTOR_MAX_OPS:
        return None
    from ._normal import normal_conditions

    try:
        (ne, ce), (nf, cf) = normal_conditions(e, domains), normal_conditions(f, domains)
        if any(domains.decide(c) is not True for c in (*ce, *cf)):
            return None
        return sp.cancel(sp.together(ne / nf))
    except (NotImplementedError, TypeError, ValueError, sp.PolynomialError):
        return None


def spread_of(e: sp.Basic, domains: Any) -> sp.Basic | None:
    """The sample ``x_i`` when ``e`` is a non-zero multiple of its spread
    ``n sum x_i^2 - (sum x_i)^2`` (``= n sum (x_i - xbar)^2``), else None.

    The spread is 0 exactly when the x_i are all equal: a condition on the data that no
    support or parameter space discharges, which a verdict names in words.
    """
    for s in e.atoms(sp.Sum):
        if len(s.limits) != 1:
            continue
        idx, lo, hi = s.limits[0]
        for x in s.function.atoms(sp.Indexed):
            if x.indices != (idx,):
                continue
            spread = (hi - lo + 1) * sp.Sum(x**2, s.limits[0]) - sp.Sum(x, s.limits[0]) ** 2
            r = _ratio_of_sums(e, spread, domains)
            if r is not None and all(domains.is_nonzero(t) is True for t in sp.fraction(r)):
                return x
    return None


def _holds(e: sp.Basic, kind: str, facts: dict[sp.Basic, set[str]], depth: int) -> bool:
    """Is ``e > 0`` (kind ">"), ``e >= 0`` or ``e != 0`` known from ``facts`` by form?"""
    have = facts.get(e, set())
    if kind in have or ">" in have:
        return True
    if kind == ">=" and ">=" in have:
        return True
    if e.is_number:
        return bool({">": e.is_positive, ">=": e.is_nonnegative, "!=": e.is_nonzero}[kind])
    if depth > 20:
        return False
    if isinstance(e, sp.Mul):
        if kind == "!=":
            return all(_holds(f, "!=", facts, depth + 1) for f in e.args)
        return all(_holds(f, kind, facts, depth + 1) for f in e.args)
    if isinstance(e, sp.Pow) and e.base is not sp.E:
        b, x = e.args
        if x.is_Integer and x.is_even and kind in (">", "!="):
            return _holds(b, "!=", facts, depth + 1)
        if x.is_Integer and x.is_even and kind == ">=":
            return True
        return _holds(b, ">" if kind != "!=" else "!=", facts, depth + 1) or (
            kind != "!=" and _holds(b, ">", facts, depth + 1)
        )
    if isinstance(e, sp.exp) or (isinstance(e, sp.Pow) and e.base is sp.E):
        return True
    if isinstance(e, sp.Abs):  # |b| > 0 exactly where b != 0
        return kind == ">=" or _holds(e.args[0], "!=", facts, depth + 1)
    return False


def _canonical(c: sp.Basic) -> tuple[str, sp.Basic] | None:
    if isinstance(c, sp.Unequality):
        return "!=", _evaluated(c.lhs - c.rhs)
    if isinstance(c, sp.StrictGreaterThan):
        return ">", _evaluated(c.lhs - c.rhs)
    if isinstance(c, sp.GreaterThan):
        return ">=", _evaluated(c.lhs - c.rhs)
    if isinstance(c, sp.StrictLessThan):
        return ">", _evaluated(c.rhs - c.lhs)
    if isinstance(c, sp.LessThan):
        return ">=", _evaluated(c.rhs - c.lhs)
    if isinstance(c, sp.Contains):
        return f"in {c.args[1]}", _evaluated(c.args[0])
    return None


def line_facts(conds: Iterable[sp.Basic]) -> list[tuple[sp.Basic, Domain]]:
    """The single-name facts a line's own natural domain gives (``log(t)``: t > 0)."""
    out = []
    for c in conds:
        fact = _single_name_fact(c, "the previous line's domain")
        if fact is not None:
            out.append(fact)
    return out


@functools.lru_cache(maxsize=4096)
def _single_name_fact(cond: sp.Basic, source: str) -> tuple[sp.Basic, Domain] | None:
    """``(symbol, Domain)`` when ``cond`` bounds one name linearly (``1 - p > 0``: p < 1).

    Memoised: every line is the written line of one step and the previous line of the
    next, and a condition is a pure function of its (immutable) sympy tree."""
    if isinstance(cond, sp.Contains) and cond.args[1] == sp.Naturals0:
        target = cond.args[0]
        sym, sample = _one_name(target)
        if sym is None or not isinstance(target, (sp.Symbol, sp.Indexed)):
            return None
        return sym, Domain(str(_name_of(sym)), sample, lower=Fraction(0), integer=True,
                           source=source, text=str(cond))  # fmt: skip
    if not isinstance(cond, (sp.StrictGreaterThan, sp.GreaterThan, sp.Unequality)):
        return None
    if isinstance(cond, sp.StrictGreaterThan) and isinstance(cond.lhs, sp.gamma) and cond.rhs == 0:
        # Gamma(u) > 0 (from log Gamma(u)) holds on u > 0 and on (-2, -1), (-4, -3), ...;
        # u > 0, where Gamma is the continued factorial, is the domain taken.
        fact = _single_name_fact(sp.StrictGreaterThan(cond.lhs.args[0], 0), source)
        if fact is None:
            return None
        sym, dom = fact
        return sym, dataclasses.replace(dom, text=f"{cond} (taken as {cond.lhs.args[0]} > 0)")
    expr = _evaluated(sp.Add(cond.lhs, sp.Mul(-1, cond.rhs)))
    if isinstance(cond, (sp.StrictGreaterThan, sp.GreaterThan)) and _odd_reciprocal(expr):
        # c/u^k (c a number, k odd) has u's sign times c's and is never 0:
        # -1/(2 s - 1) >= 0 iff 2 s - 1 < 0 (s < 1/2)
        c, g = _number_and_rest(expr)
        u = g.base if c.is_positive else -g.base
        return _single_name_fact(sp.StrictGreaterThan(u, 0, evaluate=False), source)
    if isinstance(expr, sp.Mul) and isinstance(cond, (sp.StrictGreaterThan, sp.Unequality)):
        # x_i / s * exp(-x_i^2 / s) > 0 with s a positive symbol: the
        # factors positive by their sympy flags change neither the sign nor the zeros,
        # so the one factor left carries the condition (x_i > 0).
        rest = [f for f in expr.args if f.is_positive is not True]
        if len(rest) == 1 and len(expr.args) > 1:
            return _single_name_fact(type(cond)(rest[0], 0, evaluate=False), source)
    if (
        isinstance(expr, sp.Pow)
        and expr.exp.is_Integer
        and expr.exp < 0
        and expr.exp % 2 == 1
        and isinstance(cond, (sp.StrictGreaterThan, sp.Unequality))
    ):
        # 1/u > 0 iff u > 0; 1/u != 0 wherever it is defined (u != 0)
        expr = expr.base
    sym, sample = _one_name(expr)
    if sym is None:
        return None
    var = _probe(expr, sym)
    if var is None:
        return None
    poly = sp.Poly(expr, var) if expr.is_polynomial(var) else None
    if poly is None or poly.degree() != 1:
        return None
    a, b = (poly.coeff_monomial(var), poly.coeff_monomial(1))
    if not (a.is_Rational and b.is_Rational) or a == 0:
        return None
    root = Fraction(int((-b / a).p), int((-b / a).q))
    name = _name_of(sym)
    text = str(cond)
    if isinstance(cond, sp.Unequality):
        return sym, Domain(name, sample, excluded=(root,), source=source, text=text)
    strict = isinstance(cond, sp.StrictGreaterThan)
    if a > 0:  # a*var + b > 0  <=>  var > -b/a
        return sym, Domain(name, sample, lower=root, lower_strict=strict, source=source, text=text)
    return sym, Domain(name, sample, upper=root, upper_strict=strict, source=source, text=text)


def _number_and_rest(e: sp.Basic) -> tuple[sp.Basic, sp.Basic]:
    """``e`` as (its number factors, the rest): ``2 pi/u`` is ``(2 pi, 1/u)``."""
    args = sp.Mul.make_args(e)
    return (
        sp.Mul(*[a for a in args if a.is_number]),
        sp.Mul(*[a for a in args if not a.is_number]),
    )


def _odd_reciprocal(e: sp.Basic) -> bool:
    """``e`` is ``c/u^k``: a real number ``c != 0`` (``2 pi``) and an odd ``k > 0``."""
    c, g = _number_and_rest(e)
    return (
        (c.is_positive is True or c.is_negative is True)
        and isinstance(g, sp.Pow)
        and g.exp.is_Integer
        and g.exp < 0
        and g.exp % 2 == 1
    )


def _one_name(e: sp.Basic) -> tuple[sp.Basic | None, bool]:
    """The one symbol or sample base ``e`` mentions (and whether it is a sample)."""
    bases = {i.base for i in e.atoms(sp.Indexed)}
    labels = {b.label for b in bases}
    indices = {s for i in e.atoms(sp.Indexed) for s in i.indices if isinstance(s, sp.Symbol)}
    names = {s for s in e.free_symbols if isinstance(s, sp.Symbol)} - labels - indices
    if len(bases) == 1 and not names:
        return next(iter(bases)), True
    if not bases and len(names) == 1:
        return next(iter(names)), False
    return None, False


def _probe(e: sp.Basic, sym: sp.Basic) -> sp.Basic | None:
    if isinstance(sym, sp.IndexedBase):
        found = {i for i in e.atoms(sp.Indexed) if i.base == sym}
        return next(iter(found)) if len(found) == 1 else None
    return sym


__all__ = [
    "Domains",
    "Fact",
    "Interval",
    "conditions",
    "describe_condition",
    "implied",
    "line_facts",
]
