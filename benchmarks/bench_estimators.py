"""Benchmarks of the compiled Gaussian estimators against in-process baselines.

Run from the repository root::

    python benchmarks/bench_estimators.py            # the issue's sizes
    python benchmarks/bench_estimators.py --quick    # small sizes, a smoke test

Prints, for each comparison, the median of repeated runs and the ratio:

1. ``GaussianMLE().fit`` (compiled closed forms) vs ``X.mean(0)`` + ``X.var(0)``
   on 1e6 x 20 float64 (target: at most 1.2x the time);
2. closed form vs ``estimators.crosscheck`` (scipy L-BFGS-B on the same
   log-likelihood): the speed-up;
3. peak memory allocated by ``fit`` on 1e7 x 10 float32, from tracemalloc (numpy
   reports its buffers to it), against the input's size (target: under 1.5x);
4. for context, one log-likelihood evaluation compiled vs ``sympy.lambdify`` (which
   loops over the samples in Python).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import median_seconds  # noqa: E402

from estimators import GaussianMLE, crosscheck  # noqa: E402
from estimators._stats import gaussian_forms  # noqa: E402


def paired_medians(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median seconds of two functions run alternately, so load on a shared machine
    falls on both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(median_seconds(first, 1))
        b.append(median_seconds(second, 1))
    return statistics.median(a), statistics.median(b)


def bench_fit(n: int, d: int, repeat: int) -> None:
    X = np.random.default_rng(0).normal(size=(n, d)) * 3.0 + 7.0
    est = GaussianMLE().fit(X)
    np.testing.assert_allclose(est.var_, X.var(0), rtol=1e-10)  # same numbers first
    baseline, compiled = paired_medians(
        lambda: (X.mean(0), X.var(0)), lambda: GaussianMLE().fit(X), repeat
    )
    print(f"[1] fit on {n:.0e} x {d} float64, median of {repeat}:")
    print(f"    X.mean(0) + X.var(0)        {baseline * 1e3:8.1f} ms")
    print(f"    GaussianMLE().fit (compiled) {compiled * 1e3:8.1f} ms")
    print(f"    ratio compiled / numpy       {compiled / baseline:8.2f}x  (target <= 1.2x)")


def bench_crosscheck(n: int, d: int, repeat: int) -> None:
    X = np.random.default_rng(1).normal(size=(n, d)) * 2.0 - 3.0
    crosscheck(X)  # compile the log-likelihood and its gradient once
    closed, optim = paired_medians(lambda: GaussianMLE().fit(X), lambda: crosscheck(X), repeat)
    result = crosscheck(X)
    print(f"[2] closed form vs scipy L-BFGS-B cross-check on {n:.0e} x {d} float64:")
    print(f"    closed form (fit)            {closed * 1e3:8.2f} ms")
    print(
        f"    crosscheck (optimiser)       {optim * 1e3:8.2f} ms  "
        f"({result.n_iterations} L-BFGS-B iterations)"
    )
    print(f"    speed-up of the closed form  {optim / closed:8.0f}x")


def bench_lambdify(n: int, repeat: int) -> None:
    """Context for [2]: the compiled LL against sympy's lambdify of the same expression."""
    import sympy as sp

    import derivations
    from derivations.symbols import N, mu, sigma2, x
    from estimators import compile_sample_expr

    ll = derivations.load("gaussian-mle").log_likelihood
    data = np.random.default_rng(3).normal(size=n)
    padded = np.concatenate([[np.nan], data])  # lambdify's loop reads x[1] .. x[N]
    looped = sp.lambdify([x, N, mu, sigma2], ll, modules="numpy")
    compiled = compile_sample_expr(ll, (mu, sigma2))
    a, b = looped(padded, n, 0.1, 1.2), compiled(data, mu=0.1, sigma2=1.2)
    assert abs(a - b) <= 1e-9 * abs(b), (a, b)
    t_loop, t_comp = paired_medians(
        lambda: looped(padded, n, 0.1, 1.2), lambda: compiled(data, mu=0.1, sigma2=1.2), repeat
    )
    print(f"[4] one log-likelihood evaluation, {n:.0e} samples x 1 feature:")
    print(f"    sympy.lambdify (loop over samples) {t_loop * 1e3:8.2f} ms")
    print(f"    compile_sample_expr                {t_comp * 1e3:8.2f} ms")
    print(f"    ratio lambdify / compiled          {t_loop / t_comp:8.0f}x")


def bench_memory(n: int, d: int) -> None:
    X = np.random.default_rng(2).standard_normal(size=(n, d), dtype=np.float32)
    X += 100.0
    GaussianMLE().fit(X[:1000])  # compile outside the traced region
    tracemalloc.start()
    est = GaussianMLE().fit(X)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = X.nbytes
    print(f"[3] peak memory of fit on {n:.0e} x {d} float32 ({size / 2**20:.0f} MiB input):")
    print(f"    allocated by fit (tracemalloc peak) {peak / 2**20:8.2f} MiB")
    print(f"    (input + fit peak) / input          {(size + peak) / size:8.3f}x  (target < 1.5x)")
    assert np.isfinite(est.var_).all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (CI smoke test)")
    args = parser.parse_args(argv)
    gaussian_forms()  # load and compile the derivation before timing anything
    if args.quick:
        bench_fit(100_000, 20, 5)
        bench_crosscheck(10_000, 5, 3)
        bench_memory(1_000_000, 10)
        bench_lambdify(10_000, 3)
    else:
        bench_fit(1_000_000, 20, 9)
        bench_crosscheck(1_000_000, 20, 3)
        bench_memory(10_000_000, 10)
        bench_lambdify(1_000_000, 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
