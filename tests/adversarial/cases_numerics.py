"""Numerics-dodging: claims that a few random evaluations are likely to miss.

Wrong at one sample size only (N = 4, N = 7), wrong by one part in 10^12,
true for integers only (cos(2 pi N) = 1 with N real), wrong only far outside
the range random draws come from, or hidden by huge and tiny magnitudes. Each
false claim fails at a point of its declared domain; the fix makes every size
take 1..8 (and larger), so the claims wrong at N = 4 or N = 7 must come back
refuted (``expect_refuted``).
"""

from __future__ import annotations

import sympy as sp

from derivations.symbols import N, mu, n, sigma2, x

from ._support import Witness, pair

F = "numerics"

r = sp.Symbol("r", real=True)
rp = sp.Symbol("r", positive=True)
k = sp.Symbol("k", integer=True)
Nr = sp.Symbol("N", positive=True)  # a positive real called N: not a size
BIG = sp.Integer(10) ** 40
EPS = sp.Rational(1, 10**12)
# The cubic through (1, 1), (2, 2), (3, 6), (5, 120): N! at the sizes 1, 2, 3, 5 only.
FACTORIAL_FIT = (
    sp.Rational(97, 24) * N**3 - sp.Rational(91, 4) * N**2 + sp.Rational(983, 24) * N
) - sp.Rational(85, 4)


def S(f, lo=1, hi=N):
    return sp.Sum(f, (n, lo, hi))


def X(*vals):
    return {i: v for i, v in enumerate((0, *vals))}


def count_minus_N():
    """sum_{n=1}^{N} 1 - N: zero, written so that only the sum rules see it."""
    return S(sp.Integer(1)) - N


