"""Benchmark GaussianClassifier against scikit-learn's GaussianNB and QDA in one process.

Run from the repository root::

    python benchmarks/bench_classifier.py            # the issue's sizes: 1e6 x 20, 10 classes
    python benchmarks/bench_classifier.py --quick    # small sizes, a smoke test for CI

Prints medians of repeated runs and ratios measured in the same run:

1. ``covariance="diag"`` vs ``GaussianNB``: fit and predict (targets: fit >= 1.5x faster,
   predict >= 5x faster), identical labels, largest probability difference;
2. ``covariance="full"`` (``var_smoothing=0``, QDA's model) vs
   ``QuadraticDiscriminantAnalysis``: fit, predict, identical labels;
3. hard data (the same classes shifted by 1e6): identical labels to GaussianNB;
4. peak memory allocated during ``fit`` (tracemalloc; numpy reports its buffers to it)
   relative to the size of X, for ours and GaussianNB.

Exit status 1 if labels differ anywhere, or, with ``--check``, if a speed target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_seconds, peak_bytes  # noqa: E402
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis  # noqa: E402
from sklearn.naive_bayes import GaussianNB  # noqa: E402

from estimators._classifier import GaussianClassifier  # noqa: E402


def make_data(n: int, d: int, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 1.0, (k, d))
    y = rng.integers(0, k, n)
    X = centres[y] + rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    return X, y


def line(name: str, seconds: float) -> str:
    return f"    {name:<34}{seconds * 1e3:10.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (2e4 x 5, 3 classes)")
    parser.add_argument("--n", type=int, help="rows (default 1e6, quick 2e4)")
    parser.add_argument("--d", type=int, help="features (default 20, quick 5)")
    parser.add_argument("--k", type=int, help="classes (default 10, quick 3)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per median")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="exit 1 if a speed target is missed")
    args = parser.parse_args(argv)
    n = args.n or (20_000 if args.quick else 1_000_000)
    d = args.d or (5 if args.quick else 20)
    k = args.k or (3 if args.quick else 10)
    X, y = make_data(n, d, k, args.seed)
    ok_labels, ok_speed = True, True
    print(
        f"GaussianClassifier benchmark: {n:.0e} x {d} float64, {k} classes, median of {args.repeat}"
    )

    start = time.perf_counter()
    GaussianClassifier().fit(X[:100], y[:100])  # compiles the derived closed forms once
    print(f"    one-off: compile the closed forms{(time.perf_counter() - start) * 1e3:9.1f} ms")

    # [1] diagonal covariance vs GaussianNB
    ours, nb = GaussianClassifier().fit(X, y), GaussianNB().fit(X, y)
    t_fit = median_seconds(lambda: GaussianClassifier().fit(X, y), args.repeat)
    t_fit_nb = median_seconds(lambda: GaussianNB().fit(X, y), args.repeat)
    t_pred = median_seconds(lambda: ours.predict(X), args.repeat)
    t_pred_nb = median_seconds(lambda: nb.predict(X), args.repeat)
    same = np.array_equal(ours.predict(X), nb.predict(X))
    rows = slice(0, min(n, 200_000))
    dproba = np.abs(ours.predict_proba(X[rows]) - nb.predict_proba(X[rows])).max()
    ok_labels &= same
    fit_ratio, pred_ratio = t_fit_nb / t_fit, t_pred_nb / t_pred
    ok_speed &= fit_ratio >= 1.5 and pred_ratio >= 5.0
    print("[1] covariance='diag' vs GaussianNB")
    print(line("GaussianNB.fit", t_fit_nb))
    print(line("GaussianClassifier.fit", t_fit))
    print(f"    fit speed-up                      {fit_ratio:10.2f}x  (target >= 1.5x)")
    print(line("GaussianNB.predict", t_pred_nb))
    print(line("GaussianClassifier.predict", t_pred))
    print(f"    predict speed-up                  {pred_ratio:10.2f}x  (target >= 5x)")
    print(f"    identical labels                  {same}")
    print(f"    max |proba difference| ({rows.stop:.0e} rows) {dproba:.2e}")

    # [2] full covariance vs QDA (QDA's model is ours with var_smoothing=0)
    full = GaussianClassifier(covariance="full", var_smoothing=0.0).fit(X, y)
    qda = QuadraticDiscriminantAnalysis().fit(X, y)
    t_fit = median_seconds(
        lambda: GaussianClassifier(covariance="full", var_smoothing=0.0).fit(X, y), args.repeat
    )
    t_fit_q = median_seconds(lambda: QuadraticDiscriminantAnalysis().fit(X, y), args.repeat)
    t_pred = median_seconds(lambda: full.predict(X), args.repeat)
    t_pred_q = median_seconds(lambda: qda.predict(X), args.repeat)
    same = np.array_equal(full.predict(X), qda.predict(X))
    ok_labels &= same
    print("[2] covariance='full', var_smoothing=0 vs QuadraticDiscriminantAnalysis")
    print(line("QDA.fit", t_fit_q))
    print(line("GaussianClassifier.fit", t_fit))
    print(f"    fit speed-up                      {t_fit_q / t_fit:10.2f}x")
    print(line("QDA.predict", t_pred_q))
    print(line("GaussianClassifier.predict", t_pred))
    print(f"    predict speed-up                  {t_pred_q / t_pred:10.2f}x")
    print(f"    identical labels                  {same}")

    # [3] hard data: the same classes 1e6 away from the origin
    Xh = X + 1e6
    same = np.array_equal(
        GaussianClassifier().fit(Xh, y).predict(Xh), GaussianNB().fit(Xh, y).predict(Xh)
    )
    ok_labels &= same
    print("[3] data shifted by 1e6: identical labels to GaussianNB   ", same)

    # [4] memory
    size = X.nbytes
    peak = peak_bytes(lambda: GaussianClassifier().fit(X, y))
    peak_full = peak_bytes(lambda: GaussianClassifier(covariance="full").fit(X, y))
    peak_nb = peak_bytes(lambda: GaussianNB().fit(X, y))
    print(f"[4] peak memory allocated during fit (X is {size / 2**20:.1f} MiB)")
    print(f"    GaussianClassifier diag  {peak / 2**20:9.1f} MiB = {peak / size:.2f} x X")
    print(f"    GaussianClassifier full  {peak_full / 2**20:9.1f} MiB = {peak_full / size:.2f} x X")
    print(f"    GaussianNB               {peak_nb / 2**20:9.1f} MiB = {peak_nb / size:.2f} x X")

    if not ok_labels:
        print("FAIL: labels differ from the scikit-learn anchor")
        return 1
    if args.check and not ok_speed:
        print("FAIL: a speed target was missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
