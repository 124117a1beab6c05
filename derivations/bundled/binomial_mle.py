"""The MLE of a binomial distribution's success probability, with a known number of trials.

Probability ``p(x | p) = C(m, x) p^x (1 - p)^(m - x)`` for ``x`` in
{0, 1, ..., m}, ``m`` known. Result: ``p = sum_n x_n / (N m)``; observed
information at the estimate ``(N m)^3 / (sum_n x_n (N m - sum_n x_n))``,
defined when the estimate is strictly between 0 and 1.
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

NAME = "binomial-mle"
m = sp.Symbol("m", integer=True, positive=True)
p = sp.Symbol("p", positive=True)
I_p = sp.Symbol("I_p", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial p}"


def _reference() -> sp.Basic:
    from sympy.stats.frv_types import BinomialDistribution

    k = sp.Symbol("k", integer=True, nonnegative=True)
    pmf = BinomialDistribution(m, p, 1).pmf(k)
    # sympy.stats writes the probability as Piecewise((C(m, k) p^k (1-p)^(m-k), k <= m),
    # (0, True)); on the declared support 0 <= k <= m the first branch is the law.
    branch, condition = pmf.args[0]
    if not (isinstance(pmf, sp.Piecewise) and condition == (k <= m)):
        raise AssertionError(f"unexpected form of sympy.stats' binomial probability: {pmf}")
    return reference_log_likelihood(branch.subs(k, x[n]), x[n])


register_reference(
    "binomial-log-likelihood",
    "binomial log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Binomial(m, p) probability on its support 0 <= x_n <= m",
)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    q = sp.Add(1, sp.Mul(-1, p), evaluate=False)  # 1 - p
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, p)  # noqa: E731
        Nm = sp.Mul(N, m)
        rest = sp.Add(Nm, sp.Mul(-1, Sx))  # N m - sum x_n
        C = sp.binomial(m, x[n])
        mx = sp.Add(m, sp.Mul(-1, x[n]))
        SC = S(sp.log(C))
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(C, sp.Pow(p, x[n]), sp.Pow(q, mx)))),
            "binomial-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the binomial probability, checked against sympy.stats.Binomial",
        )
        w.add(
            S(sp.Add(sp.log(C), sp.log(sp.Pow(p, x[n])), sp.log(sp.Pow(q, mx)))),
            "log-product",
            note="C(m, x_n) > 0 for 0 <= x_n <= m",
        )
        w.add(
            S(sp.Add(sp.log(C), sp.Mul(x[n], sp.log(p)), sp.Mul(mx, sp.log(q)))),
            "log-power",
        )
        w.add(
            sp.Add(SC, S(sp.Mul(x[n], sp.log(p))), S(sp.Mul(mx, sp.log(q)))),
            "sum-split",
        )
        w.add(
            sp.Add(SC, sp.Mul(sp.log(p), Sx), sp.Mul(sp.log(q), S(mx))),
            "constant-out-of-sum",
        )
        ll_expr = sp.Add(SC, sp.Mul(sp.log(p), Sx), sp.Mul(sp.log(q), rest))
        ll = w.add(ll_expr, ("sum-split", "sum-of-constant"))

        w.section = "MLE of p"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": p}, lhs_latex=DLL
        )
        w.add(sp.Add(D(SC), D(sp.Mul(sp.log(p), Sx)), D(sp.Mul(sp.log(q), rest))), "diff-sum-rule")
        w.add(
            sp.Add(0, sp.Mul(Sx, D(sp.log(p))), sp.Mul(rest, D(sp.log(q)))),
            ("diff-constant", "constant-multiple"),
            note="the binomial coefficients do not depend on p",
        )
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
        w.add(sp.Eq(sp.Mul(N, m, p), Sx), "add-both-sides", "<=>", params={"term": p * Sx})
        est = w.add(
            sp.Eq(p, sp.Mul(sp.Pow(Nm, -1), Sx)),
            "divide-both-sides",
            "<=>",
            params={"divisor": N * m},
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
                        sp.Mul(sp.Pow(Nm, 2), sp.Pow(Sx, -1)),
                        sp.Mul(sp.Pow(Nm, 2), sp.Pow(rest, -1)),
                    ),
                    "algebra",
                ),
                (sp.Mul(sp.Pow(Nm, 3), sp.Pow(sp.Mul(Sx, rest), -1)), "algebra"),
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
        title="MLE of a binomial distribution's success probability (known number of trials m)",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(m, "m, the known number of trials, is a positive integer", "m"),
            Assumption(
                x,
                "the samples x_n are counts of successes 0, 1, ..., m",
                "x_{n}",
                domain=r"x_n \in \{0, 1, \ldots, m\}",
            ),
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
        source="bundled library (derivations/bundled/binomial_mle.py)",
        confirm=confirmer(p),
    )
