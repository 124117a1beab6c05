"""The library's derivations and how to draw values in each one's domain (for tests).

``VALUES[name](rng)`` returns values for the derivation's parameters and
samples, drawn inside the declared domains: the mutation suite uses them to
decide, independently of the engine, whether a mutant equals the original
line, and the property tests to draw data.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import sympy as sp

import derivations

LIBRARY = (
    "exponential-mle",
    "poisson-mle",
    "bernoulli-mle",
    "binomial-mle",
    "geometric-mle",
    "rayleigh-mle",
    "gamma-known-shape-mle",
    "laplace-mle",
    "gamma-mle",
    "ols-regression",
)


def symbols_of(name: str) -> dict[str, sp.Basic]:
    """The derivation's declared symbols by name."""
    d = derivations.load(name)
    out = {}
    for a in d.assumptions:
        s = a.symbol
        out[str(s.label) if isinstance(s, sp.IndexedBase) else str(s)] = s
    return out


def _positive(rng):
    return 10 ** rng.uniform(-0.7, 0.7)


#: name -> (parameter draws, sample draw); every parameter is drawn by its own function.
PARAMETERS: dict[str, dict[str, Callable[[np.random.Generator], float]]] = {
    "exponential-mle": {"lambda": _positive},
    "poisson-mle": {"lambda": _positive},
    "bernoulli-mle": {"p": lambda rng: rng.uniform(0.05, 0.95)},
    "binomial-mle": {
        "p": lambda rng: rng.uniform(0.05, 0.95),
        "m": lambda rng: int(rng.integers(2, 6)),
    },
    "geometric-mle": {"p": lambda rng: rng.uniform(0.05, 0.95)},
    "rayleigh-mle": {"sigma2": _positive},
    # alpha is known (a constant of the model), drawn like a parameter
    "gamma-known-shape-mle": {"beta": _positive, "alpha": _positive},
    "laplace-mle": {"mu": lambda rng: rng.normal(0.5, 1.0), "b": _positive},
    "gamma-mle": {"alpha": _positive, "beta": _positive},
    # D, the premise's name for N sum x^2 - (sum x)^2, is drawn like a parameter
    "ols-regression": {
        "beta0": lambda rng: rng.normal(0.0, 2.0),
        "beta1": lambda rng: rng.normal(1.0, 1.0),
        "sigma2": _positive,
        "D": _positive,
    },
}
SAMPLES: dict[str, Callable[[np.random.Generator], float]] = {
    "exponential-mle": lambda rng: rng.exponential(1.5),
    "poisson-mle": lambda rng: int(rng.poisson(3.0)),
    "bernoulli-mle": lambda rng: int(rng.integers(0, 2)),
    # at most 2 successes: within 0..m for every m drawn above
    "binomial-mle": lambda rng: int(rng.integers(0, 3)),
    "geometric-mle": lambda rng: int(rng.geometric(0.4)),
    "rayleigh-mle": lambda rng: rng.rayleigh(1.3),
    "gamma-known-shape-mle": lambda rng: rng.gamma(4.0, 0.5),
    "laplace-mle": lambda rng: rng.laplace(0.5, 1.5),
    "gamma-mle": lambda rng: rng.gamma(2.5, 0.6),
    "ols-regression": lambda rng: rng.normal(0.0, 2.0),
}


def random_values(name: str, rng: np.random.Generator, size: int = 8) -> dict:
    """Values (30 digits) for every parameter and the samples x_1..x_size of ``name``."""
    syms = symbols_of(name)
    values = {}
    for p, draw in PARAMETERS[name].items():
        v = draw(rng)
        values[syms[p]] = sp.Integer(v) if isinstance(v, int) else sp.Float(v, 30)
    x = syms["x"]
    if "y" in syms:  # regression responses
        values.update({syms["y"][i]: sp.Float(rng.normal(0, 3), 30) for i in range(size + 1)})
    for i in range(0, size + 1):
        v = SAMPLES[name](rng)
        values[x[i]] = sp.Integer(v) if isinstance(v, int) else sp.Float(v, 30)
    return values
