"""Data near the ends of float64's range: classified as GaussianNB does or better, or refused.

Both kernels work in per-feature units scaled by powers of two (exact), so scaling the data
by 1e-150 or 1e150 must not change a prediction; data whose variances cannot be stored at
all (spreads below ~1e-162 or above ~1e154) is refused with a ValueError, never answered
with NaN.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.naive_bayes import GaussianNB

from estimators import GaussianClassifier, GaussianMLE

# reg_param shrinks towards the identity in the data's own units (as QDA does), so it is not
# scale-free: 0.1 * I swamps a covariance of 1e-310. var_smoothing is relative and is.
MODELS = [{"covariance": "diag"}, {"covariance": "full"}]


def _data(seed: int, n: int = 60, d: int = 3, k: int = 3):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 2.0, (k, d))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)]
    X = centres[y] + rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    return X, y


def _two_clouds(n: int = 20):
    rng = np.random.default_rng(0)
    X = np.r_[rng.normal(-1, 0.5, (n, 2)), rng.normal(1, 0.5, (n, 2))]
    return X, np.r_[np.zeros(n, int), np.ones(n, int)]


@pytest.mark.parametrize("scale", [1e-155, 1e-150, 1e150, 1e153])
def test_tiny_and_huge_data_classified_like_gaussian_nb_without_nan(scale):
    # Around 1e-155 the variances (~1e-310) are below the smallest normal float64 and
    # their reciprocals overflow: the diagonal model used to return NaN scores there.
    X, y = _two_clouds()
    Xs = X * scale
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nb_wrong = int(np.sum(GaussianNB().fit(Xs, y).predict(Xs) != y))
    for params in MODELS:
        clf = GaussianClassifier(**params).fit(Xs, y)
        jll = clf.predict_joint_log_proba(Xs)
        assert np.all(np.isfinite(jll)), params
        proba = clf.predict_proba(Xs)
        assert np.all(np.isfinite(proba)), params
        assert int(np.sum(clf.predict(Xs) != y)) <= nb_wrong, params


@settings(max_examples=20, deadline=None, database=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    scale=st.sampled_from([1e-150, 1e150, 2.0**-480, 2.0**480, 3.7e-140, 1e120]),
    params=st.sampled_from(MODELS),
)
def test_predictions_unchanged_by_extreme_scaling(seed, scale, params):
    X, y = _data(seed)
    base = GaussianClassifier(**params).fit(X, y)
    moved = GaussianClassifier(**params).fit(X * scale, y)
    np.testing.assert_array_equal(moved.predict(X * scale), base.predict(X))
    np.testing.assert_allclose(
        moved.predict_proba(X * scale), base.predict_proba(X), rtol=0, atol=1e-9
    )
    # The joint log-likelihood is a density: it moves by -D log(scale), exactly as the
    # change of variables says.
    shift = -X.shape[1] * np.log(scale)
    np.testing.assert_allclose(
        moved.predict_joint_log_proba(X * scale),
        base.predict_joint_log_proba(X) + shift,
        rtol=1e-9,
        atol=1e-9 * abs(shift),
    )


def test_features_on_opposite_ends_of_the_range_together():
    X, y = _data(3)
    sizes = np.array([1e-150, 1.0, 1e150])
    # var_smoothing's epsilon (1e-9 times the largest variance, here ~1e291) swamps the
    # smaller features, as in GaussianNB; without it each feature keeps its own scale.
    for params in MODELS:
        clf = GaussianClassifier(var_smoothing=0.0, **params).fit(X * sizes, y)
        ref = GaussianClassifier(var_smoothing=0.0, **params).fit(X, y)
        np.testing.assert_array_equal(clf.predict(X * sizes), ref.predict(X))
        np.testing.assert_allclose(clf.predict_proba(X * sizes), ref.predict_proba(X), atol=1e-9)
        smoothed = GaussianClassifier(**params).fit(X * sizes, y)
        assert np.all(np.isfinite(smoothed.predict_proba(X * sizes)))


@pytest.mark.parametrize("scale", [1e-150, 1e150, 2.0**-500, 2.0**500])
def test_gaussian_mle_is_scale_equivariant_at_the_extremes(scale):
    X, _ = _data(5, n=500)
    base = GaussianMLE().fit(X)
    moved = GaussianMLE().fit(X * scale)
    np.testing.assert_allclose(moved.mean_, base.mean_ * scale, rtol=1e-13)
    np.testing.assert_allclose(moved.var_, base.var_ * scale * scale, rtol=1e-12)


@pytest.mark.parametrize(
    ("scale", "message"),
    [
        (1e-300, r"variances of features \[0, 1\] are below the smallest float64"),
        (1e300, r"overflow float64"),
    ],
)
@pytest.mark.parametrize("params", MODELS)
def test_variances_beyond_float64_are_refused_not_nan(scale, message, params):
    X, y = _two_clouds()
    with pytest.raises(ValueError, match=message):
        GaussianClassifier(**params).fit(X * scale, y)
    with pytest.raises(ValueError, match=message):
        GaussianMLE().fit(X * scale)


def test_rows_far_beyond_the_training_data_raise_instead_of_nan():
    X, y = _two_clouds()
    for params in MODELS:
        clf = GaussianClassifier(**params).fit(X * 1e-150, y)
        with pytest.raises(ValueError, match=r"zero density under every class"):
            clf.predict_proba([[1e300, -1e300]])
        with pytest.raises(ValueError, match=r"zero density under every class"):
            clf.predict([[1e300, -1e300]])


@pytest.mark.parametrize("scale", [1e-155, 1e150])
def test_crosscheck_at_the_extremes_agrees_without_nan(scale):
    from estimators import crosscheck

    X = np.random.default_rng(1).normal(1.0, 0.3, (50, 2)) * scale
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow in the evaluation either
        result = crosscheck(X)
    assert result.ok, result.table()
    assert "nan" not in result.table().lower() and "inf" not in result.table().lower()
    assert np.all(result.grad_norm < 1e-10)


def test_crosscheck_refuses_variances_float64_cannot_resolve():
    from estimators import crosscheck

    X = np.random.default_rng(1).normal(1.0, 0.3, (50, 2)) * 1e-160  # variances ~1e-321
    with pytest.raises(ValueError, match=r"variances below 1e-308 that float64 holds"):
        crosscheck(X)
