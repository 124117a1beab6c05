"""GaussianMLE: its link to the derivation, agreement with numpy, equivariance, numerics, errors."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import derivations
from derivations.symbols import N, mu, sigma2
from estimators import GaussianForms, GaussianMLE
from estimators._stats import gaussian_forms

RNG = np.random.default_rng(2)


# --------------------------------------------------------------------------- the link


def test_default_forms_are_the_bundled_derivations_results():
    results = derivations.load("gaussian-mle").results
    forms = gaussian_forms()
    assert forms.mean.expr == results["mu"].rhs
    assert forms.var.expr == results["sigma2"].rhs
    assert forms.log_likelihood.expr == derivations.load("gaussian-mle").log_likelihood


def _modified(mu_rhs=None, sigma2_rhs=None) -> GaussianForms:
    """The bundled derivation's results with one right-hand side replaced."""
    results = dict(derivations.load("gaussian-mle").results)
    if mu_rhs is not None:
        results["mu"] = sp.Eq(mu, mu_rhs(results["mu"].rhs))
    if sigma2_rhs is not None:
        results["sigma2"] = sp.Eq(sigma2, sigma2_rhs(results["sigma2"].rhs))
    return GaussianForms.from_results(results)


def test_a_different_derivation_result_gives_a_different_estimator():
    X = RNG.normal(size=(500, 3)) * [1, 2, 3] + [0, 10, -5]
    base = GaussianMLE().fit(X)
    np.testing.assert_allclose(base.var_, X.var(0), rtol=1e-12)

    # A sigma^2 result with divisor N - 1 (not mergeable: evaluated as written).
    unbiased = GaussianMLE(closed_forms=_modified(sigma2_rhs=lambda r: r * N / (N - 1))).fit(X)
    np.testing.assert_allclose(unbiased.var_, X.var(0, ddof=1), rtol=1e-12)
    np.testing.assert_allclose(unbiased.mean_, base.mean_, rtol=1e-14)

    # A mu result off by one: the mean moves, and sigma^2 (which uses mu := the
    # mu estimate) grows by exactly 1^2.
    shifted = GaussianMLE(closed_forms=_modified(mu_rhs=lambda r: r + 1)).fit(X)
    np.testing.assert_allclose(shifted.mean_, base.mean_ + 1, rtol=1e-12)
    np.testing.assert_allclose(shifted.var_, base.var_ + 1, rtol=1e-12)


def test_log_likelihood_comes_from_the_derivation_and_matches_scipy():
    from scipy.stats import norm

    X = RNG.normal(size=(300, 2)) * [0.5, 4.0] + [1.0, -3.0]
    est = GaussianMLE().fit(X)
    ref = norm.logpdf(X, est.mean_, np.sqrt(est.var_)).sum(0)
    np.testing.assert_allclose(est.log_likelihood(X), ref, rtol=1e-12)
    assert isinstance(GaussianMLE().fit(X[:, 0]).log_likelihood(X[:, 0]), float)


# --------------------------------------------------------------------------- numerics


def test_attributes_and_standard_errors():
    X = RNG.normal(size=(400, 2)) * [1.0, 3.0]
    est = GaussianMLE().fit(X)
    assert est.n_samples_ == 400 and est.n_features_in_ == 2 and est.weight_sum_ == 400.0
    np.testing.assert_allclose(est.mean_, X.mean(0), rtol=1e-13)
    np.testing.assert_allclose(est.stderr_mean_, np.sqrt(X.var(0) / 400), rtol=1e-12)
    np.testing.assert_allclose(est.stderr_var_, X.var(0) * np.sqrt(2 / 400), rtol=1e-12)
    one = GaussianMLE().fit(X[:, 1])
    assert isinstance(one.mean_, float) and one.var_ == pytest.approx(X[:, 1].var(), rel=1e-12)


