"""A function the prose defines on a range has that value on the range only.

"The density is $p(x) = 2x$ for $0 \\le x \\le 1$ and $0$ elsewhere": ``p`` is ``2x`` on
``[0, 1]`` and 0 beyond it, so ``\\int_0^2 p(x)\\,dx`` is 1, not 4. Taking ``2x`` for the
value everywhere proved the false 4 and refuted the correct 1 (adversarial set 8, pairs 84,
85, 88, 164). :func:`ranged_value` gives the value its range, as a ``Piecewise``:

- 0 outside the range when the sentence says so ("$0$ elsewhere", "zero otherwise",
  "$f(x) = 0$ for $x < 0$" over the rest of the line) or calls the function a density or
  a mass function (which is 0 off its support);
- otherwise no value outside it (sympy's ``nan``): nothing there is proved or refuted.

Dropping the value instead (tried, and reverted) lost every use inside the range and let
another formula of the post stand for it. Only a function of one variable whose range is
written right after its formula in the same sentence ("for", "on", "when", "if", "where",
or a comma, then one formula: ``0 \\le x \\le 1``, ``x \\ge 0``, ``x \\in [0, 1]``,
``[0, 1]``) with bounds that are numbers or names of its value is read; any other value is
kept as it is.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from typing import Any

import sympy as sp

from .._errors import AssumptionError
from ..assumptions import parse as parse_domain
from ._assume import expand
from ._decided_ranges import decided_piece
from ._plans import STEP, UNCHECKED
from ._prose_laws import _SENTENCE_END
from ._unread_range import about_other_names, unknown_off

#: The range right after the formula: a word (or a comma) and one formula.
_RANGE = re.compile(
    r"^\s*,?\s*(?:\\text\{\s*)?(?:(?:for|on|when|whenever|if|where)\s+(?:all\s+)?)?"
    r"\$(?P<range>[^$]{1,80})\$"
)
#: What says the function is 0 off its range: "0 elsewhere", "zero otherwise".
_ZERO_WORDS = re.compile(
    r"(?:\$\s*0\s*\$|\bzero\b|\b0\b)\s*(?:elsewhere|otherwise|outside|everywhere\s+else)\b",
    re.IGNORECASE,
)
#: The words that make the function a density or a mass function.
_DENSITY = re.compile(r"\bdensity\b|\bp\.?d\.?f\b|\bp\.?m\.?f\b|\bmass\s+function\b", re.I)
_INTERVAL = re.compile(r"^\s*[\[(]")
#: Upper bound on the text looked through (a bound on what a hostile post can make this do).
_MAX_TEXT = 200_000


def ranged_value(paragraphs: Iterable[str], formula: str, lhs: sp.Basic, rhs: sp.Basic) -> sp.Basic:
    """``rhs`` as the value of ``lhs`` (``p(x)``) on the range the sentence that writes
    ``$formula$`` states for ``x``; ``rhs`` itself when no sentence states one, or the
    sentences that write the formula do not state the same one."""
    if len(getattr(lhs, "args", ())) != 1 or not isinstance(lhs.args[0], sp.Symbol):
        return rhs
    var, head = lhs.args[0], _squeeze(formula.split("=")[0])
    found = {
        _read(sentence[end:], sentence[:start], var, rhs, head)
        for sentence, start, end in _sentences_with(paragraphs, formula)
    }
    if len(found) != 1:
        return rhs
    read = found.pop()
    if read is None:
        return rhs
    inside, zero = read
    if zero:
        return sp.Piecewise((rhs, inside), (sp.S.Zero, True))
    return sp.Piecewise((rhs, inside), (sp.nan, True))


def zero_off(range_text: str, lhs: sp.Basic, rhs: sp.Basic, zero: bool = True) -> sp.Basic:
    """``rhs`` as the value of ``lhs`` (``f(x)``) on ``range_text`` and 0 beyond it, as a row
    by cases or with an indicator factor writes it (:func:`._support_factors.zero_outside`),
    or no value beyond it (``zero=False``: a range written beside the formula,
    :func:`._trailing_range.trailing_range`); ``rhs`` itself when the range does not bound
    the one variable by numbers or names."""
    if about_other_names(range_text, lhs, rhs):
        return rhs  # sound12: f(x) = theta x, theta > 0 states the parameter's range
    if len(getattr(lhs, "args", ())) != 1 or not isinstance(lhs.args[0], sp.Symbol):
        return unknown_off(lhs, rhs)  # sound12: a range the reader cannot use fails closed
    inside = _condition(range_text, lhs.args[0], rhs)
    beyond = sp.S.Zero if zero else sp.nan
    if inside is None:
        return unknown_off(lhs, rhs)  # sound12: a range the reader cannot use fails closed
    return sp.Piecewise((rhs, inside), (beyond, True))


def _sentences_with(paragraphs: Iterable[str], formula: str) -> list[tuple[str, int, int]]:
    """Each sentence that writes ``$formula$``, with where the formula starts and ends."""
    wanted = _squeeze(formula)
    if not wanted:
        return []
    return [
        (sentence, start, end)
        for sentence, formulas in _sentences(tuple(paragraphs))
        for squeezed, start, end in formulas
        if squeezed == wanted
    ]


@functools.lru_cache(maxsize=4)
def _sentences(paragraphs: tuple[str, ...]) -> tuple[tuple[str, tuple], ...]:
    """The paragraphs' sentences, each with its formulas (spaces squeezed out) and where
    they start and end: split once per post, looked up once per definition."""
    out = []
    for paragraph in dict.fromkeys(paragraphs):
        flat = re.sub(r"\\\((.{1,200}?)\\\)", r"$\1$", paragraph[:_MAX_TEXT], flags=re.S)
        for sentence in _SENTENCE_END.split(flat):
            found = tuple(
                (_squeeze(m.group(1)), m.start(), m.end())
                for m in re.finditer(r"\$([^$]{1,400})\$", sentence)
            )
            if found:
                out.append((sentence, found))
    return tuple(out)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _read(
    after: str, before: str, var: sp.Symbol, rhs: sp.Basic, head: str
) -> tuple[sp.Basic, bool] | None:
    """``(condition on var, 0 outside)`` of the range written right ``after`` the formula;
    None when none is, or it cannot be read."""
    m = _RANGE.match(after)
    if m is None:
        return None
    inside = _condition(m.group("range"), var, rhs)
    if inside is None:
        return None
    rest = after[m.end() :]
    zero = bool(_ZERO_WORDS.search(rest) or _DENSITY.search(before)) or _zero_beside(
        rest, var, rhs, inside, head
    )
    return inside, zero


def _condition(text: str, var: sp.Symbol, rhs: sp.Basic) -> sp.Basic | None:
    """The condition ``text`` states on ``var`` (``0 \\le x \\le 1``, ``[0, 1]``), with the
    bounds in ``rhs``'s symbols; None unless it bounds ``var`` alone, by numbers or names."""
    if _INTERVAL.match(text):
        text = f"{var.name} \\in {text}"
    text = _enumerated_bounds(text)
    try:
        domains = [d for st in expand(text) for d in parse_domain(st, "the range")]
    except (AssumptionError, ValueError, TypeError):
        return None
    if len(domains) != 1:
        return None
    d = domains[0]
    if d.name != var.name or d.sample or d.integer or d.members is not None or d.excluded:
        return None
    parts = []
    for bound, strict, relation in (
        (d.lower, d.lower_strict, (sp.Gt, sp.Ge)),
        (d.upper, d.upper_strict, (sp.Lt, sp.Le)),
    ):
        if bound is None:
            continue
        value = _bound(bound, rhs)
        if value is None:
            return None
        parts.append(relation[0 if strict else 1](var, value, evaluate=False))
    if not parts:
        return None
    return sp.And(*parts) if len(parts) > 1 else parts[0]


