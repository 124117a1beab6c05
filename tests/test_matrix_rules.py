"""Every matrix and likelihood rule: a correct application is proved, a wrong one is caught.

The same properties as ``tests/test_rules.py`` (whose coverage test counts these
cases): each case is a premise and one step; the correct line is ``proved``
(rule, symbolic and numeric checks pass, side conditions discharged), a wrong
line is ``refuted`` or ``rule-mismatch``, and the correct line under another
rule is a ``rule-mismatch``. Matrices have the symbolic size ``d``; ``Sigma`` is
declared positive definite, ``A`` and ``B`` are general matrices.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine import check_step
from derivations.engine._matrix_expr import ArgMax, MatrixSum, Scalar, VectorSamples
from derivations.symbols import N, n
from derivations.symbols import x as xs

d = sp.Symbol("d", integer=True, positive=True)
Sigma = sp.MatrixSymbol("Sigma", d, d)
A = sp.MatrixSymbol("A", d, d)
B = sp.MatrixSymbol("B", d, d)
mu = sp.MatrixSymbol("mu", d, 1)
nu = sp.MatrixSymbol("nu", d, 1)
x = VectorSamples("x", d)
c = sp.Symbol("c", positive=True)
t = sp.Symbol("t", real=True)

ASSUMPTIONS = [
    Assumption(N, "N"),
    Assumption(d, "d"),
    Assumption(x.label, "vector samples"),
    Assumption(xs, "scalar samples"),
    Assumption(c, "c > 0"),
    Assumption(t, "t real"),
    Assumption(Sigma, "Sigma", domain=r"\Sigma \succ 0"),
    Assumption(A, "A"),
    Assumption(B, "B"),
    Assumption(mu, "mu"),
    Assumption(nu, "nu"),
]


def derivation(prev, cur, rule, relation="=", params=None) -> Derivation:
    return Derivation(
        name="tiny-matrix",
        title="one matrix step",
        assumptions=ASSUMPTIONS,
        steps=[Step(prev, "definition", "start"), Step(cur, rule, relation, params=params or {})],
    )


def check(prev, cur, rule, relation="=", params=None):
    return check_step(derivation(prev, cur, rule, relation, params), 1)


def Msum(body: sp.Basic) -> MatrixSum:  # noqa: N802
    return MatrixSum(body, (n, 1, N))


def Ssum(body: sp.Basic) -> sp.Sum:  # noqa: N802
    return sp.Sum(body, (n, 1, N))


def D(f: sp.Basic, v: sp.Basic) -> sp.Derivative:  # noqa: N802
    return sp.Derivative(f, v)


M, T, Inv = sp.MatMul, sp.Transpose, sp.Inverse


def centred() -> sp.Basic:
    return sp.MatAdd(nu, M(-1, mu))


@dataclasses.dataclass(frozen=True)
class Case:
    rule: str | tuple[str, ...]
    prev: sp.Basic
    good: sp.Basic
    bad: sp.Basic
    other: str
    relation: str = "="
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.rule if isinstance(self.rule, str) else "+".join(self.rule)


def _cases() -> list[Case]:
    u = centred()
    xn = x[n]
    half = sp.Rational(1, 2)
    return [
        Case(
            "trace-of-scalar",
            Scalar(M(T(mu), A, nu)),
            sp.Trace(M(T(mu), A, nu)),
            sp.Trace(M(T(nu), A, mu)),
            "trace-cyclic",
        ),
        Case(
            "trace-cyclic",
            sp.Trace(M(A, B, Sigma)),
            sp.Trace(M(B, Sigma, A)),
            sp.Trace(M(B, A, Sigma)),
            "trace-of-scalar",
        ),
        Case(
            "trace-of-sum",
            Ssum(sp.Trace(M(A, xn, T(xn)))),
            sp.Trace(M(A, Msum(M(xn, T(xn))))),
            sp.Trace(M(N, A, Msum(M(xn, T(xn))))),
            "matrix-constant-out-of-sum",
        ),
        Case(
            "log-det-inverse",
            sp.log(sp.Determinant(Inv(Sigma))),
            sp.Mul(-1, sp.log(sp.Determinant(Sigma)), evaluate=False),
            sp.log(sp.Determinant(Sigma)),
            "log-of-product",
        ),
        Case(
            "quadratic-form-derivative",
            D(Scalar(M(T(u), A, u)), mu),
            M(-1, sp.MatAdd(A, T(A)), u),
            M(-1, M(2, A), u),
            "log-det-derivative",
        ),
        Case(
            "log-det-derivative",
            D(sp.log(sp.Determinant(Sigma)), Sigma),
            Inv(T(Sigma)),
            # sympy 1.14's own answer (NOTES.md): d log|Sigma| / dSigma = 0
            sp.diff(sp.log(sp.Determinant(Sigma)), Sigma),
            "trace-linear-derivative",
        ),
        Case(
            "trace-inverse-derivative",
            D(sp.Trace(M(Inv(Sigma), A)), Sigma),
            M(-1, Inv(T(Sigma)), T(A), Inv(T(Sigma))),
            M(-1, Inv(Sigma), A, Inv(Sigma)),
            "trace-linear-derivative",
        ),
        Case(
            "trace-linear-derivative",
            D(sp.Trace(M(Sigma, A)), Sigma),
            T(A),
            A,
            "trace-inverse-derivative",
        ),
        Case(
            "symmetric",
            M(T(Sigma), A),
            M(Sigma, A),
            M(Sigma, T(A)),
            "matrix-arithmetic",
        ),
        Case(
            "matrix-sum-split",
            Msum(sp.MatAdd(xn, M(-1, mu))),
            sp.MatAdd(Msum(xn), M(-1, Msum(mu))),
            sp.MatAdd(Msum(xn), Msum(mu)),
            "matrix-sum-of-constant",
        ),
        Case(
            "matrix-constant-out-of-sum",
            Msum(M(A, xn)),
            M(A, Msum(xn)),
            M(N, A, Msum(xn)),
            "matrix-sum-split",
        ),
        Case(
            "matrix-sum-of-constant",
            Msum(mu),
            M(N, mu),
            M(N - 1, mu),
            "matrix-sum-split",
        ),
        Case(
            "matrix-arithmetic",
            M(2, A, M(half, Sigma, Inv(Sigma), B)),
            M(A, B),
            M(2, A, B),
            "symmetric",
        ),
        Case(
            "matrix-multiply-both-sides",
            sp.Eq(0, M(Inv(Sigma), u), evaluate=False),
            sp.Eq(0, u, evaluate=False),
            sp.Eq(0, sp.MatAdd(nu, mu), evaluate=False),
            "matrix-scale-both-sides",
            "<=>",
            {"left": Sigma, "factor": 2},
        ),
        Case(
            "matrix-add-both-sides",
            sp.Eq(0, sp.MatAdd(nu, M(-N, mu)), evaluate=False),
            sp.Eq(M(N, mu), nu, evaluate=False),
            sp.Eq(M(N, mu), M(-1, nu), evaluate=False),
            "matrix-scale-both-sides",
            "<=>",
            {"term": M(N, mu), "factor": 2},
        ),
        Case(
            "matrix-scale-both-sides",
            sp.Eq(M(N, mu), nu, evaluate=False),
            sp.Eq(mu, M(1 / N, nu), evaluate=False),
            sp.Eq(mu, M(N, nu), evaluate=False),
            "matrix-multiply-both-sides",
            "<=>",
            {"factor": 1 / N, "left": Sigma},
        ),
        Case(
            "determinant-of-scaled-identity",
            sp.log(sp.Determinant(M(c, sp.Identity(d)))),
            sp.log(sp.Pow(c, d, evaluate=False), evaluate=False),
            sp.log(sp.Pow(c, d - 1, evaluate=False), evaluate=False),
            "inverse-of-scaled-identity",
        ),
        Case(
            "inverse-of-scaled-identity",
            M(Inv(M(c, sp.Identity(d))), mu),
            M(M(sp.Pow(c, -1, evaluate=False), sp.Identity(d)), mu),
            M(M(c, sp.Identity(d)), mu),
            "determinant-of-scaled-identity",
        ),
        Case(
            "log-of-product",
            sp.log(sp.Product(sp.Mul(c, sp.exp(xs[n]), evaluate=False), (n, 1, N))),
            Ssum(sp.log(sp.Mul(c, sp.exp(xs[n]), evaluate=False), evaluate=False)),
            sp.Mul(N, Ssum(sp.log(sp.Mul(c, sp.exp(xs[n]), evaluate=False), evaluate=False))),
            "log-product",
        ),
        Case(
            "argmax-log",
            ArgMax(sp.exp(-((t - c) ** 2), evaluate=False), t),
            ArgMax(sp.log(sp.exp(-((t - c) ** 2), evaluate=False), evaluate=False), t),
            ArgMax(sp.log(sp.exp(-((t - 2 * c) ** 2), evaluate=False), evaluate=False), t),
            "log-of-product",
        ),
    ]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c_: c_.id)
def test_correct_application_is_proved(case):
    r = check(case.prev, case.good, case.rule, case.relation, case.params)
    assert r.verdict == "proved", r.reason
    assert (r.rule_check.status, r.symbolic.status, r.numeric.status) == ("pass", "pass", "pass")
    assert all(s.discharged for s in r.side_conditions), r.side_conditions


@pytest.mark.parametrize("case", CASES, ids=lambda c_: c_.id)
def test_wrong_application_fails(case):
    r = check(case.prev, case.bad, case.rule, case.relation, case.params)
    assert r.verdict in ("refuted", "rule-mismatch"), (r.verdict, r.reason)
    assert r.rule_check.status == "fail"
    if r.verdict == "refuted":
        assert r.counterexample is not None


@pytest.mark.parametrize("case", CASES, ids=lambda c_: c_.id)
def test_equal_line_under_another_rule_is_a_rule_mismatch(case):
    r = check(case.prev, case.good, case.other, case.relation, case.params)
    assert r.verdict == "rule-mismatch", (r.verdict, r.reason)
    assert r.symbolic.status == "pass" and r.numeric.status == "pass"


def test_symmetry_of_an_undeclared_matrix_is_refuted():
    # A^T = A holds for a symmetric A only; A is a general matrix here.
    r = check(M(T(A), B), M(A, B), "symmetric")
    assert r.verdict == "refuted"
    assert any(s.condition == "A symmetric" and not s.discharged for s in r.side_conditions)


def test_log_det_derivative_needs_a_positive_determinant():
    # d/dA log|A| = A^{-T} is stated for |A| > 0; for a general A the condition stays open
    # (log|A| is not real where |A| < 0).
    r = check(D(sp.log(sp.Determinant(A)), A), Inv(T(A)), "log-det-derivative")
    assert r.verdict != "proved"
    conditions = [s.condition for s in r.open_obligations]
    assert "Determinant(A) > 0" in conditions  # the rule's own
    assert "Determinant(A.T) != 0" in conditions  # A^{-T} exists: the written line's domain


def test_a_symmetric_rewrite_inside_a_derivative_is_never_proved():
    # At a symmetric Sigma, tr(Sigma^T A) = tr(Sigma A), but their derivatives by Sigma
    # are A and A^T with entries varying independently, and agree under the symmetric
    # convention textbooks use: the gradients differ only in their antisymmetric part,
    # which the symmetry leaves undetermined. Never proved, never a counterexample
    # (a correct textbook row would be refuted); the reason says why.
    r = check(D(sp.Trace(M(T(Sigma), A)), Sigma), D(sp.Trace(M(Sigma, A)), Sigma), "symmetric")
    assert r.verdict == "unchecked"
    assert "antisymmetric part" in r.reason
    # a rewrite that changes the symmetric part too is still refuted
    r = check(D(sp.Trace(M(T(Sigma), A)), Sigma), D(2 * sp.Trace(M(Sigma, A)), Sigma), "symmetric")
    assert r.verdict in ("refuted", "rule-mismatch")


def test_the_iid_row_with_a_positive_density_is_proved():
    """The post's row log p(X|theta) = sum_n log p(x_n|theta), with p a positive density."""
    p = sp.Function("p", positive=True)
    prev = sp.log(sp.Product(p(xs[n]), (n, 1, N)), evaluate=False)
    cur = Ssum(sp.log(p(xs[n]), evaluate=False))
    r = check(prev, cur, "log-of-product")
    assert r.verdict == "proved", r.reason
    # an arbitrary function of unknown sign: the condition stays open
    q = sp.Function("q")
    r = check(sp.log(sp.Product(q(xs[n]), (n, 1, N))), Ssum(sp.log(q(xs[n]))), "log-of-product")
    assert r.verdict != "proved"
    assert any(not s.discharged for s in r.side_conditions)


def test_the_argmax_row_with_a_positive_function_is_proved():
    f = sp.Function("f", positive=True)
    line = sp.Eq(ArgMax(sp.log(f(t)), t), ArgMax(f(t), t), evaluate=False)
    d_ = Derivation(
        "argmax-row",
        "argmax log f = argmax f",
        ASSUMPTIONS,
        [Step(line, "identity", "start", params={"rule": "argmax-log"})],
    )
    assert check_step(d_, 0).verdict == "proved"
