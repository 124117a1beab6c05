"""GaussianClassifier(covariance="full") takes its formulas from gaussian-mvn-mle's results."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import sympy as sp

import derivations
import estimators._mvn_forms as mvn
from derivations.symbols import N
from estimators import GaussianClassifier

RNG = np.random.default_rng(5)


def _data():
    y = RNG.integers(0, 3, 300)
    X = RNG.normal(size=(300, 4)) @ RNG.normal(size=(4, 4)) + 3 * y[:, None]
    return X, y


def _with_sigma(rhs_of):
    d = derivations.load("gaussian-mvn-mle")
    results = dict(d.results)
    sigma = results["Sigma"]
    results["Sigma"] = sp.Eq(sigma.lhs, rhs_of(sigma.rhs), evaluate=False)
    return mvn.MvnForms.from_results(dataclasses.replace(d, results=results).results)


def test_the_bundled_results_are_read_as_the_mle():
    forms = mvn.mvn_forms()
    assert (forms.shift_u, forms.shift_v) == (-1.0, -1.0)
    assert forms.cov_factor.expr == 1 / N and forms.mean_factor.expr == 1 / N


def test_covariances_are_the_per_class_mle():
    X, y = _data()
    est = GaussianClassifier(covariance="full").fit(X, y)
    for k in range(3):
        np.testing.assert_allclose(est.covariances_[k], np.cov(X[y == k].T, bias=True), rtol=1e-10)
        np.testing.assert_allclose(est.means_[k], X[y == k].mean(0), rtol=1e-12)


def test_a_planted_change_to_the_derivation_changes_the_fitted_covariance(monkeypatch):
    X, y = _data()
    today = GaussianClassifier(covariance="full").fit(X, y)
    # The divisor N - 1 instead of N in the derivation's result for Sigma.
    planted = _with_sigma(lambda rhs: rhs * N / (N - 1))
    monkeypatch.setattr(mvn, "mvn_forms", lambda: planted)
    changed = GaussianClassifier(covariance="full").fit(X, y)
    n = today.class_count_
    np.testing.assert_allclose(
        changed.covariances_, today.covariances_ * (n / (n - 1))[:, None, None], rtol=1e-12
    )
    assert not np.allclose(changed.covariances_, today.covariances_)


def test_a_result_of_another_shape_is_refused_by_name():
    with pytest.raises(ValueError, match=r"^Result 'Sigma' sums .* not an outer product"):
        _with_sigma(
            lambda rhs: (
                rhs.args[0] * rhs.args[1].func(rhs.args[1].args[0].args[0], rhs.args[1].args[1])
            )
        )
