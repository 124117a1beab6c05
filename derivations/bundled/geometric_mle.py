"""The MLE of a geometric distribution's success probability, and its observed information.

Parametrisation: the number of trials up to and including the first success,
``p(x | p) = p (1 - p)^(x - 1)`` for ``x = 1, 2, ...`` (sympy.stats'
``Geometric`` and scipy.stats' ``geom``). Result: ``p = N / sum_n x_n``;
observed information at the estimate ``(sum_n x_n)^3 / (N (sum_n x_n - N))``,
defined when some sample exceeds 1 (otherwise the estimate is 1, outside
``0 < p < 1``).
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

NAME = "geometric-mle"
p = sp.Symbol("p", positive=True)
I_p = sp.Symbol("I_p", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial p}"


def _reference() -> sp.Basic:
    from sympy.stats import Geometric, density

    return reference_log_likelihood(density(Geometric("X", p))(x[n]), x[n])


register_reference(
    "geometric-log-likelihood",
    "geometric log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Geometric(p) probability (support 1, 2, ...)",
)


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    q = sp.Add(1, sp.Mul(-1, p), evaluate=False)  # 1 - p
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, p)  # noqa: E731
        rest = sp.Add(Sx, sp.Mul(-1, N))  # sum x_n - N, the failures
        x1 = sp.Add(x[n], -1)
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(p, sp.Pow(q, x1)))),
            "geometric-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the geometric probability, checked against sympy.stats.Geometric",
        )
        w.add(S(sp.Add(sp.log(p), sp.log(sp.Pow(q, x1)))), "log-product")
        w.add(S(sp.Add(sp.log(p), sp.Mul(x1, sp.log(q)))), "log-power")
        w.add(
            sp.Add(sp.Mul(N, sp.log(p)), S(sp.Mul(x1, sp.log(q)))), ("sum-split", "sum-of-constant")
        )
        w.add(sp.Add(sp.Mul(N, sp.log(p)), sp.Mul(sp.log(q), S(x1))), "constant-out-of-sum")
        ll_expr = sp.Add(sp.Mul(N, sp.log(p)), sp.Mul(sp.log(q), rest))
        ll = w.add(ll_expr, ("sum-split", "sum-of-constant"))

        w.section = "MLE of p"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": p}, lhs_latex=DLL
        )
        w.add(sp.Add(D(sp.Mul(N, sp.log(p))), D(sp.Mul(sp.log(q), rest))), "diff-sum-rule")
        w.add(sp.Add(sp.Mul(N, D(sp.log(p))), sp.Mul(rest, D(sp.log(q)))), "constant-multiple")
        w.add(
            sp.Add(sp.Mul(N, sp.Pow(p, -1)), sp.Mul(rest, sp.Pow(q, -1), D(q))),
            ("logarithm-derivative", "chain-rule"),
        )
        score = sp.Add(sp.Mul(N, sp.Pow(p, -1)), sp.Mul(-1, rest, sp.Pow(q, -1)))
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
            sp.Eq(0, sp.Add(N, sp.Mul(-1, p, rest, sp.Pow(q, -1)))),
            "multiply-both-sides",
            "<=>",
            params={"factor": p},
        )
        frac = sp.Mul(p, rest, sp.Pow(q, -1))
        w.add(sp.Eq(frac, N), "add-both-sides", "<=>", params={"term": frac})
        w.add(
            sp.Eq(sp.Mul(p, rest), sp.Mul(q, N)),
            "multiply-both-sides",
            "<=>",
            params={"factor": q},
            note="1 - p > 0 on 0 < p < 1",
        )
        w.add(sp.Eq(sp.Mul(p, Sx), N), "add-both-sides", "<=>", params={"term": p * N})
        est = w.add(
            sp.Eq(p, sp.Mul(N, sp.Pow(Sx, -1))),
            "divide-both-sides",
            "<=>",
            params={"divisor": Sx},
            note="sum_n x_n >= N > 0",
        )

        w.section = "Observed information"
        a = sp.Mul(N, sp.Pow(p, -1))
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
                        -1, sp.Add(sp.Mul(N, D(sp.Pow(p, -1))), sp.Mul(-1, rest, D(sp.Pow(q, -1))))
                    ),
                    "constant-multiple",
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(N, sp.Mul(-1, sp.Pow(p, -2))),
                            sp.Mul(-1, rest, sp.Mul(-1, sp.Pow(q, -2), D(q))),
                        ),
                    ),
                    ("power-rule", "chain-rule"),
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(N, sp.Mul(-1, sp.Pow(p, -2))),
                            sp.Mul(-1, rest, sp.Mul(-1, sp.Pow(q, -2), -1)),
                        ),
                    ),
                    "linear-derivative",
                ),
                (sp.Add(sp.Mul(N, sp.Pow(p, -2)), sp.Mul(rest, sp.Pow(q, -2))), "arithmetic"),
            ],
            at_estimate=[
                (
                    sp.Add(
                        sp.Mul(sp.Pow(Sx, 2), sp.Pow(N, -1)),
                        sp.Mul(sp.Pow(Sx, 2), sp.Pow(rest, -1)),
                    ),
                    "algebra",
                ),
                (sp.Mul(sp.Pow(Sx, 3), sp.Pow(sp.Mul(N, rest), -1)), "algebra"),
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
        title="MLE of a geometric distribution's success probability (support 1, 2, ...)",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(
                x,
                "the samples x_n are trial counts 1, 2, ...",
                "x_{n}",
                domain=r"x_n \in \mathbb{N}^{+}",
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
        source="bundled library (derivations/bundled/geometric_mle.py)",
        confirm=confirmer(p),
    )
