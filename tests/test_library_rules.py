"""The rules and domain facts the library added: each applies where it holds and not elsewhere.

- ``log-gamma-derivative``: d/dv log Gamma(v) = digamma(v) for v > 0;
- ``observed-information`` and ``evaluate-at`` (start rules): a true line is
  proved, a wrong one refuted, a misuse a rule mismatch;
- domains: C(m, k) >= 1 on 0 <= k <= m; ``e != 0`` from ``r f`` with ``f != 0``
  known and ``r`` non-zero, and not from an unrelated fact.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains, implied
from derivations.rules import get
from derivations.symbols import N, n, x

a = sp.Symbol("a", positive=True)
t = sp.Symbol("t", real=True)
lam = sp.Symbol("lambda", positive=True)


def test_log_gamma_derivative_applies_only_to_log_gamma_of_the_variable():
    rule = get("log-gamma-derivative")
    out = rule.match(sp.Derivative(sp.log(sp.gamma(a)), a), {})
    assert out.new == sp.polygamma(0, a)
    assert out.conditions == (sp.StrictGreaterThan(a, 0, evaluate=False),)
    assert out.new == sp.diff(sp.log(sp.gamma(a)), a)
    assert rule.match(sp.Derivative(sp.log(sp.gamma(2 * a)), a), {}) is None  # chain rule's job
    assert rule.match(sp.Derivative(sp.gamma(a), a), {}) is None
    assert rule.match(sp.Derivative(sp.log(a), a), {}) is None


@pytest.mark.parametrize("v", [0.3, 1.0, 2.5, 17.0])
def test_log_gamma_derivative_numerically(v):
    import mpmath

    h = mpmath.mpf("1e-20")
    with mpmath.workdps(50):
        slope = (mpmath.loggamma(v + h) - mpmath.loggamma(v - h)) / (2 * h)
        assert abs(slope - mpmath.digamma(v)) < 1e-25


def _derivation(lines):
    S = sp.Sum(x[n], (n, 1, N))
    with sp.evaluate(False):
        score = sp.Add(sp.Mul(N, sp.Pow(lam, -1)), sp.Mul(-1, S))
        est = sp.Eq(lam, sp.Mul(N, sp.Pow(S, -1)))
    steps = [
        Step(score, "definition", "start"),
        Step(est, "definition", "start"),
        *lines(score, est, S),
    ]
    return Derivation(
        name="t",
        title="t",
        assumptions=[
            Assumption(N, "N"),
            Assumption(x, "x", domain="x_n > 0"),
            Assumption(lam, "lambda"),
        ],
        steps=steps,
    )


def _verdicts(d):
    return [r.verdict for r in d.check().steps[2:]]


def test_observed_information_and_evaluate_at_prove_a_true_line_and_refute_a_wrong_one():
    def lines(score, est, S):
        with sp.evaluate(False):
            return [
                Step(
                    sp.Mul(-1, sp.Derivative(score, lam)),
                    "observed-information",
                    "start",
                    params={"ref": 0, "wrt": lam},
                ),
                Step(sp.Mul(N, sp.Pow(lam, -2)), "algebra"),
                Step(
                    sp.Mul(N, sp.Pow(sp.Mul(N, sp.Pow(S, -1)), -2)),
                    "evaluate-at",
                    "start",
                    params={"ref": 3, "at": 1},
                ),
                # wrong: the sign of the information flipped
                Step(
                    sp.Mul(-1, sp.Derivative(score, lam)),
                    "observed-information",
                    "start",
                    params={"ref": 0, "wrt": lam},
                ),
                Step(sp.Mul(-1, N, sp.Pow(lam, -2)), "algebra"),
                # wrong: evaluated at another point
                Step(
                    sp.Mul(N, sp.Pow(sp.Mul(2, N, sp.Pow(S, -1)), -2)),
                    "evaluate-at",
                    "start",
                    params={"ref": 3, "at": 1},
                ),
            ]

    assert _verdicts(_derivation(lines)) == [
        "proved",
        "proved",
        "proved",
        "proved",
        "refuted",
        "refuted",
    ]


def test_evaluate_at_refuses_a_line_that_still_differentiates():
    def lines(score, est, S):
        with sp.evaluate(False):
            d = sp.Derivative(score, lam)
            return [
                Step(d, "differentiate", "start", params={"ref": 0, "wrt": lam}),
                Step(sp.Integer(0), "evaluate-at", "start", params={"ref": 2, "at": 1}),
            ]

    d = _derivation(lines)
    r = d.check().steps[3]
    assert r.verdict == "rule-mismatch" and "differentiates with respect to lambda" in r.reason


def test_binomial_coefficient_is_positive_only_on_its_support():
    m = sp.Symbol("m", integer=True, positive=True)
    on = Domains.of(_with(x, r"x_n \in \{0, 1, \ldots, m\}", m))
    off = Domains.of(_with(x, r"x_n \in \mathbb{N}", m))
    assert on.is_positive(sp.binomial(m, x[n])) is True
    assert off.is_positive(sp.binomial(m, x[n])) is None  # k may exceed m: C(m, k) = 0
    # 0 <= x_n <= m < m + 1: on the support of C(m + 1, .) too (the bound signs m + 1 - x_n)
    assert on.is_positive(sp.binomial(m + 1, x[n])) is True
    assert on.is_positive(sp.binomial(m - 1, x[n])) is None  # x_n = m: C(m - 1, m) = 0


def _with(sym, domain, m):
    return Derivation(
        name="t",
        title="t",
        assumptions=[Assumption(N, "N"), Assumption(m, "m"), Assumption(sym, "x", domain=domain)],
        steps=[Step(sym[n], "definition", "start")],
    )


def test_a_multiple_of_a_known_nonzero_is_nonzero_and_nothing_else_is():
    S = sp.Sum(x[n], (n, 1, N))
    d = Domains.of(_with(x, "x_n > 0", sp.Symbol("m", integer=True, positive=True)))
    known = [sp.Ne(1 - S / N, 0)]
    assert implied(sp.Ne(N - S, 0), known, multiples=True)  # N (1 - S/N), N > 0
    assert not implied(sp.Ne(N - S, 0), known)  # only when asked
    assert not implied(sp.Ne(N - 2 * S, 0), known, multiples=True, domains=d)
    assert not implied(sp.Ne(t * (N - S), 0), known, multiples=True, domains=d)  # t may be 0
    known = [sp.Ne(N - S, 0)]
    assert implied(sp.Ne(1 - N / S, 0), [sp.Ne(S - N, 0)], multiples=True, domains=d)  # r = 1/S
    assert not implied(sp.Ne(1 - N / S, 0), [sp.Ne(S - N, 0)], multiples=True)  # S > 0 unseen


def test_numeric_sanity_of_the_multiple_rule():
    # N - S and 1 - S/N vanish together for N > 0 at random points.
    rng = np.random.default_rng(0)
    for _ in range(20):
        Nv, Sv = rng.integers(1, 9), rng.integers(0, 9)
        assert (Nv - Sv == 0) == (1 - Sv / Nv == 0)
