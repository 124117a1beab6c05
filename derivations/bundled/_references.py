"""Reference log-likelihoods for the derivations written as Markdown files.

A derivation file names its first row's rule (``% rule:
exponential-log-likelihood``); that start rule compares the row with ``sum_n
log`` of a density taken from ``sympy.stats``, an independent source. A Python
derivation registers its own reference in its module; a file cannot, so the
references of the bundled files live here, registered when the bundled
derivations are loaded (``derivations.bundled.load_modules``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from ..rules.start import register_reference
from ..symbols import N, n, x


def _reference(distribution: Callable[[], Any]) -> Callable[[], sp.Basic]:
    def reference() -> sp.Basic:
        from sympy.stats import density

        return sp.Sum(sp.log(density(distribution())(x[n])), (n, 1, N))

    return reference


def bernoulli_probability(k: sp.Basic) -> sp.Basic:
    """``p^k (1 - p)^(1 - k)``, checked against sympy.stats' Bernoulli at k = 0 and k = 1.

    sympy.stats gives the probability as a ``Piecewise`` over the support; the
    power form equals it at both points of the support {0, 1}, which is the
    whole domain of the samples, so the comparison is a proof.
    """
    from sympy.stats import Bernoulli, density

    p = sp.Symbol("p", positive=True)
    pmf = density(Bernoulli("X", p))
    k0 = sp.Symbol("k")
    power_form = p**k0 * (1 - p) ** (1 - k0)
    for value in (0, 1):
        if sp.simplify(power_form.subs(k0, value) - pmf(value)) != 0:
            raise AssertionError(f"the Bernoulli power form differs from sympy.stats at {value}")
    return power_form.subs(k0, k)


def _bernoulli_reference() -> sp.Basic:
    return sp.Sum(sp.log(bernoulli_probability(x[n])), (n, 1, N))


def _binomial_reference() -> sp.Basic:
    from sympy.stats.frv_types import BinomialDistribution

    m = sp.Symbol("m", integer=True, positive=True)
    k = sp.Symbol("k", integer=True, nonnegative=True)
    pmf = BinomialDistribution(m, sp.Symbol("p", positive=True), 1).pmf(k)
    # sympy.stats writes the probability as Piecewise((C(m, k) p^k (1-p)^(m-k), k <= m),
    # (0, True)); on the declared support 0 <= k <= m the first branch is the law.
    branch, condition = pmf.args[0]
    if not (isinstance(pmf, sp.Piecewise) and condition == (k <= m)):
        raise AssertionError(f"unexpected form of sympy.stats' binomial probability: {pmf}")
    return sp.Sum(sp.log(branch.subs(k, x[n])), (n, 1, N))


def _exponential() -> Any:
    from sympy.stats import Exponential

    return Exponential("X", sp.Symbol("lambda", positive=True))


def _poisson() -> Any:
    from sympy.stats import Poisson

    return Poisson("X", sp.Symbol("lambda", positive=True))


def _geometric() -> Any:
    from sympy.stats import Geometric

    return Geometric("X", sp.Symbol("p", positive=True))


def _rayleigh() -> Any:
    from sympy.stats import Rayleigh

    from ..symbols import sigma2

    return Rayleigh("X", sp.sqrt(sigma2))


#: rule name -> (label, reference log-likelihood, what it is in words)
REFERENCES: dict[str, tuple[str, Callable[[], sp.Basic], str]] = {
    "exponential-log-likelihood": (
        "exponential log-likelihood",
        _reference(_exponential),
        "sum_n log of sympy.stats' Exponential(lambda) density",
    ),
    "poisson-log-likelihood": (
        "Poisson log-likelihood",
        _reference(_poisson),
        "sum_n log of sympy.stats' Poisson(lambda) probability",
    ),
    "geometric-log-likelihood": (
        "geometric log-likelihood",
        _reference(_geometric),
        "sum_n log of sympy.stats' Geometric(p) probability (support 1, 2, ...)",
    ),
    "rayleigh-log-likelihood": (
        "Rayleigh log-likelihood",
        _reference(_rayleigh),
        "sum_n log of sympy.stats' Rayleigh(sqrt(sigma2)) density",
    ),
    "bernoulli-log-likelihood": (
        "Bernoulli log-likelihood",
        _bernoulli_reference,
        "sum_n log of p^x_n (1 - p)^(1 - x_n), equal to sympy.stats' Bernoulli(p) on {0, 1}",
    ),
    "binomial-log-likelihood": (
        "binomial log-likelihood",
        _binomial_reference,
        "sum_n log of sympy.stats' Binomial(m, p) probability on its support 0 <= x_n <= m",
    ),
}

for _name, (_label, _log_likelihood, _words) in REFERENCES.items():
    register_reference(_name, _label, _log_likelihood, _words)
