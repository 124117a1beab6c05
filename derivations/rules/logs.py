"""Logarithm rules: product, quotient, power, log(e) = 1, log(1) = 0, log(exp(u)) = u."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._registry import Rewrite, ev, rule


def _is_exp(e: sp.Basic) -> bool:
    return isinstance(e, sp.exp) or (isinstance(e, sp.Pow) and e.base is sp.E)


def _exp_arg(e: sp.Basic) -> sp.Basic:
    # Test Pow first: sympy's exp metaclass makes isinstance(E**u, exp) true,
    # and E**u's args[0] is E, not u.
    return e.exp if isinstance(e, sp.Pow) else e.args[0]


def _written_factors(m: sp.Mul) -> list[sp.Basic]:
    """Factors of a product as a person wrote them.

    ``a*b*c`` may be nested unevaluated as ``(a*b)*c``: flatten that, but keep
    a signed or scaled factor such as ``-a`` or ``2*pi`` whole.
    """
    out: list[sp.Basic] = []
    for f in m.args:
        if isinstance(f, sp.Mul) and not f.args[0].is_Number:
            out.extend(_written_factors(f))
        else:
            out.append(f)
    return out


def _split_quotient(m: sp.Mul) -> tuple[list[sp.Basic], list[sp.Basic]]:
    num, den = [], []
    for f in m.args:
        if isinstance(f, sp.Pow) and f.exp.is_negative and f.base is not sp.E:
            den.append(f.base if f.exp == -1 else ev(sp.Pow, f.base, -f.exp))
        else:
            num.append(f)
    return num, den


def _prod(factors: list[sp.Basic]) -> sp.Basic:
    if not factors:
        return sp.S.One
    return factors[0] if len(factors) == 1 else ev(sp.Mul, *factors)


@rule("log-product", "log product rule")
def log_product(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(a*b) = log(a) + log(b), valid for a, b > 0."""
    if not (isinstance(node, sp.log) and isinstance(node.args[0], sp.Mul)):
        return None
    factors = _written_factors(node.args[0])
    return Rewrite(
        ev(sp.Add, *[ev(sp.log, f) for f in factors]),
        tuple(sp.StrictGreaterThan(f, 0, evaluate=False) for f in factors),
    )


@rule("log-quotient", "log quotient rule")
def log_quotient(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(a/b) = log(a) - log(b), valid for a, b > 0."""
    if not isinstance(node, sp.log):
        return None
    arg = node.args[0]
    if isinstance(arg, sp.Pow) and arg.exp.is_negative and arg.base is not sp.E:
        num, den = [], [arg.base if arg.exp == -1 else ev(sp.Pow, arg.base, -arg.exp)]
    elif isinstance(arg, sp.Mul):
        num, den = _split_quotient(arg)
    else:
        return None
    if not den:
        return None
    a, b = _prod(num), _prod(den)
    return Rewrite(
        ev(sp.Add, ev(sp.log, a), ev(sp.Mul, -1, ev(sp.log, b))),
        (sp.StrictGreaterThan(a, 0, evaluate=False), sp.StrictGreaterThan(b, 0, evaluate=False)),
    )


@rule("log-power", "log power rule")
def log_power(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(b**k) = k*log(b), valid for b > 0 and real k (sqrt(b) is b**(1/2))."""
    if not (isinstance(node, sp.log) and isinstance(node.args[0], sp.Pow)):
        return None
    b, k = node.args[0].args
    return Rewrite(
        ev(sp.Mul, k, ev(sp.log, b)),
        (sp.StrictGreaterThan(b, 0, evaluate=False), sp.Contains(k, sp.Reals, evaluate=False)),
    )


@rule("log-of-e", "natural log of e is 1")
def log_of_e(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(e) = 1 for the natural logarithm."""
    if isinstance(node, sp.log) and node.args[0] is sp.E:
        return Rewrite(sp.S.One)
    return None


@rule("log-of-one", "log of 1 is 0")
def log_of_one(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(1) = 0 in any base."""
    if isinstance(node, sp.log) and node.args[0] == 1:
        return Rewrite(sp.S.Zero)
    return None


@rule("log-of-exp", "log and exp are inverse")
def log_of_exp(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(exp(u)) = u, valid for real u."""
    if isinstance(node, sp.log) and _is_exp(node.args[0]):
        u = _exp_arg(node.args[0])
        return Rewrite(u, (sp.Contains(u, sp.Reals, evaluate=False),))
    return None
