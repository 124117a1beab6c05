"""Benchmarks of the compiled Gaussian estimators against in-process baselines, interleaved.

Run from the repository root::

    python benchmarks/bench_estimators.py                       # the issue's sizes
    python benchmarks/bench_estimators.py --runs 2 --record docs/benchmarks
    python benchmarks/bench_estimators.py --quick               # small sizes, a smoke test

Sections (timings by ``benchmarks/_harness.py``; a speed-up is the median over rounds of
baseline time / our time, measured in the same round):

- ``floor``: ``GaussianMLE().fit`` against one streaming pass over the same array,
  ``X.sum(0)``, on 1e6 x 20 float64 and 1e7 x 10 float32 (target: fit within 2x of the
  pass, i.e. a speed-up >= 0.5x), and against numpy's ``X.mean(0)`` + ``X.var(0)`` on
  1e6 x 20 (target: at most 1.2x its time) and 1e6 x 1 (target: no slower);
- ``crosscheck``: the closed form against ``estimators.crosscheck`` (scipy L-BFGS-B on
  the same log-likelihood);
- ``memory``: peak memory allocated by ``fit`` on 1e7 x 10 float32 (tracemalloc)
  against the input's size (target: (input + peak) / input < 1.5);
- ``lambdify``: for context, one log-likelihood evaluation compiled vs
  ``sympy.lambdify`` (which loops over the samples in Python).
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Figure, Session, add_arguments, main_loop  # noqa: E402

from estimators import GaussianMLE, crosscheck  # noqa: E402
from estimators._stats import gaussian_forms  # noqa: E402

SECTIONS = ("floor", "crosscheck", "memory", "lambdify")


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.q = args.quick
        self.ok = True

    def __call__(self, s: Session) -> None:
        only = set(self.args.only or SECTIONS)
        gaussian_forms()  # load and compile the derivation before timing anything
        if "floor" in only:
            self.floor(s)
        if "crosscheck" in only:
            self.crosscheck(s)
        if "memory" in only:
            self.memory(s)
        if "lambdify" in only:
            self.lambdify(s)

    def _fig(self, s: Session, fig: Figure) -> None:
        if s.figure(fig).met is False:
            self.ok = False

    def floor(self, s: Session) -> None:
        rng = np.random.default_rng(0)
        cases = [
            ("f64", (100_000, 20) if self.q else (1_000_000, 20), np.float64),
            ("f32", (1_000_000, 10) if self.q else (10_000_000, 10), np.float32),
        ]
        for key, shape, dtype in cases:
            X = rng.standard_normal(size=shape, dtype=dtype)
            X *= 3.0
            X += 7.0
            ref = X.astype(np.float64)
            est = GaussianMLE().fit(X)
            np.testing.assert_allclose(est.var_, ref.var(0), rtol=1e-10)  # same numbers first
            del ref
            label = f"{shape[0]:.0e} x {shape[1]} {np.dtype(dtype).name}"
            comp = s.compare(
                f"[floor] GaussianMLE.fit vs one pass X.sum(0), {label}",
                [
                    ("X.sum(0)", lambda X=X: X.sum(0)),
                    ("GaussianMLE().fit", lambda X=X: GaussianMLE().fit(X)),
                ],
            )
            fig = s.speedup(
                f"floor_{key}", f"fit vs one pass X.sum(0), {label} (0.5x = 2x the pass)", comp
            )
            fig.target, fig.met = ">= 0.5x", fig.value >= 0.5
            self.ok &= fig.met
            if key == "f64":
                comp = s.compare(
                    f"[floor] GaussianMLE.fit vs X.mean(0) + X.var(0), {label}",
                    [
                        ("X.mean(0) + X.var(0)", lambda X=X: (X.mean(0), X.var(0))),
                        ("GaussianMLE().fit", lambda X=X: GaussianMLE().fit(X)),
                    ],
                )
                fig = s.speedup(f"numpy_{key}", f"fit vs numpy mean+var, {label}", comp)
                fig.target, fig.met = ">= 0.83x (<= 1.2x the time)", fig.value >= 1 / 1.2
                self.ok &= fig.met
            del X
        X1 = rng.normal(size=(100_000 if self.q else 1_000_000, 1)) * 3.0 + 7.0
        comp = s.compare(
            f"[floor] GaussianMLE.fit vs X.mean(0) + X.var(0), {len(X1):.0e} x 1 float64",
            [
                ("X.mean(0) + X.var(0)", lambda: (X1.mean(0), X1.var(0))),
                ("GaussianMLE().fit", lambda: GaussianMLE().fit(X1)),
            ],
            repeat=max(self.args.repeat, 15),  # milliseconds each: more rounds are cheap
        )
        fig = s.speedup("numpy_1col", f"fit vs numpy mean+var, {len(X1):.0e} x 1", comp)
        fig.target, fig.met = ">= 1x", fig.value >= 1.0
        self.ok &= fig.met

    def crosscheck(self, s: Session) -> None:
        n, d = (10_000, 5) if self.q else (1_000_000, 20)
        X = np.random.default_rng(1).normal(size=(n, d)) * 2.0 - 3.0
        crosscheck(X)  # compile the log-likelihood and its gradient once
        result = crosscheck(X)
        comp = s.compare(
            f"[crosscheck] closed form vs scipy L-BFGS-B on {n:.0e} x {d} "
            f"({result.n_iterations} iterations)",
            [
                ("crosscheck (optimiser)", lambda: crosscheck(X)),
                ("GaussianMLE().fit (closed form)", lambda: GaussianMLE().fit(X)),
            ],
            repeat=min(self.args.repeat, 3),
        )
        s.speedup("crosscheck", f"closed form vs L-BFGS-B, {n:.0e} x {d}", comp)

    def memory(self, s: Session) -> None:
        n, d = (1_000_000, 10) if self.q else (10_000_000, 10)
        X = np.random.default_rng(2).standard_normal(size=(n, d), dtype=np.float32)
        X += 100.0
        GaussianMLE().fit(X[:1000])
        tracemalloc.start()
        est = GaussianMLE().fit(X)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert np.isfinite(est.var_).all()
        ratio = (X.nbytes + peak) / X.nbytes
        s.say(f"[memory] fit on {n:.0e} x {d} float32: peak {peak / 2**20:.2f} MiB allocated")
        self._fig(
            s,
            Figure(
                "memory",
                f"(input + fit peak) / input, {n:.0e} x {d} float32",
                ratio,
                ratio,
                ratio,
                "x input",
                "< 1.5x",
                ratio < 1.5,
                f"peak {peak / 2**20:.2f} MiB for {X.nbytes / 2**20:.0f} MiB of input",
            ),
        )
        s.check("memory: peak MiB allocated by fit", peak / 2**20)

    def lambdify(self, s: Session) -> None:
        import sympy as sp

        import derivations
        from derivations.symbols import N, mu, sigma2, x
        from estimators import compile_sample_expr

        n = 10_000 if self.q else 1_000_000
        ll = derivations.load("gaussian-mle").log_likelihood
        data = np.random.default_rng(3).normal(size=n)
        padded = np.concatenate([[np.nan], data])  # lambdify's loop reads x[1] .. x[N]
        looped = sp.lambdify([x, N, mu, sigma2], ll, modules="numpy")
        compiled = compile_sample_expr(ll, (mu, sigma2))
        a, b = looped(padded, n, 0.1, 1.2), compiled(data, mu=0.1, sigma2=1.2)
        assert abs(a - b) <= 1e-9 * abs(b), (a, b)
        comp = s.compare(
            f"[lambdify] one log-likelihood evaluation, {n:.0e} x 1",
            [
                ("sympy.lambdify (loop over samples)", lambda: looped(padded, n, 0.1, 1.2)),
                ("compile_sample_expr", lambda: compiled(data, mu=0.1, sigma2=1.2)),
            ],
            repeat=3,
        )
        s.speedup("lambdify", f"compiled vs sympy.lambdify, {n:.0e} x 1", comp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (CI smoke test)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run these sections only")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    add_arguments(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = min(args.repeat, 3)
    bench = Bench(args)
    main_loop("bench_estimators", args, bench, argv=argv)
    if args.check and not bench.ok:
        print("FAIL: a target was missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
