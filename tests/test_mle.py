"""The generic compiled estimator: estimates, statistics, standard errors, errors."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats as st
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as hs

import derivations
from derivations._model import Derivation, Step
from derivations.bundled import BUNDLED
from derivations.symbols import N, n, x
from estimators import MLE, GaussianMLE

RNG = np.random.default_rng(7)
S = sp.Sum(x[n], (n, 1, N))


def _derivation(name, ll, results):
    """A user's derivation: only what the estimator reads (one start step stands in)."""
    return Derivation(
        name=name,
        title=name,
        assumptions=(),
        steps=[Step(ll, "given", "start")],
        results=results,
        log_likelihood=ll,
    )


# Samplers per bundled distribution (those present), with the known values they need.
SAMPLERS = {
    "gaussian-mle": (lambda r, k: r.normal([1.0, -3.0], [2.0, 0.5], size=(k, 2)), {}),
    "exponential-mle": (lambda r, k: r.exponential([1.0, 0.1], size=(k, 2)), {}),
    "poisson-mle": (lambda r, k: r.poisson([0.7, 12.0], size=(k, 2)), {}),
    "bernoulli-mle": (lambda r, k: r.binomial(1, [0.3, 0.9], size=(k, 2)), {}),
    "binomial-mle": (lambda r, k: r.binomial(6, [0.3, 0.9], size=(k, 2)), {"m": 6}),
    "geometric-mle": (lambda r, k: r.geometric([0.3, 0.9], size=(k, 2)), {}),
    "rayleigh-mle": (lambda r, k: r.rayleigh([1.0, 3.0], size=(k, 2)), {}),
    "gamma-known-shape-mle": (
        lambda r, k: r.gamma(3.0, [0.5, 4.0], size=(k, 2)),
        {"alpha": 3.0},
    ),
}
PRESENT = [name for name in SAMPLERS if name in BUNDLED]


@pytest.mark.parametrize("name", PRESENT)
def test_each_result_is_what_the_estimator_computes(name):
    # The fitted values are the derivation's closed forms evaluated by sympy on the data.
    sample, known = SAMPLERS[name]
    X = sample(RNG, 40).astype(float)
    est = MLE(name, known=known).fit(X)
    d = derivations.load(name)
    for key, eq in d.results.items():
        if key.startswith("information_"):
            continue
        for j in range(X.shape[1]):
            values = {x[i + 1]: X[i, j] for i in range(len(X))}
            for s in eq.rhs.free_symbols:
                if s.name in known:
                    values[s] = known[s.name]
                elif s.name in est.params_:
                    values[s] = est.params_[s.name][j]
            form = eq.rhs
            expected = float(form.subs(N, len(X)).doit().subs(values))
            assert est.params_[key][j] == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("name", PRESENT)
def test_partial_fit_weights_and_duplicates_agree_with_fit(name):
    sample, known = SAMPLERS[name]
    X = sample(RNG, 60).astype(float)
    one = MLE(name, known=known).fit(X)
    halves = MLE(name, known=known).partial_fit(X[:25]).partial_fit(X[25:])
    w = RNG.integers(0, 4, size=len(X))
    w[0] = 1
    weighted = MLE(name, known=known).fit(X, sample_weight=w)
    repeated = MLE(name, known=known).fit(np.repeat(X, w, axis=0))
    for p in one.params_:
        np.testing.assert_allclose(halves.params_[p], one.params_[p], rtol=1e-12)
        np.testing.assert_allclose(weighted.params_[p], repeated.params_[p], rtol=1e-12)
        np.testing.assert_allclose(weighted.stderr_[p], repeated.stderr_[p], rtol=1e-10)
    assert one.mergeable_


@pytest.mark.parametrize("name", PRESENT)
def test_derived_information_is_minus_the_second_derivative(name):
    # The derivation's information_<p> at the estimate and sympy's -d2 LL/dp2 there agree.
    sample, known = SAMPLERS[name]
    X = sample(RNG, 12).astype(float)[:, :1]
    if np.ptp(X) == 0:
        X[0] = 1 - X[0] if name == "bernoulli-mle" else X[0] + 1
    est = MLE(name, known=known).fit(X)
    plan = est.plan()
    for i, p in enumerate(plan.params):
        hess = sp.diff(plan.ll, p, 2)
        for j in range(X.shape[1]):
            subs = {q: est.params_[q.name][j] for q in plan.params}
            subs.update({k: known[k.name] for k in plan.known})
            ll = hess.subs(subs).subs(N, len(X)).doit()
            value = float(-ll.subs({x[r + 1]: X[r, j] for r in range(len(X))}))
            assert est.information_[j, i, i] == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("name", PRESENT)
