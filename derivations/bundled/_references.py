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


def _exponential() -> Any:
    from sympy.stats import Exponential

    return Exponential("X", sp.Symbol("lambda", positive=True))


def _poisson() -> Any:
    from sympy.stats import Poisson

    return Poisson("X", sp.Symbol("lambda", positive=True))


def _geometric() -> Any:
    from sympy.stats import Geometric

    return Geometric("X", sp.Symbol("p", positive=True))


#: rule name -> (label, distribution, what it is in words)
REFERENCES: dict[str, tuple[str, Callable[[], Any], str]] = {
    "exponential-log-likelihood": (
        "exponential log-likelihood",
        _exponential,
        "sum_n log of sympy.stats' Exponential(lambda) density",
    ),
    "poisson-log-likelihood": (
        "Poisson log-likelihood",
        _poisson,
        "sum_n log of sympy.stats' Poisson(lambda) probability",
    ),
    "geometric-log-likelihood": (
        "geometric log-likelihood",
        _geometric,
        "sum_n log of sympy.stats' Geometric(p) probability (support 1, 2, ...)",
    ),
}

for _name, (_label, _distribution, _words) in REFERENCES.items():
    register_reference(_name, _label, _reference(_distribution), _words)
