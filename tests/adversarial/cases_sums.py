"""Sums and indices: bounds, several sizes, empty and reversed ranges, bound indices.

``K``, ``M`` and ``N`` are positive integers that vary independently: a claim
that holds only when ``K = N`` is false. Every false claim here is false under
both conventions for a range whose upper limit is below the lower one (sympy's
Karr convention and "empty sums are 0"), and every true twin is true under
both: ``sum_{n=K+1}^{K} = 0`` (an empty range, hi = lo - 1) is the only fact
about empty ranges the twins rely on.

The ``bare-index`` cases add a premise that mentions the sample ``x[n]``
outside any sum; the summation index ``n`` is then a free symbol elsewhere in
the derivation, which must change nothing about the sums under test.
"""

from __future__ import annotations

import sympy as sp

from derivations.symbols import N, mu, n, x

from ._support import Witness, pair

F = "sums"

K = sp.Symbol("K", integer=True, positive=True)
M = sp.Symbol("M", integer=True, positive=True)
y = sp.IndexedBase("y", real=True)
yp = sp.IndexedBase("y", positive=True)
lam = sp.Symbol("lambda", positive=True)


def S(f, lo=1, hi=N):
    return sp.Sum(f, (n, lo, hi))


def X(*vals):
    """Samples x[1], x[2], ... (x[0] too, for shifted indices)."""
    return {i: v for i, v in enumerate((0, *vals))}


def bare():
    # A premise with the sample x[n] outside any sum: n is free in the derivation.
    return [sp.Eq(x[n] - mu, x[n] - mu)]


