"""Scaling curves: fit and predict time against N, D and K, ours and scikit-learn's.

Run from the repository root (matplotlib is the ``plot`` extra)::

    python benchmarks/plot_scaling.py --out docs/images --record docs/benchmarks
    python benchmarks/plot_scaling.py --out /tmp/curves --small    # seconds, for tests

Three sweeps, each varying one size with the others fixed:

- N (rows) from 1e3 to 1e7, with D = 20 features and K = 10 classes;
- D from 2 to 200, with N = 1e5 and K = 5;
- K from 2 to 100, with N = 1e5 and D = 20.

Four contenders: ``GaussianClassifier()`` (diagonal) and ``GaussianNB``,
``GaussianClassifier(covariance="full", var_smoothing=0)`` and
``QuadraticDiscriminantAnalysis``. Each point is the median of up to ``--repeat`` timed
calls (one call when a call takes more than a second). The figure (``scaling.png``) has
fit on top and predict below, log-log; the slope of log(time) against log(size) over the
last three points of each curve is printed (and written with ``--record``): a slope of 1
is linear growth, 2 quadratic.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import blas_summary, environment  # noqa: E402
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis  # noqa: E402
from sklearn.naive_bayes import GaussianNB  # noqa: E402

from estimators import GaussianClassifier  # noqa: E402

CONTENDERS: dict[str, Callable[[], object]] = {
    "ours diag": lambda: GaussianClassifier(),
    "GaussianNB": lambda: GaussianNB(),
    "ours full": lambda: GaussianClassifier(covariance="full", var_smoothing=0.0),
    "QDA": lambda: QuadraticDiscriminantAnalysis(),
}
STYLE = {
    "ours diag": ("tab:blue", "-", "o"),
    "GaussianNB": ("tab:blue", "--", "s"),
    "ours full": ("tab:red", "-", "o"),
    "QDA": ("tab:red", "--", "s"),
}

FULL = {
    "N": ([1_000, 10_000, 100_000, 1_000_000, 10_000_000], {"d": 20, "k": 10}),
    "D": ([2, 5, 10, 20, 50, 100, 200], {"n": 100_000, "k": 5}),
    "K": ([2, 5, 10, 20, 50, 100], {"n": 100_000, "d": 20}),
}
SMALL = {
    "N": ([500, 1_000, 2_000, 4_000], {"d": 4, "k": 3}),
    "D": ([2, 3, 4, 6], {"n": 2_000, "k": 3}),
    "K": ([2, 3, 4, 6], {"n": 2_000, "d": 4}),
}


def make_data(n: int, d: int, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """As ``bench_classifier.make_data``: every class present."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 1.0, (k, d))
    y = np.r_[np.arange(k), rng.integers(0, k, n - k)]
    X = centres[y] + rng.normal(size=(n, d)) * rng.uniform(0.5, 2.0, d)
    return X, y


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of up to ``repeat`` calls; one call if it takes over a second."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        if times[-1] > 1.0:
            break
    return statistics.median(times)


def measure(n: int, d: int, k: int, repeat: int) -> dict[str, dict[str, float]]:
    X, y = make_data(n, d, k)
    out = {}
    for name, make in CONTENDERS.items():
        model = make().fit(X, y)  # warm-up, and the model to predict with
        out[name] = {
            "fit": timed(lambda make=make: make().fit(X, y), repeat),
            "predict": timed(lambda model=model: model.predict(X), repeat),
        }
    return out


def slope(sizes: list[float], times: list[float], last: int = 3) -> float:
    """Least-squares slope of log(time) against log(size) over the last ``last`` points."""
    x, t = np.log(sizes[-last:]), np.log(times[-last:])
    return float(np.polyfit(x, t, 1)[0])


def sweep(grid: dict, repeat: int, say: Callable[[str], None]) -> dict:
    results: dict = {}
    for axis, (values, fixed) in grid.items():
        points = []
        for v in values:
            sizes = {**fixed, axis.lower(): v}
            say(f"  {axis} = {v:<9} (n={sizes['n']}, d={sizes['d']}, k={sizes['k']})")
            points.append(measure(sizes["n"], sizes["d"], sizes["k"], repeat))
        results[axis] = {"values": values, "fixed": fixed, "points": points}
    return results


def slopes(results: dict) -> dict:
    out: dict = {}
    for axis, data in results.items():
        for name in CONTENDERS:
            for op in ("fit", "predict"):
                times = [p[name][op] for p in data["points"]]
                out.setdefault(axis, {}).setdefault(name, {})[op] = slope(data["values"], times)
    return out


def plot(results: dict, path: Path, title: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    axes_order = list(results)
    fig, axes = plt.subplots(2, len(axes_order), figsize=(4.2 * len(axes_order), 7.5), dpi=110)
    for col, axis in enumerate(axes_order):
        data = results[axis]
        fixed = ", ".join(f"{k.upper()}={v:g}" for k, v in data["fixed"].items())
        for row, op in enumerate(("fit", "predict")):
            ax = axes[row][col]
            for name in CONTENDERS:
                colour, line, marker = STYLE[name]
                times = [p[name][op] for p in data["points"]]
                ax.loglog(
                    data["values"], times, line, color=colour, marker=marker, ms=4, label=name
                )
            ax.set_xlabel(f"{axis} ({fixed})")
            ax.set_ylabel(f"{op} time (s)")
            ax.grid(True, which="both", alpha=0.3)
            if row == 0 and col == 0:
                ax.legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def slope_table(table: dict) -> str:
    lines = [f"{'sweep':<6}{'contender':<12}{'fit slope':>10}{'predict slope':>15}"]
    for axis, per in table.items():
        for name, ops in per.items():
            lines.append(f"{axis:<6}{name:<12}{ops['fit']:>10.2f}{ops['predict']:>15.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="directory for scaling.png")
    parser.add_argument("--record", type=Path, help="also write scaling.json into this directory")
    parser.add_argument("--small", action="store_true", help="tiny sizes (a few seconds)")
    parser.add_argument("--repeat", type=int, default=3, help="timed calls per point (median)")
    args = parser.parse_args(argv)
    env = environment()
    grid = SMALL if args.small else FULL
    print("scaling sweeps (seconds per call, median):", flush=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # QDA's collinearity warnings on tiny data
        results = sweep(grid, args.repeat, lambda text: print(text, flush=True))
    table = slopes(results)
    print("log-log slopes over the last three points of each curve:")
    print(slope_table(table))
    title = (
        f"{env['cpu']}, {env['cores']} cores, numpy {env['numpy']}, sklearn {env['sklearn']}, "
        f"BLAS {blas_summary(env)}, {env['date_utc']}"
    )
    png = plot(results, args.out / "scaling.png", title)
    print(f"figure written: {png}")
    if args.record is not None:
        env["load_average_end"] = environment()["load_average_start"]
        args.record.mkdir(parents=True, exist_ok=True)
        record = {
            "benchmark": "plot_scaling",
            "command": "python benchmarks/plot_scaling.py " + " ".join(argv or sys.argv[1:]),
            "environment": env,
            "slopes": table,
            "sweeps": results,
        }
        js = args.record / "scaling.json"
        js.write_text(json.dumps(record, indent=1) + "\n")
        print(f"record written: {js}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
