"""A likelihood of independent observations as its per-observation factor.

``L = C(n) \\prod_i g(x_i)`` - written as a product, as a product of factors each a
product, or with the samples collected into a power (``\\lambda^{\\sum_i x_i}
e^{-n\\lambda}``) - is split into ``C(n)`` and ``g(x)``. Both the density check
(:mod:`._density`) and the parameter domains a density implies
(:mod:`._parameter_space`) read a likelihood this way.
"""

from __future__ import annotations

import sympy as sp


def likelihood_factor(
    rhs: sp.Basic,
) -> tuple[sp.Basic, sp.Basic, sp.Symbol, sp.Symbol, str] | None:
    """``(C, g, obs, size, sample)`` with ``rhs = C * prod_{i=1}^{size} g(sample_i)`` and
    ``g`` written in the dummy ``obs``; None when ``rhs`` is not of that form."""
    samples = {a for a in rhs.atoms(sp.Indexed)}
    bases = {a.base for a in samples}
    if len(bases) != 1:
        return None
    base = next(iter(bases))
    series = rhs.atoms(sp.Sum, sp.Product)
    limits = {s.limits for s in series}
    if len(limits) != 1 or len(next(iter(limits))) != 1:
        return None
    (idx, lo, hi) = next(iter(limits))[0]
    if lo != 1 or not isinstance(hi, sp.Symbol) or any(a.indices != (idx,) for a in samples):
        return None
    obs = sp.Dummy("x", real=True)
    split = _split(rhs, base, idx, hi, obs)
    if split is None:
        return None
    prefactor, g = split
    if g.has(idx) or g.atoms(sp.Indexed) or not g.has(obs):
        return None
    return prefactor, g, obs, hi, str(base.label)


def _split(
    e: sp.Basic, base: sp.IndexedBase, idx: sp.Symbol, size: sp.Symbol, obs: sp.Symbol
) -> tuple[sp.Basic, sp.Basic] | None:
    """``e = C * prod_i g``, C free of the samples, g in ``obs``; None if not of that form."""

    def free(t: sp.Basic) -> bool:
        return not t.has(base) and not t.has(idx)

    def one(x_i: sp.Basic) -> sp.Basic:
        return x_i.xreplace({base[idx]: obs})

    if free(e):
        return e, sp.Integer(1)
    if isinstance(e, sp.Mul):
        cs, gs = [], []
        for f in e.args:
            part = _split(f, base, idx, size, obs)
            if part is None:
                return None
            cs.append(part[0])
            gs.append(part[1])
        return sp.Mul(*cs), sp.Mul(*gs)
    if isinstance(e, sp.Product):
        body = e.function
        if body.atoms(sp.Sum, sp.Product):
            return None
        return sp.Integer(1), one(body)
    if isinstance(e, (sp.Pow, sp.exp)):  # exp(u) and E**u alike (sympy: both are exp)
        b, x = e.base, e.exp
        if free(x) and not x.has(size):
            part = _split(b, base, idx, size, obs)
            if part is None:
                return None
            return part[0] ** x, part[1] ** x
        if free(b):
            return _split_power(b, x, base, idx, size, obs)
    return None


def _split_power(
    b: sp.Basic, x: sp.Basic, base: sp.IndexedBase, idx: sp.Symbol, size: sp.Symbol, obs: sp.Symbol
) -> tuple[sp.Basic, sp.Basic] | None:
    """``b ** (a + sum_j c_j Sum_i h_j(x_i))`` = ``b**a * prod_i b**(sum_j c_j h_j(x))``."""
    const, per = sp.Integer(0), sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(x)):
        if not term.has(base) and not term.has(idx):
            const += term
            continue
        sums = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Sum)]
        if len(sums) != 1:
            return None
        s = sums[0]
        coeff = sp.Mul(*[f for f in sp.Mul.make_args(term) if f is not s])
        if coeff.has(base) or coeff.has(idx) or s.function.atoms(sp.Sum, sp.Product):
            return None
        per += coeff * s.function.xreplace({base[idx]: obs})
    return b**const, b**per


__all__ = ["likelihood_factor"]
