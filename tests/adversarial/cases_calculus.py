"""Calculus: derivatives through sums, with respect to one sample, chain and product rules.

The derivative of ``sum_n f(x_n)`` with respect to one sample ``x_k`` picks out
one term (a Kronecker delta), and it is 0 when ``k`` is outside ``1..N``.
``sigma2`` is the variance; ``sigma = sqrt(sigma2)``: a derivative "by sigma"
is not one "by sigma^2".
"""

from __future__ import annotations

import sympy as sp

from derivations.symbols import N, mu, n, sigma2, x

from ._support import Witness, pair

F = "calculus"
D = sp.Derivative

k = sp.Symbol("k", integer=True, positive=True)
m = sp.Symbol("m", integer=True, positive=True)
t = sp.Symbol("t", real=True)
tp = sp.Symbol("t", positive=True)
tnz = sp.Symbol("t", real=True, nonzero=True)


def S(f, i=n, lo=1, hi=N):
    return sp.Sum(f, (i, lo, hi))


def X(*vals):
    return {i: v for i, v in enumerate((0, *vals))}


def SS():
    return S((x[n] - mu) ** 2)


def _one_sample_of_two(body, claimed) -> bool:
    """N = 2, the sample x_1: d/dx_1 of sum_{m=1}^{2} body(x_m) against the claim there."""
    x1, x2 = sp.symbols("x1 x2", real=True)
    vals = {x1: 0, x2: 0, mu: 1}
    true = sp.diff(body(x1) + body(x2), x1).subs(vals)
    return sp.simplify(true - claimed(x1, x2).subs(vals)) != 0