#: A support listed by its values: ``k = 1, 2, \\dots`` or ``k = 0, 1, \\ldots, n``.
_ENUMERATION = re.compile(
    r"^\s*(?P<var>[A-Za-z])\s*=\s*(?P<first>-?\d+)\s*,(?:\s*-?\d+\s*,)*\s*"
    r"(?:\\[lc]?dots|\.\.\.)\s*(?:,\s*(?P<last>-?\d+|[A-Za-z]|\\[A-Za-z]+))?\s*$"
)


def _enumerated_bounds(text: str) -> str:
    """``k = 1, 2, \\dots`` as ``k \\ge 1`` and ``k = 0, 1, \\ldots, n`` as ``0 \\le k \\le n``:
    the range of a mass function listed by its values, which the domain language does not
    read (dropping it evaluated the mass off its support: ``p(0)`` of a geometric mass from
    1, adversarial set 11, pair 87). Other text is returned as it is."""
    m = _ENUMERATION.match(text)
    if m is None:
        return text
    low = f"{m.group('first')} \\le {m.group('var')}"
    return f"{low} \\le {m.group('last')}" if m.group("last") else low


def _bound(bound: object, rhs: sp.Basic) -> sp.Basic | None:
    """A bound as a number, or the symbol of ``rhs`` it names (``\\theta``)."""
    if isinstance(bound, str):
        named = [s for s in rhs.free_symbols if getattr(s, "name", None) == bound]
        return named[0] if len(named) == 1 else None
    return sp.Rational(bound.numerator, bound.denominator)


