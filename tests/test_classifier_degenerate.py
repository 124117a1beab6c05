"""The degenerate-data policy of GaussianClassifier (docs/classifier.md), case by case."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError
from sklearn.naive_bayes import GaussianNB

from estimators._classifier import GaussianClassifier


def _two_clouds(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = np.r_[rng.normal(-1, 0.5, (n, 2)), rng.normal(1, 0.5, (n, 2))]
    return X, np.r_[np.zeros(n, int), np.ones(n, int)]


def _assert_proper(proba: np.ndarray) -> None:
    assert np.all(np.isfinite(proba))
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-12)


def test_constant_feature_is_smoothed_like_gaussian_nb():
    X, y = _two_clouds()
    X = np.c_[X, np.full(len(X), 7.0)]
    ours = GaussianClassifier().fit(X, y)
    assert np.all(ours.vars_[:, 2] == 0.0)  # stored raw: the smoothing is not baked in
    nb = GaussianNB().fit(X, y)
    _assert_proper(ours.predict_proba(X))
    np.testing.assert_array_equal(ours.predict(X), nb.predict(X))
    np.testing.assert_allclose(ours.predict_proba(X), nb.predict_proba(X), atol=1e-8)


def test_all_features_constant_falls_back_to_priors():
    X = np.ones((6, 3))
    y = np.array([0, 0, 0, 0, 1, 1])
    clf = GaussianClassifier().fit(X, y)
    proba = clf.predict_proba(np.ones((2, 3)))
    np.testing.assert_allclose(proba, [[4 / 6, 2 / 6]] * 2, rtol=1e-12)
    _assert_proper(clf.predict_proba(np.full((2, 3), 5.0)))


def test_zero_variance_without_any_smoothing_is_an_error_naming_class_and_feature():
    X, y = _two_clouds()
    X = np.c_[X, np.zeros(len(X))]
    clf = GaussianClassifier(var_smoothing=0.0).fit(X, y)
    with pytest.raises(
        ValueError, match=r"^Class 0 has variance 0 in feature 2 and no smoothing is set"
    ):
        clf.predict(X)
    GaussianClassifier(var_smoothing=0.0, reg_param=1e-3).fit(X, y).predict(X)


def test_single_sample_class_diag_works_and_full_asks_for_reg_param():
    X, y = _two_clouds()
    X, y = np.r_[X, [[5.0, 5.0]]], np.r_[y, 2]
    diag = GaussianClassifier().fit(X, y)
    np.testing.assert_array_equal(diag.vars_[2], [0.0, 0.0])
    _assert_proper(diag.predict_proba(X))
    assert diag.predict([[5.0, 5.0]])[0] == 2
    with pytest.raises(
        ValueError,
        match=r"class 2 is rank-deficient \(rank 0 of 2 features, "
        r"estimated from 1 sample\).*set reg_param > 0",
    ):
        GaussianClassifier(covariance="full").fit(X, y)
    full = GaussianClassifier(covariance="full", reg_param=0.1).fit(X, y)
    _assert_proper(full.predict_proba(X))


def test_collinear_class_under_full_covariance():
    X, y = _two_clouds()
    X = np.c_[X, X[:, 0] * 2.0 - X[:, 1]]  # third feature is a combination of the others
    refused = GaussianClassifier(covariance="full")
    with pytest.raises(ValueError, match=r"class 0 is rank-deficient \(rank 2 of 3 features"):
        refused.fit(X, y)
    with pytest.raises(NotFittedError):
        refused.predict(X)
    clf = GaussianClassifier(covariance="full", reg_param=0.05).fit(X, y)
    _assert_proper(clf.predict_proba(X))
    assert clf.score(X, y) > 0.9


def test_features_on_wildly_different_scales_are_not_called_collinear():
    X, y = _two_clouds()
    X = X * [1e-6, 1e6]
    clf = GaussianClassifier(covariance="full").fit(X, y)
    _assert_proper(clf.predict_proba(X))


def test_partial_fit_before_a_class_is_seen():
    X, y = _two_clouds()
    clf = GaussianClassifier().partial_fit(X[y == 0], y[y == 0], classes=[0, 1, 2])
    np.testing.assert_array_equal(clf.class_count_, [40, 0, 0])
    np.testing.assert_array_equal(clf.means_[1:], 0.0)
    proba = clf.predict_proba(X)
    _assert_proper(proba)
    np.testing.assert_array_equal(proba[:, 1:], 0.0)
    assert np.all(clf.predict(X) == 0)
    clf.partial_fit(X[y == 1], y[y == 1])
    whole = GaussianClassifier().fit(X, y)
    np.testing.assert_allclose(clf.predict_proba(X)[:, :2], whole.predict_proba(X), atol=1e-12)
    np.testing.assert_array_equal(clf.predict_proba(X)[:, 2], 0.0)


def test_unseen_class_under_full_covariance_does_not_trigger_the_rank_error():
    X, y = _two_clouds()
    clf = GaussianClassifier(covariance="full").partial_fit(X, y, classes=[0, 1, 2])
    np.testing.assert_array_equal(clf.predict_proba(X)[:, 2], 0.0)


def test_class_whose_weights_are_all_zero_is_never_predicted():
    X, y = _two_clouds()
    w = np.where(y == 1, 0.0, 1.0)
    clf = GaussianClassifier().fit(X, y, sample_weight=w)
    np.testing.assert_array_equal(clf.classes_, [0, 1])
    np.testing.assert_array_equal(clf.class_count_, [40, 0])
    assert np.all(clf.predict(X) == 0)


def test_priors_that_exclude_every_class_with_data():
    X, y = _two_clouds()
    clf = GaussianClassifier(priors=[0.0, 0.0, 1.0]).partial_fit(X, y, classes=[0, 1, 2])
    with pytest.raises(ValueError, match=r"Every class that has training data has prior 0"):
        clf.predict_proba(X)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("covariance", ["diag", "full"])
def test_nan_and_inf_are_rejected_by_name(bad, covariance):
    X, y = _two_clouds()
    Xbad = X.copy()
    Xbad[3, 1] = bad
    word = "NaN" if np.isnan(bad) else "infinity"
    clf = GaussianClassifier(covariance=covariance)
    with pytest.raises(ValueError, match=word):
        clf.fit(Xbad, y)
    with pytest.raises(ValueError, match=word):
        clf.partial_fit(Xbad, y, classes=[0, 1])
    clf.fit(X, y)
    for method in (clf.predict, clf.predict_proba, clf.predict_log_proba, clf.decision_function):
        with pytest.raises(ValueError, match=word):
            method(Xbad)


def test_feature_count_mismatch():
    X, y = _two_clouds()
    clf = GaussianClassifier().fit(X, y)
    msg = r"X has 3 features, but GaussianClassifier is expecting 2 features as input"
    with pytest.raises(ValueError, match=msg):
        clf.predict(np.c_[X, X[:, 0]])
    with pytest.raises(ValueError, match=msg):
        clf.partial_fit(np.c_[X, X[:, 0]], y)


def test_partial_fit_argument_errors():
    X, y = _two_clouds()
    with pytest.raises(ValueError, match=r"^classes must be passed on the first call"):
        GaussianClassifier().partial_fit(X, y)
    clf = GaussianClassifier().partial_fit(X, y, classes=[0, 1])
    with pytest.raises(ValueError, match=r"The label\(s\) \[7\] in y are not in classes \[0, 1\]"):
        clf.partial_fit(X[:2], [0, 7])
    with pytest.raises(ValueError, match=r"classes=\[0, 1, 2\] is not the same as classes_"):
        clf.partial_fit(X, y, classes=[0, 1, 2])


@pytest.mark.parametrize(
    ("weights", "match"),
    [
        (-np.ones(80), r"sample_weight must be non-negative; its minimum is -1.0"),
        (np.ones(79), r"sample_weight has shape \(79,\), but X has 80 samples"),
        (np.zeros(80), r"sample_weight is zero for every sample"),
        (np.r_[np.ones(79), np.nan], r"sample_weight contains NaN or infinity"),
    ],
)
def test_bad_sample_weights(weights, match):
    X, y = _two_clouds()
    with pytest.raises(ValueError, match=match):
        GaussianClassifier().fit(X, y, sample_weight=weights)


@pytest.mark.parametrize("covariance", ["diag", "full"])
def test_rows_too_far_for_float64_raise_instead_of_nan(covariance):
    X, y = _two_clouds()
    clf = GaussianClassifier(covariance=covariance).fit(X, y)
    with pytest.raises(ValueError, match=r"zero density under every class"):
        clf.predict_proba([[1e200, 1e200]])


def test_smoothing_change_after_fit_takes_effect_without_refit():
    X, y = _two_clouds()
    clf = GaussianClassifier().fit(X, y)
    before = clf.predict_proba(X)
    clf.set_params(var_smoothing=10.0)
    after = clf.predict_proba(X)
    refit = GaussianClassifier(var_smoothing=10.0).fit(X, y)
    np.testing.assert_allclose(after, refit.predict_proba(X), rtol=1e-12)
    assert np.abs(after - before).max() > 1e-3


def test_changing_covariance_after_fit_asks_for_a_refit():
    X, y = _two_clouds()
    clf = GaussianClassifier().fit(X, y).set_params(covariance="full")
    with pytest.raises(ValueError, match=r"covariance is now 'full' but the model was fitted"):
        clf.predict(X)
    with pytest.raises(ValueError, match=r'covariance was changed to "full" after a diagonal'):
        clf.partial_fit(X, y)
