"""The parameters of a named distribution lie in its parameter space.

``y_i \\sim \\mathrm{Poiss}(\\lambda x_i)`` says that the Poisson mean
``\\lambda x_i`` is positive; ``\\varepsilon_n \\sim \\mathcal{N}(0, \\tau)`` that
the variance ``\\tau`` is. A post that states its model this way seldom states
the domain again, and without it the engine draws negative exposures and
refutes ``\\log \\prod_i (\\lambda x_i)^{y_i} \\ldots = \\sum_i \\log \\ldots``.

Only parameters that are positive in every common parameterisation are read
(a Poisson mean, an exponential rate or scale, a normal variance, the shapes
and scales of the gamma, beta, Weibull, Pareto, Rayleigh and Laplace
distributions), and only when the parameter is written as one name or as a
product of plain names with a positive number (``\\lambda``, ``2 \\lambda``,
``\\lambda x_i``). A product of names is read as each name positive: the
rate-times-exposure convention (a rate and an exposure are positive), which is
what authors mean; ``\\lambda x_i > 0`` alone would allow both negative. A sum
(``\\lambda + x_i``), a sign (``-\\lambda``) or anything else bounds nothing.
Probabilities (``\\mathrm{Bern}(p)``) are left to the domains the post states.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from . import _notation as T
from ._tosympy import Opaque

#: distribution (as the reader names it) -> positions of the parameters that are positive.
POSITIVE_PARAMETERS: dict[str, tuple[int, ...]] = {
    "Poiss": (0,),
    "Pois": (0,),
    "Poisson": (0,),
    "Exp": (0,),
    "Expo": (0,),
    "Rayleigh": (0,),
    "Normal": (1,),  # N(mu, sigma^2): the variance
    "\\mathcal{N}": (1,),
    "Laplace": (1,),  # Laplace(mu, b): the scale
    "Gamma": (0, 1),
    "Gam": (0, 1),  # The Book of Statistical Proofs' names: Gam(a, b), Bet(a, b)
    "Beta": (0, 1),
    "Bet": (0, 1),
    "Weibull": (0, 1),
    "Pareto": (0, 1),
}


def positive_names(dist: sp.Basic) -> list[sp.Basic]:
    """The names a distribution's positive parameters make positive (see the module)."""
    if not isinstance(dist, Opaque):
        return []
    positions = POSITIVE_PARAMETERS.get(str(dist.func))
    if positions is None:
        return []
    args = dist.args
    if str(dist.func) in ("Normal", "\\mathcal{N}", "Laplace") and len(args) != 2:
        return []
    out: list[sp.Basic] = []
    for k in positions:
        if k < len(args):
            out += _positive_factors(args[k])
    return list(dict.fromkeys(out))


def _positive_factors(arg: sp.Basic) -> list[sp.Basic]:
    """``\\lambda x_i`` -> ``[lambda, x[i]]``; ``[]`` unless a positive number times names."""
    factors = _flat_product(arg)
    coeff = [f for f in factors if f.is_number]
    names = [f for f in factors if not f.is_number]
    if not names or any(not (c.is_real and c.is_positive) for c in coeff):
        return []
    if not all(isinstance(f, (sp.Symbol, sp.Indexed)) for f in names):
        return []
    return [f for f in names if f.is_positive is not True]  # sigma2, N: already known


def _flat_product(e: sp.Basic) -> list[sp.Basic]:
    if isinstance(e, sp.Mul):
        out: list[sp.Basic] = []
        for a in e.args:
            out += _flat_product(a)
        return out
    return [e]


def tex_name(e: sp.Basic) -> str | None:
    """The TeX the assumption language reads for a plain name (``\\lambda``, ``x_{i}``)."""
    if isinstance(e, sp.Indexed):
        if len(e.indices) != 1 or not isinstance(e.indices[0], sp.Symbol):
            return None
        base = tex_name(e.base.label)
        return None if base is None else f"{base}_{{{e.indices[0]}}}"
    if not isinstance(e, sp.Symbol):
        return None
    if e.name in T.GREEK:
        return "\\" + e.name
    if len(e.name) == 1 and e.name.isascii() and e.name.isalpha():
        return e.name
    return None


def distribution_statements(dists: Iterable[sp.Basic]) -> list[str]:
    """``name > 0`` for each name the distributions' parameters make positive."""
    out: list[str] = []
    for d in dists:
        for name in positive_names(d):
            tex = tex_name(name)
            if tex is not None and f"{tex} > 0" not in out:
                out.append(f"{tex} > 0")
    return out