def test_sample_weights_are_a_weighted_mle():
    X = RNG.normal(size=(200, 2))
    w = RNG.integers(1, 4, 200)
    a = GaussianMLE().fit(X, sample_weight=w)
    b = GaussianMLE().fit(np.repeat(X, w, axis=0))
    np.testing.assert_allclose(a.mean_, b.mean_, rtol=1e-12)
    np.testing.assert_allclose(a.var_, b.var_, rtol=1e-12)
    np.testing.assert_allclose(a.stderr_var_, b.stderr_var_, rtol=1e-12)


def test_large_offset_keeps_the_variance_to_1e_6():
    z = RNG.normal(size=1_000_000)
    est = GaussianMLE().fit(1e9 + z)
    ref = np.var((1e9 + z) - 1e9)  # exact subtraction: the data as stored
    assert abs(est.var_ / ref - 1) < 1e-6
    assert abs(est.var_ / ref - 1) < 1e-12  # what the shifted blocks actually give


def test_constant_columns_give_exactly_zero():
    X = np.column_stack([np.full(10_001, 0.1), np.full(10_001, -3.3e8), RNG.normal(size=10_001)])
    est = GaussianMLE().fit(X)
    assert est.var_[0] == 0.0 and est.var_[1] == 0.0 and est.var_[2] > 0
    assert est.mean_[0] == 0.1 and est.mean_[1] == -3.3e8
    with pytest.raises(ValueError, match=r"Features \[0, 1\] have variance 0"):
        est.log_likelihood(X)


def test_float32_is_accumulated_in_float64():
    X32 = (RNG.normal(size=(300_000, 2)) * [1, 1e-3] + [1e4, 1]).astype(np.float32)
    est = GaussianMLE().fit(X32)
    ref = GaussianMLE().fit(X32.astype(np.float64))
    assert est.mean_.dtype == np.float64
    np.testing.assert_allclose(est.mean_, ref.mean_, rtol=1e-15)
    np.testing.assert_allclose(est.var_, ref.var_, rtol=1e-13)


@settings(max_examples=40, deadline=None)
@given(
    log_n=st.floats(np.log10(2), 5),
    log_scale=st.floats(-8, 8),
    offset=st.sampled_from([0.0, 1.0, -1e3, 1e6, 1e9]),
    seed=st.integers(0, 2**32 - 1),
)
def test_agrees_with_numpy(log_n, log_scale, offset, seed):
    rows, scale = int(10**log_n), 10.0**log_scale
    # float64 must be able to hold the spread at this offset at all.
    assume(offset == 0 or scale / abs(offset) > 1e-9)
    rng = np.random.default_rng(seed)
    X = offset + scale * rng.normal(size=(rows, 2))
    assume(np.ptp(X, axis=0).min() > 0)
    est = GaussianMLE().fit(X)
    np.testing.assert_allclose(est.mean_, X.mean(0), rtol=1e-12, atol=1e-12 * scale)
    ref = np.var(X - X[0], axis=0)  # numpy two-pass on exactly shifted data
    np.testing.assert_allclose(est.var_, ref, rtol=1e-9)


