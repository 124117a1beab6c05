"""The MLE of a Rayleigh distribution's scale, and its observed information.

Density ``p(x | sigma) = (x / sigma^2) exp(-x^2 / (2 sigma^2))`` for
``x > 0``, written in ``sigma^2`` (one positive symbol, as in the Gaussian
derivation). Result: ``sigma^2 = (1/(2N)) sum_n x_n^2`` (scipy.stats'
``rayleigh`` has ``scale = sigma``); observed information about ``sigma^2`` at
the estimate ``4 N^3 / (sum_n x_n^2)^2``.
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation
from ..rules.start import register_reference
from ..symbols import N, n, sigma2, x
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

NAME = "rayleigh-mle"
# Named in LaTeX: the printer would show a plain "I_sigma2" as I_{sigma2}.
I_s2 = sp.Symbol(r"I_{\sigma^{2}}", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial \sigma^{2}}"


def _reference() -> sp.Basic:
    from sympy.stats import Rayleigh, density

    return reference_log_likelihood(density(Rayleigh("X", sp.sqrt(sigma2)))(x[n]), x[n])


register_reference(
    "rayleigh-log-likelihood",
    "Rayleigh log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Rayleigh(sqrt(sigma2)) density",
)


def _steps() -> Writer:
    w = Writer()
    T = S(sp.Pow(x[n], 2))
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, sigma2)  # noqa: E731
        half_inv = sp.Pow(sp.Mul(2, sigma2), -1)  # 1/(2 sigma^2)
        q = sp.Mul(sp.Pow(x[n], 2), half_inv)
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(x[n], sp.Pow(sigma2, -1), sp.exp(sp.Mul(-1, q))))),
            "rayleigh-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the Rayleigh density, checked against sympy.stats.Rayleigh",
        )
        w.add(
            S(sp.Add(sp.log(x[n]), sp.log(sp.Pow(sigma2, -1)), sp.log(sp.exp(sp.Mul(-1, q))))),
            "log-product",
        )
        w.add(
            S(sp.Add(sp.log(x[n]), sp.Mul(-1, sp.log(sigma2)), sp.Mul(-1, q))),
            ("log-power", "log-of-exp"),
        )
        w.add(
            sp.Add(S(sp.log(x[n])), sp.Mul(-1, N, sp.log(sigma2)), sp.Mul(-1, S(q))),
            ("sum-split", "sum-of-constant"),
        )
        SL = S(sp.log(x[n]))
        half = sp.Mul(sp.Rational(1, 2), sp.Pow(sigma2, -1))  # 1/(2 sigma^2), as factors
        ll_expr = sp.Add(SL, sp.Mul(-1, N, sp.log(sigma2)), sp.Mul(-1, half, T))
        ll = w.add(ll_expr, "constant-out-of-sum")

        w.section = "MLE of sigma^2"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": sigma2}, lhs_latex=DLL
        )
        w.add(
            sp.Add(D(SL), D(sp.Mul(-1, N, sp.log(sigma2))), D(sp.Mul(-1, half, T))),
            "diff-sum-rule",
        )
        hT = sp.Mul(-1, sp.Rational(1, 2), T)
        w.add(
            sp.Add(0, sp.Mul(-1, N, D(sp.log(sigma2))), sp.Mul(hT, D(sp.Pow(sigma2, -1)))),
            ("diff-constant", "constant-multiple"),
            note="log x_n does not depend on sigma^2",
        )
        w.add(
            sp.Add(sp.Mul(-1, N, sp.Pow(sigma2, -1)), sp.Mul(hT, sp.Mul(-1, sp.Pow(sigma2, -2)))),
            ("logarithm-derivative", "power-rule"),
        )
        a = sp.Mul(-1, N, sp.Pow(sigma2, -1))
        b = sp.Mul(sp.Rational(1, 2), T, sp.Pow(sigma2, -2))
        score = sp.Add(a, b)
        d1 = w.add(score, "arithmetic")
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=DLL,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": sigma2})
        w.add(
            sp.Eq(0, sp.Add(sp.Mul(-2, N, sigma2), T)),
            "multiply-both-sides",
            "<=>",
            params={"factor": 2 * sigma2**2},
        )
        w.add(
            sp.Eq(sp.Mul(2, N, sigma2), T), "add-both-sides", "<=>", params={"term": 2 * N * sigma2}
        )
        est = w.add(
            sp.Eq(sigma2, sp.Mul(sp.Pow(sp.Mul(2, N), -1), T)),
            "divide-both-sides",
            "<=>",
            params={"divisor": 2 * N},
        )

        w.section = "Observed information"
        info = information_steps(
            w,
            d1,
            sigma2,
            est,
            rewrites=[
                (sp.Mul(-1, sp.Add(D(a), D(b))), "diff-sum-rule"),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(-1, N, D(sp.Pow(sigma2, -1))),
                            sp.Mul(sp.Rational(1, 2), T, D(sp.Pow(sigma2, -2))),
                        ),
                    ),
                    "constant-multiple",
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(-1, N, sp.Mul(-1, sp.Pow(sigma2, -2))),
                            sp.Mul(sp.Rational(1, 2), T, sp.Mul(-2, sp.Pow(sigma2, -3))),
                        ),
                    ),
                    "power-rule",
                ),
                (
                    sp.Add(sp.Mul(-1, N, sp.Pow(sigma2, -2)), sp.Mul(T, sp.Pow(sigma2, -3))),
                    "arithmetic",
                ),
            ],
            at_estimate=[(sp.Mul(4, sp.Pow(N, 3), sp.Pow(T, -2)), "algebra")],
            latex_name=r"\sigma^{2}",
        )
    w.estimate, w.info, w.ll = est, info, ll
    return w


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of a Rayleigh distribution's scale (as sigma^2)",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are positive", "x_{n}", domain="x_n > 0"),
            Assumption(sigma2, "the squared scale sigma^2 is positive", r"\sigma^{2}"),
            Assumption(I_s2, "the observed information about sigma^2", r"I_{\sigma^{2}}"),
        ),
        steps=steps,
        results={
            "sigma2": result_equation(sigma2, steps[w.estimate].expr.rhs),
            information_key("sigma2"): result_equation(I_s2, steps[w.info].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/rayleigh_mle.py)",
        confirm=confirmer(sigma2),
    )
