"""The MLE of a Poisson distribution's rate, and its observed information.

Probability ``p(k | lambda) = lambda^k exp(-lambda) / k!`` for counts
``k = 0, 1, 2, ...``. Result: ``lambda = (1/N) sum_n x_n``; observed
information at the estimate ``N^2 / sum_n x_n`` (when some count is positive:
with every count 0 the estimate 0 lies outside ``lambda > 0`` and the
log-likelihood has no maximum there).
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation
from ..rules.start import register_reference
from ..symbols import N, n, x
from ._library import (
    LL,
    Writer,
    confirmer,
    information_key,
    information_steps,
    reference_log_likelihood,
    result_equation,
)
from ._library import sample_sum as S

NAME = "poisson-mle"
lam = sp.Symbol("lambda", positive=True)
I_lam = sp.Symbol("I_lambda", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial \lambda}"


def _reference() -> sp.Basic:
    from sympy.stats import Poisson, density

    return reference_log_likelihood(density(Poisson("X", lam))(x[n]), x[n])


register_reference(
    "poisson-log-likelihood",
    "Poisson log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Poisson(lambda) probability",
)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    fact = sp.factorial(x[n])
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, lam)  # noqa: E731
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(sp.Pow(lam, x[n]), sp.exp(sp.Mul(-1, lam)), sp.Pow(fact, -1)))),
            "poisson-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the Poisson probability, checked against sympy.stats.Poisson",
        )
        w.add(
            S(
                sp.Add(
                    sp.log(sp.Mul(sp.Pow(lam, x[n]), sp.exp(sp.Mul(-1, lam)))),
                    sp.Mul(-1, sp.log(fact)),
                )
            ),
            "log-quotient",
            note="x_n! > 0",
        )
        w.add(
            S(
                sp.Add(
                    sp.log(sp.Pow(lam, x[n])),
                    sp.log(sp.exp(sp.Mul(-1, lam))),
                    sp.Mul(-1, sp.log(fact)),
                )
            ),
            "log-product",
        )
        w.add(
            S(sp.Add(sp.Mul(x[n], sp.log(lam)), sp.Mul(-1, lam), sp.Mul(-1, sp.log(fact)))),
            ("log-power", "log-of-exp"),
        )
        w.add(
            sp.Add(S(sp.Mul(x[n], sp.log(lam))), sp.Mul(-1, N, lam), sp.Mul(-1, S(sp.log(fact)))),
            ("sum-split", "sum-of-constant"),
        )
        ll_expr = sp.Add(sp.Mul(sp.log(lam), Sx), sp.Mul(-1, N, lam), sp.Mul(-1, S(sp.log(fact))))
        ll = w.add(ll_expr, "constant-out-of-sum")

        w.section = "MLE of lambda"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": lam}, lhs_latex=DLL
        )
        w.add(
            sp.Add(
                D(sp.Mul(sp.log(lam), Sx)), D(sp.Mul(-1, N, lam)), D(sp.Mul(-1, S(sp.log(fact))))
            ),
            "diff-sum-rule",
        )
        w.add(
            sp.Add(sp.Mul(Sx, D(sp.log(lam))), sp.Mul(-1, N, D(lam)), 0),
            ("constant-multiple", "diff-constant"),
            note="log(x_n!) does not depend on lambda",
        )
        score = sp.Add(sp.Mul(Sx, sp.Pow(lam, -1)), sp.Mul(-1, N))
        d1 = w.add(score, ("logarithm-derivative", "power-rule"))
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=DLL,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": lam})
        w.add(sp.Eq(N, sp.Mul(Sx, sp.Pow(lam, -1))), "add-both-sides", "<=>", params={"term": N})
        w.add(sp.Eq(sp.Mul(N, lam), Sx), "multiply-both-sides", "<=>", params={"factor": lam})
        est = w.add(
            sp.Eq(lam, sp.Mul(sp.Pow(N, -1), Sx)), "divide-both-sides", "<=>", params={"divisor": N}
        )

        w.section = "Observed information"
        info = information_steps(
            w,
            d1,
            lam,
            est,
            rewrites=[
                (
                    sp.Mul(-1, sp.Add(D(sp.Mul(Sx, sp.Pow(lam, -1))), D(sp.Mul(-1, N)))),
                    "diff-sum-rule",
                ),
                (
                    sp.Mul(-1, sp.Add(sp.Mul(Sx, D(sp.Pow(lam, -1))), 0)),
                    ("constant-multiple", "diff-constant"),
                ),
                (sp.Mul(-1, Sx, sp.Mul(-1, sp.Pow(lam, -2))), "power-rule"),
                (sp.Mul(Sx, sp.Pow(lam, -2)), "arithmetic"),
            ],
            at_estimate=[(sp.Mul(sp.Pow(N, 2), sp.Pow(Sx, -1)), "arithmetic")],
            latex_name=r"\lambda",
        )
    w.estimate, w.info, w.ll = est, info, ll
    return w


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of a Poisson distribution's rate",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(
                x, "the samples x_n are counts 0, 1, 2, ...", "x_{n}", domain=r"x_n \in \mathbb{N}"
            ),
            Assumption(lam, "the rate lambda is positive", r"\lambda"),
            Assumption(I_lam, "the observed information about lambda", r"I_{\lambda}"),
        ),
        steps=steps,
        results={
            "lambda": result_equation(lam, steps[w.estimate].expr.rhs),
            information_key("lambda"): result_equation(I_lam, steps[w.info].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/poisson_mle.py)",
        confirm=confirmer(lam),
    )
