"""A finite sum with 10**12 terms: the numeric check must not write it out."""

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.symbols import n

y = sp.IndexedBase("y", positive=True)

with sp.evaluate(False):
    steps = [
        Step(sp.Sum(y[n], (n, 1, sp.Integer(10**12))), "definition", "start"),
        Step(sp.Mul(sp.Sum(y[n], (n, 1, sp.Integer(10**12))), 1), "algebra"),
    ]

DERIVATION = Derivation(
    "hostile-sum-bound", "a sum of 10**12 terms", [Assumption(y, "the samples are positive")], steps
)
