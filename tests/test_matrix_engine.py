"""Matrix steps in the engine: concrete matrices, matrix derivatives, the matrix normal form.

- the numeric check evaluates matrix lines with concrete random matrices for
  d = 1..4 (positive definite where declared), at 30 digits;
- a derivative by a matrix is taken numerically by the evaluator and
  symbolically by the engine's own rules - never by sympy, whose answer for
  d log|Sigma| / dSigma (0, NOTES.md) is refuted when written as a step;
- the matrix normal form knows the trace trick, cyclic traces, transposes,
  inverses, determinants, sums of matrices and symmetry;
- matrix equation steps find roots in a matrix unknown.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp

import derivations
from derivations import Assumption, Derivation, Step
from derivations.engine import check_step
from derivations.engine._domains import Domains
from derivations.engine._evaluate import evaluate
from derivations.engine._matrix_eval import Mat
from derivations.engine._matrix_expr import ArgMax, MatrixSum, Scalar, VectorSamples
from derivations.engine._matrix_normal import gradient, matrix_normal
from derivations.engine._matrix_sampling import DIMENSION_SCHEDULE, is_positive_definite
from derivations.engine._normal import is_zero
from derivations.engine._sampling import Context
from derivations.symbols import N, n

d = sp.Symbol("d", integer=True, positive=True)
Sigma = sp.MatrixSymbol("Sigma", d, d)
A = sp.MatrixSymbol("A", d, d)
mu = sp.MatrixSymbol("mu", d, 1)
x = VectorSamples("x", d)
M, T, Inv = sp.MatMul, sp.Transpose, sp.Inverse

ASSUMPTIONS = [
    Assumption(N, "N"),
    Assumption(d, "d"),
    Assumption(x.label, "samples"),
    Assumption(Sigma, "the covariance", domain=r"\Sigma \succ 0"),
    Assumption(A, "a general matrix"),
    Assumption(mu, "a vector"),
]
DOMAINS = Domains({Sigma: ASSUMPTIONS[3].domain})


def one_step(prev, cur, rule="algebra", relation="=", params=None) -> Derivation:
    return Derivation(
        "matrix-engine-test",
        "a matrix step",
        ASSUMPTIONS,
        [Step(prev, "definition", "start"), Step(cur, rule, relation, params=params or {})],
    )


def check(prev, cur, rule="algebra", relation="=", params=None):
    return check_step(one_step(prev, cur, rule, relation, params), 1)


def quadratic(u: sp.Basic) -> Scalar:
    c = sp.MatAdd(u, M(-1, mu))
    return Scalar(M(T(c), Inv(Sigma), c))


# --------------------------------------------------------------------------- the sympy log-det


def test_sympys_log_det_derivative_is_refuted_as_a_step():
    """NOTES.md: sympy 1.14 answers d log|Sigma| / dSigma = 0 (true: Sigma^{-T})."""
    line = sp.Derivative(sp.log(sp.Determinant(Sigma)), Sigma)
    sympys = sp.diff(sp.log(sp.Determinant(Sigma)), Sigma)
    assert sympys.is_ZeroMatrix  # the wrong answer this test is about
    r = check(line, sympys, "algebra")
    assert r.verdict == "refuted", r.reason
    assert r.counterexample is not None and "Sigma" in r.counterexample
    # and for a concrete 3 x 3 matrix, as NOTES.md measured it
    S3 = sp.MatrixSymbol("S", 3, 3)
    assert sp.diff(sp.log(sp.Determinant(S3)), S3).is_ZeroMatrix


def test_the_true_log_det_derivative_is_proved():
    line = sp.Derivative(sp.log(sp.Determinant(Sigma)), Sigma)
    r = check(line, Inv(T(Sigma)), "log-det-derivative")
    assert r.verdict == "proved", r.reason
    # symbolic check alone: the engine's own derivative, not sympy's
    _, value, _ = matrix_normal(sp.Add(line, M(-1, Inv(T(Sigma))), evaluate=False), DOMAINS)
    assert is_zero(value) is True


def test_gradients_by_the_engines_rules():
    c = sp.MatAdd(x[n], M(-1, mu))
    ll = sp.Sum(sp.Mul(sp.Rational(-1, 2), quadratic(x[n])), (n, 1, N))
    g = gradient(ll, mu, DOMAINS)
    expected = M(Inv(Sigma), MatrixSum(c, (n, 1, N)))
    assert _equal(g, expected)
    g_sigma = gradient(sp.log(sp.Determinant(Sigma)), Sigma, DOMAINS)
    assert _equal(g_sigma, Inv(Sigma))  # Sigma^{-T} = Sigma^{-1}: Sigma is symmetric
    g_a = gradient(sp.Trace(M(Inv(A), Sigma)), A, DOMAINS)
    assert _equal(g_a, M(-1, Inv(T(A)), Sigma, Inv(T(A))))


def _equal(a, b) -> bool:
    sa, va, _ = matrix_normal(a, DOMAINS)
    sb, vb, _ = matrix_normal(b, DOMAINS)
    return sa == sb and is_zero(sp.expand(va - vb)) is True


# --------------------------------------------------------------------------- points


def test_points_cover_dimensions_1_to_4_with_positive_definite_sigma():
    line = sp.Trace(M(Inv(Sigma), A))
    ctx = Context([line, mu], np.random.default_rng(0), domains=DOMAINS)
    dims = [pt.sizes[d] for pt in ctx.points]
    assert set(dims) == set(DIMENSION_SCHEDULE) == {1, 2, 3, 4}
    for pt in ctx.points:
        s, a = pt.matrix("Sigma"), pt.matrix("A")
        assert s.shape == (pt.sizes[d],) * 2 and is_positive_definite(s)
        assert a.shape == s.shape
        assert pt.matrix("mu").shape == (pt.sizes[d], 1)


def test_vector_samples_are_drawn_lazily_and_reproducibly():
    ctx = Context([sp.Sum(quadratic(x[n]), (n, 1, N))], np.random.default_rng(0), domains=DOMAINS)
    pt = ctx.points[3]
    v = pt.vector(x.label, 2, pt.sizes[d])
    assert v is pt.vector(x.label, 2, pt.sizes[d])
    again = Context([sp.Sum(quadratic(x[n]), (n, 1, N))], np.random.default_rng(0), domains=DOMAINS)
    assert again.points[3].vector(x.label, 2, pt.sizes[d]).tolist() == v.tolist()
    described = pt.describe()
    assert len(described["x"]) == pt.sizes[N] and len(described["x"][0]) == pt.sizes[d]


def test_matrix_values_agree_with_numpy():
    rng = np.random.default_rng(3)
    a = rng.normal(size=(4, 4)) + 4 * np.eye(4)
    m = Mat([[mpmath.mpf(float(v)) for v in r] for r in a])
    with mpmath.workdps(30):
        inv = np.array([[float(v) for v in r] for r in m.inverse().data])
        assert np.allclose(inv, np.linalg.inv(a))
        assert float(m.det()) == pytest.approx(np.linalg.det(a))
        assert float(m.trace()) == pytest.approx(np.trace(a))
        prod = np.array([[float(v) for v in r] for r in m.matmul(m.transpose()).data])
        assert np.allclose(prod, a @ a.T)


def test_evaluator_takes_a_matrix_derivative_numerically():
    env = _Env({"Sigma": _spd(3)})
    value = evaluate(sp.Derivative(sp.log(sp.Determinant(Sigma)), Sigma), env, 30)
    with mpmath.workdps(30):
        expected = env.matrix("Sigma").inverse().transpose()
        assert abs(value - expected) < mpmath.mpf(10) ** -25


class _Env(dict):
    def __init__(self, matrices):
        super().__init__({d: sp.Integer(3)})
        self.matrices = matrices

    def matrix(self, name):
        return self.matrices[name]


def _spd(k: int) -> Mat:
    b = np.random.default_rng(k).normal(size=(k, k))
    a = b @ b.T + np.eye(k)
    return Mat([[mpmath.mpf(float(a[min(i, j), max(i, j)])) for j in range(k)] for i in range(k)])


# --------------------------------------------------------------------------- steps


@pytest.mark.parametrize(
    "prev, cur",
    [
        # the trace trick and cyclic traces
        (Scalar(M(T(mu), Inv(Sigma), mu)), sp.Trace(M(Inv(Sigma), mu, T(mu)))),
        # (A B)^T = B^T A^T and (A^{-1})^T = (A^T)^{-1}
        (T(M(A, Sigma)), M(Sigma, T(A))),
        (T(Inv(Sigma)), Inv(T(Sigma))),
        # log|A^{-1}| = -log|A| for a positive definite A
        (sp.log(sp.Determinant(Inv(Sigma))), sp.Mul(-1, sp.log(sp.Determinant(Sigma)))),
        # sum of outer products, pulled through a trace
        (
            sp.Sum(quadratic(x[n]), (n, 1, N)),
            sp.Trace(
                M(
                    Inv(Sigma),
                    MatrixSum(
                        M(sp.MatAdd(x[n], M(-1, mu)), T(sp.MatAdd(x[n], M(-1, mu)))), (n, 1, N)
                    ),
                )
            ),
        ),
    ],
)
def test_matrix_identities_are_proved(prev, cur):
    r = check(prev, cur, "algebra")
    assert r.verdict == "proved", r.reason


@pytest.mark.parametrize(
    "prev, cur",
    [
        (Scalar(M(T(mu), A, mu)), sp.Trace(M(mu, T(mu), T(A), T(A)))),
        (T(M(A, Sigma)), M(T(A), Sigma)),  # the order of a transposed product
        (sp.Trace(M(A, Sigma, Inv(A))), sp.Trace(M(Sigma, Sigma))),
        (sp.log(sp.Determinant(Inv(Sigma))), sp.log(sp.Determinant(Sigma))),
    ],
)
def test_false_matrix_identities_are_refuted(prev, cur):
    r = check(prev, cur, "algebra")
    assert r.verdict == "refuted", r.reason
    assert r.counterexample is not None


def test_a_false_matrix_equation_step_is_refuted():
    c = sp.MatAdd(x[n], M(-1, mu))
    prev = sp.Eq(0, M(Inv(Sigma), MatrixSum(c, (n, 1, N))), evaluate=False)
    good = sp.Eq(mu, M(1 / N, MatrixSum(x[n], (n, 1, N))), evaluate=False)
    bad = sp.Eq(mu, M(1 / (N + 1), MatrixSum(x[n], (n, 1, N))), evaluate=False)
    assert check(prev, good, "algebra", "<=>", {"unknown": mu}).verdict == "proved"
    r = check(prev, bad, "algebra", "<=>", {"unknown": mu})
    assert r.verdict == "refuted" and r.counterexample is not None


def test_argmax_of_an_increasing_transform():
    s2 = sp.Symbol("s", positive=True)
    obj = sp.Product(sp.exp(sp.Mul(sp.Rational(-1, 2), quadratic(x[n]))), (n, 1, N))
    prev = ArgMax(obj, mu)
    good = ArgMax(sp.log(obj), mu)
    r = check(prev, good, "argmax-log")
    assert r.verdict == "proved", r.reason
    assert "alike" in r.numeric.detail
    # an objective that is not an increasing function of the other has no numeric support
    bad = ArgMax(sp.Mul(-1, sp.log(obj)), mu)
    assert check(prev, bad, "argmax-log").verdict in ("rule-mismatch", "unchecked")
    assert s2.is_positive  # (a scalar symbol is not needed here)


def test_scalar_lines_are_untouched_by_the_matrix_machinery():
    from derivations.engine._matrix_expr import has_matrices

    post = derivations.load("gaussian-mle")
    assert not any(has_matrices(s.expr) for s in post.steps)
