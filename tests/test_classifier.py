"""GaussianClassifier: scikit-learn compatibility and agreement with GaussianNB and QDA."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis
from sklearn.naive_bayes import GaussianNB
from sklearn.utils.estimator_checks import check_estimator, parametrize_with_checks

from estimators._classifier import GaussianClassifier

LOADERS = [load_iris, load_wine, load_breast_cancer, load_digits]


@parametrize_with_checks(
    [
        GaussianClassifier(),
        # Some checks fit classes that are rank-deficient (3 samples in 30 features, a
        # feature constant within a class); with reg_param=0 those raise by design
        # (see test_default_full_fails_only_on_rank_deficient_check_data).
        GaussianClassifier(covariance="full", reg_param=0.1),
    ]
)
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


def test_default_full_fails_only_on_rank_deficient_check_data():
    results = check_estimator(GaussianClassifier(covariance="full"), on_fail=None)
    failed = [r for r in results if r["status"] == "failed"]
    assert len(results) > 40
    for r in failed:
        assert isinstance(r["exception"], ValueError), r["check_name"]
        assert "rank-deficient" in str(r["exception"])
        assert "set reg_param > 0" in str(r["exception"])
    assert {r["check_name"] for r in failed} <= {
        "check_sample_weights_shape",
        "check_sample_weights_not_overwritten",
        "check_sample_weight_equivalence_on_dense_data",
    }


@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("var_smoothing", [1e-9, 1e-5])
def test_diag_matches_gaussian_nb(load, var_smoothing):
    X, y = load(return_X_y=True)
    ours = GaussianClassifier(var_smoothing=var_smoothing).fit(X, y)
    nb = GaussianNB(var_smoothing=var_smoothing).fit(X, y)
    np.testing.assert_array_equal(ours.predict(X), nb.predict(X))
    np.testing.assert_allclose(ours.predict_proba(X), nb.predict_proba(X), rtol=0, atol=1e-8)
    np.testing.assert_allclose(ours.means_, nb.theta_, rtol=1e-12, atol=1e-12)
    # GaussianNB stores var + epsilon; we store the raw MLE and add epsilon when predicting.
    np.testing.assert_allclose(ours.vars_ + nb.epsilon_, nb.var_, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(ours.class_prior_, nb.class_prior_, rtol=1e-15)


@pytest.mark.parametrize("load", LOADERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("reg_param", [0.05, 0.5])
def test_full_matches_qda(load, reg_param):
    # scikit-learn 1.9's QDA uses the MLE covariance (divisor n, checked below) and
    # S = (1 - reg_param) * S + reg_param * I; with var_smoothing=0 we compute the same.
    X, y = load(return_X_y=True)
    ours = GaussianClassifier(covariance="full", var_smoothing=0.0, reg_param=reg_param)
    ours.fit(X, y)
    qda = QuadraticDiscriminantAnalysis(reg_param=reg_param, store_covariance=True).fit(X, y)
    np.testing.assert_array_equal(ours.predict(X), qda.predict(X))
    np.testing.assert_allclose(ours.predict_proba(X), qda.predict_proba(X), rtol=0, atol=1e-8)
    np.testing.assert_allclose(ours.means_, qda.means_, rtol=1e-12, atol=1e-12)


def test_unregularised_full_matches_qda_or_refuses_as_documented():
    for load in (load_iris, load_wine):
        X, y = load(return_X_y=True)
        ours = GaussianClassifier(covariance="full", var_smoothing=0.0).fit(X, y)
        qda = QuadraticDiscriminantAnalysis().fit(X, y)
        np.testing.assert_array_equal(ours.predict(X), qda.predict(X))
        np.testing.assert_allclose(ours.predict_proba(X), qda.predict_proba(X), atol=1e-8)
    # breast_cancer's class covariances are full rank but have eigenvalues below QDA's
    # absolute tol=1e-4 (its features are on scales from 1e-3 to 1e3); our rank test is
    # relative (on the correlation matrix), so it fits.
    X, y = load_breast_cancer(return_X_y=True)
    with pytest.raises(np.linalg.LinAlgError):
        QuadraticDiscriminantAnalysis().fit(X, y)
    assert GaussianClassifier(covariance="full").fit(X, y).score(X, y) > 0.9
    # digits has pixels constant within a class: both refuse, ours naming reg_param.
    X, y = load_digits(return_X_y=True)
    with pytest.raises(np.linalg.LinAlgError):
        QuadraticDiscriminantAnalysis().fit(X, y)
    with pytest.raises(ValueError, match=r"class 0 is rank-deficient \(rank 48 of 64"):
        GaussianClassifier(covariance="full").fit(X, y)


def test_qda_divisor_is_n_in_this_sklearn():
    X, y = load_iris(return_X_y=True)
    qda = QuadraticDiscriminantAnalysis(store_covariance=True).fit(X, y)
    ours = GaussianClassifier(covariance="full", var_smoothing=0.0).fit(X, y)
    rebuilt = [np.cov(X[y == k].T, ddof=0) for k in range(3)]
    np.testing.assert_allclose(qda.covariance_, rebuilt, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(ours.covariances_, rebuilt, rtol=1e-10, atol=1e-14)


def test_reproduces_older_qda_with_n_minus_1_divisor():
    # Recipe from docs/classifier.md for the n-1 divisor of earlier QDA releases:
    # rescale covariances_ by n_k / (n_k - 1) before predicting.
    X, y = load_wine(return_X_y=True)
    ours = GaussianClassifier(covariance="full", var_smoothing=0.0, reg_param=0.1).fit(X, y)
    n = ours.class_count_
    ours.covariances_ = ours.covariances_ * (n / (n - 1))[:, None, None]
    jll = ours.predict_joint_log_proba(X)
    for k, label in enumerate(ours.classes_):
        Xk = X[y == label]
        s = 0.9 * np.cov(Xk.T, ddof=1) + 0.1 * np.eye(X.shape[1])
        diff = X - Xk.mean(axis=0)
        maha = np.einsum("nd,nd->n", diff @ np.linalg.inv(s), diff)
        logdet = np.linalg.slogdet(s)[1]
        want = -0.5 * (maha + logdet + X.shape[1] * np.log(2 * np.pi))
        want += np.log(ours.class_prior_[k])
        np.testing.assert_allclose(jll[:, k], want, rtol=1e-9)


def test_fitted_attributes_and_shapes():
    X, y = load_iris(return_X_y=True)
    for covariance, attr, shape in [("diag", "vars_", (3, 4)), ("full", "covariances_", (3, 4, 4))]:
        clf = GaussianClassifier(covariance=covariance).fit(X, y)
        assert getattr(clf, attr).shape == shape
        assert clf.means_.shape == (3, 4)
        assert clf.n_features_in_ == 4
        np.testing.assert_array_equal(clf.classes_, [0, 1, 2])
        np.testing.assert_array_equal(clf.class_count_, [50, 50, 50])
        proba = clf.predict_proba(X)
        np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-12)
        np.testing.assert_allclose(clf.predict_log_proba(X), np.log(proba), atol=1e-12)
        assert clf.decision_function(X).shape == (150, 3)
        assert clf.score(X, y) > 0.95
        other = "covariances_" if attr == "vars_" else "vars_"
        assert not hasattr(clf, other)


def test_binary_decision_function_is_log_odds():
    X, y = load_breast_cancer(return_X_y=True)
    clf = GaussianClassifier().fit(X, y)
    log_proba = clf.predict_log_proba(X)
    np.testing.assert_allclose(clf.decision_function(X), log_proba[:, 1] - log_proba[:, 0])
    np.testing.assert_array_equal(clf.predict(X), clf.decision_function(X) > 0)


def test_string_labels_and_priors_are_used():
    rng = np.random.default_rng(0)
    X = np.r_[rng.normal(-1, 1, (50, 2)), rng.normal(1, 1, (50, 2))]
    y = np.array(["yellow"] * 50 + ["blue"] * 50)
    flat = GaussianClassifier().fit(X, y)
    tilted = GaussianClassifier(priors=[0.999, 0.001]).fit(X, y)  # classes_ sorted: blue, yellow
    np.testing.assert_array_equal(tilted.class_prior_, [0.999, 0.001])
    assert (tilted.predict(X) == "blue").sum() > (flat.predict(X) == "blue").sum()
    ratio = tilted.predict_joint_log_proba(X) - flat.predict_joint_log_proba(X)
    np.testing.assert_allclose(ratio[:, 0], np.log(0.999 / 0.5), rtol=1e-10)


@pytest.mark.parametrize(
    ("params", "match"),
    [
        ({"covariance": "spherical"}, r'covariance must be "diag" or "full", got .spherical.'),
        ({"var_smoothing": -1.0}, r"var_smoothing must be a finite number >= 0, got -1.0"),
        ({"reg_param": 1.5}, r"reg_param must be a number in \[0, 1\], got 1.5"),
        ({"priors": [0.5, 0.5]}, r"Number of priors \(2\) must match number of classes \(3\)"),
        ({"priors": [0.5, 0.6, -0.1]}, r"Priors must be finite and non-negative"),
        ({"priors": [0.5, 0.2, 0.2]}, r"The priors must sum to 1; they sum to 0.9"),
    ],
)
def test_invalid_settings_raise_in_fit(params, match):
    X, y = load_iris(return_X_y=True)
    clf = GaussianClassifier(**params)  # __init__ only stores settings
    with pytest.raises(ValueError, match=match):
        clf.fit(X, y)


def test_public_import():
    import estimators

    assert estimators.GaussianClassifier is GaussianClassifier
