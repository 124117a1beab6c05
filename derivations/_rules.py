"""The rule registry: small, named sympy transformations with side conditions.

A :class:`Rule` rewrites one sub-expression (a *site*) at a time: its ``match``
function receives a node and the step's parameters and returns ``None`` when
the rule does not apply there, or a :class:`Rewrite` (the replacement and the
side conditions that make it valid). :func:`applications` enumerates the lines
obtained by applying a rule at every non-empty set of sites, so a step may
apply a rule at one place or at several, as people do on paper.

Side conditions are sympy booleans (``a > 0``, ``Ne(c, 0)``); the checker
discharges them from the declared assumptions or reports them as open.

Rules are registered with :func:`register`; ``REGISTRY`` maps names to rules.
The rules whose effect is a whole-equation operation (multiply both sides ...)
are in :mod:`derivations._rules_eq`; start-of-chain rules (restate, ...) are
handled by the checker itself because they relate a line to an earlier one.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import sympy as sp


@dataclasses.dataclass(frozen=True)
class Rewrite:
    new: sp.Basic
    conditions: tuple[sp.Basic, ...] = ()


Match = Callable[[sp.Basic, Mapping[str, Any]], "Rewrite | None"]


@dataclasses.dataclass(frozen=True)
class Rule:
    """A named transformation.

    Attributes
    ----------
    name : str
        Registry key, kebab-case (``"log-product"``).
    label : str
        Short English label used in reports and rendered LaTeX.
    match : callable
        ``match(node, params) -> Rewrite | None``.
    compare : {"shape", "expanded"}
        How the rule's output is compared with the written line: ``"shape"``
        (ordering only) for local rewrites, ``"expanded"`` for whole-equation
        operations whose result people simplify as they write it.
    whole : bool
        Applies to the whole line (an equation) rather than to sub-expressions.
    required : tuple of str
        Step parameters the rule needs (``("factor",)``); checked up front.
    """

    name: str
    label: str
    match: Match
    compare: str = "shape"
    whole: bool = False
    doc: str = ""
    required: tuple[str, ...] = ()


REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.name in REGISTRY:
        raise ValueError(f"Rule {rule.name!r} is registered twice.")
    REGISTRY[rule.name] = rule
    return rule


def rule(name: str, label: str, **kw: Any) -> Callable[[Match], Match]:
    """Decorator form of :func:`register` for a match function."""

    def deco(fn: Match) -> Match:
        register(Rule(name=name, label=label, match=fn, doc=(fn.__doc__ or "").strip(), **kw))
        return fn

    return deco


def get(name: str) -> Rule:
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise ValueError(f"Unknown rule {name!r}. Registered rules: {known}.") from None


# --------------------------------------------------------------------------- #
# Applying a rule at a chosen set of sites

MAX_SITES = 6


def _rebuild(node: sp.Basic, args: list[sp.Basic]) -> sp.Basic:
    if isinstance(node, (sp.Add, sp.Mul, sp.Pow, sp.Function, sp.Equality)):
        return node.func(*args, evaluate=False)
    return node.func(*args)


def _walk(
    node: sp.Basic,
    r: Rule,
    params: Mapping[str, Any],
    chosen: frozenset[int] | None,
    counter: list[int],
    conds: list[sp.Basic],
) -> sp.Basic:
    rw = r.match(node, params)
    if rw is not None:
        k = counter[0]
        counter[0] += 1
        if chosen is None or k in chosen:
            conds.extend(rw.conditions)
            return rw.new
    if node.is_Atom or isinstance(node, sp.Indexed):
        return node
    args = [_walk(a, r, params, chosen, counter, conds) for a in node.args]
    if all(a is b for a, b in zip(args, node.args, strict=True)):
        return node
    return _rebuild(node, args)


def count_sites(expr: sp.Basic, r: Rule, params: Mapping[str, Any]) -> int:
    counter = [0]
    _walk(expr, r, params, frozenset(), counter, [])
    return counter[0]


def apply_at(
    expr: sp.Basic, r: Rule, params: Mapping[str, Any], sites: frozenset[int] | None = None
) -> tuple[sp.Basic, tuple[sp.Basic, ...]]:
    """Apply ``r`` at the given sites (all when None); return line and conditions."""
    if r.whole:
        rw = r.match(expr, params)
        if rw is None:
            return expr, ()
        return rw.new, rw.conditions
    conds: list[sp.Basic] = []
    new = _walk(expr, r, params, sites, [0], conds)
    return new, tuple(conds)


def applications(
    expr: sp.Basic, r: Rule, params: Mapping[str, Any]
) -> Iterator[tuple[sp.Basic, tuple[sp.Basic, ...]]]:
    """Every line obtained by applying ``r`` at a non-empty set of its sites.

    With more than ``MAX_SITES`` sites only "all sites" and single sites are
    tried, which keeps the search small.
    """
    if r.whole:
        rw = r.match(expr, params)
        if rw is not None:
            yield rw.new, rw.conditions
        return
    k = count_sites(expr, r, params)
    if k == 0:
        return
    yield apply_at(expr, r, params, None)
    if k == 1:
        return
    if k > MAX_SITES:
        subsets: Iterator[tuple[int, ...]] = ((i,) for i in range(k))
    else:
        subsets = (c for size in range(1, k) for c in itertools.combinations(range(k), size))
    for sites in subsets:
        yield apply_at(expr, r, params, frozenset(sites))


def ev(fn: Callable[..., sp.Basic], *args: Any) -> sp.Basic:
    """Build ``fn(*args)`` unevaluated, so a rule's output keeps its written form."""
    with sp.evaluate(False):
        return fn(*args)
