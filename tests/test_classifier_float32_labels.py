"""predict of the full-covariance model: float32 scores, certified labels, float64 where unsure.

``GaussianClassifier(covariance="full").predict`` scores rows in float32 and keeps a label
only when the row's margin exceeds a proven bound on the float32 and float64 rounding
errors; every other row is scored again by the float64 kernel. Its labels must therefore
be the float64 path's labels (``argmax`` of ``predict_joint_log_proba``, first maximum on
ties) on any data: random, rows on and within 1e-7 of a decision boundary, exact ties,
offsets of 1e8, ill-conditioned covariances, rows far out. Where the float64 margin itself
is below float64's rounding, the float64 answer depends on the row's position in its BLAS
block (shown below); there the row must at least have been sent to the float64 kernel.
"""

from __future__ import annotations

import numpy as np
import pytest

from estimators import _classifier_full32 as full32
from estimators._classifier import GaussianClassifier
from estimators._scores import Scores

# Rows per prediction in these tests: above the size where the float32 path is used.
N = 6000


def _data(seed: int, n: int, d: int, k: int, offset: float = 0.0, spread: float = 3.0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, spread, (k, d))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)]
    # Each class its own covariance, so the boundaries are quadrics, not planes.
    mix = rng.normal(size=(k, d, d)) * 0.4 + np.eye(d)
    X = centres[y] + np.einsum("nd,nde->ne", rng.normal(size=(n, d)), mix[y])
    return X + offset, y


def _float64_labels(clf: GaussianClassifier, X: np.ndarray) -> np.ndarray:
    return clf.classes_[np.argmax(clf.predict_joint_log_proba(X), axis=1)]


@pytest.fixture
def rescored(monkeypatch):
    """Rows (indices into X) the float32 path sent back to the float64 kernel."""
    seen: list[np.ndarray] = []
    original = full32.rescore_rows

    def spy(model, X, rows, scores):
        seen.append(np.array(rows))
        return original(model, X, rows, scores)

    monkeypatch.setattr(full32, "rescore_rows", spy)
    return _Seen(seen)


class _Seen:
    def __init__(self, seen: list[np.ndarray]) -> None:
        self.seen = seen

    def all(self) -> np.ndarray:
        return np.unique(np.concatenate(self.seen)) if self.seen else np.array([], int)


@pytest.mark.parametrize(
    ("d", "k", "reg_param"),
    [(1, 2, 0.0), (2, 2, 0.0), (3, 3, 0.0), (5, 10, 0.1), (20, 10, 0.0), (30, 2, 0.0), (4, 1, 0.0)],
)
def test_labels_equal_the_float64_path_on_random_data(d, k, reg_param, rescored):
    X, y = _data(d * 100 + k, N, d, k, spread=1.0)  # overlapping classes
    clf = GaussianClassifier(covariance="full", reg_param=reg_param).fit(X, y)
    Xn, _ = _data(7, N, d, k, spread=1.0)
    np.testing.assert_array_equal(clf.predict(Xn), _float64_labels(clf, Xn))
    # The float32 scores decide almost every row of ordinary data; if the bound were so
    # loose that most rows went back to float64, predict would be slower than before.
    assert len(rescored.all()) < 0.05 * N


def test_two_threads_and_float32_input(rescored):
    X, y = _data(3, 70_000, 6, 4, spread=1.0)  # > 2 x 32768 rows: two threads
    clf = GaussianClassifier(covariance="full").fit(X, y)
    np.testing.assert_array_equal(clf.predict(X), _float64_labels(clf, X))
    X32 = X.astype(np.float32)
    np.testing.assert_array_equal(clf.predict(X32), _float64_labels(clf, X32))


def _boundary_points(clf: GaussianClassifier, p: np.ndarray, v: np.ndarray):
    """Points ``p + t v`` where the float64 label changes, by bisection on t.

    Returns ``t_lo, t_hi`` (adjacent where float64 allows it: the float64 label at
    ``t_lo`` is that of ``p``, at ``t_hi`` another) for the lines that cross a boundary
    within ``t`` in [0, 8].
    """
    lab0 = _float64_labels(clf, p)
    far = _float64_labels(clf, p + 8.0 * v)
    keep = far != lab0
    p, v, lab0 = p[keep], v[keep], lab0[keep]
    lo, hi = np.zeros(len(p)), np.full(len(p), 8.0)
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        same = _float64_labels(clf, p + mid[:, None] * v) == lab0
        lo, hi = np.where(same, mid, lo), np.where(same, hi, mid)
    return p, v, lo, hi


