"""The closed-form compiler: numpy agreement, weights, groups, blocks, grammar errors."""

from __future__ import annotations

import gc
import math
import sys

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations.symbols import N, mu, n, sigma2, x
from estimators import compile_sample_expr

S = lambda f: sp.Sum(f, (n, 1, N))  # noqa: E731
MEAN = S(x[n]) / N
VAR = S((x[n] - mu) ** 2) / N
LL = -N / 2 * sp.log(2 * sp.pi * sigma2) - S((x[n] - mu) ** 2) / (2 * sigma2)
RNG = np.random.default_rng(0)
X = RNG.lognormal(size=(1001, 3))


@pytest.mark.parametrize(
    ("expr", "reference"),
    [
        (MEAN, lambda X: X.mean(0)),
        (1 / MEAN, lambda X: 1 / X.mean(0)),  # exponential rate
        (S(sp.log(x[n])) / N, lambda X: np.log(X).mean(0)),  # log-normal mu
        (S(x[n] ** 2) / N - MEAN**2, lambda X: (X**2).mean(0) - X.mean(0) ** 2),
        (sp.sqrt(S(1 / x[n]) / N), lambda X: np.sqrt((1 / X).mean(0))),
        (N / S(sp.Abs(x[n] - 1)), lambda X: 1 / np.abs(X - 1).mean(0)),
        (
            S(sp.exp(-x[n]) * sp.cos(x[n])) + N * sp.pi,
            lambda X: (np.exp(-X) * np.cos(X)).sum(0) + len(X) * np.pi,
        ),
        (S(sp.loggamma(x[n] + 1)), lambda X: np.vectorize(math.lgamma)(X + 1).sum(0)),
        (S(x[n] ** sp.Rational(3, 2)) / S(x[n]), lambda X: (X**1.5).sum(0) / X.sum(0)),
        (S(2), lambda X: np.full(X.shape[1], 2.0 * len(X))),
    ],
)
def test_closed_forms_of_several_distributions_agree_with_numpy(expr, reference):
    np.testing.assert_allclose(compile_sample_expr(expr)(X), reference(X), rtol=1e-12)


def test_log_likelihood_matches_scipy():
    from scipy.stats import norm

    f = compile_sample_expr(LL, (mu, sigma2))
    m, v = np.array([0.5, 1.0, 2.0]), np.array([0.3, 2.0, 5.0])
    np.testing.assert_allclose(
        f(X, mu=m, sigma2=v), norm.logpdf(X, m, np.sqrt(v)).sum(0), rtol=1e-12
    )


def test_shapes_1d_2d_and_grouped():
    mean = compile_sample_expr(MEAN)
    assert mean(X[:, 0]).shape == ()
    assert mean(X).shape == (3,)
    g = np.arange(len(X)) % 4
    assert mean(X, groups=g).shape == (4, 3)
    with np.errstate(invalid="ignore"):  # groups 4 and 5 are empty
        assert mean(X[:, 0], groups=g, n_groups=6).shape == (6,)


def test_weights_make_a_weighted_mle():
    w = RNG.random(len(X))
    mean = compile_sample_expr(MEAN)(X, weights=w)
    np.testing.assert_allclose(mean, np.average(X, axis=0, weights=w), rtol=1e-12)
    var = compile_sample_expr(VAR, (mu,))(X, weights=w, mu=mean)
    np.testing.assert_allclose(var, np.average((X - mean) ** 2, axis=0, weights=w), rtol=1e-12)


def test_groups_reduce_per_group_and_gather_parameters():
    g = RNG.integers(0, 5, len(X))
    means = compile_sample_expr(MEAN)(X, groups=g, n_groups=5)
    var = compile_sample_expr(VAR, (mu,))(X, groups=g, n_groups=5, mu=means)
    for k in range(5):
        np.testing.assert_allclose(means[k], X[g == k].mean(0), rtol=1e-12)
        np.testing.assert_allclose(var[k], X[g == k].var(0), rtol=1e-12)


def test_empty_group_gives_the_formulas_zero_division():
    g = np.zeros(len(X), dtype=int)
    with np.errstate(invalid="ignore"):
        means = compile_sample_expr(MEAN)(X, groups=g, n_groups=2)
    np.testing.assert_allclose(means[0], X.mean(0), rtol=1e-12)
    assert np.isnan(means[1]).all()


