"""Two symbols named lambda with different assumptions (today: 'undeclared symbol lambda')."""

import sympy as sp

from derivations import Assumption, Derivation, Step

lam = sp.Symbol("lambda", positive=True)
lam_real = sp.Symbol("lambda", real=True)

with sp.evaluate(False):
    steps = [
        Step(sp.log(sp.Mul(lam, lam)), "definition", "start"),
        Step(sp.Add(sp.log(lam_real), sp.log(lam_real)), "log-product"),
    ]

DERIVATION = Derivation(
    "hostile-two-lambdas", "two lambdas", [Assumption(lam, "lambda > 0")], steps
)
