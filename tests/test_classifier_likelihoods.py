"""LikelihoodClassifier: class likelihoods from bundled derivations; sklearn's API and NB twins."""

from __future__ import annotations

import pickle
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from sklearn.naive_bayes import BernoulliNB, CategoricalNB, GaussianNB
from sklearn.utils.estimator_checks import parametrize_with_checks

from estimators import LikelihoodClassifier

RNG = np.random.default_rng(11)


def _binary(rng, n=600, d=12, k=4):
    y = rng.integers(0, k, n)
    p = rng.random((k, d))
    X = (rng.random((n, d)) < p[y]).astype(float)
    return X, y


@parametrize_with_checks([LikelihoodClassifier(), LikelihoodClassifier("bernoulli", binarize=0.0)])
def test_sklearn_estimator_checks(estimator, check):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(estimator)


@settings(max_examples=10, deadline=None, derandomize=True)
@given(seed=hs.integers(0, 2**32 - 1), alpha=hs.sampled_from([1.0, 0.5, 1e-3, 3.0]))
def test_bernoulli_reproduces_bernoullinb(seed, alpha):
    rng = np.random.default_rng(seed)
    X, y = _binary(rng)
    X[y == 1, 0] = 0  # a degenerate MLE: class 1 never shows feature 0
    w = rng.integers(1, 4, len(y)).astype(float)
    ours = LikelihoodClassifier("bernoulli", alpha=alpha).fit(X, y, sample_weight=w)
    ref = BernoulliNB(alpha=alpha, force_alpha=True).fit(X, y, sample_weight=w)
    Xt, _ = _binary(rng, 300)
    np.testing.assert_array_equal(ours.predict(Xt), ref.predict(Xt))
    np.testing.assert_allclose(ours.predict_proba(Xt), ref.predict_proba(Xt), rtol=0, atol=1e-10)
    np.testing.assert_allclose(
        ours.predict_joint_log_proba(Xt), ref.predict_joint_log_proba(Xt), rtol=1e-10
    )


def test_binarize_matches_bernoullinb_threshold():
    X = RNG.normal(size=(400, 6))
    y = RNG.integers(0, 3, 400)
    ours = LikelihoodClassifier("bernoulli", binarize=0.3).fit(X, y)
    ref = BernoulliNB(binarize=0.3).fit(X, y)
    np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X), atol=1e-10)


@settings(max_examples=8, deadline=None, derandomize=True)
@given(seed=hs.integers(0, 2**32 - 1), alpha=hs.sampled_from([1.0, 0.25, 2.0]))
def test_categorical_reproduces_categoricalnb(seed, alpha):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, 500)
    X = rng.integers(0, 5, (500, 4)) + (y[:, None] == 2)  # class 2 shifts its categories
    ours = LikelihoodClassifier("categorical", alpha=alpha).fit(X, y)
    ref = CategoricalNB(alpha=alpha, force_alpha=True).fit(X, y)
    Xt = rng.integers(0, 6, (200, 4))
    np.testing.assert_array_equal(ours.predict(Xt), ref.predict(Xt))
    np.testing.assert_allclose(ours.predict_proba(Xt), ref.predict_proba(Xt), atol=1e-10)


def test_gaussian_reproduces_gaussiannb():
    y = RNG.integers(0, 3, 500)
    X = RNG.normal(size=(500, 5)) * [1, 2, 3, 4, 5] + y[:, None]
    ours = LikelihoodClassifier("gaussian").fit(X, y)
    ref = GaussianNB().fit(X, y)
    np.testing.assert_allclose(ours.predict_proba(X), ref.predict_proba(X), atol=1e-10)


def test_poisson_parameters_are_the_derived_closed_form_with_smoothing():
    y = RNG.integers(0, 3, 900)
    X = RNG.poisson(1.0 + 3 * y[:, None], size=(900, 3))
    for alpha in (0.0, 1.0):
        est = LikelihoodClassifier("poisson", alpha=alpha).fit(X, y)
        for k in range(3):
            rows = X[y == k]
            expected = (rows.sum(0) + alpha) / (len(rows) + alpha)
            np.testing.assert_allclose(est.params_["poisson"]["lambda"][k], expected, rtol=1e-12)
    assert (est.predict(X) == y).mean() > 0.8


