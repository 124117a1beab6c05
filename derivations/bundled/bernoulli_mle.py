"""The MLE of a Bernoulli distribution's success probability, and its observed information.

Probability ``p(x | p) = p^x (1 - p)^(1 - x)`` for ``x`` in {0, 1}. Result:
``p = (1/N) sum_n x_n``; observed information at the estimate
``N^3 / (sum_n x_n (N - sum_n x_n))``, defined when the samples are not all
equal (otherwise the estimate is 0 or 1, outside ``0 < p < 1``, and the
log-likelihood has no interior maximum).
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

NAME = "bernoulli-mle"
p = sp.Symbol("p", positive=True)
I_p = sp.Symbol("I_p", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial p}"


def bernoulli_probability(k: sp.Basic) -> sp.Basic:
    """``p^k (1 - p)^(1 - k)``, checked against sympy.stats' Bernoulli at k = 0 and k = 1.

    sympy.stats gives the probability as a ``Piecewise`` over the support; the
    power form equals it at both points of the support {0, 1}, which is the
    whole domain of the samples, so the comparison is a proof.
    """
    from sympy.stats import Bernoulli, density

    pmf = density(Bernoulli("X", p))
    k0 = sp.Symbol("k")
    power_form = p**k0 * (1 - p) ** (1 - k0)
    for value in (0, 1):
        if sp.simplify(power_form.subs(k0, value) - pmf(value)) != 0:
            raise AssertionError(f"the Bernoulli power form differs from sympy.stats at {value}")
    return power_form.subs(k0, k)


def _reference() -> sp.Basic:
    return reference_log_likelihood(bernoulli_probability(x[n]), x[n])


register_reference(
    "bernoulli-log-likelihood",
    "Bernoulli log-likelihood",
    _reference,
    "sum_n log of p^x_n (1 - p)^(1 - x_n), equal to sympy.stats' Bernoulli(p) on {0, 1}",
)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    q = sp.Add(1, sp.Mul(-1, p), evaluate=False)  # 1 - p
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, p)  # noqa: E731
        rest = sp.Add(N, sp.Mul(-1, Sx))  # N - sum x_n
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(sp.Pow(p, x[n]), sp.Pow(q, sp.Add(1, sp.Mul(-1, x[n])))))),
            "bernoulli-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the Bernoulli probability; equal to sympy.stats.Bernoulli on {0, 1}",
        )
        w.add(
            S(sp.Add(sp.log(sp.Pow(p, x[n])), sp.log(sp.Pow(q, sp.Add(1, sp.Mul(-1, x[n])))))),
            "log-product",
        )
        w.add(
            S(sp.Add(sp.Mul(x[n], sp.log(p)), sp.Mul(sp.Add(1, sp.Mul(-1, x[n])), sp.log(q)))),
            "log-power",
        )
        w.add(
            sp.Add(S(sp.Mul(x[n], sp.log(p))), S(sp.Mul(sp.Add(1, sp.Mul(-1, x[n])), sp.log(q)))),
            "sum-split",
        )
        w.add(
            sp.Add(sp.Mul(sp.log(p), Sx), sp.Mul(sp.log(q), S(sp.Add(1, sp.Mul(-1, x[n]))))),
            "constant-out-of-sum",
        )
        ll_expr = sp.Add(sp.Mul(sp.log(p), Sx), sp.Mul(sp.log(q), rest))
        ll = w.add(ll_expr, ("sum-split", "sum-of-constant"))

        w.section = "MLE of p"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": p}, lhs_latex=DLL
        )
        w.add(sp.Add(D(sp.Mul(sp.log(p), Sx)), D(sp.Mul(sp.log(q), rest))), "diff-sum-rule")
        w.add(sp.Add(sp.Mul(Sx, D(sp.log(p))), sp.Mul(rest, D(sp.log(q)))), "constant-multiple")
        w.add(
            sp.Add(sp.Mul(Sx, sp.Pow(p, -1)), sp.Mul(rest, sp.Pow(q, -1), D(q))),
            ("logarithm-derivative", "chain-rule"),
        )
        score = sp.Add(sp.Mul(Sx, sp.Pow(p, -1)), sp.Mul(-1, rest, sp.Pow(q, -1)))
        d1 = w.add(score, "linear-derivative")
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=DLL,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": p})
        w.add(
            sp.Eq(0, sp.Add(Sx, sp.Mul(-1, p, rest, sp.Pow(q, -1)))),
            "multiply-both-sides",
            "<=>",
            params={"factor": p},
        )
        frac = sp.Mul(p, rest, sp.Pow(q, -1))
        w.add(sp.Eq(frac, Sx), "add-both-sides", "<=>", params={"term": frac})
        w.add(
            sp.Eq(sp.Mul(p, rest), sp.Mul(q, Sx)),
            "multiply-both-sides",
            "<=>",
            params={"factor": q},
            note="1 - p > 0 on 0 < p < 1",
        )
        w.add(sp.Eq(sp.Mul(N, p), Sx), "add-both-sides", "<=>", params={"term": p * Sx})
        est = w.add(
            sp.Eq(p, sp.Mul(sp.Pow(N, -1), Sx)), "divide-both-sides", "<=>", params={"divisor": N}
        )

        w.section = "Observed information"
        a = sp.Mul(Sx, sp.Pow(p, -1))
        b = sp.Mul(-1, rest, sp.Pow(q, -1))
        info = information_steps(
            w,
            d1,
            p,
            est,
            rewrites=[
                (sp.Mul(-1, sp.Add(D(a), D(b))), "diff-sum-rule"),
                (
                    sp.Mul(
                        -1, sp.Add(sp.Mul(Sx, D(sp.Pow(p, -1))), sp.Mul(-1, rest, D(sp.Pow(q, -1))))
                    ),
                    "constant-multiple",
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(Sx, sp.Mul(-1, sp.Pow(p, -2))),
                            sp.Mul(-1, rest, sp.Mul(-1, sp.Pow(q, -2), D(q))),
                        ),
                    ),
                    ("power-rule", "chain-rule"),
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(Sx, sp.Mul(-1, sp.Pow(p, -2))),
                            sp.Mul(-1, rest, sp.Mul(-1, sp.Pow(q, -2), -1)),
                        ),
                    ),
                    "linear-derivative",
                ),
                (sp.Add(sp.Mul(Sx, sp.Pow(p, -2)), sp.Mul(rest, sp.Pow(q, -2))), "arithmetic"),
            ],
            at_estimate=[
                (
                    sp.Add(
                        sp.Mul(sp.Pow(N, 2), sp.Pow(Sx, -1)), sp.Mul(sp.Pow(N, 2), sp.Pow(rest, -1))
                    ),
                    "algebra",
                ),
                (sp.Mul(sp.Pow(N, 3), sp.Pow(sp.Mul(Sx, rest), -1)), "algebra"),
            ],
            latex_name="p",
        )
    w.estimate, w.info, w.ll = est, info, ll
    return w


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of a Bernoulli distribution's success probability",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are 0 or 1", "x_{n}", domain=r"x_n \in \{0, 1\}"),
            Assumption(
                p, "the success probability p is strictly between 0 and 1", "p", domain="0 < p < 1"
            ),
            Assumption(I_p, "the observed information about p", r"I_{p}"),
        ),
        steps=steps,
        results={
            "p": result_equation(p, steps[w.estimate].expr.rhs),
            information_key("p"): result_equation(I_p, steps[w.info].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/bernoulli_mle.py)",
        confirm=confirmer(p),
    )