def test_log_likelihood_is_scipys(name):
    sample, known = SAMPLERS[name]
    X = sample(RNG, 50).astype(float)
    est = MLE(name, known=known).fit(X)
    p = est.params_
    ref = {
        "gaussian-mle": lambda: st.norm.logpdf(X, p.get("mu"), np.sqrt(p.get("sigma2", 1))),
        "exponential-mle": lambda: st.expon.logpdf(X, scale=1 / p.get("lambda", 1)),
        "poisson-mle": lambda: st.poisson.logpmf(X, p.get("lambda")),
        "bernoulli-mle": lambda: st.bernoulli.logpmf(X, p.get("p")),
        "binomial-mle": lambda: st.binom.logpmf(X, known.get("m"), p.get("p")),
        "geometric-mle": lambda: st.geom.logpmf(X, p.get("p")),
        "rayleigh-mle": lambda: st.rayleigh.logpdf(X, scale=np.sqrt(p.get("sigma2", 1))),
        "gamma-known-shape-mle": lambda: st.gamma.logpdf(X, 3.0, scale=1 / p.get("beta", 1)),
    }[name]().sum(axis=0)
    np.testing.assert_allclose(est.log_likelihood(X), ref, rtol=1e-10)


@settings(max_examples=12, deadline=None, derandomize=True)
@given(seed=hs.integers(0, 2**32 - 1), name=hs.sampled_from(PRESENT))
def test_estimates_converge_on_data_with_known_parameters(seed, name):
    # Within 5 derived standard errors of the truth on 20,000 draws.
    truth = {
        "gaussian-mle": {"mu": [1.0, -3.0], "sigma2": [4.0, 0.25]},
        "exponential-mle": {"lambda": [1.0, 10.0]},
        "poisson-mle": {"lambda": [0.7, 12.0]},
        "bernoulli-mle": {"p": [0.3, 0.9]},
        "binomial-mle": {"p": [0.3, 0.9]},
        "geometric-mle": {"p": [0.3, 0.9]},
        "rayleigh-mle": {"sigma2": [1.0, 9.0]},
        "gamma-known-shape-mle": {"beta": [2.0, 0.25]},
    }[name]
    sample, known = SAMPLERS[name]
    est = MLE(name, known=known).fit(sample(np.random.default_rng(seed), 20_000))
    for p, value in truth.items():
        assert np.all(np.abs(est.params_[p] - value) < 5 * est.stderr_[p])


@pytest.mark.parametrize("name", PRESENT)
def test_derived_standard_errors_match_the_spread_over_repeated_draws(name):
    sample, known = SAMPLERS[name]
    rng = np.random.default_rng(2024)
    fits = [MLE(name, known=known).fit(sample(rng, 2000)) for _ in range(300)]
    for p in fits[0].params_:
        spread = np.std([f.params_[p] for f in fits], axis=0)
        derived = np.mean([f.stderr_[p] for f in fits], axis=0)
        # 300 draws: the sample sd is within ~8% of the true sd with high probability.
        np.testing.assert_allclose(spread, derived, rtol=0.15)


def test_a_planted_change_to_the_result_changes_the_estimator():
    lam = sp.Symbol("lambda", positive=True)
    ll = N * sp.log(lam) - lam * S
    X = RNG.exponential(2.0, size=(100, 3))
    right = MLE(_derivation("exp", ll, {"lambda": sp.Eq(lam, N / S)})).fit(X)
    planted = MLE(_derivation("exp", ll, {"lambda": sp.Eq(lam, (N - 1) / S)})).fit(X)
    np.testing.assert_allclose(right.lambda_, 1 / X.mean(0), rtol=1e-12)
    np.testing.assert_allclose(planted.lambda_, (len(X) - 1) / X.sum(0), rtol=1e-12)


def test_no_closed_form_solves_the_score_equations_and_says_so():
    a, b = sp.Symbol("alpha", positive=True), sp.Symbol("beta", positive=True)
    logs = sp.Sum(sp.log(x[n]), (n, 1, N))
    ll = N * a * sp.log(b) - N * sp.loggamma(a) + (a - 1) * logs - b * S
    d = _derivation("gamma", ll, {"beta": sp.Eq(b, a * N / S)})
    X = np.random.default_rng(3).gamma([0.5, 2.0, 30.0], [1.0, 3.0, 0.01], size=(5000, 3))
    est = MLE(d).fit(X)
    assert est.numeric_params_ == ("alpha",)
    assert "numerically" in est.method_ and est.converged_.all()
    for j in range(3):
        shape, _, scale = st.gamma.fit(X[:, j], floc=0)
        assert est.alpha_[j] == pytest.approx(shape, rel=1e-6)
        assert est.beta_[j] == pytest.approx(1 / scale, rel=1e-6)
    # The score is 0 at the solution: d LL / d alpha with beta at its closed form.
    from scipy.special import digamma

    s = len(X) * (np.log(est.beta_) - digamma(est.alpha_)) + np.log(X).sum(0)
    np.testing.assert_allclose(s / len(X), 0.0, atol=1e-9)


