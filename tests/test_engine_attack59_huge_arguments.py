"""The evaluator refuses an elementary function at an argument of astronomical size instead
of computing it (hostile set of attack59).

``f(x | \\mu) = e^{(x - \\mu)^{1000000}}``: each number the reader puts in makes an exponent
of about 1.3^{10^6}, a number of 10^5 digits, and ``mpmath.exp`` of it computes ln 2 to that
many bits, minutes per value. The family identification of a density evaluates the formula
at numbers while the post is built, before any step's budget: the post took 140 s alone and
226 s under a 5 s post budget at bf263d2. Such a value is no number any check can use; the
evaluator raises TooExpensive, which every caller takes as "not evaluable".
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from derivations._budget import time_limit
from derivations.engine._evaluate import TooExpensive, evaluate

x = sp.Symbol("x")
HUGE = mpmath.mpf("2.5") ** 1000000  # the hostile post's exponent at x - mu = 2.5


@pytest.mark.parametrize(
    "expr",
    [
        sp.exp(x),
        sp.exp(-x),
        sp.sinh(x),
        sp.cosh(x),
        sp.sin(x),
        sp.E ** (x / 7),
        # log Gamma(e^{(x - mu)^9}) at numbers, found after the first fix: Gamma of a number
        # of 10^5 bits took minutes (mpmath's log at as many bits)
        sp.gamma(x),
        sp.loggamma(x),
        sp.factorial(x),
        sp.binomial(x, 3),
    ],
)
def test_an_astronomical_argument_is_too_expensive(expr):
    with time_limit(20), pytest.raises(TooExpensive):
        evaluate(expr, {x: HUGE})


@pytest.mark.parametrize(
    ("expr", "value"),
    [(sp.exp(x), 1e6), (sp.exp(-x), 1e300), (sp.sin(x), 1e12), (sp.Pow(x, 1000000), 1.3)],
)
def test_large_but_computable_arguments_still_evaluate(expr, value):
    got = evaluate(expr, {x: mpmath.mpf(value)})
    assert got == evaluate(expr, {x: mpmath.mpf(value)}, dps=40) or mpmath.almosteq(
        got, evaluate(expr, {x: mpmath.mpf(value)}, dps=40), rel_eps=1e-25
    )
