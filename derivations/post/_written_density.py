"""Expectations under a density the post writes out, of no family the reader names.

"PDF: $f_X(t) = \\lambda \\alpha t^{\\alpha - 1} e^{-\\lambda t^\\alpha}$", then ``E(X) =
\\lambda \\int_0^\\infty u^{1/\\alpha} e^{-\\lambda u} du``: the Weibull in a form no table
of :mod:`._parameter_space` identifies, so ``E(X)`` had no value and the row was "given"
(and a wrong one, which forgot the ``t`` of ``E(X) = \\int t f_X(t) dt``, too).
``E[h(X)]`` is ``\\int h(x) f(x) dx`` over the support, whatever the density: this
module makes that integral the value (:func:`density_integrals`), from which
:mod:`._expectation` makes the variable's law: its moments, and ``E[h(X)]`` of any
function of it, are such integrals.

What is used, and only that:

- a row that defines the density of one observation (:func:`._density.density_claim`:
  ``f(x) = ...`` called a density, ``f(x \\mid \\theta) = ...``), continuous, on the support
  the post states for its letter (``x > 0``, "for $\\theta \\le x$") or the one its formula
  implies (``x^{\\alpha - 1}``: ``(0, \\infty)``);
- the variable is the letter of the name's subscript (``f_X(t)``: ``X``) or the
  observation's letter in either case (``f(x)``: ``X``, ``x``), one density per letter;
- the density must be one: sympy must show it integrates to exactly 1 over that support.

The parameters are taken positive while integrating (a density's rates, scales and
shapes are; the normalisation to 1 is checked under the same reading), and a value is
kept only when sympy closes the integral into a formula free of ``Abs``, ``sign``,
``arg``, conditions and infinities: an integral that does not close, or closes only
under conditions, leaves the moment without a value (its symbol stays, nothing is
refuted). Every integral runs under a CPU-time limit.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable, Container, Iterable, Iterator
from fractions import Fraction
from typing import Any

import sympy as sp

from .. import _budget
from ._announced_density import called_prose
from ._beta_kernel import beta_integral, unit_interval
from ._support import Support
from ._tosympy import Named, evaluating

#: CPU seconds one integral may take when no step limit is already running.
TIME_LIMIT = 2.0

#: What a closed value must not hold: conditions, unclosed integrals, branches.
_OPEN = (sp.Integral, sp.Piecewise, sp.Abs, sp.sign, sp.arg, sp.re, sp.im)

#: ``f_X``, ``p_{Y}``: a density's name whose subscript is its variable's letter.
_SUBSCRIPT = re.compile(r"^\\?[A-Za-z]+_\{?(?P<letter>[A-Za-z])\}?$")


def written_densities(
    rows: Iterable[Any], stated: Callable[[str], Any], random: Iterable[str] = ()
) -> dict[str, tuple]:
    """Letter (upper case) -> ``(observation, density, (lower, upper))`` of each continuous
    density the rows define, one per letter (a letter with two different ones: none).
    ``stated``: what the post states of a name's support (``._support.stated_supports``);
    ``random``: the letters the post declares random, which are no parameters (nor is a
    letter with a density of its own: ``f(x \\mid y)`` beside a density of ``y`` is a
    conditional density). A formula inline in a sentence ("with pdf $f(x) = \\theta
    x^{-2}, \\; 0 < \\theta \\le x < \\infty$") is read with the paragraph that writes it,
    and its own chain of inequalities as the support."""
    found: dict[str, set] = {}
    for pr, letter, claim, lhs, prose in _claims(rows):
        bounds = _support(pr, claim, lhs, prose, stated)
        if bounds is not None:
            found.setdefault(letter, set()).add((claim.obs, claim.g, bounds))
    letters = density_letters(rows) | set(random)
    return {
        k: found_k
        for k, (found_k, *more) in ((k, list(v)) for k, v in found.items())
        if not more and not random_parameter(found_k[1].free_symbols - {found_k[0]}, letters)
    }


def density_letters(rows: Iterable[Any]) -> set[str]:
    """The letters (upper case) of the variables the rows write a density of, on any
    support: random variables, no parameters."""
    return {letter for _, letter, *_ in _claims(rows)}


def _claims(rows: Iterable[Any]) -> Iterator[tuple]:
    """``(row, letter, claim, head, paragraph)`` of each row that defines the density of
    one observation in one letter (:func:`._density.density_claim`). The variable is the
    letter of the name's subscript (``f_X(t)``: ``X``), else the observation's."""
    from ._density import constant_claim, density_claim

    rows = list(rows)
    paragraphs = tuple(dict.fromkeys(pr.row.prose for pr in rows if pr.row.prose))
    for pr in rows:
        if not getattr(pr, "ok", False) or not pr.statements:
            continue
        st = pr.statements[0]
        if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) < 2:
            continue
        lhs, rhs = st.sides[0], st.sides[1]
        prose = _paragraph(pr, paragraphs)
        try:
            claim = density_claim(lhs, rhs, prose=prose)
        except (TypeError, ValueError, AttributeError):
            continue
        if claim is None:  # EXPECT5: f(x) = 1/a, 0 <= x <= a (a constant on its range)
            claim = constant_claim(pr, lhs, rhs, prose)
        if claim is None or claim.kind != "density" or len(claim.obs.name) != 1:
            continue
        name = lhs.name if isinstance(lhs, Named) else str(lhs.func)
        sub = _SUBSCRIPT.match(name)
        yield pr, (sub["letter"] if sub else claim.obs.name).upper(), claim, lhs, prose


def _paragraph(pr: Any, paragraphs: tuple[str, ...]) -> str:
    """The paragraph before a row's block, or for a formula inline in the prose (which
    has none) the paragraph that writes it."""
    if pr.row.prose or not pr.row.text.strip():
        return pr.row.prose
    found = next((p for p in paragraphs if pr.row.text.strip() in p), "")
    return found or called_prose(pr)  # EXPECT5: "with density $f(x) = ...$" inline


def _chained(pr: Any, obs: sp.Symbol) -> Support | None:
    """The support a row's own chain of inequalities gives its observation (``0 < \\theta
    \\le x < \\infty``): the sides next to it; None without such a chain."""
    for st in pr.statements[1:]:
        if not st.relations or not set(st.relations) <= {"<", "<="}:
            continue
        if list(st.sides).count(obs) != 1:
            continue
        at = list(st.sides).index(obs)
        lower = st.sides[at - 1] if at > 0 else -sp.oo
        upper = st.sides[at + 1] if at + 1 < len(st.sides) else sp.oo
        return Support("stated on the row", False, lower, upper)
    return None


def _support(
    pr: Any, claim: Any, lhs: sp.Basic, prose: str, stated: Callable[[str], Any]
) -> tuple | None:
    """``(lower, upper)`` of a continuous density's support: the row's own chain, else
    what the post states, else what the formula implies; None for a count, a joint
    density (``p(x, y) = 4xy``), or bounds in names the density does not hold."""
    from ._density import _implied, _maybe_joint

    if _maybe_joint(claim, lhs, pr.row.text, prose, stated):
        return None
    support = _chained(pr, claim.obs) or stated(claim.obs.name)
    if support is None and unit_interval(claim.g, claim.obs):  # EXPECT7: beta kernel
        support = Support("(0, 1), implied by the formula", False, 0, 1)
    if support is None:
        support = _implied(claim.g, claim.obs)
    if not support or support.discrete:
        return None
    bounds = tuple(_bound(b, claim.g) for b in (support.lower, support.upper))
    return None if None in bounds else bounds


def _bound(b: Any, g: sp.Basic) -> sp.Basic | None:
    """A support's bound as sympy: a number, an infinity, or the density's own symbol of
    that name (a bound in a name the density does not hold is not read)."""
    if isinstance(b, Fraction):
        return sp.Rational(b.numerator, b.denominator)
    if isinstance(b, str):
        return next((s for s in g.free_symbols if getattr(s, "name", None) == b), None)
    if isinstance(b, (int, sp.Basic)):
        return sp.sympify(b) if isinstance(b, int) else b
    return None


def random_parameter(parameters: Iterable[sp.Basic], random: Container[str]) -> bool:
    """Is a parameter of a density a random variable of the post (a letter with a density
    or a declaration of its own, in either case)? ``f(x \\mid y) = y e^{-yx}`` beside a
    density of ``y`` is a conditional density: its moments are ``E[X \\mid Y = y]``, not
    ``E[X]``, so it gives ``X`` no law."""
    return any(
        str(p).lower() in random or str(p).upper() in random
        for p in parameters
        if isinstance(p, sp.Symbol)
    )


@dataclasses.dataclass(frozen=True)
class Integrals:
    """The expectations of a variable with a written density: ``expect(h, var)`` is
    ``E[h]`` of a function ``h`` of ``var``, ``raw(k)`` is ``E[X^k]`` (None: not closed)."""

    parameters: tuple[sp.Symbol, ...]
    expect: Callable[[sp.Expr, sp.Basic], sp.Expr | None]
    raw: Callable[[int], sp.Expr | None]


def density_integrals(obs: sp.Symbol, g: sp.Expr, bounds: tuple) -> Integrals | None:
    """The :class:`Integrals` of a variable with density ``g`` in ``obs`` on ``bounds``;
    None unless the density is shown to integrate to 1 there."""
    parameters = tuple(sorted(g.free_symbols - {obs}, key=str))
    if any(getattr(p, "is_positive", None) is False for p in parameters):
        return None
    if _integral(g, obs, *bounds) != 1:
        return None

    def expect(h: sp.Expr, var: sp.Basic) -> sp.Expr | None:
        return _integral(h.xreplace({var: obs}) * g, obs, *bounds)

    def raw(k: int) -> sp.Expr | None:
        return _integral(obs**k * g, obs, *bounds)

    return Integrals(parameters, expect, raw)


class _TimedOut(Exception):
    """An integral that ran out of time: not memoised (:func:`_integral`)."""


def _integral(e: sp.Expr, x: sp.Symbol, lo: sp.Basic, hi: sp.Basic) -> sp.Expr | None:
    """``\\int_lo^hi e dx`` closed by sympy with the parameters positive, in the post's own
    symbols; None when it does not close into a plain formula in the time allowed.

    Memoised for the process, except a time-out: kept, it was the answer for every later post
    of a batch with the same integral, whether or not that post had the time."""
    try:
        return _closed_integral(e, x, lo, hi)
    except _TimedOut:
        return None


@functools.lru_cache(maxsize=256)
def _closed_integral(e: sp.Expr, x: sp.Symbol, lo: sp.Basic, hi: sp.Basic) -> sp.Expr | None:
    symbols = sorted((e.free_symbols | lo.free_symbols | hi.free_symbols) - {x}, key=str)
    positive = {s: sp.Dummy(s.name, positive=True, integer=s.is_integer) for s in symbols}
    var = sp.Dummy(x.name, real=True, positive=True if lo.is_nonnegative else None)
    body = e.xreplace({x: var, **positive})
    try:
        with _limited(), evaluating(True):
            value = beta_integral(body, var) if (lo, hi) == (0, 1) else None  # EXPECT7
            if value is None:
                value = sp.integrate(body, (var, lo.xreplace(positive), hi.xreplace(positive)))
            if value.has(*_OPEN) or value.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
                return None
            value = sp.simplify(value)
    except _budget.StepTimeout:
        raise _TimedOut from None
    except (RecursionError, ValueError, TypeError, NotImplementedError):
        return None
    if value.has(*_OPEN):
        return None
    return value.xreplace({d: s for s, d in positive.items()})


def _limited() -> Any:
    """The CPU-time limit of one integral, unless a step's limit already bounds the work.
    The post's budget (:func:`._budget.post_deadline`, a timer too) is no step's limit: taken
    for one, an integral of ``e^{10^{400} (x - mu)^2}`` ran for the whole budget (attack60)."""
    if _budget.step_limit_open():
        return contextlib.nullcontext()
    return _budget.time_limit(TIME_LIMIT)


__all__ = [
    "TIME_LIMIT",
    "Integrals",
    "density_integrals",
    "density_letters",
    "random_parameter",
    "written_densities",
]
