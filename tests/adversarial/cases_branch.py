"""Branch cuts and powers: identities that hold for positive reals only.

sympy's principal branches: ``log`` has its cut on the negative axis
(``log(-1) = i pi``), ``z**c = exp(c log z)``, ``sqrt(-1) = i``,
``(-8)**(1/3) = 1 + sqrt(3) i``. Each false claim is the positive-real
identity used where a declared symbol may be negative, zero or complex; its
twin is the same identity where it holds, or the correct form for the wider
domain.
"""

from __future__ import annotations

import sympy as sp

from ._support import Witness, pair

F = "branch"
R3 = sp.Rational(1, 3)
HALF = sp.Rational(1, 2)

t = sp.Symbol("t", real=True)
tp = sp.Symbol("t", positive=True)
tn = sp.Symbol("t", negative=True)
tnz = sp.Symbol("t", real=True, nonzero=True)
a, b, c = sp.symbols("a b c", real=True)
ap, bp = sp.symbols("a b", positive=True)
an, bn = sp.symbols("a b", negative=True)
z = sp.Symbol("z")  # nothing declared: complex
zr = sp.Symbol("z", real=True)


def _abs_kink() -> bool:
    """|t| has no derivative at 0: the one-sided difference quotients are +1 and -1."""
    h = sp.Symbol("h", positive=True)
    right = sp.limit((sp.Abs(h) - 0) / h, h, 0)
    left = sp.limit((sp.Abs(-h) - 0) / (-h), h, 0)
    return right != left  # while sign(0) = 0 is a value: the claim gives a number


