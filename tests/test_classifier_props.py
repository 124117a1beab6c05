"""Properties of GaussianClassifier that must hold for any data (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sklearn.naive_bayes import GaussianNB

from estimators._classifier import GaussianClassifier
from estimators._labels import classes_and_codes

SETTINGS = settings(max_examples=25, deadline=None, database=None)


def _data(seed: int, n: int, d: int, k: int, offset: float = 0.0, scale: float = 1.0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 3.0, (k, d))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)]  # every class present
    X = centres[y] + rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    return offset + scale * X, y


def _fitted_moments(clf: GaussianClassifier) -> list[np.ndarray]:
    second = clf.covariances_ if clf.covariance == "full" else clf.vars_
    return [clf.class_count_, clf.means_, second]


def _assert_rel(a: np.ndarray, b: np.ndarray, rel: float = 1e-10) -> None:
    scale = np.maximum(np.abs(a).max(), np.abs(b).max())
    assert np.abs(a - b).max() <= rel * max(scale, np.finfo(float).tiny), (a, b)


MODELS = [
    {"covariance": "diag"},
    {"covariance": "full", "reg_param": 0.1},
]


@SETTINGS
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(8, 120),
    d=st.integers(1, 4),
    k=st.integers(1, 4),
    cuts=st.lists(st.floats(0.0, 1.0), max_size=5),
    weighted=st.booleans(),
    params=st.sampled_from(MODELS),
)
def test_fit_equals_partial_fit_in_any_chunking(seed, n, d, k, cuts, weighted, params):
    X, y = _data(seed, n, d, k, offset=50.0)
    w = np.random.default_rng(seed + 1).uniform(0.1, 3.0, n) if weighted else None
    whole = GaussianClassifier(**params).fit(X, y, sample_weight=w)
    edges = sorted({0, n, *(int(c * n) for c in cuts)})
    chunked = GaussianClassifier(**params)
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        if hi > lo:
            chunked.partial_fit(
                X[lo:hi],
                y[lo:hi],
                classes=np.unique(y),
                sample_weight=None if w is None else w[lo:hi],
            )
    for a, b in zip(_fitted_moments(whole), _fitted_moments(chunked), strict=True):
        _assert_rel(a, b)
    # Smoothing happens at predict time from the merged moments, so it cannot drift.
    np.testing.assert_allclose(chunked.predict_proba(X), whole.predict_proba(X), atol=1e-10)


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(6, 90), k=st.integers(1, 4))
def test_fitted_moments_are_the_weighted_mle_of_each_class(seed, n, k):
    X, y = _data(seed, n, 3, k, offset=-20.0)
    w = np.random.default_rng(seed).uniform(0.1, 5.0, n)
    diag = GaussianClassifier().fit(X, y, sample_weight=w)
    full = GaussianClassifier(covariance="full", reg_param=0.5).fit(X, y, sample_weight=w)
    for c in range(k):
        rows, wc = X[y == c], w[y == c]
        mean = np.average(rows, axis=0, weights=wc)
        cov = ((rows - mean) * wc[:, None]).T @ (rows - mean) / wc.sum()  # divisor: sum of w
        np.testing.assert_allclose(diag.class_count_[c], wc.sum(), rtol=1e-12)
        np.testing.assert_allclose(diag.means_[c], mean, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(diag.vars_[c], np.diag(cov), rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(full.covariances_[c], cov, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(diag.class_prior_, diag.class_count_ / w.sum(), rtol=1e-12)


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(5, 80), params=st.sampled_from(MODELS))
def test_integer_weights_equal_repeated_rows(seed, n, params):
    X, y = _data(seed, n, 3, 2)
    reps = np.random.default_rng(seed).integers(0, 4, n)
    reps[:2] = 1  # keep both classes
    weighted = GaussianClassifier(**params).fit(X, y, sample_weight=reps)
    repeated = GaussianClassifier(**params).fit(np.repeat(X, reps, axis=0), np.repeat(y, reps))
    for a, b in zip(_fitted_moments(weighted), _fitted_moments(repeated), strict=True):
        _assert_rel(a, b, 1e-9)
    np.testing.assert_allclose(weighted.predict_proba(X), repeated.predict_proba(X), atol=1e-9)


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(4, 80), params=st.sampled_from(MODELS))
def test_unit_weights_equal_no_weights(seed, n, params):
    X, y = _data(seed, n, 2, 2)
    a = GaussianClassifier(**params).fit(X, y)
    b = GaussianClassifier(**params).fit(X, y, sample_weight=np.ones(n))
    for u, v in zip(_fitted_moments(a), _fitted_moments(b), strict=True):
        _assert_rel(u, v, 1e-12)


@SETTINGS
@given(
    seed=st.integers(0, 2**32 - 1),
    shift=st.sampled_from([0.0, -1e3, 1e6, 3e8]),
    scale=st.sampled_from([1e-10, 1e-3, 1.0, 1e4, 1e10]),
)
def test_predictions_invariant_to_shift_and_scale(seed, shift, scale):
    # Storing X * scale + shift rounds the data by ~|shift| / scale ulps of its spread;
    # beyond 1e9 the transformed data no longer holds the same points.
    ratio = abs(shift) / scale
    assume(ratio <= 1e9)
    X, y = _data(seed, 300, 3, 3)
    base = GaussianClassifier().fit(X, y)
    moved = GaussianClassifier().fit(X * scale + shift, y)
    got = moved.predict_proba(X * scale + shift)
    np.testing.assert_allclose(got, base.predict_proba(X), atol=1e-9 + 2e-14 * ratio)
    if ratio <= 1e4:
        np.testing.assert_array_equal(moved.predict(X * scale + shift), base.predict(X))


@pytest.mark.parametrize("offset", [1e6, 1e8, -3e9])
def test_hard_offset_data_labels_match_direct_computation(offset):
    # Class means sit next to each other far from the origin: the expansion of
    # (x - mu)^2 would cancel without centring and the exact rescoring of near-ties.
    rng = np.random.default_rng(7)
    k, d, n = 6, 5, 20_000
    centres = rng.normal(0.0, 1.0, (k, d))
    y = rng.integers(0, k, n)
    X = offset + centres[y] + rng.normal(size=(n, d))
    ours = GaussianClassifier().fit(X, y)
    nb = GaussianNB().fit(X, y)
    np.testing.assert_array_equal(ours.predict(X), nb.predict(X))
    direct = ours._model()._direct(X)
    np.testing.assert_allclose(ours.predict_joint_log_proba(X), direct, rtol=0, atol=1e-9)
    if abs(offset) <= 1e6:
        # Further out, GaussianNB's own means drift (1e-6 absolute at 3e9, where ours
        # are exact to the last bit), so it stops being the reference for probabilities.
        np.testing.assert_allclose(ours.predict_proba(X), nb.predict_proba(X), atol=1e-8)


def test_far_apart_classes_keep_exact_labels_near_ties():
    # Two close classes plus one 1e7 away: centring on the pooled mean leaves large
    # |x'| for the close pair, so the rescoring step must catch near-ties.
    rng = np.random.default_rng(3)
    centres = np.array([[0.0, 0.0], [0.5, 0.0], [1e7, 1e7]])
    y = rng.integers(0, 3, 30_000)
    X = centres[y] + rng.normal(size=(30_000, 2))
    ours = GaussianClassifier().fit(X, y)
    model = ours._model()
    direct = model._direct(X)
    np.testing.assert_array_equal(ours.predict(X), ours.classes_[direct.argmax(axis=1)])
    shifted = direct - direct.max(axis=1, keepdims=True)
    proba = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(ours.predict_proba(X), proba, atol=1e-9)


@SETTINGS
@given(
    seed=st.integers(0, 2**32 - 1),
    offset=st.sampled_from([0.0, 1e3, 1e6, -1e8]),
    spread=st.sampled_from([1e-3, 1.0, 1e4]),
    far=st.sampled_from([0.0, 1e5, 1e7]),
    k=st.integers(2, 5),
)
def test_diag_scores_agree_with_the_direct_formula(seed, offset, spread, far, k):
    # Any mix of a common offset, per-feature scales and one far-away class: the fast
    # expanded kernel (with its rescoring of uncertain rows) must give the labels of the
    # direct (x - mu)^2 / s form and probabilities within 1e-9.
    rng = np.random.default_rng(seed)
    d = 3
    centres = rng.normal(0.0, 1.0, (k, d))
    centres[-1] += far
    y = np.r_[np.arange(k), rng.integers(0, k, 400)]
    scale = spread * rng.uniform(0.1, 10.0, d)
    X = offset + (centres[y] + rng.normal(size=(len(y), d))) * scale
    clf = GaussianClassifier().fit(X, y)
    direct = clf._model()._direct(X)
    np.testing.assert_array_equal(clf.predict(X), clf.classes_[direct.argmax(axis=1)])
    shifted = direct - direct.max(axis=1, keepdims=True)
    proba = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(clf.predict_proba(X), proba, rtol=0, atol=1e-9)


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), params=st.sampled_from(MODELS))
def test_row_order_and_subsets_do_not_change_scores(seed, params):
    X, y = _data(seed, 200, 3, 3)
    clf = GaussianClassifier(**params).fit(X, y)
    perm = np.random.default_rng(seed).permutation(200)
    full = clf.predict_joint_log_proba(X)
    np.testing.assert_allclose(clf.predict_joint_log_proba(X[perm]), full[perm], rtol=1e-12)
    np.testing.assert_allclose(clf.predict_joint_log_proba(X[:7]), full[:7], rtol=1e-12)
    refit = GaussianClassifier(**params).fit(X[perm], y[perm])
    for a, b in zip(_fitted_moments(clf), _fitted_moments(refit), strict=True):
        _assert_rel(a, b, 1e-12)


def test_float32_input_is_accumulated_in_float64():
    X, y = _data(0, 5000, 4, 3, offset=1e4)
    a = GaussianClassifier().fit(X.astype(np.float32), y)
    b = GaussianClassifier().fit(X.astype(np.float32).astype(np.float64), y)
    for u, v in zip(_fitted_moments(a), _fitted_moments(b), strict=True):
        _assert_rel(u, v, 1e-12)
    assert a.means_.dtype == np.float64


@SETTINGS
@given(
    labels=st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=50),
    dtype=st.sampled_from([np.int64, np.int32, np.uint8, np.uint64]),
    span=st.sampled_from([3, 1000, 2**30]),
)
def test_label_encoding_equals_numpy_unique(labels, dtype, span):
    info = np.iinfo(dtype)
    y = np.array([int(v) % span for v in labels])
    y = np.clip(y + (0 if info.min == 0 else -span // 2), info.min, info.max).astype(dtype)
    classes, codes = classes_and_codes(y)
    want_classes, want_codes = np.unique(y, return_inverse=True)
    np.testing.assert_array_equal(classes, want_classes)
    assert classes.dtype == y.dtype
    np.testing.assert_array_equal(codes, want_codes)


def test_concurrent_predictions_restore_the_blas_thread_count():
    from concurrent.futures import ThreadPoolExecutor

    from threadpoolctl import threadpool_info

    def blas_threads():
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    X, y = _data(0, 20_000, 5, 4)
    clf = GaussianClassifier().fit(X, y)
    before = blas_threads()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(clf.predict, [X] * 8))
    assert all(np.array_equal(r, results[0]) for r in results)
    assert blas_threads() == before