def _zero_beside(rest: str, var: sp.Symbol, rhs: sp.Basic, inside: sp.Basic, head: str) -> bool:
    """Does the sentence go on with ``$f(x) = 0$ for $<the rest of the line>$``, ``f(x)``
    written as the formula's own left side (``head``)?"""
    m = re.search(r"\$([^$=]{1,40})=\s*0\s*\$", rest)
    if m is None or _squeeze(m.group(1)) != head:
        return False
    other = _RANGE.match(rest[m.end() :])
    if other is None:
        return False
    outside = _condition(other.group("range"), var, rhs)
    if outside is None:
        return False
    try:
        with sp.evaluate(True):  # the rows are planned with sympy's evaluation off
            covered = sp.Union(inside.as_set(), outside.as_set())
    except (NotImplementedError, TypeError, ValueError):
        return False
    return covered == sp.S.Reals


# ------------------------------------------------------------------ the steps it gives

#: Why a link whose line uses such a value outside its range is not checked.
UNDEFINED_REASON = (
    "uses a function the post defines on a range only (see the sentence that defines it) "
    "where its value is not said, or over limits the reader cannot place in that range; "
    "not checked"
)


def settle_ranges(plans: Iterable[Any], steps: list[Any]) -> None:
    """Put the steps' ranged values (:func:`ranged_value`) in the engine's terms, in place.

    An integral over the function's variable runs over the part of its limits inside the
    range (``\\int_0^2`` of ``2x`` on ``[0, 1]``, 0 elsewhere, is ``\\int_0^1 2x``); the
    engine's own handling of a ``Piecewise`` under an integral is not used (sympy's
    ``piecewise_fold`` takes the condition out of the integral, free). Elsewhere the
    function at a point whose place the line does not fix (``f(x_i)`` in a likelihood) has
    its value on the range, as the post uses it there. A link whose line keeps a value
    that is not said (beyond a range with no 0 stated) or limits that cannot be placed
    (``\\int_0^t``) is unchecked.
    """
    undefined = set()
    for i, step in enumerate(steps):
        if step.expr.has(sp.Piecewise):
            expr, ok = _settled(step.expr)
            steps[i] = dataclasses.replace(step, expr=expr)
            if not ok:
                undefined.add(i)
    if not undefined:
        return
    for plan in plans:
        for link in plan.links:
            if (
                link.kind == STEP
                and link.step is not None
                and _compared(steps, link.step) & undefined
            ):
                link.kind = UNCHECKED
                link.reason = UNDEFINED_REASON


def _compared(steps: list[Any], i: int) -> set[int]:
    """Step ``i`` and the step it follows (unless it starts a chain)."""
    return {i} if steps[i].relation == "start" or i == 0 else {i - 1, i}


