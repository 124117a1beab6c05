"""Benchmark GaussianClassifier against scikit-learn's GaussianNB and QDA, interleaved.

Run from the repository root::

    python benchmarks/bench_classifier.py                      # the issue's sizes, one run
    python benchmarks/bench_classifier.py --runs 2 --record docs/benchmarks
    python benchmarks/bench_classifier.py --quick              # small sizes, a smoke test for CI
    python benchmarks/bench_classifier.py --only full100       # one section
    python benchmarks/bench_classifier.py --threads 1          # every contender on one thread

Sections (each contender pair is timed in interleaved rounds by ``benchmarks/_harness.py``;
speed-ups are medians of per-round ratios):

- ``diag``: ``covariance="diag"`` vs ``GaussianNB`` on 1e6 x 20 float64, 10 classes: fit
  (target >= 1.5x), predict (target >= 5x), identical labels, largest probability difference;
- ``full``: ``covariance="full", var_smoothing=0`` (QDA's model) vs
  ``QuadraticDiscriminantAnalysis`` on the same data: fit and predict (targets >= 10x),
  identical labels, probabilities within 1e-10; with each, the floor: the one product every
  such fit (``X.T @ X``) or prediction (``X @ [W_1 ... W_K]``, D x K D) must make, timed in
  the same rounds, and QDA's time over it (a ratio below 10 means 10x needs less
  arithmetic than that product, not a faster kernel);
- ``full100``: the same on 1e6 x 100, 2 classes, where the D^2 (scatter, whitening) and
  D^3 (factorisation) terms dominate;
- ``hard``: the diag data shifted by 1e6: identical labels to GaussianNB;
- ``memory``: peak memory allocated during ``fit`` (tracemalloc) relative to the size of X
  (target for the full model: <= 0.2x).

Exit status 1 if labels or probabilities differ anywhere, or, with ``--check``, if a
target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Figure, Session, add_arguments, main_loop, peak_bytes  # noqa: E402
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis  # noqa: E402
from sklearn.naive_bayes import GaussianNB  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from estimators._classifier import GaussianClassifier  # noqa: E402

SECTIONS = ("diag", "full", "full100", "hard", "memory")
PROBA_TOL = 1e-10


def make_data(n: int, d: int, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Class centres N(0, 1) per feature, spreads 0.5..2 per feature, labels uniform."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 1.0, (k, d))
    y = rng.integers(0, k, n)
    X = centres[y] + rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    return X, y


def _full() -> GaussianClassifier:
    return GaussianClassifier(covariance="full", var_smoothing=0.0)


def _max_proba_difference(a, b, X: np.ndarray, rows: int = 200_000) -> float:
    out = 0.0
    for start in range(0, len(X), rows):
        block = X[start : start + rows]
        out = max(out, float(np.abs(a.predict_proba(block) - b.predict_proba(block)).max()))
    return out


def _floor_products(X: np.ndarray, k: int):
    """Two timings of the product every full-covariance prediction must at least make.

    Whitening a row for all K classes is ``x @ [W_1 ... W_K]``, ``D x K D`` (fewer
    multiply-adds if ``W_k`` is triangular, but no kernel here beats the whole product's
    rate). Returned: the product as one numpy GEMM into a preallocated output (BLAS's own
    threads), and as our kernels run it: 4096-row blocks, class-major, one thread per core
    with single-threaded BLAS.
    """
    from estimators._parallel import map_ranges, split_rows, worker_count

    n, d = X.shape
    W = np.random.default_rng(0).normal(size=(d, k * d))
    Wt = np.ascontiguousarray(W.T)
    out = np.empty((n, k * d))
    rows = 4096

    def one() -> None:
        np.matmul(X, W, out=out)

    def blocks(lo: int, hi: int) -> None:
        buf = np.empty((k * d, rows))
        for start in range(lo, hi, rows):
            stop = min(start + rows, hi)
            np.matmul(Wt, X[start:stop].T, out=buf[:, : stop - start])

    def blocked() -> None:
        map_ranges(blocks, split_rows(n, worker_count(n)), k * d * d)

    return one, blocked


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        q = args.quick
        self.sizes = {
            "main": (20_000, 5, 3) if q else (args.n or 1_000_000, args.d or 20, args.k or 10),
            "full100": (20_000, 20, 2) if q else (args.n or 1_000_000, 100, 2),
        }
        self.ok_labels = True
        self.ok_targets = True
        self._data: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def data(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        if which not in self._data:
            self._data[which] = make_data(*self.sizes[which], self.args.seed)
        return self._data[which]

    def target(self, fig: Figure) -> None:
        if fig.met is False:
            self.ok_targets = False

    def __call__(self, s: Session) -> None:
        only = set(self.args.only or SECTIONS)
        GaussianClassifier().fit(*(a[:100] for a in self.data("main")))  # compile forms once
        if "diag" in only:
            self.diag(s)
        if "full" in only:
            self.full(s, "main", "full")
        if "full100" in only:
            self.full(s, "full100", "full100")
        if "hard" in only:
            self.hard(s)
        if "memory" in only:
            self.memory(s)

    def _label(self, which: str) -> str:
        n, d, k = self.sizes[which]
        return f"{n:.0e} x {d} float64, {k} classes"

    def diag(self, s: Session) -> None:
        X, y = self.data("main")
        s.say(f"[diag] covariance='diag' vs GaussianNB, {self._label('main')}")
        fit = s.compare(
            "    fit",
            [
                ("GaussianNB.fit", lambda: GaussianNB().fit(X, y)),
                ("GaussianClassifier.fit", lambda: GaussianClassifier().fit(X, y)),
            ],
        )
        self.target(s.speedup("diag_fit", "diag fit vs GaussianNB", fit, target=1.5))
        ours, nb = GaussianClassifier().fit(X, y), GaussianNB().fit(X, y)
        pred = s.compare(
            "    predict",
            [
                ("GaussianNB.predict", lambda: nb.predict(X)),
                ("GaussianClassifier.predict", lambda: ours.predict(X)),
            ],
        )
        self.target(s.speedup("diag_predict", "diag predict vs GaussianNB", pred, target=5.0))
        same = bool(np.array_equal(ours.predict(X), nb.predict(X)))
        diff = _max_proba_difference(ours, nb, X)
        self.ok_labels &= same
        s.check("diag: labels identical to GaussianNB", same)
        s.check("diag: max |proba - GaussianNB proba|", diff)
        s.say(f"    identical labels {same}; max |proba difference| {diff:.2e}")

    def full(self, s: Session, which: str, key: str) -> None:
        n, d, k = self.sizes[which]
        title = f"{n:.0e} x {d}, {k} classes"
        X, y = self.data(which)
        # QDA's fit on 1e6 x 100 takes ~40 s here: three rounds there.
        repeat = min(self.args.repeat, 3) if which == "full100" else None
        s.say(f"[{key}] covariance='full', var_smoothing=0 vs QDA, {self._label(which)}")
        fit = s.compare(
            "    fit",
            [
                ("QDA.fit", lambda: QuadraticDiscriminantAnalysis().fit(X, y)),
                ("GaussianClassifier.fit", lambda: _full().fit(X, y)),
                ("floor: X.T @ X", lambda: X.T @ X),
            ],
            repeat=repeat,
        )
        self.target(s.speedup(f"{key}_fit", f"full fit vs QDA ({title})", fit, target=10.0))
        s.speedup(f"{key}_fit_floor", f"floor: QDA.fit / X.T @ X ({title})", fit, index=2)
        ours, qda = _full().fit(X, y), QuadraticDiscriminantAnalysis().fit(X, y)
        gemm, gemm_blocks = _floor_products(X, k)
        pred = s.compare(
            "    predict",
            [
                ("QDA.predict", lambda: qda.predict(X)),
                ("GaussianClassifier.predict", lambda: ours.predict(X)),
                (f"floor: X @ ({d} x {k * d})", gemm),
                ("floor, blocks per core", gemm_blocks),
            ],
            repeat=repeat,
        )
        self.target(
            s.speedup(f"{key}_predict", f"full predict vs QDA ({title})", pred, target=10.0)
        )
        for index, what in ((2, "one GEMM"), (3, "GEMM in blocks, one thread per core")):
            s.speedup(
                f"{key}_predict_floor{index - 1}",
                f"floor: QDA.predict / X @ (D x K D), {what} ({title})",
                pred,
                index=index,
            )
        del gemm, gemm_blocks
        same = bool(np.array_equal(ours.predict(X), qda.predict(X)))
        diff = _max_proba_difference(ours, qda, X)
        self.ok_labels &= same and diff <= PROBA_TOL
        s.check(f"{key}: labels identical to QDA", same)
        s.check(f"{key}: max |proba - QDA proba|", diff)
        s.say(f"    identical labels {same}; max |proba difference| {diff:.2e} (<= {PROBA_TOL:g})")

    def hard(self, s: Session) -> None:
        X, y = self.data("main")
        Xh = X + 1e6
        same = bool(
            np.array_equal(
                GaussianClassifier().fit(Xh, y).predict(Xh), GaussianNB().fit(Xh, y).predict(Xh)
            )
        )
        self.ok_labels &= same
        s.check("hard: data + 1e6, labels identical to GaussianNB", same)
        s.say(f"[hard] data shifted by 1e6: identical labels to GaussianNB {same}")

    def memory(self, s: Session) -> None:
        X, y = self.data("main")
        size = X.nbytes
        s.say(f"[memory] peak memory allocated during fit (X is {size / 2**20:.1f} MiB)")
        rows = [
            ("diag", "GaussianClassifier diag", lambda: GaussianClassifier().fit(X, y), None),
            ("full", "GaussianClassifier full", lambda: _full().fit(X, y), 0.2),
            ("nb", "GaussianNB", lambda: GaussianNB().fit(X, y), None),
            ("qda", "QDA", lambda: QuadraticDiscriminantAnalysis().fit(X, y), None),
        ]
        for key, name, fn, target in rows:
            peak = peak_bytes(fn) / size
            met = None if target is None else peak <= target
            fig = Figure(
                f"memory_{key}",
                f"peak memory of {name}.fit / size of X",
                peak,
                peak,
                peak,
                "x X",
                "" if target is None else f"<= {target:g}x X",
                met,
            )
            self.target(s.figure(fig))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (2e4 rows)")
    parser.add_argument("--n", type=int, help="rows (default 1e6)")
    parser.add_argument("--d", type=int, help="features of the main data (default 20)")
    parser.add_argument("--k", type=int, help="classes of the main data (default 10)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run these sections only")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--threads",
        type=int,
        help="limit BLAS to this many threads for every contender (threadpoolctl; our kernels "
        "follow the limit); the environment record shows it. With 1, the ratios compare the "
        "work done, and QDA's BLAS threads cannot spin against other jobs on a busy machine",
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = min(args.repeat, 3)
    bench = Bench(args)
    limit = threadpool_limits(args.threads) if args.threads else contextlib.nullcontext()
    with warnings.catch_warnings(), limit:
        warnings.simplefilter("ignore", category=UserWarning)  # QDA's collinearity warnings
        main_loop("bench_classifier", args, bench, argv=argv)
    if not bench.ok_labels:
        print("FAIL: labels or probabilities differ from the scikit-learn anchor")
        return 1
    if args.check and not bench.ok_targets:
        print("FAIL: a target was missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