CASES = [
    *pair(
        F,
        "log-product-of-negatives",
        why="log(ab) = log a + log b needs a, b > 0; for a = b = -1: 0 vs 2 pi i",
        false=dict(
            symbols=(an, bn),
            before=lambda: sp.log(an * bn),
            after=lambda: sp.log(an) + sp.log(bn),
            rule="log-product",
            witness=Witness({an: -1, bn: -1}),
        ),
        true=dict(
            symbols=(an, bn),
            before=lambda: sp.log(an * bn),
            after=lambda: sp.log(-an) + sp.log(-bn),
        ),
    ),
    *pair(
        F,
        "sqrt-of-square",
        why="sqrt(t^2) = |t| for real t, not t",
        false=dict(
            symbols=(t,),
            before=lambda: sp.sqrt(t**2),
            after=lambda: t,
            witness=Witness({t: -1}),
        ),
        true=dict(symbols=(t,), before=lambda: sp.sqrt(t**2), after=lambda: sp.Abs(t)),
    ),
    *pair(
        F,
        "power-of-power",
        why="(t^b)^c = t^(bc) needs t > 0: ((-1)^2)^(1/2) = 1, (-1)^1 = -1",
        false=dict(
            symbols=(t, b, c),
            before=lambda: (t**b) ** c,
            after=lambda: t ** (b * c),
            witness=Witness({t: -1, b: 2, c: HALF}),
        ),
        true=dict(symbols=(tp, b, c), before=lambda: (tp**b) ** c, after=lambda: tp ** (b * c)),
    ),
    *pair(
        F,
        "exp-of-log",
        why="exp(log t) = t only where log t is defined: not at t = 0",
        false=dict(
            symbols=(t,),
            before=lambda: sp.exp(sp.log(t)),
            after=lambda: t,
            conditions=("t != 0",),
            witness=Witness({t: 0}),
        ),
        true=dict(
            symbols=(tp,),
            before=lambda: sp.exp(sp.log(tp)),
            after=lambda: tp,
            conditions=("t != 0",),
        ),
    ),
    *pair(
        F,
        "log-of-exp-complex",
        why="log(exp z) = z needs -pi < Im z <= pi; z = 4i gives (4 - 2 pi) i",
        false=dict(
            symbols=(z,),
            before=lambda: sp.log(sp.exp(z)),
            after=lambda: z,
            rule="log-of-exp",
            witness=Witness({z: 4 * sp.I}),
        ),
        true=dict(
            symbols=(zr,),
            before=lambda: sp.log(sp.exp(zr)),
            after=lambda: zr,
            rule="log-of-exp",
        ),
    ),
    *pair(
        F,
        "log-of-exp-imaginary",
        why="log(exp(i t)) = i t only for -pi < t <= pi; exp(log u) = u always (u != 0)",
        false=dict(
            symbols=(t,),
            before=lambda: sp.log(sp.exp(sp.I * t)),
            after=lambda: sp.I * t,
            witness=Witness({t: 4}),
        ),
        true=dict(
            symbols=(t,),
            before=lambda: sp.exp(sp.log(sp.exp(sp.I * t))),
            after=lambda: sp.exp(sp.I * t),
        ),
    ),
    *pair(
        F,
        "cube-root-of-negative",
        why="the principal cube root of -8 is 1 + sqrt(3) i, not -2",
        false=dict(
            symbols=(tn,),
            before=lambda: tn**R3,
            after=lambda: -((-tn) ** R3),
            witness=Witness({tn: -8}),
        ),
        true=dict(
            symbols=(tn,),
            before=lambda: tn**R3,
            after=lambda: (-1) ** R3 * (-tn) ** R3,
        ),
    ),
    *pair(
        F,
        "cube-root-of-cube",
        why="(t^3)^(1/3) = t needs t >= 0; (t^(1/3))^3 = t for every t",
        false=dict(
            symbols=(t,),
            before=lambda: (t**3) ** R3,
            after=lambda: t,
            witness=Witness({t: -1}),
        ),
        true=dict(symbols=(t,), before=lambda: (t**R3) ** 3, after=lambda: t),
    ),
    *pair(
        F,
        "three-halves-power-of-square",
        why="(t^2)^(3/2) = |t|^3, not t^3",
        false=dict(
            symbols=(t,),
            before=lambda: (t**2) ** sp.Rational(3, 2),
            after=lambda: t**3,
            witness=Witness({t: -1}),
        ),
        true=dict(
            symbols=(t,),
            before=lambda: (t**2) ** sp.Rational(3, 2),
            after=lambda: sp.Abs(t) ** 3,
        ),
    ),
    *pair(
        F,
        "derivative-of-abs",
        why="|t| has no derivative at t = 0, where sign(0) = 0 would give one",
        false=dict(
            symbols=(t,),
            before=lambda: sp.Derivative(sp.Abs(t), t),
            after=lambda: sp.sign(t),
            conditions=("t != 0",),
            witness=Witness(check=_abs_kink, note="t = 0: one-sided slopes +1 and -1"),
        ),
        true=dict(
            symbols=(tnz,),
            before=lambda: sp.Derivative(sp.Abs(tnz), tnz),
            after=lambda: sp.sign(tnz),
            conditions=("t != 0",),
        ),
    ),
    *pair(
        F,
        "log-of-square",
        why="log(t^2) = 2 log t needs t > 0; for t = -1: 0 vs 2 pi i",
        false=dict(
            symbols=(t,),
            before=lambda: sp.log(t**2),
            after=lambda: 2 * sp.log(t),
            rule="log-power",
            witness=Witness({t: -1}),
        ),
        true=dict(
            symbols=(tnz,),
            before=lambda: sp.log(tnz**2),
            after=lambda: 2 * sp.log(sp.Abs(tnz)),
        ),
    ),
    *pair(
        F,
        "sqrt-of-product",
        why="sqrt(ab) = sqrt(a) sqrt(b) needs a >= 0 or b >= 0; a = b = -1: 1 vs -1",
        false=dict(
            symbols=(a, b),
            before=lambda: sp.sqrt(a * b),
            after=lambda: sp.sqrt(a) * sp.sqrt(b),
            witness=Witness({a: -1, b: -1}),
        ),
        true=dict(
            symbols=(ap, b),
            before=lambda: sp.sqrt(ap * b),
            after=lambda: sp.sqrt(ap) * sp.sqrt(b),
        ),
    ),
    *pair(
        F,
        "sqrt-of-quotient",
        why="sqrt(a/b) = sqrt(a)/sqrt(b) fails for b < 0: a = 1, b = -1 gives i vs -i",
        false=dict(
            symbols=(a, tnz),
            before=lambda: sp.sqrt(a / tnz),
            after=lambda: sp.sqrt(a) / sp.sqrt(tnz),
            witness=Witness({a: 1, tnz: -1}),
        ),
        true=dict(
            symbols=(a, tp),
            before=lambda: sp.sqrt(a / tp),
            after=lambda: sp.sqrt(a) / sp.sqrt(tp),
        ),
    ),
    *pair(
        F,
        "power-of-product",
        why="(ab)^c = a^c b^c needs a, b > 0 for real c: a = b = -1, c = 1/2: 1 vs -1",
        false=dict(
            symbols=(a, b, c),
            before=lambda: (a * b) ** c,
            after=lambda: a**c * b**c,
            witness=Witness({a: -1, b: -1, c: HALF}),
        ),
        true=dict(
            symbols=(ap, bp, c),
            before=lambda: (ap * bp) ** c,
            after=lambda: ap**c * bp**c,
        ),
    ),
    *pair(
        F,
        "log-power-complex-exponent",
        why="log(t^z) = z log t needs a real exponent: t = e, z = 4i gives (4 - 2 pi) i",
        false=dict(
            symbols=(tp, z),
            before=lambda: sp.log(tp**z),
            after=lambda: z * sp.log(tp),
            rule="log-power",
            witness=Witness({tp: sp.E, z: 4 * sp.I}),
        ),
        true=dict(
            symbols=(tp, zr),
            before=lambda: sp.log(tp**zr),
            after=lambda: zr * sp.log(tp),
            rule="log-power",
        ),
    ),
    *pair(
        F,
        "asin-of-sin",
        why="asin(sin t) = t only for |t| <= pi/2: t = 3 gives pi - 3",
        false=dict(
            symbols=(t,),
            before=lambda: sp.asin(sp.sin(t)),
            after=lambda: t,
            witness=Witness({t: 3}),
        ),
        true=dict(symbols=(t,), before=lambda: sp.sin(sp.asin(t)), after=lambda: t),
    ),
    *pair(
        F,
        "atan-of-tan",
        why="atan(tan t) = t only for |t| < pi/2: t = 3 gives 3 - pi",
        false=dict(
            symbols=(t,),
            before=lambda: sp.atan(sp.tan(t)),
            after=lambda: t,
            witness=Witness({t: 3}),
        ),
        true=dict(symbols=(t,), before=lambda: sp.tan(sp.atan(t)), after=lambda: t),
    ),
    *pair(
        F,
        "log-of-reciprocal",
        why="log(1/t) = -log t fails on the cut: t = -1 gives i pi vs -i pi",
        false=dict(
            symbols=(t,),
            before=lambda: sp.log(1 / t),
            after=lambda: -sp.log(t),
            witness=Witness({t: -1}),
        ),
        true=dict(symbols=(tp,), before=lambda: sp.log(1 / tp), after=lambda: -sp.log(tp)),
    ),
    *pair(
        F,
        "abs-squared",
        why="|z|^2 = z^2 only for real z: z = i gives 1 vs -1",
        false=dict(
            symbols=(z,),
            before=lambda: sp.Abs(z) ** 2,
            after=lambda: z**2,
            witness=Witness({z: sp.I}),
        ),
        true=dict(symbols=(t,), before=lambda: sp.Abs(t) ** 2, after=lambda: t**2),
    ),
    *pair(
        F,
        "reciprocal-of-sqrt",
        why="1/sqrt(t) = sqrt(1/t) fails for t < 0: t = -1 gives -i vs i",
        false=dict(
            symbols=(tnz,),
            before=lambda: 1 / sp.sqrt(tnz),
            after=lambda: sp.sqrt(1 / tnz),
            witness=Witness({tnz: -1}),
        ),
        true=dict(symbols=(tp,), before=lambda: 1 / sp.sqrt(tp), after=lambda: sp.sqrt(1 / tp)),
    ),
    *pair(
        F,
        "log-of-fractional-power",
        why=(
            "log(t^k) = k log t for every t != 0 when -1 < k <= 1 (k = 1/2), "
            "but not for k = 3/2: t = -1 gives -i pi/2 vs 3 i pi/2"
        ),
        false=dict(
            symbols=(tnz,),
            before=lambda: sp.log(tnz ** sp.Rational(3, 2)),
            after=lambda: sp.Rational(3, 2) * sp.log(tnz),
            rule="log-power",
            witness=Witness({tnz: -1}),
        ),
        true=dict(
            symbols=(tnz,),
            before=lambda: sp.log(sp.sqrt(tnz)),
            after=lambda: sp.log(tnz) / 2,
            rule="log-power",
        ),
    ),
]
