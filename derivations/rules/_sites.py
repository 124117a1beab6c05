"""Applying a rewrite rule at a chosen set of the places (sites) where it matches.

A step may apply a rule at one place or at several, as people do on paper:
:func:`applications` enumerates the lines obtained by applying a rule at every
non-empty set of its sites (at most :attr:`Settings.max_sites` sites; beyond
that, all of them or one at a time).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import Any

import sympy as sp

from .._settings import DEFAULT, Settings
from ._registry import Rule


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
    expr: sp.Basic, r: Rule, params: Mapping[str, Any], settings: Settings = DEFAULT
) -> Iterator[tuple[sp.Basic, tuple[sp.Basic, ...]]]:
    """Every line obtained by applying ``r`` at a non-empty set of its sites.

    With more than ``settings.max_sites`` sites only "all sites" and single
    sites are tried, which keeps the search small.
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
    if k > settings.max_sites:
        subsets: Iterator[tuple[int, ...]] = ((i,) for i in range(k))
    else:
        subsets = (c for size in range(1, k) for c in itertools.combinations(range(k), size))
    for sites in subsets:
        yield apply_at(expr, r, params, frozenset(sites))
