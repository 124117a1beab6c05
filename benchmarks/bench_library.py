"""Benchmarks of the library's compiled estimators and of the Bernoulli classifier, interleaved.

Run from the repository root::

    python benchmarks/bench_library.py                          # 1e6 samples
    python benchmarks/bench_library.py --record docs/benchmarks
    python benchmarks/bench_library.py --quick                  # small sizes, a smoke test

Sections (timings by ``benchmarks/_harness.py``; a speed-up is the median over rounds of
baseline time / our time, measured in the same round):

- ``mle``: for each bundled closed-form distribution, ``MLE(name).fit`` against
  ``scipy.stats.<dist>.fit`` on the same 1e6 samples. The estimates are compared first;
  the target is 1e-10 relative. scipy fits the discrete distributions only numerically
  (``scipy.stats.fit``); its default optimiser, and bounded Brent alone, stop 3e-9..2e-8
  from the maximum (a minimiser of function values cannot locate a minimum more closely
  than sqrt(machine epsilon) relative). They are given ``optimizer=`` bounded Brent
  followed by Newton steps on five-point differences of scipy's own objective
  (``estimators._families._bounded_scalar``), which runs scipy's fit to convergence; the
  record prints both the converged difference and Brent's alone.
- ``bernoulli``: ``LikelihoodClassifier("bernoulli")`` fit and predict against
  scikit-learn's ``BernoulliNB`` on 1e6 x 50 binary features and 10 classes, after checking
  identical labels and probabilities (targets: fit >= 1.5x, predict >= 3x).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Figure, Session, add_arguments, main_loop  # noqa: E402

from derivations.bundled import BUNDLED  # noqa: E402
from estimators import MLE, LikelihoodClassifier  # noqa: E402
from estimators._families import FAMILIES  # noqa: E402

SECTIONS = ("mle", "bernoulli")

# name -> (sampler, known values); parameters chosen away from the support's edges.
SAMPLERS = {
    "gaussian-mle": (lambda r, n: r.normal(3.0, 2.0, n), {}),
    "exponential-mle": (lambda r, n: r.exponential(0.5, n), {}),
    "poisson-mle": (lambda r, n: r.poisson(3.0, n).astype(np.float64), {}),
    "bernoulli-mle": (lambda r, n: r.binomial(1, 0.3, n).astype(np.float64), {}),
    "binomial-mle": (lambda r, n: r.binomial(8, 0.3, n).astype(np.float64), {"m": 8}),
    "geometric-mle": (lambda r, n: r.geometric(0.3, n).astype(np.float64), {}),
    "rayleigh-mle": (lambda r, n: r.rayleigh(2.0, n), {}),
    "gamma-known-shape-mle": (lambda r, n: r.gamma(3.0, 0.5, n), {"alpha": 3.0}),
    "laplace-mle": (lambda r, n: r.laplace(1.0, 2.0, n + 1), {}),
    # no closed form for the shape: both sides solve the same score equation numerically
    "gamma-mle": (lambda r, n: r.gamma(2.5, 0.6, n), {}),
}


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.q = args.quick
        self.ok = True

    def __call__(self, s: Session) -> None:
        only = set(self.args.only or SECTIONS)
        if "mle" in only:
            self.mle(s)
        if "bernoulli" in only:
            self.bernoulli(s)

    def mle(self, s: Session) -> None:
        n = 10_000 if self.q else 1_000_000
        rng = np.random.default_rng(0)
        for name, (sample, known) in SAMPLERS.items():
            family = FAMILIES.get(name)
            if name not in BUNDLED or family is None or family.scipy_fit is None:
                continue
            x = sample(rng, n)
            est = MLE(name, known=known or None).fit(x)
            ref = family.scipy_fit(x, known)
            rel = float(max(abs(ref[p] - est.params_[p][0]) / abs(est.params_[p][0]) for p in ref))
            numeric = "stats.fit" in family.scipy_name
            s.check(f"mle {name}: largest relative difference to scipy", rel)
            note = "scipy's own closed form"
            if numeric:
                brent = family.scipy_fit(x, known, polish=False)
                rel_brent = float(
                    max(abs(brent[p] - est.params_[p][0]) / abs(est.params_[p][0]) for p in ref)
                )
                s.check(f"mle {name}: relative difference to scipy, Brent alone", rel_brent)
                note = (
                    "scipy.stats.fit, optimizer: bounded Brent then Newton on differences of "
                    f"its objective (Brent alone: {rel_brent:.2g})"
                )
            s.figure(
                Figure(
                    f"agree_{name}",
                    f"{name}: relative difference to scipy.stats ({family.scipy_name})",
                    rel,
                    rel,
                    rel,
                    "",
                    "<= 1e-10",
                    bool(rel <= 1e-10),
                    note,
                )
            )
            self.ok &= rel <= 1e-10
            comp = s.compare(
                f"[mle] {name}: scipy.stats fit vs MLE(name).fit, {n:.0e} samples",
                [
                    (
                        f"scipy {family.scipy_name}",
                        lambda x=x, fit=family.scipy_fit, kn=known: fit(x, kn),
                    ),
                    (
                        "MLE.fit",
                        lambda x=x, name=name, kn=known: MLE(name, known=kn or None).fit(x),
                    ),
                ],
                repeat=min(self.args.repeat, 3),
            )
            s.speedup(f"mle_{name}", f"{name}: MLE.fit vs scipy fit, {n:.0e}", comp)

    def bernoulli(self, s: Session) -> None:
        from sklearn.naive_bayes import BernoulliNB

        n, d, k = (50_000 if self.q else 1_000_000), 50, 10
        rng = np.random.default_rng(1)
        y = rng.integers(0, k, n)
        prob = rng.random((k, d))
        X = (rng.random((n, d), dtype=np.float32) < prob[y]).astype(np.float64)
        ours = LikelihoodClassifier("bernoulli").fit(X, y)
        ref = BernoulliNB().fit(X, y)
        same = bool(np.array_equal(ours.predict(X), ref.predict(X)))
        m = min(n, 100_000)
        worst = float(np.abs(ours.predict_proba(X[:m]) - ref.predict_proba(X[:m])).max())
        s.check("bernoulli: identical labels", same)
        s.check("bernoulli: largest probability difference (first 1e5 rows)", worst)
        s.say(f"[bernoulli] identical labels: {same}; largest |dp| {worst:.2e}")
        self.ok &= same and worst <= 1e-10
        label = f"{n:.0e} x {d}, {k} classes"
        comp = s.compare(
            f"[bernoulli] fit, {label}",
            [
                ("BernoulliNB.fit", lambda: BernoulliNB().fit(X, y)),
                ("LikelihoodClassifier.fit", lambda: LikelihoodClassifier("bernoulli").fit(X, y)),
            ],
        )
        fig = s.speedup("bernoulli_fit", f"bernoulli fit vs BernoulliNB, {label}", comp, target=1.5)
        self.ok &= bool(fig.met)
        comp = s.compare(
            f"[bernoulli] predict, {label}",
            [("BernoulliNB.predict", lambda: ref.predict(X)), ("predict", lambda: ours.predict(X))],
        )
        fig = s.speedup(
            "bernoulli_predict", f"bernoulli predict vs BernoulliNB, {label}", comp, target=3.0
        )
        self.ok &= bool(fig.met)


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
    main_loop("bench_library", args, bench, argv=argv)
    if args.check and not bench.ok:
        print("FAIL: a target was missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