@pytest.mark.parametrize(("d", "k"), [(2, 2), (6, 2), (20, 2), (4, 3), (20, 10)])
def test_rows_on_and_near_decision_boundaries(d, k, rescored):
    X, y = _data(d + 10 * k, N, d, k, spread=1.5)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    rng = np.random.default_rng(1)
    p = X[rng.integers(0, N, 3000)]
    v = rng.normal(size=p.shape)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    p, v, lo, hi = _boundary_points(clf, p, v)
    assert len(p) > 200
    near = [p + (lo + s)[:, None] * v for s in (-1e-7, 1e-7, -1e-9, 1e-9)]
    on = [p + lo[:, None] * v, p + hi[:, None] * v, p + (0.5 * (lo + hi))[:, None] * v]
    # Padded with ordinary rows to the size where the float32 path is used.
    rows = np.vstack([*near, *on, X[: N - 7 * len(p)]]) if 7 * len(p) < N else None
    rows = np.vstack([*near, *on, X]) if rows is None else rows
    n_near, n_on = 4 * len(p), 3 * len(p)
    ours = clf.predict(rows)
    ref = _float64_labels(clf, rows)
    # Within 1e-7 and 1e-9 of a boundary the float64 margin is far above float64 rounding:
    # the float64 label is well defined and must be ours.
    np.testing.assert_array_equal(ours[:n_near], ref[:n_near])
    np.testing.assert_array_equal(ours[n_near + n_on :], ref[n_near + n_on :])
    # On the boundary itself (the two adjacent floats where float64 flips, and their
    # midpoint) the float64 label depends on the row's place in its block (next test), so
    # no path can promise "the" float64 label there. What must hold: no float32 score
    # decided such a row (all went to the float64 kernel), and the label is a float64
    # argmax up to float64 rounding.
    sent = np.zeros(len(rows), bool)
    sent[rescored.all()] = True
    assert sent[n_near : n_near + n_on].all()
    jll = clf.predict_joint_log_proba(rows)
    mine = jll[np.arange(len(rows)), np.searchsorted(clf.classes_, ours)]
    top = jll.max(axis=1)
    assert np.all(mine >= top - 1e-12 * (1.0 + np.abs(top)))


def test_float64_labels_on_the_boundary_depend_on_the_block_position():
    # Why the test above cannot ask for "the" float64 label on the boundary: the float64
    # kernel itself (OpenBLAS dgemm) rounds a column differently by where it sits in the
    # block, so the same row on the boundary gets different float64 labels when predicted
    # alone and among others (before this path existed too; about a third of such rows).
    X, y = _data(26, N, 20, 2, spread=1.5)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    rng = np.random.default_rng(1)
    p, v = X[rng.integers(0, N, 3000)], rng.normal(size=(3000, 20))
    p, v, lo, hi = _boundary_points(clf, p, v / np.linalg.norm(v, axis=1, keepdims=True))
    on = np.vstack([p + lo[:, None] * v, p + hi[:, None] * v])[:200]
    alone = np.concatenate([_float64_labels(clf, on[i : i + 1]) for i in range(len(on))])
    assert np.any(_float64_labels(clf, on) != alone)


@pytest.mark.parametrize("k", [2, 3])
def test_exact_ties_go_to_the_first_class(k, rescored):
    # Classes 0 and 1 fitted on the same rows: their float64 scores are equal bit for bit
    # everywhere, and numpy's argmax (the float64 path) picks class 0.
    X, y = _data(5, N, 4, k, spread=1.0)
    X = np.vstack([X[y == 0], X[y == 0], X[y >= 2]])
    y = np.r_[np.zeros((y == 0).sum(), int), np.ones((y == 0).sum(), int), y[y >= 2]]
    clf = GaussianClassifier(covariance="full").fit(X, y)
    Xn, _ = _data(6, N, 4, k, spread=1.0)
    ours = clf.predict(Xn)
    np.testing.assert_array_equal(ours, _float64_labels(clf, Xn))
    assert not np.any(ours == 1)
    assert np.any(ours == 0)


@pytest.mark.parametrize("k", [2, 4])
def test_offsets_of_1e8(k, rescored):
    X, y = _data(8, N, 5, k, offset=1e8, spread=1.0)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    np.testing.assert_array_equal(clf.predict(X), _float64_labels(clf, X))
    assert len(rescored.all()) < 0.05 * N


@pytest.mark.parametrize("k", [2, 3])
@pytest.mark.parametrize("eps", [1e-3, 3e-5])
def test_ill_conditioned_covariances(k, eps, rescored):
    # Feature 1 is feature 0 plus eps noise: correlation eigenvalues near eps^2 (3e-5 is
    # about the least the rank test accepts), whitening
    # entries near 1/eps, and the whitened coordinates cancel - the bound must see it.
    rng = np.random.default_rng(9)
    X, y = _data(9, N, 4, k, spread=1.0)
    X[:, 1] = X[:, 0] + eps * rng.normal(size=N) * (1 + y)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    Xn = X + 0.1 * eps * rng.normal(size=X.shape)
    np.testing.assert_array_equal(clf.predict(Xn), _float64_labels(clf, Xn))


