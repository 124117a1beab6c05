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
negative or fractional power (``E[1/X]``) gets no value from :func:`raw_moment`.

Functions of a positive variable (``E[\\log W] = \\psi(\\alpha)`` for ``W \\sim
\\mathrm{Gamma}(\\alpha, 1)``, ``E[Y^2 \\log Y]``, ``E[1/X]``, ``E[\\sqrt X]``): the family's
``E[X^s]`` for real ``s`` (its Mellin transform, :data:`_MELLIN`) is finite exactly for ``s``
above a bound (``s > -\\alpha`` for the gamma) and analytic there, so ``E[X^s (\\log X)^m]``
is its ``m``-th derivative in ``s`` (:func:`log_moment`); a power not shown above the
bound gets no value (``E[1/X]`` of a gamma with an unknown shape may be infinite).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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


# ------------------------------------------------------------------ powers and logs

#: Highest power of ``\\log X`` whose mean is worked out (a bound on hostile rows).
MAX_LOG = 4

_G = sp.gamma
_MINUS_ONE = sp.S.NegativeOne

#: family -> (``E[X^s]`` as a function of ``s`` and the law's arguments, the bound ``L``
#: such that it is finite exactly for ``s > L``, or None when it is finite for every ``s``).
_MELLIN: dict[str, tuple[Callable[..., sp.Expr], Callable[..., sp.Expr] | None]] = {
    "exponential (rate)": (lambda s, lam: _G(1 + s) / lam**s, lambda lam: _MINUS_ONE),
    "exponential (scale)": (lambda s, th: _G(1 + s) * th**s, lambda th: _MINUS_ONE),
    "gamma (shape, rate)": (lambda s, a, b: _G(a + s) / (_G(a) * b**s), lambda a, b: -a),
    "gamma (shape, scale)": (lambda s, k, th: _G(k + s) * th**s / _G(k), lambda k, th: -k),
    "Weibull": (lambda s, k, lam: lam**s * _G(1 + s / k), lambda k, lam: -k),
    "Rayleigh": (lambda s, sd: sd**s * 2 ** (s / 2) * _G(1 + s / 2), lambda sd: 2 * _MINUS_ONE),
    "Rayleigh (variance)": (
        lambda s, v: v ** (s / 2) * 2 ** (s / 2) * _G(1 + s / 2),
        lambda v: 2 * _MINUS_ONE,
    ),
    "Maxwell": (
        lambda s, a: a**s * 2 ** (s / 2 + 1) * _G((s + 3) / 2) / sp.sqrt(sp.pi),
        lambda a: 3 * _MINUS_ONE,
    ),
    "beta": (
        lambda s, a, b: _G(a + s) * _G(a + b) / (_G(a) * _G(a + b + s)),
        lambda a, b: -a,
    ),
    "log-normal": (lambda s, mu, v: sp.exp(s * mu + s**2 * v / 2), None),
    "log-normal (sd)": (lambda s, mu, sd: sp.exp(s * mu + s**2 * sd**2 / 2), None),
}


def mellin_lower(law: Any) -> sp.Expr | None:
    """The bound ``L`` above which ``E[X^s]`` of ``law`` is finite (None: every ``s``)."""
    entry = _MELLIN.get(law.family)
    if entry is None or entry[1] is None:
        return None
    with evaluating(True):
        return entry[1](*law.args)


def log_moment(
    law: Any, s: sp.Expr, m: int, bounds: Mapping[str, tuple[Any, bool]] | None = None
) -> sp.Expr | None:
    """``E[X^s (\\log X)^m]`` of ``X`` with the (bound) positive law ``law``: the ``m``-th
    derivative of ``E[X^t]`` at ``t = s``. None when the family has no formula here, ``m``
    is not a whole number from 0 to :data:`MAX_LOG`, or ``s`` is not shown to lie where the
    moment is finite (``s - L`` positive by the symbols' assumptions, or ``s`` an order
    letter: see :func:`_above`). ``bounds``: the lower bounds the post states for names
    (``Context.lower_bounds``), which :func:`_in_space` adds to the parameter space."""
    entry = _MELLIN.get(law.family)
    if entry is None or not isinstance(m, int) or not 0 <= m <= MAX_LOG:
        return None
    transform, lower = entry
    with evaluating(True):
        if lower is not None and not _above(s, lower(*law.args), _in_space(law, bounds)):
            return None
        t = sp.Dummy("t")
        return sp.diff(transform(t, *law.args), t, m).subs(t, s)


def _in_space(
    law: Any, bounds: Mapping[str, tuple[Any, bool]] | None = None
) -> dict[sp.Symbol, sp.Expr]:
    """moments63: each argument of ``law`` written as one name whose role in the family's
    parameter space (:data:`._parameter_space.FAMILIES`) is positive -> a positive name of
    its own (a whole one if the name is). The law is a law only there: ``X \\sim
    \\mathrm{Gam}(a, b)`` says ``a > 0`` whether or not the post says it again, so the bound
    ``s > -a`` of ``E[\\log X]`` (``s = 0``) holds; a bound the space leaves open
    (``-1 > -a`` of ``E[1/X]``, which needs ``a > 1``) is not shown by the space alone.

    moments66: ``bounds`` (name -> (number, strict), the post's own domains) narrow it: an
    argument the post states above a positive number ``c`` (``\\alpha > 1``) is ``c`` plus a
    positive name (``c`` plus a nonnegative one for ``\\alpha \\ge c``), so ``-1 > -\\alpha``
    holds after "for $\\alpha > 1$" and not after "$\\alpha \\ge 1$". Only a number bounds:
    a bound by another letter (``\\alpha > k``) says nothing here."""
    from ._parameter_space import FAMILIES

    family = next((f for f in FAMILIES if f.name == getattr(law, "family", None)), None)
    if family is None or len(family.roles) != len(law.args):
        return {}
    out: dict[sp.Symbol, sp.Expr] = {}
    for a, role in zip(law.args, family.roles, strict=True):
        if not (isinstance(a, sp.Symbol) and role == "positive" and a.is_positive is not False):
            continue
        c, strict = (bounds or {}).get(a.name, (0, True))
        if c > 0:
            out[a] = sp.Rational(c) + sp.Dummy(a.name, positive=strict, nonnegative=True)
        else:
            out[a] = sp.Dummy(a.name, positive=True, integer=a.is_integer or None)
    return out


def _above(s: sp.Expr, lower: sp.Expr, space: dict | None = None) -> bool:
    """Is the power ``s`` shown above the bound ``lower``? A letter that names orders
    (:data:`_ORDERS`) written as the power (``E[Y^k]``) is a moment's order, a whole
    ``k >= 1`` (the raw moments, as a sum's upper limit is a count), unless its assumptions
    say otherwise (``E[Y^t]``, ``E[Y^s]``: a real power): above every bound of
    :data:`_MELLIN`, each below 0 where its family's parameters lie (``-\\alpha``, with
    ``\\alpha > 0``). ``space``: the law's arguments as positive names where its family's
    parameter space makes them positive (:func:`_in_space`)."""
    if (s - lower).is_positive is True:
        return True
    if space and (s - lower).xreplace(space).is_positive is True:
        return True
    return (
        isinstance(s, sp.Symbol)
        and s.name in _ORDERS
        and s.is_integer is not False
        and s.is_positive is not False
    )


#: The letters that name a moment's order (``E[X^k]``, the ``r``-th moment).
_ORDERS = frozenset("jkmnr")


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


__all__ = ["MAX_LOG", "MAX_MOMENT", "log_moment", "mellin_lower", "raw_moment", "sum_moment"]
