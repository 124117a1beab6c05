"""A small derivation for the cache cases: proved, refuted and open-condition steps.

Named ``cache_*`` (not ``derivation_*``) so that the pytest plugin does not collect it.
"""

import sympy as sp

from derivations import Assumption, Derivation, Step

a = sp.Symbol("a", positive=True)
b = sp.Symbol("b", positive=True)
c = sp.Symbol("c", real=True)

with sp.evaluate(False):
    steps = [
        Step(sp.log(sp.Mul(a, b)), "definition", "start"),
        Step(sp.Add(sp.log(a), sp.log(b)), "log-product"),
        Step(sp.Mul(sp.log(a), sp.log(b)), "algebra"),
        Step(sp.log(sp.Mul(c, c)), "definition", "start"),
        Step(sp.Add(sp.log(c), sp.log(c)), "log-product"),
    ]

DERIVATION = Derivation(
    name="hostile-cache-small",
    title="log product rule, right and wrong",
    assumptions=[
        Assumption(a, "a is positive"),
        Assumption(b, "b is positive"),
        Assumption(c, "c is real"),
    ],
    steps=steps,
)
