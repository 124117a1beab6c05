"""Derivations shipped with the package, by name.

Each module defines ``build() -> Derivation``; it may also register start
rules of its own (a reference density) and give its derivation a confirmation
hook (``Derivation.confirm``) - the engine knows no distribution.
"""

from __future__ import annotations

import importlib

#: name -> module defining ``build() -> Derivation``; the first is the default.
BUNDLED: dict[str, str] = {
    "gaussian-mle": "derivations.bundled.gaussian_mle",
    "gaussian-mvn-mle": "derivations.bundled.gaussian_mvn_mle",
    "exponential-mle": "derivations.bundled.exponential_mle",
    "poisson-mle": "derivations.bundled.poisson_mle",
    "bernoulli-mle": "derivations.bundled.bernoulli_mle",
    "binomial-mle": "derivations.bundled.binomial_mle",
    "geometric-mle": "derivations.bundled.geometric_mle",
    "rayleigh-mle": "derivations.bundled.rayleigh_mle",
    "gamma-known-shape-mle": "derivations.bundled.gamma_known_shape_mle",
    "laplace-mle": "derivations.bundled.laplace_mle",
    "gamma-mle": "derivations.bundled.gamma_mle",
    "ols-regression": "derivations.bundled.ols_regression",
}
DEFAULT = "gaussian-mle"


def load_modules() -> None:
    """Import every bundled module, so that the rules they contribute are in the table."""
    for module in BUNDLED.values():
        importlib.import_module(module)