def test_a_mixed_model_scores_the_sum_of_its_parts():
    y = RNG.integers(0, 3, 400)
    g = RNG.normal(size=(400, 2)) + y[:, None]
    b = (RNG.random((400, 3)) < 0.2 + 0.2 * y[:, None]).astype(float)
    p = RNG.poisson(1 + y[:, None], size=(400, 2)).astype(float)
    X = np.hstack([p[:, :1], g, b, p[:, 1:]])
    spec = {"poisson": [0, 6], "gaussian": [1, 2], "bernoulli": [3, 4, 5]}
    mixed = LikelihoodClassifier(spec).fit(X, y)
    per_feature = LikelihoodClassifier(mixed.feature_likelihoods_).fit(X, y)
    np.testing.assert_allclose(mixed.predict_proba(X), per_feature.predict_proba(X), atol=1e-12)
    prior = np.log(mixed.class_prior_)
    total = prior.copy()
    for name, cols in spec.items():
        one = LikelihoodClassifier(name).fit(X[:, cols], y)
        total = total + one.predict_joint_log_proba(X[:, cols]) - prior
    np.testing.assert_allclose(mixed.predict_joint_log_proba(X), total, rtol=1e-12)


@pytest.mark.parametrize("name", ["bernoulli", "poisson", "categorical", "gaussian"])
def test_partial_fit_and_pickle_equal_fit(name):
    y = RNG.integers(0, 3, 300)
    X = RNG.poisson(1 + y[:, None], size=(300, 4)).astype(float)
    if name == "bernoulli":
        X = (X > 1).astype(float)
    one = LikelihoodClassifier(name).fit(X, y)
    parts = LikelihoodClassifier(name).partial_fit(X[:100], y[:100], classes=[0, 1, 2])
    parts.partial_fit(X[100:], y[100:])
    np.testing.assert_allclose(parts.predict_proba(X), one.predict_proba(X), atol=1e-12)
    again = pickle.loads(pickle.dumps(one))
    np.testing.assert_array_equal(again.predict_proba(X), one.predict_proba(X))


def test_dask_fit_and_predict_equal_numpy():
    da = pytest.importorskip("dask.array")
    X, y = _binary(RNG, 900)
    one = LikelihoodClassifier("bernoulli").fit(X, y)
    lazy = LikelihoodClassifier("bernoulli").fit(
        da.from_array(X, chunks=200), da.from_array(y, chunks=200)
    )
    np.testing.assert_allclose(lazy.predict_proba(X), one.predict_proba(X), atol=1e-12)
    out = lazy.predict_proba(da.from_array(X, chunks=300)).compute()
    np.testing.assert_allclose(out, one.predict_proba(X), atol=1e-12)


@pytest.mark.parametrize(
    ("likelihood", "X", "message"),
    [
        (
            "bernoulli",
            [[0, 1], [1, 2]],
            r"^X column 1 has the value 2 at row 1; Bernoulli samples must be 0 or 1\.$",
        ),
        (
            {"gaussian": [0], "poisson": [1]},
            [[0.5, 1], [1.5, -2]],
            r"^X column 1 has the value -2 at row 1; Poisson",
        ),
        ("poisson", [[1, 2]] * 2, None),
        ("nonexistent", [[1, 2]] * 2, r"Unknown derivation 'nonexistent'"),
        (["gaussian"], [[1, 2]] * 2, r"^likelihood has 1 entries but X has 2 features\.$"),
        (
            {"gaussian": [0, 0]},
            [[1, 2]] * 2,
            r"^likelihood must cover each of the 2 features exactly once",
        ),
    ],
)
def test_bad_data_and_settings_are_named(likelihood, X, message):
    est = LikelihoodClassifier(likelihood)
    if message is None:
        est.fit(np.asarray(X, dtype=float), [0, 1])
        with pytest.raises(ValueError, match=r"^X column 0 has the value 0\.5 at row 0; Poisson"):
            est.predict(np.array([[0.5, 1.0]]))
        return
    with pytest.raises(Exception, match=message):
        est.fit(np.asarray(X, dtype=float), [0, 1])
