"""The float32 predict kernel's speed paths keep the float64 kernel's labels.

``_classifier_full32._Whitened`` makes its whitening products in column chunks (small
products run faster in OpenBLAS), lays the whitened rows out coordinate-major so that one
einsum sums their squares, and counts rival classes in uint8. Each is a rearrangement of
the same arithmetic; these tests state what must survive it: the rows of a rearranged
panel are the float64 kernel's rows, chunked products give the float64 kernel's labels
whatever the chunk (also ragged last chunks and blocks not a multiple of it), and the
rival count agrees with its definition, for class counts on both sides of 256.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from estimators import _classifier_full32 as full32
from estimators._classifier import GaussianClassifier
from estimators._scores import Scores


def _data(seed: int, n: int, d: int, k: int):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 1.0, (k, d))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)]
    mix = rng.normal(size=(k, d, d)) * 0.4 + np.eye(d)
    X = centres[y] + np.einsum("nd,nde->ne", rng.normal(size=(n, d)), mix[y])
    return X, y


def _float64_labels(clf: GaussianClassifier, X: np.ndarray) -> np.ndarray:
    return np.argmax(clf.predict_joint_log_proba(X), axis=1)


@pytest.mark.parametrize(("nb", "width", "cols"), [(1, 1, 2), (3, 4, 5), (10, 7, 21)])
def test_coordinate_major_rows_are_the_class_major_rows_reordered(nb, width, cols):
    panel = np.random.default_rng(nb).normal(size=(nb * width, cols))
    out = full32._coordinate_major(panel, nb, width)
    assert out.dtype == np.float32 and out.flags.c_contiguous
    for k in range(nb):
        for j in range(width):
            np.testing.assert_array_equal(out[j * nb + k], panel[k * width + j].astype(np.float32))


@pytest.mark.parametrize("cols", [16, 333, 1_000_000])
def test_chunked_products_give_the_float64_labels(cols):
    # 20 features, 10 classes: three panels, blocks of 1186 rows; 16 and 333 columns per
    # product leave a ragged last chunk in every block, and 3 x 8192 + 517 rows a ragged
    # last block. Rows on the boundaries between classes are included (pairs' midpoints).
    X, y = _data(5, 30_000, 20, 10)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    model = clf._model()
    Xn, _ = _data(6, 3 * 8192 + 517 - 200, 20, 10)
    mid = 0.5 * (Xn[:200] + Xn[200:400])
    Xn = np.vstack([Xn, mid])
    plan = full32._Whitened.build(model)
    plan = dataclasses.replace(plan, chunks=(cols,) * len(plan.panels))
    scores = Scores(len(Xn), model.const.shape[0], best=True)
    kernel = plan.kernel(Xn, scores)
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        kernel(0, len(Xn))
    np.testing.assert_array_equal(scores.best, _float64_labels(clf, Xn))
    assert np.all(np.isfinite(scores.top))


def test_distances_do_not_depend_on_the_chunk_size_beyond_rounding():
    # Chunks change which BLAS kernel runs, so the float32 sums may round differently,
    # but only within the rounding bound the module proves for any order and kernel
    # (estimators/_classifier_full32.py, steps 1-2): |q~ - q| <= gamma (q~ + 2 e sqrt(q~)
    # + gamma e^2) with e = |o_k| + || |W_k| ||_2 |x|. The whitening cancels large terms,
    # so the error scales with e, not with the distance: a bound of 1e-5 q~ held on one
    # CPU and failed on another (AMD EPYC, AVX-512: 268 of 50,000 distances off by up to
    # 1.5e-4 q~, all inside this bound).
    X, y = _data(7, 5000, 20, 10)
    model = GaussianClassifier(covariance="full").fit(X, y)._model()
    plan = full32._Whitened.build(model)
    xa = np.vstack([np.ones(len(X)), (X - model.centre).T]).astype(np.float32)
    z = np.empty((20 * 10, len(X)), np.float32)
    whole, chunked = (np.empty((10, len(X)), np.float32) for _ in range(2))
    dataclasses.replace(plan, chunks=(len(X),) * len(plan.panels)).distances(xa, z, whole)
    dataclasses.replace(plan, chunks=(37, 50, 16)).distances(xa, z, chunked)
    d = X.shape[1]
    u = 2.0**-24
    gamma = (d + 3) * u / (1 - (d + 3) * u)
    r = np.linalg.norm(X - model.centre, axis=1)
    a = np.array([np.linalg.norm(np.abs(w), 2) for w in model.whiten])[:, None]
    e = np.linalg.norm(model.offsets, axis=1)[:, None] + a * r[None, :]
    q = np.maximum(whole.astype(np.float64), chunked.astype(np.float64))
    bound = gamma * (q + 2 * e * np.sqrt(q) + gamma * e**2)
    assert np.all(np.abs(whole.astype(np.float64) - chunked) <= 2 * bound)
    # and the bound is not vacuous: far below the distances themselves
    assert np.median(bound / q) < 1e-3


@pytest.mark.parametrize("k", [2, 10, 255, 256, 300])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_rival_count_agrees_with_its_definition(k, dtype):
    rng = np.random.default_rng(k)
    m = 4000
    t = rng.integers(-3, 3, (k, m)).astype(dtype)  # many exact ties
    t[0, :50] = np.nan
    t[:, 50:60] = 7.0  # every class at the maximum
    limit = t.max(axis=0) - rng.choice([0.0, 0.5, 1.0, 10.0], m).astype(dtype)
    limit[60:70] = np.nan
    limit[70:80] = -np.inf
    expected = (np.count_nonzero(t >= limit, axis=0) <= 1) & np.isfinite(limit)
    np.testing.assert_array_equal(full32._alone(t, limit), expected)


@pytest.mark.parametrize("k", [1, 2, 10, 13, 14, 60, 210, 300])
def test_sole_winner_agrees_with_its_definition(k):
    # A row is decided when exactly one class reaches its (finite) limit; that class is
    # the winner. Codes K + k summed in a narrow integer type must neither overflow nor
    # mistake two or more classes for one, ties and NaN included.
    rng = np.random.default_rng(k)
    m = 3000
    u = rng.integers(-3, 3, (k, m)).astype(np.float32)  # many exact ties
    u[0, :50] = np.nan
    u[:, 50:60] = 7.0  # every class at the maximum
    u[:, 60:70] = -np.inf
    limit = u.max(axis=0) - rng.choice([0.0, 0.5, 1.0, 10.0], m).astype(np.float32)
    limit[70:80] = np.nan
    limit[80:90] = -np.inf
    limit[90:100] = np.inf
    codes = full32._class_codes(k)
    sole, best = full32._sole_winner(u, limit, codes, np.empty((k, m), codes.dtype))
    hit = u >= limit
    expected = (np.count_nonzero(hit, axis=0) == 1) & np.isfinite(limit)
    np.testing.assert_array_equal(sole, expected)
    np.testing.assert_array_equal(best[sole], np.argmax(hit, axis=0)[sole])
    assert codes.dtype.itemsize == (1 if k <= 13 else 2 if k <= 209 else 4)
