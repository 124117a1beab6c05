"""A residue that vanishes where the bases of its roots, powers and logs are positive.

sympy keeps ``sqrt(t^3)`` and ``t^(3/2)``, ``(b/(b - t))^a`` and ``b^a/(b - t)^a``,
``sqrt(-1/(2s - 1))`` and ``1/sqrt(1 - 2s)`` apart: on the principal branch they differ
where a base is negative (``t = -1``: ``i`` and ``-i``). Where the domains *prove* each
base positive (declared facts, a bound ``t < beta``, the previous line's own domain),
they are equal, and :func:`vanishes_where_positive` shows it:

- every base of a power with a non-integer exponent and every argument of a log is
  split into its factors (products, integer powers); each factor that is a symbol, a
  sum (``beta - t``) or a function value (``Gamma(y + 1)``) and that the domains prove
  positive (or, for a symbol, non-negative) is replaced by a fresh sympy symbol
  declared so; a factor proved negative by ``-f`` (``2s - 1`` where ``s < 1/2``) is
  replaced by ``-D``;
- sympy then rewrites powers and logs of those symbols by its own rules, which hold for
  positive symbols (no ``force=True``), and the result is tested for zero.

Sound: the residue, as a function of the fresh symbols and the other names, is zero
for *every* positive value of each fresh symbol, so in particular at the value the
replaced expression takes. Only expressions free of bound names (a sum's index, an
integral's variable) are replaced, so each stands for one value. A sign is never
decided by sampling; nothing is decided when no factor's sign is proved (the answer
is then False: "not shown", never "non-zero").
"""

from __future__ import annotations

from typing import Any

import sympy as sp

#: Bounds: the size of a residue looked at, and the number of factors replaced.
_MAX_OPS = 300
_MAX_FACTORS = 16


def _bound_names(e: sp.Basic) -> set[sp.Basic]:
    out: set[sp.Basic] = set()
    for node in sp.preorder_traversal(e):
        if isinstance(node, (sp.Sum, sp.Product, sp.Integral)):
            out.update(lim[0] for lim in node.limits)
        elif isinstance(node, sp.Derivative):
            out.update(v for v, _ in node.variable_count)
        elif isinstance(node, sp.Lambda):
            out.update(node.variables)
    return out


def _factors(base: sp.Basic, out: list[sp.Basic], depth: int = 0) -> None:
    """The factors of ``base``: through products, integer powers and the inside of
    fractional powers (``sqrt(t^3)``: ``t``)."""
    if depth > 12 or base.is_number:
        return
    if isinstance(base, sp.Mul):
        for f in base.args:
            _factors(f, out, depth + 1)
        return
    if isinstance(base, sp.Pow) and base.base is not sp.E:
        _factors(base.base, out, depth + 1)
        return
    out.append(base)


def _over_one_denominator(e: sp.Basic) -> sp.Basic:
    """``e`` with each sum inside a base written over one denominator (an equal
    expression): ``1 - t/beta`` is ``(beta - t)/beta``, whose factors have signs."""
    table: dict[sp.Basic, sp.Basic] = {}
    for node in sp.preorder_traversal(e):
        if isinstance(node, sp.Pow) and node.base is not sp.E and not node.exp.is_Integer:
            inner = [node.base]
        elif isinstance(node, sp.log) and len(node.args) == 1:
            inner = [node.args[0]]
        else:
            continue
        while inner:
            f = inner.pop()
            if isinstance(f, sp.Mul):
                inner.extend(f.args)
            elif isinstance(f, sp.Pow) and f.base is not sp.E:
                inner.append(f.base)
            elif isinstance(f, sp.Add) and f not in table and sp.count_ops(f) <= 40:
                together = sp.together(f)
                if together != f and isinstance(together, (sp.Mul, sp.Pow)):
                    table[f] = together
    return e.xreplace(table) if table else e


def _candidates(e: sp.Basic) -> list[sp.Basic]:
    found: list[sp.Basic] = []
    for node in sp.preorder_traversal(e):
        if isinstance(node, sp.Pow) and node.base is not sp.E and not node.exp.is_Integer:
            _factors(node.base, found)
        elif isinstance(node, sp.log) and len(node.args) == 1:
            _factors(node.args[0], found)
    out: list[sp.Basic] = []
    for f in found:
        if isinstance(f, sp.Add) and f.could_extract_minus_sign():
            f = -f
        if f not in out:
            out.append(f)
    return out


def _fresh(f: sp.Basic, domains: Any, k: int) -> sp.Basic | None:
    """The fresh symbol standing for ``f`` (``-D`` where ``-f`` is positive), or None
    when the domains do not prove a sign."""
    integer = {"integer": True} if f.is_integer else {}
    if domains.is_positive(f) is True:
        return sp.Dummy(f"pos{k}", positive=True, **integer)
    if domains.is_positive(-f) is True:
        return -sp.Dummy(f"pos{k}", positive=True, **integer)
    if isinstance(f, sp.Symbol) and domains.is_nonnegative(f) is True:
        return sp.Dummy(f"nonneg{k}", nonnegative=True, **integer)
    return None


def vanishes_where_positive(diff: sp.Basic, domains: Any) -> bool:
    """Is the residue ``diff`` zero once the bases the domains prove positive are
    declared so (see the module's text)? False: not shown."""
    if domains is None or diff == 0 or diff.has(sp.MatrixExpr) or not diff.is_commutative:
        return False
    if sp.count_ops(diff) > _MAX_OPS:
        return False
    diff = _over_one_denominator(diff)
    bound = _bound_names(diff)
    table: dict[sp.Basic, sp.Basic] = {}
    for k, f in enumerate(_candidates(diff)):
        if len(table) >= _MAX_FACTORS:
            break
        if f.free_symbols & bound or f.atoms(sp.Indexed) or not f.free_symbols:
            continue
        fresh = _fresh(f, domains, k)
        if fresh is not None:
            table[f] = fresh
            if isinstance(f, sp.Add):
                table[-f] = -fresh
    if not table:
        return False
    # Symbols last: a sum (beta - t) is replaced whole before its names are.
    order = sorted(table, key=lambda f: isinstance(f, sp.Symbol))
    out = diff
    for f in order:
        out = out.xreplace({f: table[f]})
    return expands_to_zero(sp.expand_log(sp.powdenest(sp.expand_power_base(out))))


def expands_to_zero(out: sp.Basic) -> bool:
    """Is ``out`` zero once expanded, or once put over one denominator and cancelled?"""
    out = sp.expand(out)
    if out == 0:
        return True
    try:
        return sp.cancel(sp.together(out)) == 0
    except (sp.PolynomialError, NotImplementedError, TypeError, ValueError):
        return False
