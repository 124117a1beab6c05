"""The symbols a Gaussian MLE derivation is written in, with their assumptions.

Every part of the project (the engine, the renderers, the post reader and the
estimator compiler) speaks about samples and parameters through these objects,
so that an expression built in one place is the same sympy object in another.

Conventions
-----------
- ``N``: the sample size, a positive integer.
- ``n``: the summation index, a positive integer; sums run ``Sum(f, (n, 1, N))``.
- ``x``: the samples, an ``IndexedBase``; ``x[n]`` is the n-th sample and is real.
- ``mu``: the mean, real.
- ``sigma2``: the variance sigma^2 as one positive symbol, so that a derivative
  "with respect to sigma^2" is a plain ``diff(expr, sigma2)``. Renderers print it
  as ``\\sigma^{2}`` and its powers as ``\\sigma^{4}``.
"""

from __future__ import annotations

import sympy as sp

N = sp.Symbol("N", integer=True, positive=True)
n = sp.Symbol("n", integer=True, positive=True)
x = sp.IndexedBase("x", real=True)
mu = sp.Symbol("mu", real=True)
sigma2 = sp.Symbol("sigma2", positive=True)

__all__ = ["N", "n", "x", "mu", "sigma2"]
