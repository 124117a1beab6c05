"""y[n] outside its sum (today: 'undeclared symbol n')."""

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.symbols import N, n

y = sp.IndexedBase("y", positive=True)

with sp.evaluate(False):
    steps = [
        Step(sp.Sum(y[n], (n, 1, N)), "definition", "start"),
        Step(sp.Mul(N, y[n]), "algebra"),
    ]

DERIVATION = Derivation(
    "hostile-index-outside",
    "y[n] outside its sum",
    [Assumption(N, "N is a positive integer"), Assumption(y, "samples")],
    steps,
)
