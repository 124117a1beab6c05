"""The MLE of a gamma distribution's rate when its shape is known, and its observed information.

Density ``p(x | beta) = beta^alpha x^(alpha - 1) exp(-beta x) / Gamma(alpha)``
for ``x > 0``, shape ``alpha > 0`` known, rate ``beta > 0`` (scipy.stats'
``gamma`` has ``a = alpha`` and ``scale = 1/beta``). Result:
``beta = N alpha / sum_n x_n``; observed information at the estimate
``(sum_n x_n)^2 / (N alpha)``.
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

NAME = "gamma-known-shape-mle"
alpha = sp.Symbol("alpha", positive=True)
beta = sp.Symbol("beta", positive=True)
I_beta = sp.Symbol("I_beta", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial \beta}"


def _reference() -> sp.Basic:
    from sympy.stats import Gamma, density

    return reference_log_likelihood(density(Gamma("X", alpha, 1 / beta))(x[n]), x[n])


register_reference(
    "gamma-log-likelihood",
    "gamma log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Gamma(alpha, 1/beta) density (shape alpha, scale 1/beta)",
)


def log_likelihood_steps(w: Writer) -> tuple[int, tuple[sp.Basic, ...]]:
    """The log-likelihood's chain (shared with ``gamma-mle``); its index and four terms."""
    Sx = S(x[n])
    SL = S(sp.log(x[n]))
    with sp.evaluate(False):
        a1 = sp.Add(alpha, -1)
        G = sp.gamma(alpha)
        top = sp.Mul(sp.Pow(beta, alpha), sp.Pow(x[n], a1), sp.exp(sp.Mul(-1, beta, x[n])))
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(top, sp.Pow(G, -1)))),
            "gamma-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the gamma density, checked against sympy.stats.Gamma",
        )
        w.add(S(sp.Add(sp.log(top), sp.Mul(-1, sp.log(G)))), "log-quotient")
        w.add(
            S(
                sp.Add(
                    sp.log(sp.Pow(beta, alpha)),
                    sp.log(sp.Pow(x[n], a1)),
                    sp.log(sp.exp(sp.Mul(-1, beta, x[n]))),
                    sp.Mul(-1, sp.log(G)),
                )
            ),
            "log-product",
        )
        w.add(
            S(
                sp.Add(
                    sp.Mul(alpha, sp.log(beta)),
                    sp.Mul(a1, sp.log(x[n])),
                    sp.Mul(-1, beta, x[n]),
                    sp.Mul(-1, sp.log(G)),
                )
            ),
            ("log-power", "log-of-exp"),
        )
        w.add(
            sp.Add(
                sp.Mul(N, alpha, sp.log(beta)),
                S(sp.Mul(a1, sp.log(x[n]))),
                sp.Mul(-1, S(sp.Mul(beta, x[n]))),
                sp.Mul(-1, N, sp.log(G)),
            ),
            ("sum-split", "sum-of-constant"),
        )
        t1 = sp.Mul(N, alpha, sp.log(beta))
        t2 = sp.Mul(a1, SL)
        t3 = sp.Mul(-1, beta, Sx)
        t4 = sp.Mul(-1, N, sp.log(G))
        ll_expr = sp.Add(t1, t2, t3, t4)
        ll = w.add(ll_expr, "constant-out-of-sum")
    return ll, (t1, t2, t3, t4)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    ll, (t1, t2, t3, t4) = log_likelihood_steps(w)
    ll_expr = w.expr(ll)
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, beta)  # noqa: E731
        w.section = "MLE of beta"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": beta}, lhs_latex=DLL
        )
        w.add(sp.Add(D(t1), D(t2), D(t3), D(t4)), "diff-sum-rule")
        w.add(
            sp.Add(sp.Mul(N, alpha, D(sp.log(beta))), 0, sp.Mul(-1, Sx, D(beta)), 0),
            ("constant-multiple", "diff-constant"),
            note="the shape alpha is known: log x_n and log Gamma(alpha) do not depend on beta",
        )
        score = sp.Add(sp.Mul(N, alpha, sp.Pow(beta, -1)), sp.Mul(-1, Sx))
        d1 = w.add(score, ("logarithm-derivative", "power-rule"))
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=DLL,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": beta})
        w.add(
            sp.Eq(Sx, sp.Mul(N, alpha, sp.Pow(beta, -1))),
            "add-both-sides",
            "<=>",
            params={"term": Sx},
        )
        w.add(
            sp.Eq(sp.Mul(beta, Sx), sp.Mul(N, alpha)),
            "multiply-both-sides",
            "<=>",
            params={"factor": beta},
        )
        est = w.add(
            sp.Eq(beta, sp.Mul(N, alpha, sp.Pow(Sx, -1))),
            "divide-both-sides",
            "<=>",
            params={"divisor": Sx},
            note="sum_n x_n > 0: the samples are positive",
        )

        w.section = "Observed information"
        a = sp.Mul(N, alpha, sp.Pow(beta, -1))
        info = information_steps(
            w,
            d1,
            beta,
            est,
            rewrites=[
                (sp.Mul(-1, sp.Add(D(a), D(sp.Mul(-1, Sx)))), "diff-sum-rule"),
                (
                    sp.Mul(-1, sp.Add(sp.Mul(N, alpha, D(sp.Pow(beta, -1))), 0)),
                    ("constant-multiple", "diff-constant"),
                ),
                (sp.Mul(-1, N, alpha, sp.Mul(-1, sp.Pow(beta, -2))), "power-rule"),
                (sp.Mul(N, alpha, sp.Pow(beta, -2)), "arithmetic"),
            ],
            at_estimate=[(sp.Mul(sp.Pow(Sx, 2), sp.Pow(sp.Mul(N, alpha), -1)), "arithmetic")],
            latex_name=r"\beta",
        )
    w.estimate, w.info, w.ll = est, info, ll
    return w


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of a gamma distribution's rate, its shape known",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are positive", "x_{n}", domain="x_n > 0"),
            Assumption(alpha, "the shape alpha is known and positive", r"\alpha"),
            Assumption(beta, "the rate beta is positive", r"\beta"),
            Assumption(I_beta, "the observed information about beta", r"I_{\beta}"),
        ),
        steps=steps,
        results={
            "beta": result_equation(beta, steps[w.estimate].expr.rhs),
            information_key("beta"): result_equation(I_beta, steps[w.info].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/gamma_known_shape_mle.py)",
        confirm=confirmer(beta),
    )
