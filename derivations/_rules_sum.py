"""Summation rules: linearity, constant factors in and out, sum of a constant."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._rules import Rewrite, ev, rule


def _factors(e: sp.Basic) -> list[sp.Basic]:
    """Factors of a (possibly nested, unevaluated) product, flattened."""
    if isinstance(e, sp.Mul):
        return [f for a in e.args for f in _factors(a)]
    return [e]


def _negated(t: sp.Basic) -> sp.Basic | None:
    """``b`` when ``t`` is written ``-b`` (a product with a leading -1), else None."""
    fs = _factors(t)
    if len(fs) >= 2 and fs[0] == -1:
        rest = fs[1:]
        return rest[0] if len(rest) == 1 else ev(sp.Mul, *rest)
    return None


def _body(s: sp.Sum) -> sp.Basic:
    """The summand; ``Sum`` built under ``evaluate(False)`` wraps it as ``1*f``."""
    f = s.function
    if isinstance(f, sp.Mul) and len(f.args) == 2 and f.args[0] == 1:
        return f.args[1]
    return f


def _single_limit(s: sp.Sum) -> tuple[sp.Symbol, sp.Basic, sp.Basic] | None:
    return s.limits[0] if len(s.limits) == 1 else None


@rule("sum-split", "sum of a sum is a sum of sums")
def sum_split(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(a + b) = Sum(a) + Sum(b) over the same finite range."""
    if not (isinstance(node, sp.Sum) and isinstance(_body(node), sp.Add)):
        return None
    lim = node.limits
    terms = []
    for t in _body(node).args:
        # sum(a - b) = sum(a) - sum(b): a written minus stays outside the new sum.
        b = _negated(t)
        terms.append(sp.Sum(t, *lim) if b is None else ev(sp.Mul, -1, sp.Sum(b, *lim)))
    return Rewrite(ev(sp.Add, *terms))


@rule("sum-of-constant", "sum of a constant")
def sum_of_constant(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(c, (n, a, b)) = (b - a + 1)*c when c does not depend on n."""
    if not isinstance(node, sp.Sum):
        return None
    lim = _single_limit(node)
    if lim is None or node.function.has(lim[0]):
        return None
    i, a, b = lim
    count = b if a == 1 else ev(sp.Add, b, -a, 1)
    c = _body(node)
    return Rewrite(count if c == 1 else ev(sp.Mul, count, c))


@rule("constant-out-of-sum", "constant factor out of a sum")
def constant_out_of_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(c*f(n)) = c*Sum(f(n)) when c does not depend on n."""
    if not (isinstance(node, sp.Sum) and isinstance(_body(node), sp.Mul)):
        return None
    lim = _single_limit(node)
    if lim is None:
        return None
    factors = [f for f in _factors(_body(node)) if f != 1]
    free = [f for f in factors if not f.has(lim[0])]
    dep = [f for f in factors if f.has(lim[0])]
    if not free or not dep:
        return None
    body = dep[0] if len(dep) == 1 else ev(sp.Mul, *dep)
    return Rewrite(ev(sp.Mul, *free, sp.Sum(body, *node.limits)))


@rule("constant-into-sum", "constant factor into a sum")
def constant_into_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """c*Sum(f(n)) = Sum(c*f(n)) when c does not depend on n."""
    if not isinstance(node, sp.Mul):
        return None
    sums = [f for f in node.args if isinstance(f, sp.Sum)]
    if len(sums) != 1:
        return None
    s = sums[0]
    lim = _single_limit(s)
    others = [f for f in node.args if f is not s]
    if lim is None or any(f.has(lim[0]) for f in others):
        return None
    return Rewrite(sp.Sum(ev(sp.Mul, *others, _body(s)), *s.limits))
