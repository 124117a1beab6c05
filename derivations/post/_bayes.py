"""Bayes' rule as written: ``p(\\mu | y) \\propto p(y | \\mu)\\, p(\\mu)``.

Whatever the densities are, the posterior of ``mu`` given ``y`` is ``p(y | mu) p(mu) / p(y)``:
proportional, as a function of ``mu``, to the likelihood times the prior, and to the joint
density ``p(y, mu)``. A row that says so was unchecked ("p(...) is not defined in the post")
although it is a law: it is proved as an instance of the rule when the calls match name for
name as written (what the posterior is of and given, the likelihood given what the posterior
is of, the prior of it), and the chain goes on from the product's value, which the post may
have given. A call the reader read but the text does not match (a prior of the data, a
likelihood given another letter, a posterior given more than the likelihood is) is left to
the ordinary reading. ``p(y | mu) p(mu) = p(y, mu)`` after it is the product rule of
probability, proved the same way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import sympy as sp

from ._plans import OWN, LinkPlan, _Cur, _why
from ._relations import EQUALITIES, split_relations
from ._resolve import is_matrix, quantity_name
from ._tosympy import NamedApplied
from ._written import arguments, written_calls

if TYPE_CHECKING:
    from ._parse import ParsedRow

#: the bar of a conditional density (not ``;``: ``p(x; \\theta)`` names a parameter)
_GIVEN = re.compile(r"\||\\mid\b|\\vert\b")


def _conditional(call: str) -> tuple[list[str], list[str]] | None:
    """``y | \\mu`` -> ``(["y"], ["\\mu"])``: what a call is of and what it is given;
    None for a call without one bar or with an empty side."""
    parts = _GIVEN.split(call)
    if len(parts) != 2:
        return None
    of, given = arguments(parts[0]), arguments(parts[1])
    return (of, given) if of and given else None


def _calls(e: sp.Basic, text: str) -> list[tuple[str, str]] | None:
    """The calls ``e`` is the product of, as ``(letter, arguments as written in text)``;
    None unless ``e`` is one call or a product of calls and ``text`` writes exactly those."""
    factors = sp.Mul.make_args(e)
    if not all(isinstance(f, NamedApplied) for f in factors):
        return None
    calls = []
    for name in dict.fromkeys(quantity_name(f) or "" for f in factors):
        calls += [(name, c) for c in _written_calls(text, name)]
    return calls if len(calls) == len(factors) else None


def _written_calls(text: str, name: str) -> list[str]:
    """The calls of ``name`` in ``text``, written bare or as a command (``\\pi(\\theta)``)."""
    return written_calls(text, name) + written_calls(text, "\\" + name)


def _split(calls: list[tuple[str, str]]) -> tuple[tuple, tuple] | None:
    """Two calls as ``(conditional, marginal)``: ``((letter, of, given), (letter, args))``,
    each list of arguments sorted; None unless exactly one of the two has a bar."""
    parts = [_conditional(c) for _, c in calls]
    if len(calls) != 2 or parts.count(None) != 1:
        return None
    k = parts.index(None)
    cond = next(part for part in parts if part is not None)
    return (
        (calls[1 - k][0], sorted(cond[0]), sorted(cond[1])),
        (calls[k][0], sorted(arguments(calls[k][1]))),
    )


def bayes_rule(e0: sp.Basic, e1: sp.Basic, left: str, right: str) -> str:
    """What the link ``e0 \\propto e1`` (sides written ``left``, ``right``) is an instance
    of: the posterior of ``A`` given ``B`` proportional to ``p(B | A) p(A)`` or to the
    joint ``p(A, B)``; ``""`` when it is no such instance as written. The letters must say
    the densities are of one model: the joint and the prior under the posterior's letter or
    the likelihood's (``p, p, p``; ``\\pi(\\theta|x) \\propto f(x|\\theta) \\pi(\\theta)``), or the
    prior under the prior's letter ``\\pi``: a prior ``h(\\theta)`` under a letter of its own
    may be any function."""
    name = quantity_name(e0) or ""
    head = _written_calls(left, name) if isinstance(e0, NamedApplied) else []
    posterior = _conditional(head[0]) if len(head) == 1 else None
    calls = _calls(e1, right)
    if posterior is None or calls is None:
        return ""
    of, given = sorted(posterior[0]), sorted(posterior[1])
    if set(of) & set(given):
        return ""
    if len(calls) == 1:
        letter, args = calls[0]
        joint = letter == name and not _GIVEN.search(args) and sorted(arguments(args))
        return "Bayes' rule: the posterior is proportional to the joint density" * (
            joint == sorted(of + given)
        )
    split = _split(calls)
    if split is None:
        return ""
    (f, cond_of, cond_given), (g, prior) = split
    matched = g in (name, f, "pi") and cond_of == given and cond_given == of and prior == of
    return "Bayes' rule: the posterior is proportional to the likelihood times the prior" * (
        matched
    )


def _product_rule(product: sp.Basic, joint: sp.Basic, left: str, right: str) -> bool:
    """Is ``product = joint`` (written ``left``, ``right``) ``p(y | mu) p(mu) = p(y, mu)``:
    a conditional times the marginal of what it is given, equal to the joint density,
    all under one letter?"""
    calls, whole = _calls(product, left), _calls(joint, right)
    split = _split(calls) if calls is not None else None
    if split is None or whole is None or len(whole) != 1 or _GIVEN.search(whole[0][1]):
        return False
    (f, of, given), (g, marginal) = split
    return (
        f == g == whole[0][0]
        and marginal == given
        and sorted(arguments(whole[0][1])) == sorted(of + given)
    )


class BayesLinks:
    """Rows that apply Bayes' rule (a mixin of :class:`._build._Builder`)."""

    def _bayes_chain(self: Any, pr: ParsedRow, sides: list, rels: list[str]) -> bool:
        """``p(mu | y) \\propto p(y | mu) p(mu) [= p(y, mu)] [\\propto ...]``: the first
        link proved as Bayes' rule, the rest read on from the product. False (nothing
        done) when the row's first link is no instance of the rule as written."""
        texts, _ = split_relations(pr.row.text)
        if len(texts) != len(sides) or sides[1] is None:
            return False
        how = bayes_rule(sides[0], sides[1], texts[0], texts[1])
        if not how:
            return False
        self._remember(*sides[:2])
        self._link(pr, LinkPlan(rels[0], OWN, verdict="proved", reason=how, how=how))
        start = 1
        if (
            len(rels) > 1
            and rels[1] in EQUALITIES
            and sides[2] is not None
            and _product_rule(sides[1], sides[2], texts[1], texts[2])
        ):
            self._remember(sides[2])
            rule = "the product rule of probability: the conditional times the marginal"
            self._link(pr, LinkPlan(rels[1], OWN, verdict="proved", reason=rule, how=rule))
            start = 2
        self._go_on_from(pr, sides[1])
        self._rest(pr, sides, rels, start)
        return True

    def _go_on_from(self: Any, pr: ParsedRow, side: sp.Basic) -> None:
        """The next link continues ``side``'s value, when the post gave it one: a product
        of densities read as the post gave them, a joint density only as the product rule
        gave it (the reader drops bars, so read as a call ``p(y, mu)`` is ``p(y | mu)``)."""
        if isinstance(side, NamedApplied):
            joint = self.names.joints.get((str(side.func), tuple(side.args)))
            value = joint.expr if joint is not None else None
        else:
            value, _ = self.names.resolve(side)
        if value is None or _why(value) or is_matrix(value):
            self.cur = _Cur()
            return
        step = self._anchor(pr, value)
        self.cur = _Cur("expr", step, value, self._row_index, None, pr.row.line)


__all__ = ["BayesLinks", "bayes_rule"]