def test_a_parameter_inside_a_sum_is_evaluated_in_order_and_not_mergeable():
    # Mean absolute deviation about an estimated centre (a user's derivation, not the
    # Laplace MLE): |x_n - mu| keeps the estimated mu inside the sum.
    mu, b = sp.Symbol("mu", real=True), sp.Symbol("b", positive=True)
    absdev = sp.Sum(sp.Abs(x[n] - mu), (n, 1, N))
    ll = -N * sp.log(2 * b) - absdev / b
    d = _derivation("mad", ll, {"mu": sp.Eq(mu, S / N), "b": sp.Eq(b, absdev / N)})
    X = RNG.laplace(1.0, 2.0, size=(101, 2))
    est = MLE(d).fit(X)
    np.testing.assert_allclose(est.b_, np.abs(X - X.mean(0)).mean(0), rtol=1e-12)
    assert not est.mergeable_ and est.plan().kind == "sequential"
    with pytest.raises(NotImplementedError, match=r"^partial_fit is not available for 'mad'"):
        MLE(d).partial_fit(X)
    # With the centre known, the same sum holds no estimated parameter: mergeable.
    known = MLE(d := _derivation("scale", ll, {"b": sp.Eq(b, absdev / N)}), known={"mu": 1.0})
    halves = known.partial_fit(X[:50]).partial_fit(X[50:])
    np.testing.assert_allclose(halves.b_, np.abs(X - 1.0).mean(0), rtol=1e-12)


@pytest.mark.parametrize(
    ("name", "data", "known", "message"),
    [
        (
            "poisson",
            [[1, 2], [3, -1]],
            {},
            r"^X column 1 has the value -1 at row 1; Poisson samples must be non-negative "
            r"integers\.$",
        ),
        (
            "poisson",
            [[1, 2.5]],
            {},
            r"^X column 1 has the value 2\.5 at row 0; Poisson samples must be non-negative "
            r"integers\.$",
        ),
        (
            "bernoulli",
            [[0, 1], [1, 2]],
            {},
            r"^X column 1 has the value 2 at row 1; Bernoulli samples must be 0 or 1\.$",
        ),
        (
            "exponential",
            [[1.0], [0.0]],
            {},
            r"^X column 0 has the value 0 at row 1; exponential samples must be positive "
            r"\(> 0\)\.$",
        ),
        ("exponential", [[1.0, np.nan]], {}, r"^X contains NaN at row 0, column 1\.$"),
        (
            "binomial",
            [[3, 7]],
            {"m": 6},
            r"^X column 1 has the value 7 at row 0; binomial samples must be integers from 0 "
            r"to the number of trials m\.$",
        ),
        (
            "binomial",
            [[3, 4]],
            {},
            r"^The binomial estimator needs the known value of \['m'\]; "
            r"pass known=\{'m': \.\.\.\}\.$",
        ),
        (
            "poisson",
            [[1, 2]],
            {"q": 1},
            r"^known parameters \['q'\] are not symbols of the 'poisson-mle' log-likelihood",
        ),
    ],
)
def test_invalid_data_names_the_column_and_the_first_bad_value(name, data, known, message):
    if f"{name}-mle" not in BUNDLED:
        pytest.skip(f"{name}-mle is not bundled yet")
    with pytest.raises(ValueError, match=message):
        MLE(name, known=known or None).fit(np.asarray(data, dtype=float))


def test_gaussian_mle_is_the_generic_instance():
    X = RNG.normal(1e6, 1.0, size=(500, 3))
    g, m = GaussianMLE().fit(X), MLE("gaussian").fit(X)
    np.testing.assert_array_equal(g.mean_, m.mu_)
    np.testing.assert_array_equal(g.var_, m.sigma2_)
    np.testing.assert_allclose(g.stderr_mean_, m.stderr_["mu"], rtol=1e-12)
    np.testing.assert_allclose(g.stderr_var_, m.stderr_["sigma2"], rtol=1e-12)
    assert m.plan().kind == "moments" and m.mergeable_
    # Large mean, small spread: merged moments, no cancellation.
    np.testing.assert_allclose(m.sigma2_, X.var(0), rtol=1e-9)


@pytest.mark.skipif("laplace-mle" not in BUNDLED, reason="laplace-mle is not bundled yet")
def test_laplace_location_is_a_median_and_its_scale_has_a_derived_stderr():
    rng = np.random.default_rng(4)
    X = rng.laplace([1.0, -2.0], [2.0, 0.5], size=(2001, 2))
    est = MLE("laplace").fit(X)
    np.testing.assert_array_equal(est.mu_, np.median(X, axis=0))
    np.testing.assert_allclose(est.b_, np.abs(X - np.median(X, axis=0)).mean(0), rtol=1e-12)
    # The location has no observed information (a kink at the samples): NaN, not a number.
    assert np.isnan(est.stderr_["mu"]).all()
    np.testing.assert_allclose(est.stderr_["b"], est.b_ / np.sqrt(len(X)), rtol=1e-12)
    assert est.plan().kind == "sequential" and not est.mergeable_
    # Integer weights equal repeated rows, the weighted median included.
    w = rng.integers(0, 3, len(X))
    np.testing.assert_allclose(
        MLE("laplace").fit(X, sample_weight=w).params_["mu"],
        MLE("laplace").fit(np.repeat(X, w, axis=0)).params_["mu"],
        rtol=1e-12,
    )
    fits = [MLE("laplace").fit(rng.laplace(0.0, 2.0, 1000)) for _ in range(200)]
    spread = np.std([f.b_ for f in fits])
    np.testing.assert_allclose(spread, np.mean([f.stderr_["b"] for f in fits]), rtol=0.2)
