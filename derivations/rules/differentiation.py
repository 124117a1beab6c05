"""Differentiation rules, each acting on one unevaluated ``Derivative``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._registry import Rewrite, ev, rule
from ._util import body, factors


def _first_order(node: sp.Basic) -> tuple[sp.Basic, sp.Symbol] | None:
    """(f, v) for Derivative(f, v) of order one; None otherwise."""
    if not isinstance(node, sp.Derivative) or len(node.variable_count) != 1:
        return None
    v, k = node.variable_count[0]
    if k != 1:
        return None
    return node.expr, v


def _d(f: sp.Basic, v: sp.Symbol) -> sp.Basic:
    return sp.Derivative(f, v)


@rule("diff-sum-rule", "sum rule of differentiation")
def diff_sum_rule(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv (a + b) = d/dv a + d/dv b."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Add):
        return None
    f, v = fv
    return Rewrite(ev(sp.Add, *[_d(t, v) for t in f.args]))


@rule("diff-constant", "derivative of a constant is 0")
def diff_constant(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv c = 0 when c does not depend on v."""
    fv = _first_order(node)
    if fv is None or fv[0].has(fv[1]):
        return None
    return Rewrite(sp.S.Zero)


@rule("diff-through-sum", "derivative through a sum")
def diff_through_sum(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv Sum(f(n)) = Sum(d/dv f(n)) for a finite sum whose limits do not depend on v."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Sum):
        return None
    s, v = fv
    if any(v in lim for lim in s.limits):
        return None
    return Rewrite(sp.Sum(_d(body(s), v), *s.limits))


@rule("constant-multiple", "constant-multiple rule")
def constant_multiple(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv (c*f) = c * d/dv f when c does not depend on v."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Mul):
        return None
    f, v = fv
    fs = factors(f)
    free = [a for a in fs if not a.has(v)]
    dep = [a for a in fs if a.has(v)]
    if not free or not dep:
        return None
    inner = dep[0] if len(dep) == 1 else ev(sp.Mul, *dep)
    return Rewrite(ev(sp.Mul, *free, _d(inner, v)))


@rule("product-rule", "product rule")
def product_rule(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv (a*b) = (d/dv a)*b + a*(d/dv b), splitting after the first written factor."""
    fv = _first_order(node)
    if fv is None or not isinstance(fv[0], sp.Mul):
        return None
    f, v = fv
    a = f.args[0]
    rest = f.args[1:]
    b = rest[0] if len(rest) == 1 else ev(sp.Mul, *rest)
    return Rewrite(ev(sp.Add, ev(sp.Mul, _d(a, v), b), ev(sp.Mul, a, _d(b, v))))


@rule("chain-rule", "chain rule")
def chain_rule(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv g**k = k*g**(k-1) * d/dv g and d/dv log(g) = (1/g) * d/dv g, for inner g != v."""
    fv = _first_order(node)
    if fv is None:
        return None
    f, v = fv
    if isinstance(f, sp.Pow) and f.base != v and f.base.has(v) and not f.exp.has(v):
        g, k = f.args
        return Rewrite(
            ev(sp.Mul, k, ev(sp.Pow, g, ev(sp.Add, k, -1)), _d(g, v)),
            (sp.Ne(g, 0, evaluate=False),) if not (k - 1).is_nonnegative else (),
        )
    if isinstance(f, sp.log) and f.args[0] != v and f.args[0].has(v):
        g = f.args[0]
        return Rewrite(
            ev(sp.Mul, ev(sp.Pow, g, -1), _d(g, v)), (sp.StrictGreaterThan(g, 0, evaluate=False),)
        )
    return None


@rule("power-rule", "power rule")
def power_rule(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv v**k = k*v**(k-1) for k not depending on v (and d/dv v = 1)."""
    fv = _first_order(node)
    if fv is None:
        return None
    f, v = fv
    if f == v:
        return Rewrite(sp.S.One)
    if isinstance(f, sp.Pow) and f.base == v and not f.exp.has(v):
        k = f.exp
        return Rewrite(ev(sp.Mul, k, ev(sp.Pow, v, ev(sp.Add, k, -1))))
    return None


@rule("linear-derivative", "derivative of a linear expression")
def linear_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv (a + b*v) = b when a and b do not depend on v."""
    fv = _first_order(node)
    if fv is None or isinstance(fv[0], (sp.Sum, sp.Derivative)):
        return None
    f, v = fv
    fe = sp.expand(f)
    if not fe.has(v):
        return None
    try:
        poly = sp.Poly(fe, v) if fe.is_polynomial(v) else None
    except sp.PolynomialError:
        # (sympy 1.14 on d/dw_1 (w_1 x_{i1} + w_2 x_{i2}): elements of two indexed names)
        return None
    if poly is None or poly.degree() != 1:
        return None
    return Rewrite(poly.coeff_monomial(v))


@rule("logarithm-derivative", "derivative of the logarithm")
def logarithm_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv log(v) = 1/v."""
    fv = _first_order(node)
    if fv is None or not (isinstance(fv[0], sp.log) and fv[0].args[0] == fv[1]):
        return None
    v = fv[1]
    return Rewrite(ev(sp.Pow, v, -1), (sp.StrictGreaterThan(v, 0, evaluate=False),))


@rule("log-gamma-derivative", "derivative of the log-gamma function")
def log_gamma_derivative(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """d/dv log(Gamma(v)) = digamma(v) = polygamma(0, v), valid for v > 0 (Gamma(v) > 0)."""
    fv = _first_order(node)
    if fv is None:
        return None
    f, v = fv
    if not (isinstance(f, sp.log) and isinstance(f.args[0], sp.gamma) and f.args[0].args[0] == v):
        return None
    return Rewrite(sp.polygamma(0, v), (sp.StrictGreaterThan(v, 0, evaluate=False),))
