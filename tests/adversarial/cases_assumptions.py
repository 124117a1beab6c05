"""Assumptions: steps that need more than what is declared.

The same step with a weaker declaration (real instead of positive, real
instead of integer, real samples instead of positive ones) is false; with the
declaration it needs, it is true. ``sigma2`` is positive, ``mu`` and the
samples ``x[n]`` are only real (``derivations.symbols``). Natural-domain
conditions (``t != 0`` for ``t/t``) must be discharged or listed open.
"""

from __future__ import annotations

import sympy as sp

from derivations.symbols import N, mu, n, sigma2, x

from ._support import Witness, pair

F = "assumptions"

a, b, t, s, r, p = sp.symbols("a b t s r p", real=True)
ap, bp, tp = sp.symbols("a b t", positive=True)
tnz = sp.Symbol("t", real=True, nonzero=True)
tn = sp.Symbol("t", negative=True)
snn = sp.Symbol("s", nonnegative=True)
k = sp.Symbol("k", integer=True)
z = sp.Symbol("z")
y = sp.IndexedBase("y", positive=True)


def S(f):
    return sp.Sum(f, (n, 1, N))


def X(*vals):
    return {i: v for i, v in enumerate((0, *vals))}


CASES = [
    *pair(
        F,
        "log-product-needs-positive-factors",
        why="log(ab) = log a + log b with a, b only real: a = b = -1 gives 0 vs 2 pi i",
        false=dict(
            symbols=(a, b),
            before=lambda: sp.log(a * b),
            after=lambda: sp.log(a) + sp.log(b),
            witness=Witness({a: -1, b: -1}),
        ),
        true=dict(
            symbols=(ap, bp),
            before=lambda: sp.log(ap * bp),
            after=lambda: sp.log(ap) + sp.log(bp),
        ),
        rule="log-product",
    ),
    *pair(
        F,
        "log-product-with-one-positive-factor",
        why=(
            "log(mu sigma^2) = log mu + log sigma^2 holds for every mu != 0 because "
            "sigma^2 > 0; with a second real factor it fails at mu = t = -1"
        ),
        false=dict(
            symbols=(mu, t),
            before=lambda: sp.log(mu * t),
            after=lambda: sp.log(mu) + sp.log(t),
            witness=Witness({mu: -1, t: -1}),
        ),
        true=dict(
            symbols=(mu, sigma2),
            before=lambda: sp.log(mu * sigma2),
            after=lambda: sp.log(mu) + sp.log(sigma2),
        ),
        rule="log-product",
    ),
    *pair(
        F,
        "log-quotient-needs-positive-parts",
        why="log(a/b) = log a - log b fails at a = 1, b = -1: log(-1) = i pi vs 0 - i pi",
        false=dict(
            symbols=(a, tnz),
            before=lambda: sp.log(a / tnz),
            after=lambda: sp.log(a) - sp.log(tnz),
            witness=Witness({a: 1, tnz: -1}),
        ),
        true=dict(
            symbols=(ap, bp),
            before=lambda: sp.log(ap / bp),
            after=lambda: sp.log(ap) - sp.log(bp),
        ),
        rule="log-quotient",
    ),
    *pair(
        F,
        "sqrt-of-square-needs-nonnegative",
        why="sqrt(s^2) = s for s >= 0 only",
        false=dict(
            symbols=(s,), before=lambda: sp.sqrt(s**2), after=lambda: s, witness=Witness({s: -1})
        ),
        true=dict(symbols=(snn,), before=lambda: sp.sqrt(snn**2), after=lambda: snn),
    ),
    *pair(
        F,
        "sqrt-of-square-of-a-negative",
        why="sqrt(t^2) = -t for t < 0; for a real t it fails at t = 1",
        false=dict(
            symbols=(t,), before=lambda: sp.sqrt(t**2), after=lambda: -t, witness=Witness({t: 1})
        ),
        true=dict(symbols=(tn,), before=lambda: sp.sqrt(tn**2), after=lambda: -tn),
    ),
    *pair(
        F,
        "cancel-mu-versus-sigma2",
        why="mu y / mu = y needs mu != 0 (mu is only real); sigma^2 > 0 is declared",
        false=dict(
            symbols=(mu, p),
            before=lambda: mu * p / mu,
            after=lambda: p,
            conditions=("mu != 0",),
            witness=Witness({mu: 0, p: 1}),
        ),
        true=dict(
            symbols=(sigma2, p),
            before=lambda: sigma2 * p / sigma2,
            after=lambda: p,
            conditions=("sigma2 != 0",),
        ),
    ),
    *pair(
        F,
        "t-over-t",
        why="t/t = 1 needs t != 0",
        false=dict(
            symbols=(t,),
            before=lambda: t / t,
            after=lambda: sp.Integer(1),
            witness=Witness({t: 0}),
        ),
        true=dict(symbols=(tnz,), before=lambda: tnz / tnz, after=lambda: sp.Integer(1)),
        conditions=("t != 0",),
    ),
    *pair(
        F,
        "reciprocal-of-reciprocal",
        why="1/(1/t) = t needs t != 0",
        false=dict(
            symbols=(t,), before=lambda: 1 / (1 / t), after=lambda: t, witness=Witness({t: 0})
        ),
        true=dict(symbols=(tp,), before=lambda: 1 / (1 / tp), after=lambda: tp),
        conditions=("t != 0",),
    ),
    *pair(
        F,
        "log-power-needs-a-positive-base",
        why="log(mu^2) = 2 log mu needs mu > 0; log(sigma^4) = 2 log sigma^2 holds",
        false=dict(
            symbols=(mu,),
            before=lambda: sp.log(mu**2),
            after=lambda: 2 * sp.log(mu),
            witness=Witness({mu: -1}),
        ),
        true=dict(
            symbols=(sigma2,),
            before=lambda: sp.log(sigma2**2),
            after=lambda: 2 * sp.log(sigma2),
        ),
        rule="log-power",
    ),
    *pair(
        F,
        "abs-of-a-product",
        why="|mu t| = |mu| t needs t >= 0",
        false=dict(
            symbols=(mu, t),
            before=lambda: sp.Abs(mu * t),
            after=lambda: sp.Abs(mu) * t,
            witness=Witness({mu: 1, t: -1}),
        ),
        true=dict(
            symbols=(mu, sigma2),
            before=lambda: sp.Abs(mu * sigma2),
            after=lambda: sp.Abs(mu) * sigma2,
        ),
    ),
    *pair(
        F,
        "sqrt-of-variance-times-square",
        why="sqrt(sigma^2 mu^2) = sigma |mu|, not sigma mu",
        false=dict(after=lambda: sp.sqrt(sigma2) * mu, witness=Witness({sigma2: 1, mu: -1})),
        true=dict(after=lambda: sp.sqrt(sigma2) * sp.Abs(mu)),
        symbols=(mu, sigma2),
        before=lambda: sp.sqrt(sigma2 * mu**2),
    ),
    *pair(
        F,
        "power-of-power-needs-an-integer-exponent",
        why="(p^2)^k = p^(2k) for integer k; for real r, p = -1, r = 1/2: 1 vs -1",
        false=dict(
            symbols=(p, r),
            before=lambda: (p**2) ** r,
            after=lambda: p ** (2 * r),
            witness=Witness({p: -1, r: sp.Rational(1, 2)}),
        ),
        true=dict(symbols=(p, k), before=lambda: (p**2) ** k, after=lambda: p ** (2 * k)),
    ),
    *pair(
        F,
        "power-of-a-product-needs-an-integer-exponent",
        why="(ab)^k = a^k b^k for integer k; real r fails at a = b = -1, r = 1/2",
        false=dict(
            symbols=(a, b, r),
            before=lambda: (a * b) ** r,
            after=lambda: a**r * b**r,
            witness=Witness({a: -1, b: -1, r: sp.Rational(1, 2)}),
        ),
        true=dict(symbols=(a, b, k), before=lambda: (a * b) ** k, after=lambda: a**k * b**k),
    ),
    *pair(
        F,
        "log-power-on-real-samples",
        why="log(x_n^2) = 2 log x_n needs positive samples",
        false=dict(
            symbols=(N, x),
            before=lambda: S(sp.log(x[n] ** 2)),
            after=lambda: S(2 * sp.log(x[n])),
            witness=Witness({N: 1, x: X(-1)}),
        ),
        true=dict(
            symbols=(N, y),
            before=lambda: S(sp.log(y[n] ** 2)),
            after=lambda: S(2 * sp.log(y[n])),
        ),
        rule="log-power",
    ),
    *pair(
        F,
        "sqrt-of-squared-samples",
        why="sqrt(x_n^2) = |x_n|: equal to x_n for positive samples only",
        false=dict(
            symbols=(N, x),
            before=lambda: S(sp.sqrt(x[n] ** 2)),
            after=lambda: S(x[n]),
            witness=Witness({N: 1, x: X(-1)}),
        ),
        true=dict(symbols=(N, y), before=lambda: S(sp.sqrt(y[n] ** 2)), after=lambda: S(y[n])),
    ),
    *pair(
        F,
        "abs-of-samples",
        why="|x_n| = x_n for positive samples only",
        false=dict(
            symbols=(N, x),
            before=lambda: S(sp.Abs(x[n])),
            after=lambda: S(x[n]),
            witness=Witness({N: 1, x: X(-1)}),
        ),
        true=dict(symbols=(N, y), before=lambda: S(sp.Abs(y[n])), after=lambda: S(y[n])),
    ),
    *pair(
        F,
        "dividing-by-a-sample",
        why="mu x_n / x_n = mu needs x_n != 0: real samples may be 0",
        false=dict(
            symbols=(N, x, mu),
            before=lambda: S(mu * x[n] / x[n]),
            witness=Witness({N: 1, mu: 1, x: X(0)}),
        ),
        true=dict(symbols=(N, y, mu), before=lambda: S(mu * y[n] / y[n])),
        after=lambda: N * mu,
    ),
    *pair(
        F,
        "half-log-of-a-square",
        why="exp(log(mu^2)/2) = |mu|, not mu; exp(log(sigma^2)/2) = sigma",
        false=dict(
            symbols=(mu,),
            before=lambda: sp.exp(sp.log(mu**2) / 2),
            after=lambda: mu,
            witness=Witness({mu: -1}),
        ),
        true=dict(
            symbols=(sigma2,),
            before=lambda: sp.exp(sp.log(sigma2) / 2),
            after=lambda: sp.sqrt(sigma2),
        ),
    ),
    *pair(
        F,
        "modulus-of-exp-i",
        why="|exp(i z)| = 1 for real z only: z = i gives exp(-1)",
        false=dict(
            symbols=(z,), before=lambda: sp.Abs(sp.exp(sp.I * z)), witness=Witness({z: sp.I})
        ),
        true=dict(symbols=(mu,), before=lambda: sp.Abs(sp.exp(sp.I * mu))),
        after=lambda: sp.Integer(1),
    ),
    *pair(
        F,
        "conjugate-of-a-symbol",
        why="conj(z) = z for real z only",
        false=dict(
            symbols=(z,),
            before=lambda: sp.conjugate(z),
            after=lambda: z,
            witness=Witness({z: sp.I}),
        ),
        true=dict(symbols=(mu,), before=lambda: sp.conjugate(mu), after=lambda: mu),
    ),
]