@pytest.mark.parametrize("k", [2, 3])
def test_rows_beyond_float32_are_scored_in_float64(k, rescored):
    X, y = _data(10, N, 3, k, spread=1.0)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    Xn = X.copy()
    Xn[[5, 17, 400]] = [[1e20, 0.0, 0.0], [0.0, -3e38, 1.0], [1e45, 1e45, -1e45]]
    np.testing.assert_array_equal(clf.predict(Xn), _float64_labels(clf, Xn))
    assert {5, 17, 400} <= set(rescored.all().tolist())
    Xn[99] = [1e200, 0.0, 0.0]  # beyond float64 too: zero density, as before
    with pytest.raises(ValueError, match=r"Sample\(s\) \[99\] have zero density"):
        clf.predict(Xn)


@pytest.mark.parametrize("k", [2, 3])
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_nan_and_inf_are_named_by_row_and_column(k, bad):
    X, y = _data(11, N, 3, k)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    Xn = X.copy()
    Xn[4321, 2] = bad
    what = "NaN" if np.isnan(bad) else "infinity"
    with pytest.raises(ValueError, match=rf"^X contains {what} at row 4321, column 2\.$"):
        clf.predict(Xn)


@pytest.mark.parametrize(("declared", "seen"), [(4, [0, 2]), (5, [0, 1, 3]), (3, [1])])
def test_classes_without_data_are_never_predicted(declared, seen, rescored):
    X, y = _data(12, N, 3, len(seen), spread=1.0)
    labels = np.asarray(seen)[y]
    clf = GaussianClassifier(covariance="full")
    clf.partial_fit(X, labels, classes=np.arange(declared))
    ours = clf.predict(X)
    np.testing.assert_array_equal(ours, _float64_labels(clf, X))
    assert set(ours.tolist()) <= set(seen)


def test_priors_and_weights_move_the_boundary_as_in_float64(rescored):
    X, y = _data(13, N, 3, 2, spread=0.5)
    w = np.random.default_rng(0).uniform(0.1, 3.0, N)
    for priors in ([0.5, 0.5], [0.999, 0.001], [1e-12, 1 - 1e-12]):
        clf = GaussianClassifier(covariance="full", priors=priors).fit(X, y, sample_weight=w)
        np.testing.assert_array_equal(clf.predict(X), _float64_labels(clf, X))


def test_scaled_data_use_the_float64_kernel_and_keep_their_labels():
    # Data around 1e-30 or 1e30: whitening entries near 1e30 or 1e-30 are outside the
    # float32 path's range, which is not used; around 1e-8 and 1e8 it is. Labels are the
    # float64 path's either way.
    X, y = _data(14, N, 3, 3, spread=1.0)
    for scale in (1e-30, 1e-8, 1e8, 1e30):
        clf = GaussianClassifier(covariance="full").fit(X * scale, y)
        np.testing.assert_array_equal(clf.predict(X * scale), _float64_labels(clf, X * scale))


