"""factorial(10**8): the checker must give up with a verdict, not compute it."""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)

with sp.evaluate(False):
    steps = [
        Step(sp.Mul(a, sp.factorial(sp.Integer(10**8))), "definition", "start"),
        Step(sp.Mul(sp.factorial(sp.Integer(10**8)), a), "algebra"),
    ]

DERIVATION = Derivation("hostile-factorial", "factorial(10**8)", [Assumption(a, "a > 0")], steps)