def _settled(expr: sp.Basic) -> tuple[sp.Basic, bool]:
    """``expr`` with its integrals of ranged values clipped and its other ranged values
    read on their range; False when a value that is not said is left."""
    ok = True

    def clip(integral: sp.Integral) -> sp.Basic:
        nonlocal ok
        if not _over_range(integral):
            return integral  # \int p(x) d\theta: p(x) at a point the line leaves free
        clipped = _clipped(integral)
        if clipped is None:
            ok = False
            return integral
        return clipped

    with sp.evaluate(True):
        # read at free points first: evaluated, 1 / Piecewise is folded into its pieces
        expr = _at_free_points(expr, frozenset())
        # the pieces evaluated (x * nan is nan; p(2) is 0, or no value), the rest as written
        expr = expr.replace(lambda a: isinstance(a, sp.Piecewise), _rebuilt)
        expr = expr.replace(lambda a: isinstance(a, sp.Integral) and a.has(sp.Piecewise), clip)
    if expr.has(sp.Piecewise) or expr.has(sp.nan):
        ok = False
    return expr, ok


def _ranged(a: sp.Basic) -> bool:
    """Is ``a`` a value :func:`ranged_value` gave (one piece, then 0 or nothing)?"""
    return (
        isinstance(a, sp.Piecewise)
        and len(a.args) == 2
        and a.args[1].cond == sp.true
        and (a.args[1].expr == 0 or a.args[1].expr is sp.nan)
    )


def _rebuilt(e: sp.Basic) -> sp.Basic:
    """``e`` evaluated (the rows are built as written: ``0 \\le 2`` stays a relation)."""
    return e.func(*[_rebuilt(a) for a in e.args]) if e.args else e


def _at_free_points(e: sp.Basic, bound: frozenset) -> sp.Basic:
    """``e`` with each ranged value at a point the line leaves free (its condition not
    decided, and over no integral's variable: ``f(x_i)``) replaced by its value on the
    range; the nodes above a replaced one rebuilt, the others kept as written."""
    if _ranged(e):
        decided = decided_piece(e)  # SOUNDA: the signs decide it (._decided_ranges)
        if decided is not None:
            return decided
        cond = e.args[0].cond.free_symbols
        if cond and not cond & bound:
            return e.args[0].expr
    if not e.args or not e.has(sp.Piecewise):
        return e
    if isinstance(e, sp.Integral):
        bound = bound | {lim[0] for lim in e.limits}
    args = [_at_free_points(a, bound) for a in e.args]
    return e if all(a is b for a, b in zip(args, e.args, strict=True)) else e.func(*args)


def _over_range(integral: sp.Integral) -> bool:
    """Does the integral run over the variable of a ranged value in it?"""
    bound = {lim[0] for lim in integral.limits}
    return any(
        _ranged(p) and p.args[0].cond.free_symbols & bound
        for p in integral.function.atoms(sp.Piecewise)
    )


def _clipped(integral: sp.Integral) -> sp.Basic | None:
    """``\\int_a^b`` of a ranged value of its variable as the integral over the part of
    ``(a, b)`` inside the range; None when that part cannot be placed, or a value that
    is not said lies in ``(a, b)``."""
    if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
        return None
    integral = _rebuilt(integral)
    x, a, b = integral.limits[0]
    body = sp.piecewise_fold(integral.function)
    if not _ranged(body) or body.args[0].cond.free_symbols != {x}:
        return None
    (inside, cond), (outside, _) = body.args
    try:
        where = cond.as_set()
    except (NotImplementedError, TypeError, ValueError):
        return None
    if not isinstance(where, sp.Interval) or (a <= b) is not sp.true:
        return None
    lo, hi = sp.Max(a, where.start), sp.Min(b, where.end)
    if any(isinstance(v, (sp.Max, sp.Min)) for v in (lo, hi)):
        return None
    if outside is sp.nan and (lo != a or hi != b):
        return None
    if (hi <= lo) is sp.true:
        return sp.S.Zero
    return sp.Integral(inside, (x, lo, hi))


__all__ = ["UNDEFINED_REASON", "ranged_value", "settle_ranges"]
