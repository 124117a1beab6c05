"""A step whose expression is a string, not a sympy object."""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)

steps = [Step(sp.log(a), "definition", "start"), Step("2*log(a)", "log-power")]

DERIVATION = Derivation("hostile-text-expr", "text", [Assumption(a, "a > 0")], steps)
