"""GaussianClassifier on dask arrays, computed on a dask.distributed LocalCluster."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

da = pytest.importorskip("dask.array")
distributed = pytest.importorskip("distributed")

from estimators._classifier import GaussianClassifier  # noqa: E402
from estimators._dask import tree_reduce  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # In-process workers start in well under a second and keep the test light on 2 cores.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _data(n: int = 6000, d: int = 4, k: int = 3, seed: int = 0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    X = 1e5 + rng.normal(0, 2, (k, d))[y] + rng.normal(size=(n, d))
    w = rng.uniform(0.0, 2.0, n)
    return X, y, w


def _rel(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).max() / np.abs(b).max())


@pytest.mark.parametrize("params", [{}, {"covariance": "full"}])
@pytest.mark.parametrize("chunks", [(1000, 4), (777, 2), (6000, 4)])
def test_dask_fit_equals_in_memory_fit_on_a_cluster(client, params, chunks):
    X, y, w = _data()
    dX = da.from_array(X, chunks=chunks)
    dy = da.from_array(y, chunks=1500)  # deliberately misaligned with X's chunks
    dw = da.from_array(w, chunks=2000)
    with distributed.get_task_stream(client) as stream:
        ours = GaussianClassifier(**params).fit(dX, dy, sample_weight=dw)
    n_chunks = -(-X.shape[0] // chunks[0])
    names = [t["key"] for t in stream.data]
    assert sum("chunk_stats" in str(k) for k in names) == n_chunks
    assert sum("merge_stats" in str(k) for k in names) == n_chunks - 1
    ref = GaussianClassifier(**params).fit(X, y, sample_weight=w)
    np.testing.assert_array_equal(ours.classes_, ref.classes_)
    assert _rel(ours.class_count_, ref.class_count_) <= 1e-12
    assert _rel(ours.means_, ref.means_) <= 1e-10
    second = "covariances_" if params else "vars_"
    assert _rel(getattr(ours, second), getattr(ref, second)) <= 1e-10
    np.testing.assert_array_equal(ours.predict(X), ref.predict(X))


@pytest.mark.parametrize("params", [{}, {"covariance": "full"}])
def test_dask_prediction_is_lazy_and_matches_numpy(client, params):
    X, y, _ = _data(seed=4)
    clf = GaussianClassifier(**params).fit(X, y)
    dX = da.from_array(X, chunks=(1000, 2))
    for method in (
        "predict",
        "predict_proba",
        "predict_log_proba",
        "predict_joint_log_proba",
        "decision_function",
    ):
        lazy = getattr(clf, method)(dX)
        assert isinstance(lazy, da.Array), method
        np.testing.assert_allclose(lazy.compute(), getattr(clf, method)(X), rtol=1e-12)
    binary = GaussianClassifier(**params).fit(X, y % 2)
    np.testing.assert_allclose(
        binary.decision_function(dX).compute(), binary.decision_function(X), rtol=1e-12
    )
    with pytest.raises(
        ValueError, match=r"X has 3 features, but GaussianClassifier is expecting 4"
    ):
        clf.predict(dX[:, :3])


def test_dask_partial_fit_with_numpy_labels(client):
    X, y, _ = _data(seed=1)
    clf = GaussianClassifier()
    for lo in range(0, 6000, 2000):
        clf.partial_fit(
            da.from_array(X[lo : lo + 2000], chunks=500), y[lo : lo + 2000], classes=[0, 1, 2]
        )
    ref = GaussianClassifier().fit(X, y)
    assert _rel(clf.vars_, ref.vars_) <= 1e-10
    assert _rel(clf.means_, ref.means_) <= 1e-10


def test_nan_in_a_chunk_is_named(client):
    X, y, _ = _data(seed=2)
    X[4321, 2] = np.nan
    with pytest.raises(ValueError, match=r"Input X contains NaN at row 4321, column 2"):
        GaussianClassifier().fit(da.from_array(X, chunks=1000), y)


def test_shape_mismatch_is_reported():
    X, y, _ = _data(seed=3)
    with pytest.raises(ValueError, match=r"y has shape \(5999,\), but X has 6000 rows"):
        GaussianClassifier().fit(da.from_array(X, chunks=1000), y[:-1])


@pytest.mark.parametrize("n", [1, 2, 3, 7, 8, 33])
def test_tree_reduce_is_balanced_and_complete(n):
    # Combine nested tuples so that the shape of the tree is visible.
    tree = tree_reduce(list(range(n)), lambda a, b: (a, b))

    def leaves(t):
        return [t] if isinstance(t, int) else leaves(t[0]) + leaves(t[1])

    def depth(t):
        return 0 if isinstance(t, int) else 1 + max(depth(t[0]), depth(t[1]))

    assert leaves(tree) == list(range(n))
    assert depth(tree) == int(np.ceil(np.log2(n)))


def test_core_never_imports_dask():
    code = (
        "import sys, numpy as np\n"
        "from estimators._classifier import GaussianClassifier\n"
        "X = np.random.default_rng(0).normal(size=(50, 2)); y = np.arange(50) % 2\n"
        "GaussianClassifier().fit(X, y).predict(X)\n"
        "GaussianClassifier().partial_fit(X, y, classes=[0, 1])\n"
        "assert not any(m.partition('.')[0] in ('dask', 'distributed') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
