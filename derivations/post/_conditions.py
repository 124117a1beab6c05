"""Conditions the prose states that the numeric check does not draw inside.

The engine draws each letter inside its declared domain (``\\lambda > 0``). Two kinds of
statement are not such domains:

- a case hypothesis ("If $x < 0$, then", "Whenever $t < 0$"): it holds for the rows it
  introduces, not for the whole post (:func:`._assume.case_hypotheses`);
- an order between two letters (``$a > b$``): a domain whose bound is another letter,
  which the engine's sampler does not follow for real parameters.

A counterexample outside such a condition shows nothing about a row the author writes
under it: the row is "unchecked", naming the condition. One the condition holds at (or
that involves none of its letters) still refutes. When the condition cannot be evaluated
at the counterexample (``x_i > \\mu`` at a drawn sample), a case hypothesis leaves the row
unchecked too: the row might hold in its case.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

import sympy as sp

from ..assumptions import INDEX_LETTERS
from . import _notation as T
from ._assume import case_hypotheses
from ._case_words import case_words
from ._parse import parse_expression
from ._relations import split_relations
from ._tosympy import evaluating
from ._unread_orders import UNREAD, order_relation, placed_by_sampler_not, unread_orders
from ._verdicts import _relink

#: The relations a condition may state, as :func:`._relations.split_relations` names them.
_MAKE = {"<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge, "=": sp.Eq, "!=": sp.Ne}
#: A letter of a formula the reader cannot parse: a Greek command or one Latin letter.
_GREEK = "|".join(sorted(T.GREEK, key=len, reverse=True))
_LETTER = re.compile(rf"\\({_GREEK})(?![A-Za-z])|(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z])")
#: Keys of a counterexample that are not letters of the row.
_NOT_LETTERS = frozenset({"previous", "written", "left", "right"})


@dataclasses.dataclass(frozen=True)
class Condition:
    """A relation the post states about some of its letters, on ``line``."""

    text: str
    line: int
    case: bool  # a case hypothesis (otherwise an order between letters)
    relation: sp.Basic | None  # the relation in sympy, None when it cannot be read
    until: int = 0  # a case holds for the rows up to this line; an order for every row
    of: str = ""  # the letter whose domain the assumption language reads in it
    since: int | None = None  # a case holds from this line (its own line when None)

    def governs(self, line: int) -> bool:
        since = self.line if self.since is None else self.since
        return not self.case or since <= line <= self.until

    def letters(self) -> frozenset[str]:
        if self.relation is not None:
            rel = self.relation
            elements = rel.atoms(sp.Indexed)
            bare = rel.xreplace({e: sp.Dummy() for e in elements}).free_symbols
            named = {str(e.base.label) for e in elements}
            return frozenset(named | {str(s) for s in bare if not isinstance(s, sp.Dummy)})
        return frozenset(a or b for a, b in _LETTER.findall(self.text))


def _one_relation(text: str) -> bool:
    """Does ``text`` state one relation a condition may state (``x < 0``, ``x_i = 0``)?"""
    _, rels = split_relations(text)
    return len(rels) == 1 and rels[0] in _MAKE


def _relation(text: str) -> sp.Basic | None:
    """``a < b`` in sympy (unevaluated), or None: one relation sign between two sides the
    reader parses."""
    if not _one_relation(text):
        return None
    (left_text, right_text), (rel,) = split_relations(text)
    try:
        with evaluating(False):
            left, _ = parse_expression(left_text)
            right, _ = parse_expression(right_text)
    except (ValueError, TypeError, RecursionError):
        return None
    return _MAKE[rel](left, right, evaluate=False)


def stated_conditions(
    body: str, domains: Sequence[Any], first_line: int = 1, cases: Sequence[tuple] = ()
) -> tuple[Condition, ...]:
    """The case hypotheses of the prose and the orders between letters among ``domains``;
    ``cases``: more ``(text, line, since, until)`` to hold as cases from ``since``
    (:mod:`._restated_domains`)."""
    restated = [
        Condition(t, line, True, _relation(t), until, since=since)
        for t, line, since, until in cases
    ]
    cases = case_hypotheses(body, first_line)
    words, replaced = case_words(body, cases, _relation, first_line)  # SOUND, ._case_words
    out = [
        Condition(t, line, True, _relation(t), until)
        for t, line, until in cases
        if _one_relation(t) and (t, line) not in replaced
    ]
    out += [Condition(t, line, True, rel, until) for t, line, rel, until in words]
    out += restated
    read = set()
    for d in domains:
        if isinstance(d.lower, str) or isinstance(d.upper, str):
            for part in d.text.split("; "):
                relation = _relation(part)
                if relation is None:
                    relation = order_relation(part)  # 0 < a < b, read as one domain
                out.append(Condition(part, _line_of(d.source), False, relation, of=d.name))
                read.add(part.strip())
    # SOUND (._unread_orders): orders the assumption language does not read (a < b < c)
    out += [
        Condition(t, line, False, rel)
        for t, line, rel in unread_orders(body, first_line)
        if t not in read
    ]
    return tuple(out)


#: A membership in a real space (``x \\in R^d``, ``\\mathbb{R}^{n}``, ``\\mathbb{R}``): every
#: point the sampler draws has real entries, so it lies inside whatever the dimension.
_REAL_SPACE = re.compile(
    r"\\in\s*(?:\\mathbb\s*\{\s*R\s*\}|\\R(?![A-Za-z])|R)\s*(?:\^\s*(?:\{[^{}]*\}|\w))?\s*$"
)


def _line_of(source: str) -> int:
    m = re.search(r"line (\d+)", source or "")
    return int(m.group(1)) if m else 0


def _holds_at(condition: Condition, point: Mapping[str, Any]) -> bool | None:
    """Does ``condition`` hold at the counterexample ``point``? None: it cannot be said."""
    rel = condition.relation
    if rel is None or any(isinstance(s, sp.Indexed) for s in rel.free_symbols):
        return None
    values = {}
    for s in rel.free_symbols:
        v = point.get(str(s))
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return None
        values[s] = sp.Float(v)
    try:
        got = rel.xreplace(values).doit()
    except (TypeError, ValueError, ArithmeticError):
        return None
    return bool(got) if got in (sp.true, sp.false) else None


def outside_why(conditions: Sequence[Condition], point: Mapping[str, Any] | None, line: int) -> str:
    """Why a counterexample ``point`` of the row on ``line`` does not refute (the condition
    it may lie outside), or "" when it refutes."""
    if not point:
        return ""
    letters = {k for k in point if k not in _NOT_LETTERS}
    # x_(1), x_(n) in the point: an unread order of the x's may be about them
    bases = {k.partition("_")[0] for k in letters}
    for c in conditions:
        unread = c.relation is not None and bool(c.relation.atoms(UNREAD))
        if not c.governs(line) or not c.letters() & (bases if unread else letters):
            continue
        if _REAL_SPACE.search(c.text):
            continue  # matrix59: x in R^d; the sampler draws real entries only
        if c.of and c.of == point.get("variable"):
            continue  # a density's mass, weighed over the support this domain states
        holds = _holds_at(c, point)
        if holds is None and not c.case and c.of and c.of not in point:
            holds = _room_for(c, point)  # where c.of lives, the row not holding it
        if holds is False:
            return (
                f"the counterexample lies outside ${c.text}$, which the post states on line "
                f"{c.line}{' for this case' if c.case else ''}; not checked inside it"
            )
        if holds is None and (c.case or _unplaced_order(c, point)):
            # an order between letters too (a > b at a point without b): the row may hold
            what = "the case " if c.case else ""
            return (
                f"the post states {what}${c.text}$ on line {c.line}, and the counterexample "
                "cannot be placed in or out of it; not checked inside it"
            )
    return ""


def _room_for(condition: Condition, point: Mapping[str, Any]) -> bool | None:
    """Is there a value of the letter ``condition`` says lives there (its ``of``: ``x`` in
    ``0 \\le x \\le a``) at the counterexample ``point``, which does not hold that letter?

    The row compared at the point holds no ``x`` (``\\operatorname{Var}(X)`` integrates it
    out), so the statement says of the point only that the range has room: at ``a = 2`` it
    holds (the point refutes), at ``a = -1`` it does not (the point lies outside). Only
    bounds linear in the letter with numbers at the point are weighed; None otherwise."""
    rel = condition.relation
    if rel is None or rel.atoms(sp.Indexed) or rel.atoms(UNREAD):
        return None
    if condition.of in INDEX_LETTERS:
        # 1 <= i <= k ranges indices: a row holding x_1 and x_k holds elements of that
        # range, not a letter it integrates out (held-out external44 physicsforums 50)
        return None
    v = next((s for s in rel.free_symbols if str(s) == condition.of), None)
    if v is None:
        return None
    values = {}
    for s in rel.free_symbols - {v}:
        value = point.get(str(s))
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        values[s] = sp.Float(value)
    parts = rel.args if isinstance(rel, sp.And) else (rel,)
    bounds = [_linear_bound(part, v, values) for part in parts]
    if None in bounds:
        return None
    if any(side == "false" for side, _, _ in bounds):
        return False  # a part without the letter fails at the point
    lows = [(end, strict) for side, end, strict in bounds if side == "low"]
    highs = [(end, strict) for side, end, strict in bounds if side == "high"]
    if not lows or not highs:
        return True  # a half-line always has room
    low = max(end for end, _ in lows)
    high = min(end for end, _ in highs)
    strict = any(s for end, s in lows if end == low) or any(s for end, s in highs if end == high)
    return bool(low < high or (low == high and not strict))


def _linear_bound(part: sp.Basic, v: sp.Symbol, values: dict) -> tuple | None:
    """``part`` (``a \\le x``, ``x < 2b``) at ``values`` as a bound of ``v``: ("low" or
    "high", the number, strict?); ("true" or "false", 0, strict) when ``v`` drops out; None
    when it is not an order linear in ``v`` whose coefficients are numbers there."""
    orders = {sp.LessThan: (1, False), sp.StrictLessThan: (1, True)}
    orders |= {sp.GreaterThan: (-1, False), sp.StrictGreaterThan: (-1, True)}
    if type(part) not in orders:
        return None
    sign, strict = orders[type(part)]
    try:
        diff = sp.expand(sign * (part.lhs - part.rhs).xreplace(values))  # diff < 0 (<= 0)
        slope, rest = diff.coeff(v, 1), diff.coeff(v, 0)
        if not (slope.is_number and rest.is_number) or sp.expand(diff - slope * v - rest) != 0:
            return None
        if not (slope.is_real and rest.is_real):
            return None
        if slope == 0:
            holds = bool(rest < 0) if strict else bool(rest <= 0)
            return ("true" if holds else "false", 0, strict)
        end = sp.Float(-rest / slope)
    except (TypeError, ValueError, ArithmeticError):
        return None
    return ("high" if slope > 0 else "low", end, strict)


def _unplaced_order(condition: Condition, point: Mapping[str, Any]) -> bool:
    """Is ``condition`` an order between letters the sampler does not follow, which a
    counterexample it cannot be evaluated at may lie outside? An order of the data (a
    letter the point gives a list of samples, ``x > \\theta`` at ``x = [1.4, 2.3]``) is the
    sampler's, as ``x_i > \\mu`` is - unless the reader could not read it (``x_1 \\le x_2
    \\le \\dots \\le x_n``): the data are drawn unordered."""
    if condition.relation is not None and condition.relation.atoms(UNREAD):
        return True
    if any(isinstance(point.get(name), list) for name in condition.letters()):
        return False
    return placed_by_sampler_not(condition.relation, condition.letters())


def refutations_inside(results: Sequence[Any], conditions: Sequence[Condition], cls: Any) -> list:
    """``results`` with each refutation whose counterexample lies outside a stated condition
    turned into "unchecked"."""
    out = list(results)
    if not conditions:
        return out
    for k, res in enumerate(out):
        if res.verdict != "refuted":
            continue
        links = res.links or ()
        refuted = [i for i, link in enumerate(links) if link.get("verdict") == "refuted"]
        points = [(i, links[i].get("counterexample")) for i in refuted] or [(0, res.counterexample)]
        for i, point in points:
            why = outside_why(conditions, point or res.counterexample, res.line)
            if why:
                out[k] = _relink(out[k], "unchecked", why, cls, i, len(links))
    return out
