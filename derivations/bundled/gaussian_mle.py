"""The post's derivation of the Gaussian MLE, step by step, as it was written.

Source: ``shared/seed/mle-gaussian-post.md`` ("Maximum Likelihood Estimation of
Gaussian Parameters", 2017). Every displayed row of the post is accounted for,
either by a step (``Step.rows``) or in :data:`ROW_NOTES` (definitions and
notation that state no algebra). Where the post's rule name is wrong or loose
the step keeps it in ``post_rule`` and uses the accurate rule.
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation, Step
from ..rules.start import register_reference
from ..symbols import N, mu, n, sigma2, x
from ._gaussian_confirm import confirm_gaussian

NAME = "gaussian-mle"
LL = r"\mathcal{LL}"
DLL_MU = r"\frac{\partial \mathcal{LL}}{\partial \mu}"
DLL_S2 = r"\frac{\partial \mathcal{LL}}{\partial \sigma^{2}}"
SEC_LL = "The log-likelihood"
SEC_MU = "MLE of mu"
SEC_S2 = "MLE of sigma^2"

#: Rows of the post that are not algebra steps, and what they are.
ROW_NOTES: dict[str, str] = {
    "B1.1": "definition: theta_MLE is the argmax of the likelihood",
    "B2.1": "notation: the likelihood is a Gaussian",
    "B2.2": "notation: theta = [mu, Sigma]",
    "B3.1": "definition: mu_MLE",
    "B3.2": "definition: Sigma_MLE",
    "B4.1": "fact, not checked: log is increasing, so argmax log f = argmax f",
    "B5.1": "definition: theta_MLE via the log-likelihood",
    "B6.1": "premise: independent samples, so the log of the product is a sum of logs",
    "B7.1": "notation: theta = [mu, Sigma]",
    "B8.1": "premise: diagonal covariance, Sigma replaced by sigma^2 (one feature at a time)",
    "B16.1": "goal: argmax over mu",
    "B16.2": "goal: argmax over sigma^2",
    "B18.1": "definition: the argmax is found where the derivative is 0 "
    "(used by the set-to-zero steps; the second-order check confirms a maximum)",
    "B21.1": "notation: a sum written out term by term",
}


def gaussian_log_likelihood() -> sp.Expr:
    """sum_n log p(x_n | mu, sigma2), p from ``sympy.stats.Normal``: an independent reference."""
    from sympy.stats import Normal, density

    pdf = density(Normal("X", mu, sp.sqrt(sigma2)))(x[n])
    return sp.Sum(sp.log(pdf), (n, 1, N))


# The post's first line is checked against sympy.stats' density, not against our copy of it.
register_reference(
    "gaussian-log-likelihood",
    "Gaussian log-likelihood",
    gaussian_log_likelihood,
    "sum_n log of sympy.stats' Normal(mu, sqrt(sigma2)) density",
)


def _build_steps() -> list[Step]:
    s2 = sigma2
    half = sp.Rational(1, 2)
    # Constants kept as single (evaluated) factors so the product rule splits
    # where the post splits: d(-N/2)*log(...) + (-N/2)*d(log(...)).
    cN = -N / 2
    k = -1 / (2 * s2)
    with sp.evaluate(False):
        d = x[n] - mu
        sq = sp.Pow(d, 2)
        q = sp.Mul(sq, sp.Pow(s2, -1))
        two_pi_s2 = sp.Mul(2, sp.pi, s2)
        root = sp.Pow(two_pi_s2, half)
        expo = sp.Pow(sp.E, sp.Mul(-half, q))
        S = _sum
        D_mu = lambda f: sp.Derivative(f, mu)  # noqa: E731
        D_s2 = lambda f: sp.Derivative(f, s2)  # noqa: E731
        Ssq = S(sq)
        ll_final = sp.Add(sp.Mul(cN, sp.log(two_pi_s2)), sp.Mul(k, Ssq))
        f = sp.Function("f")
        g = sp.Function("g")
        s2inv = sp.Pow(s2, -1)

        steps: list[Step] = []

        def add(expr, rule, relation="=", **kw):
            steps.append(Step(expr, rule, relation, **kw))
            return len(steps) - 1

        def restate(i, row, lhs):
            # Each block of the post opens by repeating the line the last one ended with.
            return add(
                steps[i].expr,
                "restate",
                "start",
                params={"ref": i},
                rows=(row,),
                section=sec,
                lhs_latex=lhs,
            )

        # ---------------------------------------------------------------- LL
        sec = SEC_LL
        add(
            S(sp.log(sp.Mul(sp.Pow(root, -1), expo))),
            "gaussian-log-likelihood",
            "start",
            rows=("B9.1", "B10.1"),
            section=sec,
            lhs_latex=LL,
            note="the Gaussian density, checked against sympy.stats.Normal",
        )
        i = add(
            S(sp.Add(sp.log(sp.Pow(root, -1)), sp.log(expo))),
            "log-product",
            rows=("B10.2",),
            section=sec,
            post_rule="log product rule",
        )
        restate(i, "B11.1", LL)
        i = add(
            S(sp.Add(sp.log(1), sp.Mul(-1, sp.log(root)), sp.log(expo))),
            "log-quotient",
            rows=("B11.2",),
            section=sec,
            post_rule="log quotient rule",
        )
        restate(i, "B12.1", LL)
        i = add(
            S(sp.Add(sp.log(1), sp.Mul(-1, sp.log(root)), sp.Mul(sp.Mul(-half, q), sp.log(sp.E)))),
            "log-power",
            rows=("B12.2",),
            section=sec,
            post_rule="log power rule",
            note="exp^{u} is e^{u}; the log power rule gives u * log(e)",
        )
        restate(i, "B13.1", LL)
        i = add(
            S(sp.Add(sp.Mul(-1, sp.log(root)), sp.Mul(-half, q))),
            ("log-of-e", "log-of-one"),
            rows=("B13.2",),
            section=sec,
            post_rule="log_e(e) = 1 and log(1) = 0",
        )
        restate(i, "B14.1", LL)
        i = add(
            S(sp.Add(sp.Mul(-half, sp.log(two_pi_s2)), sp.Mul(-half, q))),
            "log-power",
            rows=("B14.2",),
            section=sec,
            post_rule="power rule (sqrt(x) = x^(1/2))",
            note="sqrt(a) is a**(1/2) in sympy, so the square root needs no rule of its own",
        )
        restate(i, "B15.1", LL)
        add(
            sp.Add(sp.Mul(cN, sp.log(two_pi_s2)), S(sp.Mul(-half, q))),
            ("sum-split", "sum-of-constant"),
            rows=("B15.2",),
            section=sec,
            post_rule="basic algebra simplification",
        )
        ll = add(
            ll_final,
            "constant-out-of-sum",
            rows=("B15.3",),
            section=sec,
            post_rule="basic algebra simplification",
        )
        add(
            ll_final,
            "restate",
            "start",
            params={"ref": ll},
            rows=("B17.1",),
            section=sec,
            lhs_latex=LL,
        )

        # ---------------------------------------------------------------- mu
        sec = SEC_MU
        dmu = add(
            D_mu(ll_final),
            "differentiate",
            "start",
            params={"ref": ll, "wrt": mu},
            rows=("B19.1", "B20.1"),
            section=sec,
            lhs_latex=DLL_MU,
        )
        add(
            sp.Add(D_mu(sp.Mul(cN, sp.log(two_pi_s2))), D_mu(sp.Mul(k, Ssq))),
            "diff-sum-rule",
            rows=("B20.2",),
            section=sec,
            post_rule="(the first term does not contain mu)",
        )
        add(sp.Add(0, D_mu(sp.Mul(k, Ssq))), "diff-constant", rows=("B20.3",), section=sec)
        i = add(D_mu(sp.Mul(k, Ssq)), "arithmetic", rows=("B20.4",), section=sec)
        add(
            sp.Eq(
                sp.Derivative(sp.Add(f(mu), g(mu)), mu),
                sp.Add(sp.Derivative(f(mu), mu), sp.Derivative(g(mu), mu)),
            ),
            "identity",
            "start",
            params={"rule": "diff-sum-rule"},
            rows=("B22.1",),
            section=sec,
            post_rule="summation rule",
            note="the sum rule of differentiation, for any f and g",
        )
        add(
            sp.Eq(sp.Derivative(S(f(x[n], mu)), mu), S(sp.Derivative(f(x[n], mu), mu))),
            "identity",
            "start",
            params={"rule": "diff-through-sum"},
            rows=("B23.1",),
            section=sec,
            post_rule="derivative of a sum is a sum of derivatives",
            note="the post writes d/dx sum f(x_n), which is 0 as written (x_n does not vary "
            "with x); the identity it means is d/dmu sum f(x_n, mu) = sum d/dmu f(x_n, mu)",
        )
        restate(i, "B24.1", DLL_MU)
        add(D_mu(S(sp.Mul(k, sq))), "constant-into-sum", rows=("B24.2",), section=sec)
        i = add(
            S(D_mu(sp.Mul(k, sq))),
            "diff-through-sum",
            rows=("B24.3",),
            section=sec,
            post_rule="move the derivative inside the summation",
        )
        restate(i, "B25.1", DLL_MU)
        i = add(
            S(sp.Add(sp.Mul(D_mu(k), sq), sp.Mul(k, D_mu(sq)))),
            "product-rule",
            rows=("B25.2",),
            section=sec,
            post_rule="product rule",
            note="valid, though -1/(2 sigma^2) is a constant: "
            "the constant-multiple rule is the direct one",
        )
        restate(i, "B26.1", DLL_MU)
        add(
            S(sp.Add(0, sp.Mul(k, D_mu(sq)))),
            "diff-constant",
            rows=("B26.2",),
            section=sec,
            post_rule="some terms drop out",
        )
        i = add(
            sp.Mul(k, S(D_mu(sq))),
            ("arithmetic", "constant-out-of-sum"),
            rows=("B26.3",),
            section=sec,
            post_rule="some terms drop out",
        )
        restate(i, "B27.1", DLL_MU)
        add(
            sp.Mul(k, S(sp.Mul(2, d, -1))),
            ("chain-rule", "linear-derivative"),
            rows=("B27.2",),
            section=sec,
            post_rule="chain rule",
        )
        dmu_end = add(
            sp.Mul(s2inv, S(d)),
            "constant-out-of-sum",
            rows=("B27.3",),
            section=sec,
            post_rule="simplify",
        )
        res_mu = add(
            sp.Eq(D_mu(ll_final), sp.Mul(s2inv, S(d))),
            "chain-result",
            "start",
            params={"start": dmu, "end": dmu_end},
            rows=("B28.1",),
            section=sec,
            lhs_latex=DLL_MU,
        )
        add(
            sp.Eq(0, sp.Mul(s2inv, S(d))),
            "set-to-zero",
            "start",
            params={"ref": res_mu, "unknown": mu},
            rows=("B28.2",),
            section=sec,
            post_rule="set the derivative to zero",
        )
        add(
            sp.Eq(0, S(d)),
            "multiply-both-sides",
            "<=>",
            params={"factor": s2},
            rows=("B28.3",),
            section=sec,
        )
        add(
            sp.Eq(0, sp.Add(S(x[n]), sp.Mul(-1, S(mu)))),
            "sum-split",
            "<=>",
            rows=("B28.4",),
            section=sec,
        )
        add(
            sp.Eq(0, sp.Add(S(x[n]), sp.Mul(-1, N, mu))),
            "sum-of-constant",
            "<=>",
            rows=("B28.5",),
            section=sec,
        )
        add(
            sp.Eq(sp.Mul(N, mu), S(x[n])),
            "add-both-sides",
            "<=>",
            params={"term": N * mu},
            rows=("B28.6",),
            section=sec,
        )
        add(
            sp.Eq(mu, sp.Mul(sp.Pow(N, -1), S(x[n]))),
            "divide-both-sides",
            "<=>",
            params={"divisor": N},
            rows=("B28.7",),
            section=sec,
        )

        # ---------------------------------------------------------- sigma^2
        sec = SEC_S2
        ds2 = add(
            D_s2(ll_final),
            "differentiate",
            "start",
            params={"ref": ll, "wrt": s2},
            rows=("B29.1",),
            section=sec,
            lhs_latex=DLL_S2,
        )
        i = add(
            sp.Add(D_s2(sp.Mul(cN, sp.log(two_pi_s2))), D_s2(sp.Mul(k, Ssq))),
            "diff-sum-rule",
            rows=("B29.2",),
            section=sec,
        )
        restate(i, "B30.1", DLL_S2)
        rest = D_s2(sp.Mul(k, Ssq))
        add(
            sp.Add(sp.Mul(D_s2(cN), sp.log(two_pi_s2)), sp.Mul(cN, D_s2(sp.log(two_pi_s2))), rest),
            "product-rule",
            rows=("B30.2",),
            section=sec,
            post_rule="product rule",
            note="valid; -N/2 is a constant, so the constant-multiple rule is the direct one",
        )
        add(
            sp.Add(0, sp.Mul(cN, D_s2(sp.log(two_pi_s2))), rest),
            "diff-constant",
            rows=("B30.3",),
            section=sec,
        )
        i = add(
            sp.Add(sp.Mul(cN, D_s2(sp.log(two_pi_s2))), rest),
            "arithmetic",
            rows=("B30.4",),
            section=sec,
        )
        restate(i, "B31.1", DLL_S2)
        add(
            sp.Add(sp.Mul(cN, sp.Pow(two_pi_s2, -1), sp.Mul(2, sp.pi)), rest),
            ("chain-rule", "linear-derivative"),
            rows=("B31.2",),
            section=sec,
            post_rule="chain rule",
        )
        add(sp.Add(sp.Mul(cN, s2inv), rest), "arithmetic", rows=("B31.3",), section=sec)
        first = -N / (2 * s2)
        i = add(sp.Add(first, rest), "arithmetic", rows=("B31.4",), section=sec)
        restate(i, "B32.1", DLL_S2)
        i = add(
            sp.Add(first, S(D_s2(sp.Mul(k, sq)))),
            ("constant-into-sum", "diff-through-sum"),
            rows=("B32.2",),
            section=sec,
            post_rule="move the derivative inside the summation",
        )
        restate(i, "B33.1", DLL_S2)
        add(
            sp.Add(first, S(sp.Add(sp.Mul(D_s2(k), sq), sp.Mul(k, D_s2(sq))))),
            "product-rule",
            rows=("B33.2",),
            section=sec,
            post_rule="product rule",
        )
        add(
            sp.Add(first, S(sp.Add(sp.Mul(D_s2(k), sq), 0))),
            "diff-constant",
            rows=("B33.3",),
            section=sec,
        )
        i = add(sp.Add(first, S(sp.Mul(D_s2(k), sq))), "arithmetic", rows=("B33.4",), section=sec)
        restate(i, "B34.1", DLL_S2)
        k2 = sp.Mul(-half, s2inv)
        i = add(
            sp.Add(first, S(sp.Mul(D_s2(k2), sq))),
            "arithmetic",
            rows=("B34.2",),
            section=sec,
            post_rule="careful with exponents: sigma^{-2}",
            note="sigma^{-2} means (sigma^2)^{-1}: the same expression, rewritten",
        )
        restate(i, "B35.1", DLL_S2)
        add(
            sp.Add(
                first, S(sp.Mul(sp.Add(sp.Mul(D_s2(-half), s2inv), sp.Mul(-half, D_s2(s2inv))), sq))
            ),
            "product-rule",
            rows=("B35.2",),
            section=sec,
            post_rule="product rule",
            note="the post's brackets attach (x_n - mu)^2 to the second term only; "
            "the product rule "
            "gives (d(-1/2) sigma^{-2} + (-1/2) d sigma^{-2}) (x_n - mu)^2. Harmless, as the first "
            "term is 0, but as written the rule does not produce the row",
        )
        add(
            sp.Add(first, S(sp.Mul(sp.Add(0, sp.Mul(-half, D_s2(s2inv))), sq))),
            "diff-constant",
            rows=("B35.3",),
            section=sec,
        )
        i = add(
            sp.Add(first, S(sp.Mul(-half, D_s2(s2inv), sq))),
            "arithmetic",
            rows=("B35.4",),
            section=sec,
        )
        restate(i, "B36.1", DLL_S2)
        add(
            steps[i].expr,
            "arithmetic",
            rows=("B36.2",),
            section=sec,
            post_rule="treat sigma^{-2} as (sigma^2)^{-1}",
            note="the same expression, rewritten",
        )
        add(
            sp.Add(first, S(sp.Mul(-half, -1, sp.Pow(s2, -2), 1, sq))),
            "power-rule",
            rows=("B36.3",),
            section=sec,
            post_rule="chain rule with f(x) = x^{-1}, g(x) = x^2",
            note="differentiating (sigma^2)^{-1} with respect to sigma^2 is the power rule; "
            "the post's g(x) = x^2 would differentiate with respect to sigma, "
            "and its inner factor 1 is d(sigma^2)/d(sigma^2)",
        )
        add(
            sp.Add(first, S(sp.Mul(half, sp.Pow(s2, -2), sq))),
            "arithmetic",
            rows=("B36.4",),
            section=sec,
        )
        add(
            sp.Add(first, S(sp.Mul(sp.Pow(sp.Mul(2, sp.Pow(s2, 2)), -1), sq))),
            "arithmetic",
            rows=("B36.5",),
            section=sec,
        )
        add(
            sp.Add(first, sp.Mul(sp.Pow(sp.Mul(2, sp.Pow(s2, 2)), -1), Ssq)),
            "constant-out-of-sum",
            rows=("B36.6",),
            section=sec,
        )
        factored = sp.Mul(sp.Pow(sp.Mul(2, s2), -1), sp.Add(-N, sp.Mul(s2inv, Ssq)))
        ds2_end = add(
            factored,
            "factor-out",
            params={"factor": 1 / (2 * s2)},
            rows=("B36.7",),
            section=sec,
            post_rule="simplify",
        )
        res_s2 = add(
            sp.Eq(D_s2(ll_final), factored),
            "chain-result",
            "start",
            params={"start": ds2, "end": ds2_end},
            section=sec,
            lhs_latex=DLL_S2,
            note="the post goes straight to setting this to zero; the equation is stated here",
        )
        add(
            sp.Eq(0, factored),
            "set-to-zero",
            "start",
            params={"ref": res_s2, "unknown": s2},
            rows=("B37.1",),
            section=sec,
            post_rule="set the derivative to zero",
        )
        add(
            sp.Eq(0, sp.Add(-N, sp.Mul(s2inv, Ssq))),
            "multiply-both-sides",
            "<=>",
            params={"factor": 2 * s2},
            rows=("B37.2",),
            section=sec,
        )
        add(
            sp.Eq(sp.Mul(N, s2), Ssq),
            ("multiply-both-sides", "add-both-sides"),
            "<=>",
            params={"factor": s2, "term": N * s2},
            rows=("B37.3",),
            section=sec,
        )
        add(
            sp.Eq(s2, sp.Mul(sp.Pow(N, -1), Ssq)),
            "divide-both-sides",
            "<=>",
            params={"divisor": N},
            rows=("B37.4",),
            section=sec,
        )
    return steps


def _sum(f: sp.Basic) -> sp.Sum:
    # Under evaluate(False) sympy's Sum stores its summand as 1*f; build it
    # with evaluation on (the summand itself stays as written).
    with sp.evaluate(True):
        return sp.Sum(f, (n, 1, N))


def build() -> Derivation:
    """The post's derivation as a :class:`~derivations.Derivation`."""
    steps = _build_steps()
    results = {
        "mu": evaluated(steps[_last_index(steps, SEC_MU)].expr),
        "sigma2": evaluated(steps[-1].expr),
    }
    ll = evaluated(next(s.expr for s in steps if s.rules == ("restate",) and s.rows == ("B17.1",)))
    return Derivation(
        name=NAME,
        title="Maximum likelihood estimation of a Gaussian's mean and variance",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are real numbers", "x_{n}"),
            Assumption(mu, "the mean mu is real", r"\mu"),
            Assumption(sigma2, "the variance sigma^2 is positive", r"\sigma^{2}"),
        ),
        steps=steps,
        results=results,
        log_likelihood=ll,
        source="shared/seed/mle-gaussian-post.md",
        confirm=confirm_gaussian,
    )


def _last_index(steps: list[Step], section: str) -> int:
    return max(i for i, s in enumerate(steps) if s.section == section)
