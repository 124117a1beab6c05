"""Standard errors from derived information: gamma (shape and rate), OLS; scipy fits converged.

- the gamma's 2 x 2 information (trigamma) and the regression's (beta0, beta1) block and
  sigma^2 entry are the derivations' own results, and ``MLE`` uses them;
- they agree with the inverse of a finite-difference Hessian (``crosscheck``) and with
  the spread of the estimates over repeated seeded draws;
- ``scipy.stats.fit`` of the discrete distributions, given the converging optimiser,
  agrees with the closed forms to 1e-10.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as hs

import derivations
from derivations._model import Derivation, Step
from derivations.symbols import N, n, x
from estimators import MLE, crosscheck
from estimators._families import FAMILIES


def _regression(rng, k, d=2, slope=(-0.7, 2.0), intercept=(1.0, -3.0), sd=(0.8, 2.5)):
    X = rng.normal(2.0, 1.5, size=(k, d))
    Y = np.asarray(intercept[:d]) + np.asarray(slope[:d]) * X
    return X, Y + rng.normal(0.0, sd[:d], size=(k, d))


def test_the_estimators_information_is_the_derivations():
    gamma = MLE("gamma").plan()
    d = derivations.load("gamma-mle")
    alpha, beta = (gamma.params[i] for i in (gamma.names.index("alpha"), gamma.names.index("beta")))
    assert gamma.info[alpha] == d.results["information_alpha"].rhs
    assert gamma.info[alpha].has(sp.polygamma(1, alpha))
    assert gamma.info[(alpha, beta)] == d.results["information_alpha_beta"].rhs
    ols = MLE("ols-regression").plan()
    d = derivations.load("ols-regression")
    by = {p.name: p for p in ols.params}
    assert ols.info[by["sigma2"]] == d.results["information_sigma2"].rhs
    assert ols.info[(by["beta0"], by["beta1"])] == d.results["information_beta0_beta1"].rhs
    exprs = ols.information_exprs()
    i, j = ols.names.index("beta0"), ols.names.index("beta1")
    assert exprs[i][j] == exprs[j][i] == d.results["information_beta0_beta1"].rhs


def test_an_information_key_naming_no_parameter_is_refused():
    lam = sp.Symbol("lambda", positive=True)
    S = sp.Sum(x[n], (n, 1, N))
    ll = N * sp.log(lam) - lam * S
    d = Derivation(
        name="exp-typo",
        title="",
        assumptions=(),
        steps=[Step(ll, "given", "start")],
        results={
            "lambda": sp.Eq(lam, N / S),
            "information_lamda": sp.Eq(sp.Symbol("I"), S**2 / N),
        },
        log_likelihood=ll,
    )
    with pytest.raises(ValueError, match=r"^Result information_'lamda' of 'exp-typo' names no"):
        MLE(d).fit(np.ones(3))


@pytest.mark.parametrize("name", ["gamma-mle", "ols-regression"])
@settings(max_examples=2, deadline=None, derandomize=True)
@given(seed=hs.integers(0, 2**32 - 1))
def test_derived_stderr_is_the_inverse_numeric_hessian_and_scipy_agrees(seed, name):
    rng = np.random.default_rng(seed)
    if name == "gamma-mle":
        res = crosscheck(rng.gamma([2.5, 0.6], [0.6, 3.0], size=(3000, 2)), name)
    else:
        X, Y = _regression(rng, 3000)
        res = crosscheck(X, name, y=Y)
    assert res.ok, res.table()
    assert res.scipy and all(np.all(np.isfinite(v)) for v in res.stderr_derived.values())


@pytest.mark.parametrize("name", ["gamma-mle", "ols-regression"])
def test_derived_standard_errors_match_the_spread_over_repeated_draws(name):
    rng = np.random.default_rng(11)
    fits = []
    for _ in range(300):
        if name == "gamma-mle":
            fits.append(MLE(name).fit(rng.gamma([2.5, 0.6], [0.6, 3.0], size=(400, 2))))
        else:
            X, Y = _regression(rng, 400)
            fits.append(MLE(name).fit(X, Y))
    for p in fits[0].params_:
        spread = np.std([f.params_[p] for f in fits], axis=0)
        derived = np.mean([f.stderr_[p] for f in fits], axis=0)
        # 300 draws: the spread's own relative standard error is about 1/sqrt(600) = 4%.
        np.testing.assert_allclose(spread, derived, rtol=0.15, err_msg=f"{name} {p}")


def test_gamma_joint_stderr_is_wider_than_with_the_shape_known():
    # The off-diagonal entry matters: not knowing alpha inflates beta's standard error.
    X = np.random.default_rng(5).gamma(2.5, 0.6, size=2000)
    joint = MLE("gamma").fit(X)
    known = MLE("gamma-known-shape", known={"alpha": joint.alpha_}).fit(X)
    assert known.beta_ == pytest.approx(joint.beta_, rel=1e-12)
    info = joint.information_[0]
    i, j = joint.plan().names.index("beta"), joint.plan().names.index("alpha")
    assert info[i, j] < 0
    assert joint.stderr_["beta"] > 1.5 * known.stderr_["beta"]
    assert known.stderr_["beta"] == pytest.approx(1 / np.sqrt(info[i, i]), rel=1e-12)


def test_regression_estimates_are_least_squares_and_y_is_checked():
    X, Y = _regression(np.random.default_rng(2), 200)
    est = MLE("ols-regression").fit(X, Y)
    for j in range(2):
        slope, intercept = np.polyfit(X[:, j], Y[:, j], 1)
        resid = Y[:, j] - intercept - slope * X[:, j]
        assert (est.beta1_[j], est.beta0_[j]) == pytest.approx((slope, intercept), rel=1e-10)
        assert est.sigma2_[j] == pytest.approx(np.mean(resid**2), rel=1e-10)
    one = MLE("ols-regression").fit(X[:, 0], Y[:, 0])
    assert one.beta1_ == pytest.approx(est.beta1_[0], rel=1e-14)
    shared = MLE("ols-regression").fit(X, Y[:, 0])
    assert shared.beta1_[0] == pytest.approx(est.beta1_[0], rel=1e-14)
    with pytest.raises(ValueError, match=r"^The linear regression estimator needs the responses"):
        MLE("ols-regression").fit(X)
    bad = Y.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match=r"^y contains NaN at row 3, column 1\.$"):
        MLE("ols-regression").fit(X, bad)
    with pytest.raises(ValueError, match=r"^y has 199 rows; X has 200"):
        MLE("ols-regression").fit(X, Y[1:])
    ll = est.log_likelihood(X, Y)
    s2 = est.sigma2_
    expected = -0.5 * len(X) * (np.log(2 * np.pi * s2) + 1)  # at the MLE, RSS = N sigma2
    np.testing.assert_allclose(ll, expected, rtol=1e-12)


@pytest.mark.parametrize(
    "name, sample, known",
    [
        ("poisson-mle", lambda r: r.poisson(3.0, 200_000), {}),
        ("bernoulli-mle", lambda r: r.binomial(1, 0.3, 200_000), {}),
        ("binomial-mle", lambda r: r.binomial(8, 0.3, 200_000), {"m": 8}),
        ("geometric-mle", lambda r: r.geometric(0.3, 200_000), {}),
    ],
)
def test_scipy_stats_fit_run_to_convergence_agrees_to_1e_10(name, sample, known):
    x = sample(np.random.default_rng(3)).astype(np.float64)
    est = MLE(name, known=known or None).fit(x)
    ref = FAMILIES[name].scipy_fit(x, known)
    for p, v in ref.items():
        assert abs(v - est.params_[p][0]) <= 1e-10 * abs(est.params_[p][0]), (p, v)


def test_a_declared_second_sample_base_compiles_with_weights_and_blocks():
    from estimators import compile_sample_expr

    y = sp.IndexedBase("y", real=True)
    f = compile_sample_expr(
        (sp.Sum(x[n] * y[n], (n, 1, N)), sp.Sum(y[n] ** 2, (n, 1, N)) / N), samples=("y",)
    )
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(1000, 3)), rng.normal(size=(1000, 3))
    w = rng.integers(0, 3, 1000).astype(float)
    out = f(X, samples={"y": Y}, weights=w, chunk_rows=77)
    np.testing.assert_allclose(out[0], (w[:, None] * X * Y).sum(0), rtol=1e-12)
    np.testing.assert_allclose(out[1], (w[:, None] * Y**2).sum(0) / w.sum(), rtol=1e-12)
    with pytest.raises(ValueError, match=r"missing \['y'\]"):
        f(X)
    with pytest.raises(ValueError, match=r"^y has shape \(999, 3\); X has shape \(1000, 3\)\.$"):
        f(X, samples={"y": Y[1:]})
