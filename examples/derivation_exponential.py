"""An example of a derivation of your own: the MLE of an exponential rate.

``derivations check examples/derivation_exponential.py`` checks it, and pytest
collects it step by step through the plugin (files named ``derivation_*.py``).
"""

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.symbols import N, n

lam = sp.Symbol("lambda", positive=True)
# The samples of an exponential law are positive; declare them so.
y = sp.IndexedBase("y", positive=True)


def S(f):
    return sp.Sum(f, (n, 1, N))


with sp.evaluate(False):
    LL = S(sp.log(sp.Mul(lam, sp.exp(sp.Mul(-1, lam, y[n])))))
    steps = [
        Step(LL, "definition", "start", lhs_latex=r"\mathcal{LL}", section="Log-likelihood"),
        Step(
            S(sp.Add(sp.log(lam), sp.log(sp.exp(sp.Mul(-1, lam, y[n]))))),
            "log-product",
            section="Log-likelihood",
        ),
        Step(S(sp.Add(sp.log(lam), sp.Mul(-1, lam, y[n]))), "log-of-exp", section="Log-likelihood"),
        Step(
            sp.Add(sp.Mul(N, sp.log(lam)), sp.Mul(-1, S(sp.Mul(lam, y[n])))),
            ("sum-split", "sum-of-constant"),
            section="Log-likelihood",
        ),
        Step(
            sp.Add(sp.Mul(N, sp.log(lam)), sp.Mul(-1, lam, S(y[n]))),
            "constant-out-of-sum",
            section="Log-likelihood",
        ),
        Step(
            sp.Eq(0, sp.Add(sp.Mul(N, sp.Pow(lam, -1)), sp.Mul(-1, S(y[n])))),
            "definition",
            "start",
            params={"unknown": lam},
            section="Stationary point",
            note="d/dlambda of the line above, set to zero",
        ),
        Step(
            sp.Eq(S(y[n]), sp.Mul(N, sp.Pow(lam, -1))),
            "add-both-sides",
            "<=>",
            params={"term": S(y[n])},
            section="Stationary point",
        ),
        Step(
            sp.Eq(lam, sp.Mul(N, sp.Pow(S(y[n]), -1))), "algebra", "<=>", section="Stationary point"
        ),
    ]

DERIVATION = Derivation(
    name="exponential-mle",
    title="MLE of an exponential rate",
    assumptions=[
        Assumption(N, "N is a positive integer"),
        Assumption(y, "the samples y_n are positive"),
        Assumption(lam, "the rate lambda is positive"),
    ],
    steps=steps,
)
