"""NAMES9: solving an equation by inverting a function that is not one-to-one.

``\\tan\\hat\\mu = c`` solved as ``\\hat\\mu = \\arctan c`` is what every author writes, yet
the equation step's numeric check found ``mu = -999.07`` (another solution of
``tan mu = c``), where the written line fails, and refuted the step. The written line picks
the principal branch. When the written equation holds an inverse of a function that is
not one-to-one (arctan, arcsin, arccos, arccot, or an even root such as sqrt) and its own
root (the principal value) solves the previous equation, a root of the previous equation
that fails the written one is another branch, not a counterexample: the step is left
unchecked with that said. A wrong solution (``arctan c + 1``, ``arctan(1/c)``) solves
nothing and is still refuted.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from . import _sampling

_INVERSES = {sp.atan: "arctan", sp.asin: "arcsin", sp.acos: "arccos", sp.acot: "arccot"}


def inverses_in(e: sp.Basic) -> list[str]:
    """The names of the branch-picking inverses in ``e`` (at most a few are looked at)."""
    found = []
    for f in e.atoms(sp.Function):
        name = _INVERSES.get(type(f))
        if name and name not in found:
            found.append(name)
    for p in e.atoms(sp.Pow):
        q = p.exp
        if isinstance(q, sp.Rational) and not q.is_integer and q.q % 2 == 0 and "root" not in found:
            found.append("root")
    return found


def principal_branch(
    csrc: Any, cdst: Any, pt: Any, u: Any, zero: float, domains: Any, shared: Any
) -> str | None:
    """Why a root of ``csrc`` (the previous equation) where ``cdst`` (the written one)
    fails is another branch, or None: the written equation's own root solves ``csrc``."""
    names = inverses_in(cdst)
    if not names or not _own_root_solves(csrc, cdst, pt, u, zero, domains, shared):
        return None
    shown = " and ".join("an even root" if n == "root" else n for n in names)
    return (
        f"the written line solves the previous one on the principal branch of {shown} "
        f"only: the previous equation has other solutions in {u}, where the written line "
        "does not hold (the step picks a branch, which the post does not state)"
    )


_MAX_NODES = 3000


def divided_out(previous: sp.Basic, written: sp.Basic, u: Any) -> bool:
    """Is ``u`` only in a factor of the previous residual that the written one drops?

    ``\\kappa \\cos\\mu S = \\kappa \\sin\\mu C`` divided by ``\\kappa``: at ``\\kappa = 0``
    the previous equation holds for every ``mu`` and the written one does not, which says
    only that the step divides by ``\\kappa``, as authors do with a parameter that is not
    0. Such an unknown is not solved for (the other symbols still are)."""
    if not isinstance(u, sp.Symbol) or u in written.free_symbols:
        return False
    for n, _ in enumerate(sp.preorder_traversal(previous)):
        if n > _MAX_NODES:
            return False
    f = sp.factor_terms(previous)
    if not isinstance(f, sp.Mul):
        return False
    rest = [a for a in f.args if not a.has(u)]
    return len(rest) < len(f.args) and any(a.free_symbols for a in rest)


def real_root_meant(cdst: sp.Basic, pt: Any, u: Any, root: Any) -> bool:
    """Is a fractional power of ``cdst`` taken of a negative number at the root?

    ``\\lambda^3 = a \\implies \\lambda = a^{1/3}``: at ``a < 0`` sympy's principal cube root
    is complex, while the author means the real one, so the written line "fails" there.
    At such a point the written line is outside the real domain of its principal reading,
    as at a pole: the point is no counterexample (the points where the bases are positive
    still check the step)."""
    bases = [
        p.base
        for p in cdst.atoms(sp.Pow)
        if p.exp.is_number and p.exp.is_integer is False and p.base.free_symbols
    ]
    for base in bases[:_MAX_BASES]:
        v = _sampling.signed_value(base, pt, {u: root})
        if v is not None and v < 0:
            return True
    return False


_MAX_BASES = 8


def picked_solution(
    csrc: Any, cdst: Any, pt: Any, u: Any, zero: float, domains: Any, shared: Any
) -> str | None:
    """Why a root of ``csrc`` where ``cdst`` fails is only another solution, or None.

    ``\\theta^2 = 4 \\implies \\theta = -2``: the written line is one solution of the line
    above, which has another (2). The step picks it; whether that is the one the post
    needs (the sign of theta) it does not say. Only a written line that fixes ``u`` alone
    (affine in ``u``: ``u = expr``) picks; ``x^2 - 5x + 6 = 0`` after ``x^2 - 3x + 2 = 0``
    shares one root and is still refuted."""
    if not _affine_in(cdst, u) or not _own_root_solves(csrc, cdst, pt, u, zero, domains, shared):
        return None
    return (
        f"the written line is one solution of the previous equation in {u}, which has "
        "others where it fails: the step picks a solution, and the post does not say why "
        f"(the sign or range of {u} would decide it)"
    )


def _own_root_solves(
    csrc: Any, cdst: Any, pt: Any, u: Any, zero: float, domains: Any, shared: Any
) -> bool:
    """Does the written equation's own root in ``u`` (at the point ``pt``) solve the
    previous one?"""
    root = _sampling.find_root(cdst, u, pt, domains, shared)
    if root is None:
        return False
    value = _sampling.residual(csrc, pt, {u: root}, zero)
    return value is not None and value <= zero


def _affine_in(e: sp.Basic, u: Any) -> bool:
    for n, _ in enumerate(sp.preorder_traversal(e)):
        if n > _MAX_NODES:
            return False
    if not isinstance(u, sp.Symbol) or not e.has(u):
        return False
    slope = sp.diff(e, u)
    return not slope.has(u) and slope != 0
