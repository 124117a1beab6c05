"""Whole-equation operations: both sides multiplied, divided, shifted, swapped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from .._errors import MalformedDerivation
from ._registry import EQUATION, Rewrite, Rule, ev, register


def _param(params: Mapping[str, Any], key: str, rule_name: str) -> sp.Basic:
    if key not in params:
        raise MalformedDerivation(f"Rule {rule_name!r} needs the parameter {key!r}.")
    return params[key]


def _multiply(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not isinstance(node, sp.Equality):
        return None
    c = _param(params, "factor", "multiply-both-sides")
    return Rewrite(
        ev(sp.Eq, ev(sp.Mul, c, node.lhs), ev(sp.Mul, c, node.rhs)), (sp.Ne(c, 0, evaluate=False),)
    )


def _divide(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not isinstance(node, sp.Equality):
        return None
    c = _param(params, "divisor", "divide-both-sides")
    inv = ev(sp.Pow, c, -1)
    return Rewrite(
        ev(sp.Eq, ev(sp.Mul, node.lhs, inv), ev(sp.Mul, node.rhs, inv)),
        (sp.Ne(c, 0, evaluate=False),),
    )


def _add(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not isinstance(node, sp.Equality):
        return None
    t = _param(params, "term", "add-both-sides")
    return Rewrite(ev(sp.Eq, ev(sp.Add, node.lhs, t), ev(sp.Add, node.rhs, t)))


def _swap(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    if not isinstance(node, sp.Equality):
        return None
    return Rewrite(ev(sp.Eq, node.rhs, node.lhs))


for _name, _label, _fn, _doc, _req in [
    (
        "multiply-both-sides",
        "multiply both sides",
        _multiply,
        "a = b <=> c*a = c*b for c != 0 (=> holds for any c).",
        ("factor",),
    ),
    (
        "divide-both-sides",
        "divide both sides",
        _divide,
        "a = b <=> a/c = b/c, needs c != 0.",
        ("divisor",),
    ),
    ("add-both-sides", "add to both sides", _add, "a = b <=> a + t = b + t.", ("term",)),
    ("swap-sides", "swap sides", _swap, "a = b <=> b = a.", ()),
]:
    register(
        Rule(
            name=_name,
            label=_label,
            kind=EQUATION,
            match=_fn,
            compare="expanded",
            whole=True,
            doc=_doc,
            required=_req,
        )
    )