CASES = [
    *pair(
        F,
        "d-by-a-sample-of-a-sum-of-squares",
        why=(
            "d/dx_n sum_n (x_n - mu)^2 keeps one term, 2 (x_n - mu): a Kronecker delta, "
            "not the whole sum"
        ),
        false=dict(
            symbols=(N, n, x, mu),
            before=lambda: D(SS(), x[n]),
            after=lambda: S(2 * (x[n] - mu)),
            witness=Witness(
                check=lambda: _one_sample_of_two(
                    lambda v: (v - mu) ** 2, lambda a, b: 2 * (a - mu) + 2 * (b - mu)
                ),
                note="N = 2, n = 1, x = (0, 0), mu = 1: -2 vs -4",
            ),
        ),
        true=dict(
            symbols=(N, k, x, mu),
            before=lambda: D(S((x[m] - mu) ** 2, m), x[k]),
            after=lambda: S(2 * (x[m] - mu) * sp.KroneckerDelta(m, k), m),
        ),
    ),
    *pair(
        F,
        "d-by-a-sample-of-a-sum",
        why="d/dx_n sum_n x_n = 1 (one term), not N",
        false=dict(
            symbols=(N, n, x),
            before=lambda: D(S(x[n]), x[n]),
            after=lambda: N,
            witness=Witness(
                check=lambda: _one_sample_of_two(lambda v: v, lambda a, b: sp.Integer(2)),
                note="N = 2, n = 1: 1 vs 2",
            ),
        ),
        true=dict(symbols=(N, x), before=lambda: D(S(x[n]), x[1]), after=lambda: sp.Integer(1)),
    ),
    *pair(
        F,
        "d-by-a-sample-beyond-N",
        why="x_2 is not among the samples when N = 1: the derivative is 0 there",
        false=dict(
            before=lambda: D(S(x[n] ** 2), x[2]),
            after=lambda: 2 * x[2],
            witness=Witness({N: 1, x: X(1, 1)}),
        ),
        true=dict(before=lambda: D(S(x[n] ** 2), x[1]), after=lambda: 2 * x[1]),
        symbols=(N, x),
    ),
    *pair(
        F,
        "d-by-x_k",
        why=(
            "d/dx_k sum_n x_n^2 keeps the k-th term only: 2 x_k, not the sum of all 2 x_n "
            "(a free index k names one of the samples, 1 <= k <= N: the documented convention)"
        ),
        false=dict(after=lambda: S(2 * x[n]), witness=Witness({N: 2, k: 1, x: X(1, 1)})),
        true=dict(after=lambda: S(2 * x[n] * sp.KroneckerDelta(n, k))),
        symbols=(N, k, x),
        before=lambda: D(S(x[n] ** 2), x[k]),
    ),
    *pair(
        F,
        "chain-rule-under-a-log",
        why="d/dmu log(mu^2 + 1) = 2 mu/(mu^2 + 1): the inner derivative was dropped",
        false=dict(after=lambda: 1 / (mu**2 + 1), witness=Witness({mu: 1})),
        true=dict(after=lambda: 2 * mu / (mu**2 + 1)),
        symbols=(mu,),
        before=lambda: D(sp.log(mu**2 + 1), mu),
    ),
    *pair(
        F,
        "chain-rule-under-an-exp",
        why="d/dmu exp(-mu^2/2) = -mu exp(-mu^2/2)",
        false=dict(after=lambda: -sp.exp(-(mu**2) / 2), witness=Witness({mu: 2})),
        true=dict(after=lambda: -mu * sp.exp(-(mu**2) / 2)),
        symbols=(mu,),
        before=lambda: D(sp.exp(-(mu**2) / 2), mu),
    ),
    *pair(
        F,
        "by-sigma-is-not-by-sigma2",
        why="d/d(sigma^2) log(sigma) = 1/(2 sigma^2); 1/sigma is d/dsigma",
        false=dict(after=lambda: 1 / sp.sqrt(sigma2), witness=Witness({sigma2: 4})),
        true=dict(after=lambda: 1 / (2 * sigma2)),
        symbols=(sigma2,),
        before=lambda: D(sp.log(sp.sqrt(sigma2)), sigma2),
    ),
    *pair(
        F,
        "log-likelihood-by-sigma2",
        why="the Gaussian log-likelihood by sigma^2, not by sigma",
        false=dict(
            after=lambda: -N / sp.sqrt(sigma2) + SS() / sigma2 ** sp.Rational(3, 2),
            witness=Witness({N: 1, sigma2: 4, mu: 0, x: X(0)}),
        ),
        true=dict(after=lambda: -N / (2 * sigma2) + SS() / (2 * sigma2**2)),
        symbols=(N, x, mu, sigma2),
        before=lambda: D(-N / 2 * sp.log(sigma2) - SS() / (2 * sigma2), sigma2),
    ),
    *pair(
        F,
        "product-rule",
        why="d/dmu (mu e^mu) = e^mu + mu e^mu",
        false=dict(after=lambda: sp.exp(mu), witness=Witness({mu: 1})),
        true=dict(after=lambda: sp.exp(mu) + mu * sp.exp(mu)),
        symbols=(mu,),
        before=lambda: D(mu * sp.exp(mu), mu),
    ),
    *pair(
        F,
        "second-derivative-through-a-sum",
        why="d^2/dmu^2 sum_n (x_n - mu)^2 = 2 N",
        false=dict(after=lambda: sp.Integer(2), witness=Witness({N: 2, mu: 0, x: X(0, 0)})),
        true=dict(after=lambda: 2 * N),
        symbols=(N, x, mu),
        before=lambda: D(SS(), (mu, 2)),
    ),
    *pair(
        F,
        "mixed-second-derivative",
        why="d^2/(dmu dsigma^2) of -sum (x_n - mu)^2/(2 sigma^2) = -sum (x_n - mu)/sigma^4",
        false=dict(
            after=lambda: S(x[n] - mu) / sigma2**2,
            witness=Witness({N: 1, mu: 0, sigma2: 1, x: X(1)}),
        ),
        true=dict(after=lambda: -S(x[n] - mu) / sigma2**2),
        symbols=(N, x, mu, sigma2),
        before=lambda: D(-SS() / (2 * sigma2), mu, sigma2),
    ),
    *pair(
        F,
        "derivative-of-sqrt-of-square",
        why="d/dt sqrt(t^2) = sign(t): -1 for t < 0",
        false=dict(symbols=(t,), before=lambda: D(sp.sqrt(t**2), t), witness=Witness({t: -1})),
        true=dict(symbols=(tp,), before=lambda: D(sp.sqrt(tp**2), tp)),
        after=lambda: sp.Integer(1),
    ),
    *pair(
        F,
        "power-rule-with-variable-exponent",
        why="d/dt t^t = t^t (log t + 1); the power rule needs a constant exponent",
        false=dict(after=lambda: tp * tp ** (tp - 1), witness=Witness({tp: sp.E})),
        true=dict(after=lambda: tp**tp * (sp.log(tp) + 1)),
        symbols=(tp,),
        before=lambda: D(tp**tp, tp),
    ),
    *pair(
        F,
        "chain-rule-inside-a-sum",
        why="d/dmu log(1 + (x_n - mu)^2) = -2 (x_n - mu)/(1 + (x_n - mu)^2)",
        false=dict(
            after=lambda: S(1 / (1 + (x[n] - mu) ** 2)),
            witness=Witness({N: 1, mu: 1, x: X(0)}),
        ),
        true=dict(after=lambda: S(-2 * (x[n] - mu) / (1 + (x[n] - mu) ** 2))),
        symbols=(N, x, mu),
        before=lambda: D(S(sp.log(1 + (x[n] - mu) ** 2)), mu),
    ),
    *pair(
        F,
        "constant-factor-dropped",
        why="d/dmu of sum (x_n - mu)^2 / N keeps the 1/N",
        false=dict(
            after=lambda: -2 * S(x[n] - mu),
            witness=Witness({N: 2, mu: 1, x: X(0, 0)}),
        ),
        true=dict(after=lambda: -2 * S(x[n] - mu) / N),
        symbols=(N, x, mu),
        before=lambda: D(SS() / N, mu),
    ),
    *pair(
        F,
        "log-likelihood-by-mu",
        why="d/dmu of -sum (x_n - mu)^2/(2 sigma^2) = sum (x_n - mu)/sigma^2",
        false=dict(
            after=lambda: S(x[n] - mu) / (2 * sigma2),
            witness=Witness({N: 1, mu: 0, sigma2: 1, x: X(1)}),
        ),
        true=dict(after=lambda: S(x[n] - mu) / sigma2),
        symbols=(N, x, mu, sigma2),
        before=lambda: D(-SS() / (2 * sigma2), mu),
    ),
    *pair(
        F,
        "inverse-sqrt-by-sigma2",
        why="d/d(sigma^2) sigma^-1 = -1/(2 sigma^3)",
        false=dict(after=lambda: -1 / (2 * sp.sqrt(sigma2)), witness=Witness({sigma2: 4})),
        true=dict(after=lambda: -1 / (2 * sigma2 ** sp.Rational(3, 2))),
        symbols=(sigma2,),
        before=lambda: D(1 / sp.sqrt(sigma2), sigma2),
    ),
    *pair(
        F,
        "quotient-rule",
        why="d/dt t/(1 + t^2) = (1 - t^2)/(1 + t^2)^2",
        false=dict(after=lambda: 1 / (2 * t), witness=Witness({t: 1})),
        true=dict(after=lambda: (1 - t**2) / (1 + t**2) ** 2),
        symbols=(t,),
        before=lambda: D(t / (1 + t**2), t),
    ),
    *pair(
        F,
        "derivative-of-log-for-negative-arguments",
        why="d/dt log t = 1/t for every t != 0 (log t = log|t| + i pi for t < 0), not 1/|t|",
        false=dict(
            before=lambda: D(sp.log(tnz), tnz),
            after=lambda: 1 / sp.Abs(tnz),
            witness=Witness({tnz: -1}),
        ),
        true=dict(before=lambda: D(sp.log(sp.Abs(tnz)), tnz), after=lambda: 1 / tnz),
        symbols=(tnz,),
    ),
    *pair(
        F,
        "sigma4-by-sigma2",
        why="d/d(sigma^2) sigma^4 = 2 sigma^2; 4 sigma^3 is d/dsigma",
        false=dict(after=lambda: 4 * sigma2 ** sp.Rational(3, 2), witness=Witness({sigma2: 4})),
        true=dict(after=lambda: 2 * sigma2),
        symbols=(sigma2,),
        before=lambda: D(sigma2**2, sigma2),
    ),
]
