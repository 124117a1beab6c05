"""A step that names a rule nobody registered."""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)

with sp.evaluate(False):
    steps = [
        Step(sp.log(sp.Mul(a, a)), "definition", "start"),
        Step(sp.Mul(2, sp.log(a)), "no-such-rule-hostile"),
    ]

DERIVATION = Derivation("hostile-unknown-rule", "unknown rule", [Assumption(a, "a > 0")], steps)