@settings(max_examples=40, deadline=None)
@given(
    rows=st.integers(2, 2000),
    shift=st.floats(-1e6, 1e6),
    log_a=st.floats(-6, 6),
    negate=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_equivariance_under_shift_and_scale(rows, shift, log_a, negate, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, 2)) * [1.0, 5.0] + [0.0, 3.0]
    a = (-1.0 if negate else 1.0) * 10.0**log_a
    base = GaussianMLE().fit(X)
    moved = GaussianMLE().fit(X + shift)
    scaled = GaussianMLE().fit(a * X)
    spread = np.sqrt(base.var_)
    # X + shift is rounded to the ulp of |shift|: that is the scale of agreement.
    rounding = 1e-14 * abs(shift) / spread
    assert np.all(np.abs(moved.mean_ - (base.mean_ + shift)) <= spread * (1e-12 + rounding))
    assert np.all(np.abs(moved.var_ / base.var_ - 1) <= 1e-10 + rounding)
    # a * X is rounded too, by ulp(a x): relative to a spread much smaller than |x| (two
    # rows 2e-4 apart at 3.05, found by hypothesis) that moves the variance by more than
    # 1e-12; the exact variance of the stored a * X agrees with ours to the last bit.
    scale_rounding = 4 * np.finfo(float).eps * np.abs(X).max(axis=0) / spread
    assert np.all(
        np.abs(scaled.mean_ - a * base.mean_) <= abs(a) * spread * (1e-12 + scale_rounding)
    )
    assert np.all(np.abs(scaled.var_ / (a * a * base.var_) - 1) <= 1e-12 + 2 * scale_rounding)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([[1.0, np.nan], [2.0, 3.0]], r"^X contains NaN at row 0, column 1\.$"),
        ([[1.0, 2.0], [-np.inf, 3.0]], r"^X contains infinity at row 1, column 0\.$"),
        (np.empty((0, 3)), r"^X has 0 sample\(s\); a variance needs at least 2\.$"),
        ([[1.0, 2.0]], r"^X has 1 sample\(s\); a variance needs at least 2\.$"),
        (np.empty((5, 0)), r"^X has 0 features\.$"),
        (3.0, r"^X must be 1-D or 2-D, got 0-D of shape \(\)\.$"),
        (np.zeros((2, 2, 2)), r"^X must be 1-D or 2-D, got 3-D of shape \(2, 2, 2\)\.$"),
        ([["a", "b"], ["c", "d"]], r"^X must hold real numbers, got dtype <U1\.$"),
        ([[1, None], [2, 3]], r"^X must hold real numbers, got dtype object\.$"),
        ([1 + 2j, 3j], r"^X must hold real numbers, got dtype complex128\.$"),
    ],
)
def test_bad_input_is_a_value_error_naming_the_problem(data, message):
    with pytest.raises(ValueError, match=message):
        GaussianMLE().fit(data)


def test_bad_weights_and_unfitted_use_are_named():
    X = RNG.normal(size=(4, 2))
    with pytest.raises(ValueError, match=r"sample_weight sums to 0"):
        GaussianMLE().fit(X, sample_weight=np.zeros(4))
    with pytest.raises(ValueError, match=r"weights must be finite and >= 0; rows \[1\]"):
        GaussianMLE().fit(X, sample_weight=[1, np.nan, 1, 1])
    with pytest.raises(ValueError, match=r"not fitted yet"):
        GaussianMLE().log_likelihood(X)
    with pytest.raises(ValueError, match=r"X has 3 features; this estimator was fitted on 2"):
        GaussianMLE().fit(X).log_likelihood(np.ones((4, 3)))


def test_init_only_stores_settings():
    est = GaussianMLE(chunk_rows=7)
    assert vars(est) == {"chunk_rows": 7, "closed_forms": None}
    assert est.fit(RNG.normal(size=(50, 1))) is est


@settings(max_examples=40, deadline=None)
@given(
    n_rows=st.integers(2, 300_000),
    n_cols=st.integers(1, 3),
    cells=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.floats(0, 1, exclude_max=True)),
        min_size=1,
        max_size=3,
    ),
    bad=st.sampled_from([np.nan, np.inf, -np.inf]),
    weighted=st.booleans(),
    huge=st.booleans(),
)
def test_a_bad_value_is_named_at_the_first_bad_cell_in_reading_order(
    n_rows, n_cols, cells, bad, weighted, huge
):
    # Whichever pass finds it (the support check or the statistics, in one thread or
    # several, with some rows weighted 0): the first NaN or infinity row by row, and
    # nothing is fitted. Values of 1e300 beside it make the plain sums overflow too.
    X = np.random.default_rng(n_rows).normal(size=(n_rows, n_cols)) * (1e300 if huge else 1.0)
    at = sorted({(int(r * n_rows), int(c * n_cols)) for r, c in cells})
    for r, c in at:
        X[r, c] = bad
    row, col = at[0]
    kind = "NaN" if np.isnan(bad) else "infinity"
    w = np.where(np.arange(n_rows) % 3 == 0, 0.0, 1.0) if weighted else None
    model = GaussianMLE()
    with pytest.raises(ValueError, match=rf"^X contains {kind} at row {row}, column {col}\.$"):
        model.fit(X, sample_weight=w)
    assert not hasattr(model, "mean_")
