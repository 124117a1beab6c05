"""The general rows of a likelihood post: argmax, the density of a data set, naming of parameters.

A post often opens in full generality before it writes a formula:

- ``\\operatorname{argmax}_\\theta \\log f(\\theta) = \\operatorname{argmax}_\\theta f(\\theta)``
  - checked by the engine's ``argmax-log`` rule (``log`` is increasing; the
  condition ``f > 0`` holds for a density, whose log the row takes);
- ``\\log \\mathcal{N}(\\mathbf{X}|\\theta) = \\sum_n \\log \\mathcal{N}(\\mathbf{x}_n|\\theta)``
  - the density of a data set ``X`` whose points are the samples ``x_n`` is the
  product of the points' densities (the i.i.d. premise, shown in the reason);
  the row is checked as ``log prod_n f_n = sum_n log f_n``;
- ``\\mathcal{N}(\\mathbf{X}|\\theta) = \\mathcal{N}(\\mathbf{X}|\\mu, \\Sigma)`` -
  the parameter vector written as its parts (``\\theta = [\\mu, \\Sigma]``): a
  naming, taken as given;
- ``\\mathcal{N}(\\mathbf{x}_n|\\mu, \\Sigma) = \\mathcal{N}(\\mathbf{x}_n|\\mu, \\sigma^2)``
  - a covariance replaced by a variance: the post's diagonal-covariance
  assumption, a premise;
- a row that only writes an argmax (no relation): the goal, a premise.

Each function returns what the builder needs, or ``None`` when the row is not
of its form; nothing here decides a verdict.
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from .._forms import evaluated
from ..engine._matrix_expr import ArgMax as EngineArgMax
from ..rules.likelihood import sign_and_objective
from ._tosympy import ArgMax, Density, NamedApplied, NormalPdf, Opaque


def _densities(e: sp.Basic) -> set[Any]:
    return {f for f in e.atoms(AppliedUndef, Density) if isinstance(f, (Opaque, NamedApplied))}


def _positive(e: sp.Basic) -> sp.Basic:
    """Undefined functions (``f``, ``\\mathcal{N}``) as positive functions: densities."""
    sub = {}
    for f in e.atoms(AppliedUndef):
        sub[f] = sp.Function(str(f.func), positive=True)(*f.args)
    return e.xreplace(sub) if sub else e


def argmax_identity(e0: sp.Basic, e1: sp.Basic) -> sp.Basic | None:
    """``argmax log f = argmax f`` (either way round) as the engine's claim, else None."""
    if not (isinstance(e0, ArgMax) and isinstance(e1, ArgMax)):
        return None
    (a, va), (b, vb) = e0.args, e1.args
    if va != vb:
        return None
    # an arg min is read as the arg max of the negation: the log keeps each where it is,
    # it never turns an arg min into an arg max
    (sa, a), (sb, b) = _sign_and_body(a), _sign_and_body(b)
    if sa != sb:
        return None
    if not (
        (isinstance(a, sp.log) and a.args[0] == b) or (isinstance(b, sp.log) and b.args[0] == a)
    ):
        return None
    with sp.evaluate(False):
        lhs = EngineArgMax(sp.Mul(sa, _positive(a)) if sa < 0 else _positive(a), va)
        rhs = EngineArgMax(sp.Mul(sb, _positive(b)) if sb < 0 else _positive(b), vb)
        return sp.Eq(lhs, rhs)


def _sign_and_body(e: sp.Basic) -> tuple[int, sp.Basic]:
    """(-1, f) for an arg max's body ``-f`` (an arg min of f), else (1, the body): the
    argmax-log rule's split, of the body as sympy evaluates it."""
    return sign_and_objective(evaluated(e))


def data_set_density(e0: sp.Basic, e1: sp.Basic) -> sp.Basic | None:
    """``log f(X, ...)`` with the sum over ``n`` of ``log f(x_n, ...)`` on the other side:
    ``e0`` with ``f(X, ...)`` read as ``prod_n f(x_n, ...)``, else None."""
    sums = [s for s in e1.atoms(sp.Sum) if len(s.limits) == 1]
    if not sums:
        return None
    sub = {}
    for f in _densities(e0):
        data = f.args[0] if f.args else None
        if not isinstance(data, sp.Symbol) or not data.name[:1].isupper():
            continue
        for s in sums:
            idx, lo, hi = s.limits[0]
            for g in _densities(s.function):
                point = g.args[0] if g.args else None
                if (
                    g.func == f.func
                    and g.args[1:] == f.args[1:]
                    and isinstance(point, sp.Indexed)
                    and point.indices == (idx,)
                    and str(point.base.label).lower() == data.name.lower()
                ):
                    sub[f] = sp.Product(g, (idx, lo, hi))
    if not sub:
        return None
    with sp.evaluate(False):
        return _positive(e0.xreplace(sub)), _positive(e1)


_NORMAL_NAMES = ("\\mathcal{N}", "Normal")


def _is_covariance(e: sp.Basic) -> bool:
    return isinstance(e, sp.Symbol) and (not e.is_commutative or e.name.startswith("Sigma"))


def parameter_naming(e0: sp.Basic, e1: sp.Basic) -> str:
    """Why ``e0 = e1`` only names parameters or states the diagonal case ("" if not)."""
    f0, f1 = _densities(e0), _densities(e1)
    d0 = {f for f in e0.atoms(Density)}
    d1 = {f for f in e1.atoms(Density)}
    if len(f0) != 1 or len(f1 | d1) != 1 or d0:
        return ""
    (a,) = f0
    (b,) = f1 | d1
    if not a.args or not b.args or a.args[0] != b.args[0]:
        return ""
    with sp.evaluate(True):  # Sum rebuilt unevaluated would hold 1*body
        if e0.xreplace({a: b}) != e1:
            return ""
    if not isinstance(a, Opaque) or str(a.func) not in _NORMAL_NAMES:
        return ""  # only a named distribution the post does not define (\mathcal{N})
    if isinstance(b, Density):
        if not isinstance(b, NormalPdf) or not _is_covariance(a.args[-1]):
            return ""
        return (
            "the diagonal-covariance assumption: the covariance replaced by a variance "
            "(a premise of the model, stated in the prose); taken as given"
        )
    if b.func != a.func or len(a.args) >= len(b.args):
        return ""
    parts = ", ".join(str(p) for p in b.args[1:])
    whole = ", ".join(str(p) for p in a.args[1:])
    return f"writes the parameters {whole} as their parts [{parts}] (a naming); taken as given"


def is_goal(sides: tuple) -> bool:
    """A row that only writes an argmax: the goal of the derivation."""
    return len(sides) == 1 and isinstance(sides[0], ArgMax)


__all__ = ["argmax_identity", "data_set_density", "is_goal", "parameter_naming"]