def test_a_group_of_zero_weight_does_not_poison_the_others():
    g = np.arange(len(X)) % 3
    w = np.where(g == 1, 0.0, 1.0)
    with np.errstate(invalid="ignore"):
        means = compile_sample_expr(MEAN)(X, weights=w, groups=g, chunk_rows=100)
        var = compile_sample_expr(VAR, (mu,))(X, weights=w, groups=g, mu=means, chunk_rows=100)
    assert np.isnan(means[1]).all() and np.isnan(var[1]).all()  # 0/0: the formula's value
    for k in (0, 2):
        np.testing.assert_allclose(var[k], X[g == k].var(0), rtol=1e-12)


def test_float32_is_accumulated_in_float64():
    X32 = (RNG.normal(size=(100_000, 2)) + 1000).astype(np.float32)
    got = compile_sample_expr(MEAN)(X32)
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, X32.astype(np.float64).mean(0), rtol=1e-14)


@settings(max_examples=30, deadline=None)
@given(
    rows=st.integers(1, 300),
    chunk=st.integers(1, 400),
    seed=st.integers(0, 2**32 - 1),
    grouped=st.booleans(),
)
def test_result_does_not_depend_on_the_block_size(rows, chunk, seed, grouped):
    rng = np.random.default_rng(seed)
    data = rng.normal(size=(rows, 2)) * 10 + 3
    w = rng.random(rows)
    g = rng.integers(0, 3, rows) if grouped else None
    k = 3 if grouped else None
    f = compile_sample_expr(S((x[n] - mu) ** 2 * sp.exp(x[n] / 100)) / N + mu, (mu,))
    kwargs = dict(weights=w, groups=g, n_groups=k, mu=np.array([1.0, -2.0]))
    with np.errstate(invalid="ignore", divide="ignore"):
        whole = f(data, chunk_rows=rows, **kwargs)
        blocks = f(data, chunk_rows=chunk, **kwargs)
    np.testing.assert_allclose(blocks, whole, rtol=1e-12, atol=0)


def _python_calls(fn) -> int:
    """Python function calls made while ``fn`` runs, with the garbage collector held off.

    A collection that starts inside ``fn`` runs the finalizers and weakref callbacks of
    whatever unrelated garbage it frees, and each is a call: the count was 146 against 144
    in one CI run and equal on rerun. Collected first and paused during ``fn``, it counts
    ``fn``'s own calls only."""
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1

    gc.collect()
    gc.disable()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
        gc.enable()
    return calls


def test_no_python_work_per_sample():
    f = compile_sample_expr(LL, (mu, sigma2))
    # Both sizes are above the 64 Ki cells from which BLAS is kept single-threaded (a
    # constant number of calls into threadpoolctl), and each is one block.
    small, large = RNG.normal(size=(40_000, 2)), RNG.normal(size=(400_000, 2))

    def run(data):
        return lambda: f(data, chunk_rows=1_000_000, mu=0.0, sigma2=1.0)

    run(large)()  # warm caches (the shared vector of ones grows once)
    assert _python_calls(run(small)) == _python_calls(run(large))


def test_common_sub_sums_are_reduced_once():
    f = compile_sample_expr(S(x[n]) / N + S(x[n]) ** 2 + 3 * S(x[n] ** 2))
    assert f.n_sums == 2


def test_factors_free_of_n_are_pulled_out_of_sums():
    # N and sums are not allowed inside a summand, but as factors they leave it.
    f = compile_sample_expr(S(x[n] / N) + S(x[n] * S(x[n] ** 2)))
    np.testing.assert_allclose(f(X), X.mean(0) + X.sum(0) * (X**2).sum(0), rtol=1e-12)


i = sp.Symbol("i", integer=True)
q = sp.Symbol("q")
y = sp.IndexedBase("y")