CASES = [
    *pair(
        F,
        "split-with-overlap",
        why="splitting at K counts x_K twice; K + 1 starts the second part",
        false=dict(
            symbols=(N, K, x),
            before=lambda: S(x[n]),
            after=lambda: S(x[n], 1, K) + S(x[n], K, N),
            witness=Witness({N: 1, K: 1, x: X(1)}),
        ),
        true=dict(
            symbols=(K, M, x),
            before=lambda: S(x[n], 1, K + M),
            after=lambda: S(x[n], 1, K) + S(x[n], K + 1, K + M),
        ),
    ),
    *pair(
        F,
        "constant-over-another-size",
        why="sum_{n=1}^{K} mu = K mu, which is N mu only when K = N",
        false=dict(after=lambda: N * mu, witness=Witness({K: 1, N: 2, mu: 1})),
        true=dict(after=lambda: K * mu),
        symbols=(N, K, mu),
        before=lambda: S(mu, 1, K),
        rule="sum-of-constant",
    ),
    *pair(
        F,
        "mean-over-another-size",
        why="the mean of the first K samples is not the mean of the first N",
        false=dict(
            symbols=(N, K, x),
            after=lambda: S(x[n], 1, K) / K,
            witness=Witness({N: 2, K: 1, x: X(1, 3)}),
        ),
        true=dict(symbols=(N, x), after=lambda: S(x[n] / N)),
        before=lambda: S(x[n]) / N,
    ),
    *pair(
        F,
        "one-term-is-not-empty",
        why="sum_{n=N}^{N} x_n is the single term x_N",
        false=dict(after=lambda: sp.Integer(0), witness=Witness({N: 1, x: X(1)})),
        true=dict(after=lambda: x[N]),
        symbols=(N, x),
        before=lambda: S(x[n], N, N),
    ),
    *pair(
        F,
        "empty-range",
        why="sum_{n=K+1}^{K} is empty: 0 under every convention",
        false=dict(after=lambda: x[K + 1], witness=Witness({K: 1, x: X(0, 1)})),
        true=dict(after=lambda: sp.Integer(0)),
        symbols=(K, x),
        before=lambda: S(x[n], K + 1, K),
    ),
    *pair(
        F,
        "reversed-range",
        why=(
            "sum_{n=K+2}^{K} x_n is 0 (empty) or -x_{K+1} (Karr), never x_{K+1}; "
            "either way S (S + x_{K+1}) = 0"
        ),
        false=dict(
            before=lambda: S(x[n], K + 2, K),
            after=lambda: x[K + 1],
            witness=Witness({K: 1, x: X(0, 1)}),
        ),
        true=dict(
            before=lambda: S(x[n], K + 2, K) * (S(x[n], K + 2, K) + x[K + 1]),
            after=lambda: sp.Integer(0),
        ),
        symbols=(K, x),
    ),
    *pair(
        F,
        "index-dependent-factor-out-of-sum",
        why="mu^n depends on the index and cannot leave the sum; mu^N can",
        false=dict(before=lambda: S(x[n] * mu**n), witness=Witness({N: 2, mu: 2, x: X(1, 1)})),
        true=dict(before=lambda: S(x[n] * mu**N)),
        symbols=(N, x, mu),
        after=lambda: mu**N * S(x[n]),
        rule="constant-out-of-sum",
    ),
    *pair(
        F,
        "sum-of-products",
        why="the sum of products is not the product of sums",
        false=dict(
            before=lambda: S(x[n] * y[n]),
            after=lambda: S(x[n]) * S(y[n]),
            witness=Witness({N: 2, x: X(1, 1), y: X(1, 1)}),
        ),
        true=dict(
            before=lambda: S(x[n] * y[n] + x[n]),
            after=lambda: S(x[n] * y[n]) + S(x[n]),
            rule="sum-split",
        ),
        symbols=(N, x, y),
    ),
    *pair(
        F,
        "sum-of-squares",
        why="sum x_n^2 is not (sum x_n)^2",
        false=dict(
            before=lambda: S(x[n] ** 2),
            after=lambda: S(x[n]) ** 2,
            witness=Witness({N: 2, x: X(1, 1)}),
        ),
        true=dict(
            before=lambda: S((x[n] + mu) ** 2),
            after=lambda: S(x[n] ** 2) + 2 * mu * S(x[n]) + N * mu**2,
        ),
        symbols=(N, x, mu),
    ),
    *pair(
        F,
        "log-of-a-sum",
        why="log of a sum is not the sum of logs; log of a product is",
        false=dict(
            symbols=(N, yp),
            before=lambda: sp.log(S(yp[n])),
            after=lambda: S(sp.log(yp[n])),
            witness=Witness({N: 2, yp: X(1, 1)}),
        ),
        true=dict(
            symbols=(N, yp, lam),
            before=lambda: S(sp.log(lam * yp[n])),
            after=lambda: N * sp.log(lam) + S(sp.log(yp[n])),
        ),
    ),
    *pair(
        F,
        "log-of-a-product",
        why="log prod = sum log for positive factors only: x = (-1, -1) gives 0 vs 2 pi i",
        false=dict(
            symbols=(N, x),
            before=lambda: sp.log(sp.Product(x[n], (n, 1, N))),
            after=lambda: S(sp.log(x[n])),
            witness=Witness({N: 2, x: X(-1, -1)}),
        ),
        true=dict(
            symbols=(N, yp),
            before=lambda: sp.log(sp.Product(yp[n], (n, 1, N))),
            after=lambda: S(sp.log(yp[n])),
        ),
    ),
    *pair(
        F,
        "shifted-index",
        why="n -> n - 1 moves both limits up by one: 2..N+1, not 2..N",
        false=dict(before=lambda: S(x[n - 1], 2, N), witness=Witness({N: 1, x: X(1)})),
        true=dict(before=lambda: S(x[n - 1], 2, N + 1)),
        symbols=(N, x),
        after=lambda: S(x[n]),
    ),
    *pair(
        F,
        "constant-over-an-offset-range",
        why="K..N+K has N + 1 terms",
        false=dict(after=lambda: N * mu, witness=Witness({N: 1, K: 1, mu: 1})),
        true=dict(after=lambda: (N + 1) * mu),
        symbols=(N, K, mu),
        before=lambda: S(mu, K, N + K),
    ),
    *pair(
        F,
        "sum-of-the-index",
        why="1 + ... + N = N (N + 1)/2",
        false=dict(after=lambda: N**2 / 2, witness=Witness({N: 1})),
        true=dict(after=lambda: N * (N + 1) / 2),
        symbols=(N,),
        before=lambda: S(n),
    ),
    *pair(
        F,
        "sum-of-cubes",
        why="1^3 + ... + N^3 = (N (N + 1)/2)^2",
        false=dict(after=lambda: N**2 * (N + 1) / 2, witness=Witness({N: 2})),
        true=dict(after=lambda: (N * (N + 1) / 2) ** 2),
        symbols=(N,),
        before=lambda: S(n**3),
    ),
    *pair(
        F,
        "constant-term-counted-once",
        why="sum (x_n - mu) = sum x_n - N mu",
        false=dict(after=lambda: S(x[n]) - mu, witness=Witness({N: 2, mu: 1, x: X(0, 0)})),
        true=dict(after=lambda: S(x[n]) - N * mu),
        symbols=(N, x, mu),
        before=lambda: S(x[n] - mu),
    ),
    *pair(
        F,
        "variance-shortcut-at-any-mu",
        why="sum (x_n - mu)^2 = sum x_n^2 - N mu^2 only when mu is the sample mean",
        false=dict(
            after=lambda: S(x[n] ** 2) - N * mu**2,
            witness=Witness({N: 1, mu: 1, x: X(0)}),
        ),
        true=dict(after=lambda: S(x[n] ** 2) - 2 * mu * S(x[n]) + N * mu**2),
        symbols=(N, x, mu),
        before=lambda: S((x[n] - mu) ** 2),
    ),
    *pair(
        F,
        "ratio-cancelled-inside-a-sum",
        why="x_n / x_n is undefined where a sample is 0",
        false=dict(
            symbols=(N, x),
            before=lambda: S(x[n] / x[n]),
            witness=Witness({N: 1, x: X(0)}),
        ),
        true=dict(symbols=(N, yp), before=lambda: S(yp[n] / yp[n])),
        after=lambda: N,
    ),
    *pair(
        F,
        "count-of-a-range-as-an-absolute-value",
        why=(
            "sum_{n=K}^{N} mu is (N - K + 1) mu (Karr) or 0 (empty) when K > N + 1, "
            "never |N - K + 1| mu; K..K+M has M + 1 terms under every convention"
        ),
        false=dict(
            symbols=(N, K, mu),
            before=lambda: S(mu, K, N),
            after=lambda: sp.Abs(N - K + 1) * mu,
            witness=Witness({K: 3, N: 1, mu: 1}),
        ),
        true=dict(
            symbols=(K, M, mu),
            before=lambda: S(mu, K, K + M),
            after=lambda: (M + 1) * mu,
        ),
    ),
    *pair(
        F,
        "fixed-upper-limit",
        why=(
            "sum_{n=N}^{5} 1 is 6 - N up to N = 6; for N = 7 it is -1 (Karr) or 0 (empty), "
            "never |6 - N| = 1"
        ),
        false=dict(
            before=lambda: S(sp.Integer(1), N, 5),
            after=lambda: sp.Abs(6 - N),
            witness=Witness({N: 7}),
            expect_refuted=True,
        ),
        true=dict(before=lambda: S(sp.Integer(1), N, N + 5), after=lambda: sp.Integer(6)),
        symbols=(N,),
    ),
    *pair(
        F,
        "bare-index-sum-of-constant",
        why="sum_{n=1}^{N} mu = N mu, whatever else mentions x[n]",
        false=dict(after=lambda: (N - 1) * mu, witness=Witness({N: 1, mu: 1})),
        true=dict(after=lambda: N * mu),
        symbols=(N, n, x, mu),
        prefix=bare,
        before=lambda: S(mu),
    ),
    *pair(
        F,
        "bare-index-sum-of-the-index",
        why="sum_{n=1}^{N} n = N (N + 1)/2, whatever else mentions x[n]",
        false=dict(after=lambda: N**2 / 2, witness=Witness({N: 1})),
        true=dict(after=lambda: N * (N + 1) / 2),
        symbols=(N, n, x, mu),
        prefix=bare,
        before=lambda: S(n),
    ),
    *pair(
        F,
        "bare-index-constant-term",
        why="sum (x_n - mu) = sum x_n - N mu, whatever else mentions x[n]",
        false=dict(after=lambda: S(x[n]) - mu, witness=Witness({N: 2, mu: 1, x: X(0, 0)})),
        true=dict(after=lambda: S(x[n]) - N * mu),
        symbols=(N, n, x, mu),
        prefix=bare,
        before=lambda: S(x[n] - mu),
    ),
    *pair(
        F,
        "bare-index-two-sizes",
        why="sum_{n=1}^{K} mu = K mu, not N mu, whatever else mentions x[n]",
        false=dict(after=lambda: N * mu, witness=Witness({K: 1, N: 2, mu: 1})),
        true=dict(after=lambda: K * mu),
        symbols=(N, K, n, x, mu),
        prefix=bare,
        before=lambda: S(mu, 1, K),
    ),
]
