"""Scores(best=True): each block's argmax taken in cache must be numpy's argmax."""

from __future__ import annotations

import numpy as np
import pytest

from estimators._classifier import GaussianClassifier
from estimators._classifier_predict import Scores


@pytest.mark.parametrize("k", [1, 2, 3, 10, 255, 256, 300])
def test_best_and_top_equal_numpy_argmax_with_ties_nan_and_inf(k):
    rng = np.random.default_rng(k)
    scores = rng.integers(0, 3, (k, 60)).astype(float)  # many exact ties
    scores[rng.integers(0, k), 5] = np.nan
    scores[0, 6] = np.nan
    scores[:, 7] = -np.inf
    scores[-1, 8] = np.inf
    out = Scores(100, k, best=True)
    for start, stop in ((0, 60), (60, 100)):  # two blocks, the second of other rows
        block = scores if start == 0 else scores[:, :40] - 1.0
        out.view(start, stop)[:] = block
        out.done(start, stop)
    expected = np.c_[scores, scores[:, :40] - 1.0]
    best = np.argmax(expected, axis=0)
    np.testing.assert_array_equal(out.best, best)
    np.testing.assert_array_equal(out.top, expected[best, np.arange(100)])


@pytest.mark.parametrize("covariance", ["diag", "full"])
def test_predict_is_the_argmax_of_the_joint_log_likelihood(covariance):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 12, 150_000)  # above the threaded size: blocks in two threads
    X = rng.normal(size=(12, 3))[y] + rng.normal(size=(len(y), 3))
    clf = GaussianClassifier(covariance=covariance).fit(X, y)
    jll = clf.predict_joint_log_proba(X)
    np.testing.assert_array_equal(clf.predict(X), clf.classes_[np.argmax(jll, axis=1)])
