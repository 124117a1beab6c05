"""Raw moments ``E[X^k]`` of the declared laws, and of sums of independent samples.

``E[(X - \\mu)^4] = 3\\sigma^4`` for ``X \\sim N(\\mu, \\sigma^2)``, ``E[X^3]`` of a Poisson
count, ``E[(\\sum_i y_i)^3]`` of independent samples: the expectation of a polynomial is
the sum of its coefficients times raw moments, so the table of laws needs ``E[X^k]`` for
every ``k`` up to a bound, not only the mean and the variance. Each family's moments are
written in closed form from what is known of it (all of these laws have moments of every
order - the Pareto, which has not, is not in the table):

- counts: through the Stirling numbers of the second kind, ``X^k = \\sum_j S(k, j)
  X(X-1)...(X-j+1)``, and the factorial moments (Poisson ``\\lambda^j``, binomial
  ``n(n-1)...(n-j+1) p^j``, geometric from 0 ``j! ((1-p)/p)^j``); a Bernoulli ``X^k`` is
  ``X``;
- the exponential, gamma, beta, Weibull, Rayleigh and Maxwell families: their gamma
  function forms (``E[X^k] = \\Gamma(\\alpha + k) / (\\Gamma(\\alpha) \\beta^k)``, ...);
- location families (normal, Laplace, uniform): the binomial expansion about the
  location of the centred moments;
- the log-normal: ``e^{k\\mu + k^2 \\sigma^2 / 2}``.

A sum of ``m`` independent samples of one law has the cumulants of one sample times
``m`` (:func:`sum_moment`), whatever ``m`` is; cumulants and raw moments are turned into
each other by the usual recurrence. Only whole ``k`` from 0 to :data:`MAX_MOMENT`: a
negative or fractional power (``E[1/X]``) gets no value here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp
from sympy.functions.combinatorial.numbers import stirling

from ._tosympy import evaluating

#: Highest order of a raw moment worked out (a bound on what hostile rows can ask).
MAX_MOMENT = 8


def raw_moment(law: Any, k: int) -> sp.Expr | None:
    """``E[X^k]`` of ``X`` with the (bound) law ``law``; None when ``k`` is not a whole
    number from 0 to :data:`MAX_MOMENT` or the family has no formula here."""
    if not isinstance(k, int) or not 0 <= k <= MAX_MOMENT:
        return None
    if k == 0:
        return sp.S.One
    formula = getattr(law, "raw", None)
    if formula is None:
        return None
    with evaluating(True):
        return formula(k, *law.args)


# ------------------------------------------------------------------ the formulas


def from_factorial(factorial: Callable[..., sp.Expr]) -> Callable[..., sp.Expr]:
    """Raw moments of a count from its factorial moments ``E[X(X-1)...(X-j+1)]``."""

    def raw(k: int, *args: sp.Expr) -> sp.Expr:
        return sp.Add(*(stirling(k, j) * factorial(j, *args) for j in range(1, k + 1)))

    return raw


def about(location: Callable[..., sp.Expr], centred: Callable[..., sp.Expr]):
    """Raw moments of ``X = c + Z`` from the moments ``centred(j, *args)`` of ``Z``."""

    def raw(k: int, *args: sp.Expr) -> sp.Expr:
        c = location(*args)
        return sp.Add(*(sp.binomial(k, j) * c ** (k - j) * centred(j, *args) for j in range(k + 1)))

    return raw


def shifted(raw: Callable[..., sp.Expr], by: int) -> Callable[..., sp.Expr]:
    """Raw moments of ``X + by`` from those of ``X`` (the geometric counting trials)."""

    def out(k: int, *args: sp.Expr) -> sp.Expr:
        return sp.Add(
            *(sp.binomial(k, j) * by ** (k - j) * (raw(j, *args) if j else 1) for j in range(k + 1))
        )

    return out


def _normal_centred(j: int, v: sp.Expr) -> sp.Expr:
    """``E[Z^j]`` of ``Z \\sim N(0, v)``: 0 for odd ``j``, ``(j-1)!! v^{j/2}`` for even."""
    return sp.S.Zero if j % 2 else sp.factorial2(j - 1) * v ** (j // 2)


def normal(mean_of: Callable[..., sp.Expr], variance_of: Callable[..., sp.Expr]):
    """A normal law's raw moments, its mean and variance written in its arguments."""
    return about(mean_of, lambda j, *a: _normal_centred(j, variance_of(*a)))


def laplace(k: int, mu: sp.Expr, b: sp.Expr) -> sp.Expr:
    return about(lambda m, s: m, lambda j, m, s: 0 if j % 2 else sp.factorial(j) * s**j)(k, mu, b)


def uniform(k: int, a: sp.Expr, b: sp.Expr) -> sp.Expr:
    """``(b^{k+1} - a^{k+1}) / ((k+1)(b-a))``, written without the division by ``b - a``."""
    return sp.Add(*(a**j * b ** (k - j) for j in range(k + 1))) / (k + 1)


# ------------------------------------------------------------------ sums of samples


def cumulants(moments: list[sp.Expr]) -> list[sp.Expr]:
    """``[κ_1, ..., κ_r]`` from the raw moments ``[μ_1, ..., μ_r]``."""
    mu = [sp.S.One, *moments]
    kappa = [sp.S.Zero]
    for r in range(1, len(mu)):
        kappa.append(
            sp.expand(
                mu[r] - sum(sp.binomial(r - 1, j - 1) * kappa[j] * mu[r - j] for j in range(1, r))
            )
        )
    return kappa[1:]


def moments_of(kappa: list[sp.Expr]) -> list[sp.Expr]:
    """The raw moments ``[μ_1, ..., μ_r]`` from the cumulants ``[κ_1, ..., κ_r]``."""
    mu = [sp.S.One]
    for r in range(1, len(kappa) + 1):
        mu.append(
            sp.expand(
                sum(sp.binomial(r - 1, j - 1) * kappa[j - 1] * mu[r - j] for j in range(1, r + 1))
            )
        )
    return mu[1:]


def sum_moment(moment: Callable[[int], sp.Expr | None], m: sp.Expr, r: int) -> sp.Expr | None:
    """``E[(Z_1 + ... + Z_m)^r]`` for ``m`` independent copies of ``Z``, whose raw moments
    ``moment(j)`` are given (None when one is not known). ``m`` may be a symbol: the
    cumulants of the sum are ``m`` times those of ``Z``."""
    if not 1 <= r <= MAX_MOMENT:
        return None
    found = [moment(j) for j in range(1, r + 1)]
    if any(v is None for v in found):
        return None
    with evaluating(True):
        return moments_of([m * k for k in cumulants(found)])[r - 1]


__all__ = ["MAX_MOMENT", "raw_moment", "sum_moment"]