@pytest.mark.parametrize(
    ("expr", "message"),
    [
        (
            sp.Sum(x[n], (n, 0, N)),
            r"Cannot compile Sum\(x\[n\], \(n, 0, N\)\) .*sums must run over",
        ),
        (
            sp.Sum(x[i], (i, 1, N)),
            r"Cannot compile Sum\(x\[i\], \(i, 1, N\)\) .*sums must run over",
        ),
        (sp.Sum(x[n], (n, 1, N), (i, 1, N)), r"only a single summation index"),
        (x[n] + MEAN, r"Cannot compile x\[n\] .*appears outside a sum"),
        (S(x[n + 1]), r"Cannot compile x\[n \+ 1\] .*indexed by the summation index n"),
        (S(y[n]), r"Cannot compile y\[n\] .*only the samples x can be indexed"),
        (S(q * x[n]), r"Cannot compile q .*unknown free symbol"),
        (S(n * x[n]), r"Cannot compile n .*may only appear as the sample index"),
        (S(sp.floor(x[n])), r"Cannot compile floor\(x\[n\]\) .*not in the supported grammar"),
        (sp.I * MEAN, r"Cannot compile I .*not in the supported grammar"),
        (sp.oo * MEAN, r"Cannot compile oo .*finite real constants"),
        (S(sp.Max(x[n], 0)), r"Max\(0, x\[n\]\) .*not in the supported grammar"),
    ],
)
def test_what_cannot_be_compiled_is_named(expr, message):
    with pytest.raises(ValueError, match=message):
        compile_sample_expr(expr)


def test_nested_sum_is_rejected():
    inner = sp.Sum(x[n] * x[i], (i, 1, N))
    with pytest.raises(ValueError, match=r"nested sums are not supported"):
        compile_sample_expr(sp.Sum(sp.log(inner), (n, 1, N)))


def test_sample_size_inside_a_summand_is_rejected():
    with pytest.raises(ValueError, match=r"sample size N inside a summand"):
        compile_sample_expr(S(sp.log(x[n] + N)))


def test_equation_and_non_sympy_input_are_type_errors():
    with pytest.raises(TypeError, match=r"pass its rhs"):
        compile_sample_expr(sp.Eq(mu, MEAN))
    with pytest.raises(TypeError, match=r"Expected a sympy expression, got str"):
        compile_sample_expr("Sum(x[n])")


def test_call_errors_name_the_problem():
    f = compile_sample_expr(VAR, (mu,))
    with pytest.raises(ValueError, match=r"missing \['mu'\], unexpected \['nu'\]"):
        f(X, nu=1.0)
    with pytest.raises(ValueError, match=r"Parameter mu has shape \(2,\)"):
        f(X, mu=np.zeros(2))
    with pytest.raises(ValueError, match=r"X must hold real numbers, got dtype <U1"):
        f(np.array(["a", "b"]), mu=0.0)
    with pytest.raises(ValueError, match=r"X must be 1-D or 2-D"):
        f(np.zeros((2, 2, 2)), mu=0.0)
    with pytest.raises(ValueError, match=r"groups must lie in \[0, 2\)"):
        f(X, groups=np.full(len(X), 2), n_groups=2, mu=0.0)
    with pytest.raises(ValueError, match=r"weights must be 1001 real numbers"):
        f(X, weights=np.ones(3), mu=0.0)
    with pytest.raises(ValueError, match=r"n_groups=2 was given without groups"):
        f(X, n_groups=2, mu=0.0)


def test_parameter_names_must_not_clash_with_call_keywords():
    with pytest.raises(ValueError, match=r"'weights' clashes"):
        compile_sample_expr(sp.Symbol("weights") * MEAN, (sp.Symbol("weights"),))


def test_several_expressions_compile_into_one_pass():
    d_mu = sp.diff(LL, mu)
    joint = compile_sample_expr((LL, d_mu, sp.diff(LL, sigma2)), (mu, sigma2))
    assert joint.n_sums == 2  # (x - mu)^2 is shared by LL and dLL/dsigma2
    kwargs = dict(mu=np.array([1.0, 0.5, 2.0]), sigma2=np.array([2.0, 1.0, 3.0]))
    stacked = joint(X, **kwargs)
    assert stacked.shape == (3, 3)
    for row, expr in zip(stacked, (LL, d_mu, sp.diff(LL, sigma2)), strict=True):
        np.testing.assert_allclose(row, compile_sample_expr(expr, (mu, sigma2))(X, **kwargs))
    assert joint(X[:, 0], mu=1.0, sigma2=2.0).shape == (3,)