CASES = [
    *pair(
        F,
        "hidden-pole-at-N-4",
        why="(N - 4)/(N - 4) is undefined at N = 4: the rewrite silently assumes N != 4",
        false=dict(
            after=lambda: (N - 4) * S(x[n]) / (N * (N - 4)),
            conditions=("N != 4",),
            witness=Witness({N: 4, x: X(1, 2, 3, 4)}),
        ),
        true=dict(
            after=lambda: (N + 4) * S(x[n]) / (N * (N + 4)),
            conditions=("N + 4 != 0",),
        ),
        symbols=(N, x),
        before=lambda: S(x[n]) / N,
    ),
    *pair(
        F,
        "cancelled-difference-of-squares-at-N-4",
        why="(N^2 - 16)/(N - 4) is undefined at N = 4; dividing by N + 4 is safe",
        false=dict(
            before=lambda: (N**2 - 16) / (N - 4),
            after=lambda: N + 4,
            conditions=("N != 4",),
            witness=Witness({N: 4}),
        ),
        true=dict(
            before=lambda: (N**2 - 16) / (N + 4),
            after=lambda: N - 4,
            conditions=("N + 4 != 0",),
        ),
        symbols=(N,),
    ),
    *pair(
        F,
        "one-part-in-10-to-the-12",
        why="a coefficient 1 + 10^-12 is not 1",
        false=dict(
            after=lambda: (1 + EPS) * S(x[n]) / N,
            witness=Witness({N: 1, x: X(1)}),
        ),
        true=dict(after=lambda: (10**12 + 1) * S(x[n]) / (N * (10**12 + 1))),
        symbols=(N, x),
        before=lambda: S(x[n]) / N,
    ),
    *pair(
        F,
        "cos-2-pi-r-for-real-r",
        why="cos(2 pi r) = 1 for integers only; r = 1/2 gives -1",
        false=dict(symbols=(r,), before=lambda: sp.cos(2 * sp.pi * r), witness=Witness({r: 0.5})),
        true=dict(symbols=(k,), before=lambda: sp.cos(2 * sp.pi * k)),
        after=lambda: sp.Integer(1),
    ),
    *pair(
        F,
        "cos-2-pi-N-with-N-declared-real",
        why="N declared a positive real is not a sample size: N = 1/2 gives cos(pi) = -1",
        false=dict(
            symbols=(Nr,),
            before=lambda: sp.cos(2 * sp.pi * Nr),
            witness=Witness({Nr: sp.Rational(1, 2)}),
        ),
        true=dict(symbols=(N,), before=lambda: sp.cos(2 * sp.pi * N)),
        after=lambda: sp.Integer(1),
    ),
    *pair(
        F,
        "sin-pi-r-for-positive-real-r",
        why="sin(pi r) = 0 for integers only: r = 1/2 gives 1",
        false=dict(
            symbols=(rp,),
            before=lambda: sp.sin(sp.pi * rp),
            witness=Witness({rp: sp.Rational(1, 2)}),
        ),
        true=dict(symbols=(N,), before=lambda: sp.sin(sp.pi * N)),
        after=lambda: sp.Integer(0),
    ),
    *pair(
        F,
        "minus-one-to-an-even-power",
        why="(-1)^(2r) = exp(2 pi i r) is 1 for integers r only",
        false=dict(
            symbols=(r,),
            before=lambda: (-1) ** (2 * r),
            witness=Witness({r: sp.Rational(1, 4)}),
        ),
        true=dict(symbols=(k,), before=lambda: (-1) ** (2 * k)),
        after=lambda: sp.Integer(1),
    ),
    *pair(
        F,
        "floor-of-a-real",
        why="floor(r) = r for integers only",
        false=dict(
            symbols=(r,), before=lambda: sp.floor(r), after=lambda: r, witness=Witness({r: 0.5})
        ),
        true=dict(symbols=(k,), before=lambda: sp.floor(k), after=lambda: k),
    ),
    *pair(
        F,
        "wrong-only-at-N-4",
        why="a Kronecker delta at N = 4 changes nothing at N = 1, 2, 3, 5",
        false=dict(
            after=lambda: N * mu * (1 + sp.KroneckerDelta(N, 4)),
            witness=Witness({N: 4, mu: 1}),
            expect_refuted=True,
        ),
        true=dict(after=lambda: N * mu * (1 + sp.KroneckerDelta(N, -4))),
        symbols=(N, mu),
        before=lambda: S(mu),
    ),
    *pair(
        F,
        "wrong-only-at-N-7-among-1-to-8",
        why="(N-1)(N-2)(N-3)(N-4)(N-5)(N-6)(N-8) vanishes at every size up to 8 but 7",
        false=dict(
            after=lambda: (
                N * mu + mu * (N - 1) * (N - 2) * (N - 3) * (N - 4) * (N - 5) * (N - 6) * (N - 8)
            ),
            witness=Witness({N: 7, mu: 1}),
            expect_refuted=True,
        ),
        true=dict(
            after=lambda: (
                N * mu
                + mu * (N - 1) * (N - 2) * (N - 3) * (N - 4) * (N - 5) * (N - 6) * count_minus_N()
            ),
        ),
        symbols=(N, mu),
        before=lambda: S(mu),
    ),
    *pair(
        F,
        "wrong-only-at-N-4-among-1-2-3-5",
        why="(N-1)(N-2)(N-3)(N-5) vanishes at N = 1, 2, 3, 5 and nowhere else up to 8",
        false=dict(
            after=lambda: N * mu + (N - 1) * (N - 2) * (N - 3) * (N - 5) * mu,
            witness=Witness({N: 4, mu: 1}),
            expect_refuted=True,
        ),
        true=dict(
            after=lambda: N * mu + (N - 1) * (N - 2) * (N - 3) * (N - 5) * count_minus_N() * mu,
        ),
        symbols=(N, mu),
        before=lambda: S(mu),
    ),
    *pair(
        F,
        "factorial-fitted-at-1-2-3-5",
        why="a cubic through N! at N = 1, 2, 3, 5 gives 149/4 at N = 4, not 24",
        false=dict(after=lambda: FACTORIAL_FIT, witness=Witness({N: 4}), expect_refuted=True),
        true=dict(after=lambda: sp.gamma(N + 1)),
        symbols=(N,),
        before=lambda: sp.factorial(N),
    ),
    *pair(
        F,
        "min-of-N-and-6",
        why="min(N, 6) = N only for N <= 6; max(N, 1) = N for every size",
        false=dict(
            before=lambda: sp.Min(N, 6) * mu, witness=Witness({N: 7, mu: 1}), expect_refuted=True
        ),
        true=dict(before=lambda: sp.Max(N, 1) * mu),
        symbols=(N, mu),
        after=lambda: N * mu,
    ),
    *pair(
        F,
        "huge-terms-cancel",
        why="(10^40 + s) - 10^40 = s, not 0: thirty digits cannot see s",
        false=dict(after=lambda: sp.Integer(0), witness=Witness({sigma2: 1})),
        true=dict(after=lambda: sigma2),
        symbols=(sigma2,),
        before=lambda: (BIG + sigma2) - BIG,
    ),
    *pair(
        F,
        "tiny-offset",
        why="s + 10^-40 is not s",
        false=dict(
            before=lambda: sigma2 + 1 / BIG,
            after=lambda: sigma2,
            witness=Witness({sigma2: 1}),
        ),
        true=dict(before=lambda: sigma2 * (1 + 1 / BIG), after=lambda: sigma2 + sigma2 / BIG),
        symbols=(sigma2,),
    ),
    *pair(
        F,
        "float-coefficient",
        why="a float 1 + 1e-12 is not 1; 0.25 * 4 is",
        false=dict(after=lambda: sigma2 * (1 + sp.Float("1e-12")), witness=Witness({sigma2: 1})),
        true=dict(after=lambda: sigma2 * (sp.Float("0.25") * 4)),
        symbols=(sigma2,),
        before=lambda: sigma2,
    ),
    *pair(
        F,
        "logistic-saturated",
        why="1/(1 + exp(-1000 s)) differs from 1 by about exp(-1000 s): below 1e-18 for s > 0.05",
        false=dict(after=lambda: sp.Integer(1), witness=Witness({sigma2: sp.Rational(1, 100)})),
        true=dict(after=lambda: sp.exp(1000 * sigma2) / (sp.exp(1000 * sigma2) + 1)),
        symbols=(sigma2,),
        before=lambda: 1 / (1 + sp.exp(-1000 * sigma2)),
    ),
    *pair(
        F,
        "floor-of-a-small-ratio",
        why="floor(s/1000) = 0 only for s < 1000",
        false=dict(
            before=lambda: sp.floor(sigma2 / 1000),
            after=lambda: sp.Integer(0),
            witness=Witness({sigma2: 2000}),
        ),
        true=dict(
            before=lambda: sp.floor(sigma2 / 1000 + N),
            after=lambda: sp.floor(sigma2 / 1000) + N,
        ),
        symbols=(sigma2, N),
    ),
    *pair(
        F,
        "absolute-value-far-from-the-draws",
        why="|mu - 50| = 50 - mu only for mu <= 50",
        false=dict(
            before=lambda: sp.Abs(mu - 50),
            after=lambda: 50 - mu,
            witness=Witness({mu: 60}),
        ),
        true=dict(before=lambda: sp.sqrt((mu - 50) ** 2), after=lambda: sp.Abs(mu - 50)),
        symbols=(mu,),
    ),
    *pair(
        F,
        "one-lost-next-to-a-huge-exponential",
        why="exp(1000 s) + 1 is not exp(1000 s): the 1 is below 30 digits of it",
        false=dict(
            before=lambda: sp.exp(1000 * sigma2) + 1,
            after=lambda: sp.exp(1000 * sigma2),
            witness=Witness({sigma2: sp.Rational(1, 1000)}),
        ),
        true=dict(
            before=lambda: sp.exp(1000 * sigma2) * (1 + sp.exp(-1000 * sigma2)),
            after=lambda: sp.exp(1000 * sigma2) + 1,
        ),
        symbols=(sigma2,),
    ),
]
