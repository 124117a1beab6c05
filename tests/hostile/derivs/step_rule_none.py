"""A step whose rule is None."""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)

with sp.evaluate(False):
    steps = [Step(sp.log(sp.Mul(a, a)), "definition", "start"), Step(sp.Mul(2, sp.log(a)), None)]

DERIVATION = Derivation("hostile-rule-none", "rule None", [Assumption(a, "a > 0")], steps)
