"""Summation rules: linearity, constant factors in and out, sum of a constant."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._registry import Rewrite, ev, rule
from ._util import body, factors, negated, single_limit


@rule("sum-split", "sum of a sum is a sum of sums")
def sum_split(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(a + b) = Sum(a) + Sum(b) over the same finite range."""
    if not (isinstance(node, sp.Sum) and isinstance(body(node), sp.Add)):
        return None
    lim = node.limits
    terms = []
    for t in body(node).args:
        # sum(a - b) = sum(a) - sum(b): a written minus stays outside the new sum.
        b = negated(t)
        terms.append(sp.Sum(t, *lim) if b is None else ev(sp.Mul, -1, sp.Sum(b, *lim)))
    return Rewrite(ev(sp.Add, *terms))


@rule("sum-of-constant", "sum of a constant")
def sum_of_constant(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(c, (n, a, b)) = (b - a + 1)*c when c does not depend on n, for b >= a - 1.

    A sum whose upper limit is below its lower one is empty (0), so the count
    b - a + 1 holds only when it is not negative.
    """
    if not isinstance(node, sp.Sum):
        return None
    lim = single_limit(node)
    if lim is None or node.function.has(lim[0]):
        return None
    i, a, b = lim
    count = b if a == 1 else ev(sp.Add, b, -a, 1)
    c = body(node)
    condition = sp.GreaterThan(ev(sp.Add, b, -a, 1), 0, evaluate=False)
    return Rewrite(count if c == 1 else ev(sp.Mul, count, c), (condition,))


@rule("constant-out-of-sum", "constant factor out of a sum")
def constant_out_of_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """Sum(c*f(n)) = c*Sum(f(n)) when c does not depend on n."""
    if not (isinstance(node, sp.Sum) and isinstance(body(node), sp.Mul)):
        return None
    lim = single_limit(node)
    if lim is None:
        return None
    fs = [f for f in factors(body(node)) if f != 1]
    free = [f for f in fs if not f.has(lim[0])]
    dep = [f for f in fs if f.has(lim[0])]
    if not free or not dep:
        return None
    inner = dep[0] if len(dep) == 1 else ev(sp.Mul, *dep)
    return Rewrite(ev(sp.Mul, *free, sp.Sum(inner, *node.limits)))


@rule("constant-into-sum", "constant factor into a sum")
def constant_into_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """c*Sum(f(n)) = Sum(c*f(n)) when c does not depend on n."""
    if not isinstance(node, sp.Mul):
        return None
    sums = [f for f in node.args if isinstance(f, sp.Sum)]
    if len(sums) != 1:
        return None
    s = sums[0]
    lim = single_limit(s)
    others = [f for f in node.args if f is not s]
    if lim is None or any(f.has(lim[0]) for f in others):
        return None
    return Rewrite(sp.Sum(ev(sp.Mul, *others, body(s)), *s.limits))
