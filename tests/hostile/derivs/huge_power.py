"""Pow(lam, 10**10**10): the checker must give up with a verdict, not hang."""

import sympy as sp

from derivations import Assumption, Derivation, Step

lam = sp.Symbol("lambda", positive=True)

with sp.evaluate(False):
    steps = [
        Step(sp.Pow(lam, sp.Pow(10, sp.Pow(10, 10))), "definition", "start"),
        Step(sp.Mul(sp.Pow(lam, sp.Pow(10, sp.Pow(10, 10))), 1), "algebra"),
    ]

DERIVATION = Derivation("hostile-huge-power", "huge power", [Assumption(lam, "lambda > 0")], steps)
