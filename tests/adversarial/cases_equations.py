"""Equations: steps that gain or lose solutions.

Multiplying or dividing by what can vanish, squaring both sides (``=>`` is
true, ``<=>`` is not), cancelling a common factor, dropping a root, adding a
term that is undefined somewhere, and functions that are not injective on the
declared domain. The unknown is passed as ``params["unknown"]``. Lines that
sympy simplifies while it builds them (``y**2/y`` is ``y``) are the
dangerous ones: the evaluated lines agree, the written ones do not.
"""

from __future__ import annotations

import sympy as sp

from derivations.symbols import N, mu, n, sigma2, x

from ._support import Witness, pair

F = "equations"

y, c, t = sp.symbols("y c t", real=True)
yp, cp, tp = sp.symbols("y c t", positive=True)
ynz, cnz, tnz = sp.symbols("y c t", real=True, nonzero=True)
p = sp.Symbol("p", positive=True)
yz, cz = sp.symbols("y c")  # complex


_y = sp.IndexedBase("y", real=True)
_D = sp.Symbol("D", positive=True)
_beta = sp.Symbol("beta", real=True)


def _ols_rhs():
    def s(e):
        return sp.Sum(e, (n, 1, N))

    return N * s(x[n] * _y[n]) - s(x[n]) * s(_y[n])


def U(v):
    return {"unknown": v}


