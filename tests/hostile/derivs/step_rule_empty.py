"""A step whose rule is an empty tuple (today: 'applying  gives')."""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)

with sp.evaluate(False):
    steps = [Step(sp.log(sp.Mul(a, a)), "definition", "start"), Step(sp.Mul(2, sp.log(a)), ())]

DERIVATION = Derivation("hostile-rule-empty", "rule ()", [Assumption(a, "a > 0")], steps)