def _hard_rows(X: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    far = X[:50] * rng.choice([10.0, 1e3, 1e6], (50, 1))
    return np.vstack([X, far, X.mean(axis=0) + 1e-9 * rng.normal(size=(50, X.shape[1]))])


@pytest.mark.parametrize(
    ("k", "offset", "eps"), [(3, 0.0, 1.0), (4, 1e8, 1.0), (3, 0.0, 3e-5), (10, 50.0, 1e-2)]
)
@pytest.mark.parametrize("raw", [False, True])
def test_the_whitened_bound_holds_against_extended_precision(k, offset, eps, raw):
    # Step 2 of the module's derivation, before its factor 2 of safety: the float32
    # distance of every class is within gamma (q (1 + e/t) + e t + gamma e^2) of the exact
    # one (long double, from the same float64 factors, rows centred in float64 as the
    # float64 kernel centres them), here with t = sqrt(q~); rows rounded centred, or as
    # given (raw: whitened against mu_k W_k, the bound's b and a enlarged for it).
    X, y = _data(20 + k, N, 4, k, offset=offset, spread=1.0)
    X[:, 1] = X[:, 0] + eps * np.random.default_rng(0).normal(size=N) * (1 + y)
    model = GaussianClassifier(covariance="full").fit(X, y)._model()
    plan = full32._Whitened.build(model, raw=raw)
    assert plan.raw == raw
    rows = _hard_rows(X, k)
    xhat = rows - model.centre  # float64, as both kernels compute it
    x32 = np.vstack([np.ones(len(rows)), (rows if raw else xhat).T]).astype(np.float32)
    live = full32._live(model)
    # The kernel's own float32 arithmetic (products in column chunks, squares summed).
    q = np.empty((len(live), len(rows)), np.float32)
    plan.distances(x32, np.empty((4 * len(live), len(rows)), np.float32), q)
    q32 = q.astype(np.float64)
    w = model.whiten[live].astype(np.longdouble)
    o = model.offsets[live].astype(np.longdouble)
    z = np.einsum("nd,kde->kne", xhat.astype(np.longdouble), w) - o[:, None, :]
    exact = (z * z).sum(axis=2)
    r = full32._row_norm(np.einsum("dm,dm->m", x32[1:], x32[1:]), 4, plan.gamma)
    e = plan.b + plan.a * r
    t = np.sqrt(np.maximum(q32, 1e-300))
    g = plan.gamma
    bound = g * (q32 * (1.0 + e / t) + e * t + g * e * e)
    assert np.all(np.abs(q32 - exact.astype(np.float64)) <= bound)


@pytest.mark.parametrize(
    ("offset", "eps", "d"), [(0.0, 1.0, 5), (1e8, 1.0, 5), (0.0, 3e-5, 4), (3.0, 1.0, 5)]
)
@pytest.mark.parametrize("raw", [False, True])
def test_the_difference_bound_holds_against_extended_precision(offset, eps, d, raw):
    # Against the exact difference at the float64 kernel's centred row; raw: the float32
    # rows are the data as given, with beta' = beta + M c and g' in the plan.
    X, y = _data(30 + d, N, d, 2, offset=offset, spread=1.0)
    X[:, 1] = X[:, 0] + eps * np.random.default_rng(0).normal(size=N) * (1 + y)
    model = GaussianClassifier(covariance="full").fit(X, y)._model()
    plan = full32._Difference.build(model, raw=raw)
    assert plan.raw == raw
    rows = _hard_rows(X, d)
    xhat = rows - model.centre
    xs = np.hstack([np.ones((len(rows), 1)), rows if raw else xhat]).astype(np.float32)
    y32 = xs @ plan.weights
    delta = np.einsum("md,md->m", y32, xs[:, 1:]).astype(np.float64) + plan.g
    xl = xhat.astype(np.longdouble)
    score = []
    for k in plan.pair:
        z = xl @ model.whiten[k].astype(np.longdouble) - model.offsets[k].astype(np.longdouble)
        score.append(model.const[k] - 0.5 * (z * z).sum(axis=1))
    exact = (score[0] - score[1]).astype(np.float64)
    r = full32._row_norm(np.einsum("md,md->m", xs[:, 1:], xs[:, 1:]), d, plan.gamma)
    alpha2, alpha1, alpha0 = plan.alpha
    bound = (alpha2 * r + alpha1) * r + alpha0 + 2.0**-51 * np.abs(delta)
    # B carries a factor 2 of safety over the float32 error the derivation bounds.
    assert np.all(np.abs(delta - exact) <= 0.5 * bound)
    # The linear screen: beta^T x + g is within |M|_2 r^2 / 2 (plus B / 2) of delta.
    lin = (xs[:, 1:] @ plan.linear).astype(np.float64) + plan.g
    assert np.all(np.abs(lin - exact) <= plan.curvature * r * r + 0.5 * bound)


@pytest.mark.parametrize(("offset", "auto_raw"), [(0.0, True), (5.0, False), (1e8, False)])
@pytest.mark.parametrize("k", [2, 3, 10])
def test_rows_rounded_uncentred_or_centred_give_the_float64_labels(offset, auto_raw, k):
    # Rows are rounded to float32 uncentred only when the pooled centre is near the origin
    # on the whitened scale; either way, forced or chosen, the labels are the float64
    # kernel's (rows near boundaries, far out and at the centre included), and forcing the
    # uncentred plan on data far from the origin leaves more rows to the float64 kernel,
    # never a wrong label.
    X, y = _data(40 + k, N, 6, k, offset=offset, spread=1.0)
    clf = GaussianClassifier(covariance="full").fit(X, y)
    model = clf._model()
    kind = full32._Difference if k == 2 else full32._Whitened
    assert kind.build(model).raw == auto_raw
    rows = _hard_rows(X, k)
    expected = np.argmax(clf.predict_joint_log_proba(rows), axis=1)
    for raw in (False, True):
        plan = kind.build(model, raw=raw)
        scores = Scores(len(rows), model.const.shape[0], best=True)
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            plan.kernel(rows, scores)(0, len(rows))
        np.testing.assert_array_equal(scores.best, expected)