CASES = [
    *pair(
        F,
        "divide-by-what-may-vanish",
        why="t y = t c => y = c fails at t = 0",
        false=dict(
            symbols=(y, c, t),
            before=lambda: sp.Eq(t * y, t * c),
            after=lambda: sp.Eq(y, c),
            rule="divide-both-sides",
            params={"divisor": t, "unknown": y},
            witness=Witness({t: 0, y: 1, c: 2}),
        ),
        true=dict(
            symbols=(y, c, tp),
            before=lambda: sp.Eq(tp * y, tp * c),
            after=lambda: sp.Eq(y, c),
            rule="divide-both-sides",
            params={"divisor": tp, "unknown": y},
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "cancelled-while-building",
        why="y = 0 <=> y^2/y = 0 is false at y = 0, where y^2/y is undefined",
        false=dict(
            symbols=(y,),
            before=lambda: sp.Eq(y, 0),
            after=lambda: sp.Eq(y**2 / y, 0),
            relation="<=>",
            params=U(y),
            conditions=("y != 0",),
            witness=Witness({y: 0}),
        ),
        true=dict(
            symbols=(y,),
            before=lambda: sp.Eq(y, 1),
            after=lambda: sp.Eq(y**2 / y, 1),
            relation="<=>",
            params=U(y),
            conditions=("y != 0",),
        ),
    ),
    *pair(
        F,
        "squaring-both-sides",
        why="y = c => y^2 = c^2, not <=>: y = 1, c = -1",
        false=dict(relation="<=>", witness=Witness({y: 1, c: -1})),
        true=dict(relation="=>"),
        symbols=(y, c),
        before=lambda: sp.Eq(y, c),
        after=lambda: sp.Eq(y**2, c**2),
        params=U(y),
    ),
    *pair(
        F,
        "square-root-of-both-sides",
        why="y^2 = 4 <=> y = 2 only for y > 0: y = -2",
        false=dict(
            symbols=(y,),
            before=lambda: sp.Eq(y**2, 4),
            after=lambda: sp.Eq(y, 2),
            params=U(y),
            witness=Witness({y: -2}),
        ),
        true=dict(
            symbols=(yp,),
            before=lambda: sp.Eq(yp**2, 4),
            after=lambda: sp.Eq(yp, 2),
            params=U(yp),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "dividing-by-the-unknown",
        why="y (y - 1) = 0 has the root y = 0 that y - 1 = 0 drops",
        false=dict(
            symbols=(y,),
            before=lambda: sp.Eq(y * (y - 1), 0),
            after=lambda: sp.Eq(y - 1, 0),
            witness=Witness({y: 0}),
        ),
        true=dict(
            symbols=(y, sigma2),
            before=lambda: sp.Eq(sigma2 * (y - 1), 0),
            after=lambda: sp.Eq(y - 1, 0),
        ),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "cancelling-the-unknown",
        why="y^2 = y <=> y = 1 loses y = 0",
        false=dict(after=lambda: sp.Eq(y, 1), witness=Witness({y: 0})),
        true=dict(after=lambda: sp.Eq(y * (y - 1), 0)),
        symbols=(y,),
        before=lambda: sp.Eq(y**2, y),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "multiplying-is-only-an-implication",
        why="y = c => t y = t c for every t; <=> fails at t = 0",
        false=dict(relation="<=>", witness=Witness({t: 0, y: 1, c: 2})),
        true=dict(relation="=>"),
        symbols=(y, c, t),
        before=lambda: sp.Eq(y, c),
        after=lambda: sp.Eq(t * y, t * c),
        rule="multiply-both-sides",
        params={"factor": t, "unknown": y},
    ),
    *pair(
        F,
        "adding-an-undefined-term",
        why="y + 1/y - 1/y is undefined at y = 0, so y = 0 is no solution of the written line",
        false=dict(
            before=lambda: sp.Eq(y, 0),
            after=lambda: sp.Eq(y + 1 / y - 1 / y, 0),
            witness=Witness({y: 0}),
        ),
        true=dict(before=lambda: sp.Eq(y, 1), after=lambda: sp.Eq(y + 1 / y - 1 / y, 1)),
        symbols=(y,),
        relation="<=>",
        params=U(y),
        conditions=("y != 0",),
    ),
    *pair(
        F,
        "adding-a-log-on-both-sides",
        why="log y is undefined at y = 0: y = c = 0 solves the first line only",
        false=dict(
            symbols=(y, c),
            before=lambda: sp.Eq(y, c),
            after=lambda: sp.Eq(y + sp.log(y), c + sp.log(y)),
            params=U(y),
            witness=Witness({y: 0, c: 0}),
        ),
        true=dict(
            symbols=(yp, c),
            before=lambda: sp.Eq(yp, c),
            after=lambda: sp.Eq(yp + sp.log(yp), c + sp.log(yp)),
            params=U(yp),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "exp-is-not-injective-on-complex",
        why="exp(y) = exp(c) for y = 2 pi i, c = 0; it is exp(y - c) = 1",
        false=dict(
            symbols=(yz, cz),
            before=lambda: sp.Eq(sp.exp(yz), sp.exp(cz)),
            after=lambda: sp.Eq(yz, cz),
            params=U(yz),
            witness=Witness({yz: 2 * sp.pi * sp.I, cz: 0}),
        ),
        true=dict(
            symbols=(y, c),
            before=lambda: sp.Eq(sp.exp(y), sp.exp(c)),
            after=lambda: sp.Eq(sp.exp(y - c), 1),
            params=U(y),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "equal-squares",
        why="y^2 = c^2 for y = 1, c = -1",
        false=dict(
            symbols=(y, c),
            before=lambda: sp.Eq(y**2, c**2),
            after=lambda: sp.Eq(y, c),
            params=U(y),
            witness=Witness({y: 1, c: -1}),
        ),
        true=dict(
            symbols=(yp, cp),
            before=lambda: sp.Eq(yp**2, cp**2),
            after=lambda: sp.Eq(yp, cp),
            params=U(yp),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "equal-logs-of-squares",
        why="log(y^2) = log(c^2) for y = 1, c = -1, where log y = 0 and log c = i pi",
        false=dict(
            symbols=(ynz, cnz),
            before=lambda: sp.Eq(sp.log(ynz**2), sp.log(cnz**2)),
            after=lambda: sp.Eq(sp.log(ynz), sp.log(cnz)),
            params=U(ynz),
            witness=Witness({ynz: 1, cnz: -1}),
        ),
        true=dict(
            symbols=(yp, cp),
            before=lambda: sp.Eq(sp.log(yp**2), sp.log(cp**2)),
            after=lambda: sp.Eq(sp.log(yp), sp.log(cp)),
            params=U(yp),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "t-over-t-in-an-equation",
        why="y t / t = c is undefined at t = 0, where y = c may hold",
        false=dict(
            symbols=(y, c, t),
            before=lambda: sp.Eq(y * t / t, c),
            after=lambda: sp.Eq(y, c),
            conditions=("t != 0",),
            witness=Witness({t: 0, y: 1, c: 1}),
        ),
        true=dict(
            symbols=(y, c, tnz),
            before=lambda: sp.Eq(y * tnz / tnz, c),
            after=lambda: sp.Eq(y, c),
            conditions=("t != 0",),
        ),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "extraneous-root",
        why="y/(y-1) = 1/(y-1) has no solution; clearing the denominator gives y = 1",
        false=dict(
            symbols=(y,),
            before=lambda: sp.Eq(y / (y - 1), 1 / (y - 1)),
            after=lambda: sp.Eq(y, 1),
            params=U(y),
            conditions=("y - 1 != 0",),
            witness=Witness({y: 1}),
        ),
        true=dict(
            symbols=(yp,),
            before=lambda: sp.Eq(yp / (yp + 1), 2 / (yp + 1)),
            after=lambda: sp.Eq(yp, 2),
            params=U(yp),
            conditions=("y + 1 != 0",),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "cancelling-a-common-factor",
        why="(t^2 - 1)/(t - 1) is undefined at t = 1, where t + 1 = 2",
        false=dict(
            symbols=(t,),
            before=lambda: (t**2 - 1) / (t - 1),
            after=lambda: t + 1,
            conditions=("t - 1 != 0",),
            witness=Witness({t: 1}),
        ),
        true=dict(
            symbols=(tp,),
            before=lambda: (tp**2 - 1) / (tp + 1),
            after=lambda: tp - 1,
            conditions=("t + 1 != 0",),
        ),
    ),
    *pair(
        F,
        "multiplying-by-N-minus-4",
        why="mu = c <=> (N - 4) mu = (N - 4) c fails at N = 4",
        false=dict(
            after=lambda: sp.Eq((N - 4) * mu, (N - 4) * c),
            params={"factor": N - 4, "unknown": mu},
            witness=Witness({N: 4, mu: 1, c: 2}),
            expect_refuted=True,
        ),
        true=dict(
            after=lambda: sp.Eq((N + 4) * mu, (N + 4) * c),
            params={"factor": N + 4, "unknown": mu},
        ),
        symbols=(N, mu, c),
        before=lambda: sp.Eq(mu, c),
        relation="<=>",
        rule="multiply-both-sides",
    ),
    *pair(
        F,
        "dropping-a-root-of-a-quadratic",
        why="y^2 - 3y + 2 = 0 also holds at y = 2; y = 1 => the quadratic is true",
        false=dict(
            before=lambda: sp.Eq(y**2 - 3 * y + 2, 0),
            after=lambda: sp.Eq(y, 1),
            relation="<=>",
            witness=Witness({y: 2}),
        ),
        true=dict(
            before=lambda: sp.Eq(y, 1),
            after=lambda: sp.Eq(y**2 - 3 * y + 2, 0),
            relation="=>",
        ),
        symbols=(y,),
        params=U(y),
    ),
    *pair(
        F,
        "dividing-by-an-absolute-value",
        why="y |t| = c |t| holds for every y, c at t = 0",
        false=dict(
            symbols=(y, c, t),
            before=lambda: sp.Eq(y * sp.Abs(t), c * sp.Abs(t)),
            witness=Witness({t: 0, y: 1, c: 2}),
        ),
        true=dict(
            symbols=(y, c, tnz),
            before=lambda: sp.Eq(y * sp.Abs(tnz), c * sp.Abs(tnz)),
        ),
        after=lambda: sp.Eq(y, c),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "taking-reciprocals",
        why="1/y = 1/c is undefined at y = c = 0, where y = c holds",
        false=dict(
            symbols=(y, c),
            before=lambda: sp.Eq(1 / y, 1 / c),
            after=lambda: sp.Eq(y, c),
            params=U(y),
            conditions=("y != 0",),
            witness=Witness({y: 0, c: 0}),
        ),
        true=dict(
            symbols=(ynz, cnz),
            before=lambda: sp.Eq(1 / ynz, 1 / cnz),
            after=lambda: sp.Eq(ynz, cnz),
            params=U(ynz),
            conditions=("y != 0",),
        ),
        relation="<=>",
    ),
    *pair(
        F,
        "dividing-by-sigma2-minus-1",
        why="y (s - 1) = c (s - 1) holds for every y, c at s = 1 (s = sigma^2 > 0)",
        false=dict(
            before=lambda: sp.Eq(y * (sigma2 - 1), c * (sigma2 - 1)),
            witness=Witness({sigma2: 1, y: 1, c: 2}),
        ),
        true=dict(before=lambda: sp.Eq(y * (sigma2 + 1), c * (sigma2 + 1))),
        symbols=(y, c, sigma2),
        after=lambda: sp.Eq(y, c),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "dividing-by-the-other-side",
        why="y c = c <=> y = 1 fails at c = 0 (every y solves the first line)",
        false=dict(
            symbols=(y, c),
            before=lambda: sp.Eq(y * c, c),
            witness=Witness({c: 0, y: 2}),
        ),
        true=dict(symbols=(y, sigma2), before=lambda: sp.Eq(y * sigma2, sigma2)),
        after=lambda: sp.Eq(y, 1),
        relation="<=>",
        params=U(y),
    ),
    *pair(
        F,
        "root-at-the-open-end-of-the-domain",
        why=(
            "beta D = N sum x y - sum x sum y with D > 0: at N = 1 the right side is 0, and "
            "solving for D lands on D = 1e-37, the excluded end of D > 0 (rounding, not a "
            "point of the domain); dividing by D there is no counterexample. Halving is false"
        ),
        false=dict(
            symbols=(N, x, _y, _D, _beta),
            before=lambda: sp.Eq(_beta * _D, _ols_rhs()),
            after=lambda: sp.Eq(_beta, _ols_rhs() / (2 * _D)),
            rule="divide-both-sides",
            params={"divisor": _D},
            witness=Witness({N: 2, x: {1: 0, 2: 1}, _y: {1: 0, 2: 1}, _D: 1, _beta: 1}),
        ),
        true=dict(
            symbols=(N, x, _y, _D, _beta),
            before=lambda: sp.Eq(_beta * _D, _ols_rhs()),
            after=lambda: sp.Eq(_beta, _ols_rhs() / _D),
            rule="divide-both-sides",
            params={"divisor": _D},
        ),
        relation="<=>",
    ),
]
