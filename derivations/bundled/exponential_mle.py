"""The MLE of an exponential distribution's rate, and its observed information.

Density ``p(x | lambda) = lambda exp(-lambda x)`` for ``x > 0`` (rate
parametrisation; scipy's ``scale`` is ``1/lambda``). Result:
``lambda = N / sum_n x_n``; observed information at the estimate
``(sum_n x_n)^2 / N``.
"""

from __future__ import annotations

import sympy as sp

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

NAME = "exponential-mle"
lam = sp.Symbol("lambda", positive=True)
I_lam = sp.Symbol("I_lambda", positive=True)


def _reference() -> sp.Basic:
    from sympy.stats import Exponential, density

    return reference_log_likelihood(density(Exponential("X", lam))(x[n]), x[n])


register_reference(
    "exponential-log-likelihood",
    "exponential log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Exponential(lambda) density",
)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, lam)  # noqa: E731
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(lam, sp.exp(sp.Mul(-1, lam, x[n]))))),
            "exponential-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the exponential density, checked against sympy.stats.Exponential",
        )
        w.add(S(sp.Add(sp.log(lam), sp.log(sp.exp(sp.Mul(-1, lam, x[n]))))), "log-product")
        w.add(S(sp.Add(sp.log(lam), sp.Mul(-1, lam, x[n]))), "log-of-exp")
        w.add(
            sp.Add(sp.Mul(N, sp.log(lam)), sp.Mul(-1, S(sp.Mul(lam, x[n])))),
            ("sum-split", "sum-of-constant"),
        )
        ll_expr = sp.Add(sp.Mul(N, sp.log(lam)), sp.Mul(-1, lam, Sx))
        ll = w.add(ll_expr, "constant-out-of-sum")

        w.section = "MLE of lambda"
        d0 = w.add(
            D(ll_expr),
            "differentiate",
            "start",
            params={"ref": ll, "wrt": lam},
            lhs_latex=r"\frac{\partial \mathcal{LL}}{\partial \lambda}",
        )
        w.add(sp.Add(D(sp.Mul(N, sp.log(lam))), D(sp.Mul(-1, lam, Sx))), "diff-sum-rule")
        w.add(sp.Add(sp.Mul(N, D(sp.log(lam))), sp.Mul(-1, Sx, D(lam))), "constant-multiple")
        score = sp.Add(sp.Mul(N, sp.Pow(lam, -1)), sp.Mul(-1, Sx))
        d1 = w.add(score, ("logarithm-derivative", "power-rule"))
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=r"\frac{\partial \mathcal{LL}}{\partial \lambda}",
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": lam})
        w.add(sp.Eq(Sx, sp.Mul(N, sp.Pow(lam, -1))), "add-both-sides", "<=>", params={"term": Sx})
        w.add(sp.Eq(sp.Mul(lam, Sx), N), "multiply-both-sides", "<=>", params={"factor": lam})
        est = w.add(
            sp.Eq(lam, sp.Mul(N, sp.Pow(Sx, -1))),
            "divide-both-sides",
            "<=>",
            params={"divisor": Sx},
            note="sum_n x_n > 0: the samples are positive",
        )

        w.section = "Observed information"
        info = information_steps(
            w,
            d1,
            lam,
            est,
            rewrites=[
                (
                    sp.Mul(-1, sp.Add(D(sp.Mul(N, sp.Pow(lam, -1))), D(sp.Mul(-1, Sx)))),
                    "diff-sum-rule",
                ),
                (
                    sp.Mul(-1, sp.Add(sp.Mul(N, D(sp.Pow(lam, -1))), 0)),
                    ("constant-multiple", "diff-constant"),
                ),
                (sp.Mul(-1, N, sp.Mul(-1, sp.Pow(lam, -2))), "power-rule"),
                (sp.Mul(N, sp.Pow(lam, -2)), "arithmetic"),
            ],
            at_estimate=[(sp.Mul(sp.Pow(Sx, 2), sp.Pow(N, -1)), "arithmetic")],
            latex_name=r"\lambda",
        )
    w.estimate, w.info = est, info
    return w


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of an exponential distribution's rate",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are positive", "x_{n}", domain="x_n > 0"),
            Assumption(lam, "the rate lambda is positive", r"\lambda"),
            Assumption(I_lam, "the observed information about lambda", r"I_{\lambda}"),
        ),
        steps=steps,
        results={
            "lambda": result_equation(lam, steps[w.estimate].expr.rhs),
            information_key("lambda"): result_equation(I_lam, steps[w.info].expr),
        },
        log_likelihood=_evaluated(steps[4].expr),
        source="bundled library (derivations/bundled/exponential_mle.py)",
        confirm=confirmer(lam),
    )


def _evaluated(e: sp.Basic) -> sp.Basic:
    from .._forms import evaluated

    return evaluated(e)
