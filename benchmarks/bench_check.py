"""The checker's own speed: ``derivations check`` from process start, against ``import sympy``.

Three contenders in fresh processes, interleaved by ``benchmarks/_harness.py``:
``python -c "import sympy"`` (the baseline: no checker can start faster than
its algebra system loads), ``derivations check`` with an empty cache (cold) and
with the cache the cold runs filled (warm). Targets (issue 18): cold at most 3x
the baseline, warm at most 1.2x; a figure is the baseline's time over ours, so
the targets read ">= 0.33x" and ">= 0.83x". Per-phase times of one in-process
run are printed as notes (import, build, steps, confirmation).

Usage: ``python benchmarks/bench_check.py [--repeat K] [--runs 2] [--record docs/benchmarks]``
(``--name gaussian-mvn-mle`` for another bundled derivation).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Session, add_arguments, main_loop  # noqa: E402

PHASES = r"""
import sys, time; t0 = time.perf_counter()
import sympy; t1 = time.perf_counter()
import derivations; d = derivations.load(sys.argv[1]); t2 = time.perf_counter()
from derivations.engine import check
r = check(d, cache=False, confirm=False, jobs=1); t3 = time.perf_counter()
from derivations.engine._confirm import confirm; c = confirm(d); t4 = time.perf_counter()
assert r.ok and all(x.ok for x in c)
print(f"{t1-t0:.3f} {t2-t1:.3f} {t3-t2:.3f} {t4-t3:.3f}")
"""
PHASE_NAMES = ("import sympy", "import + build", "check steps (1 process)", "confirm results")


def _process(cmd: list[str], env: dict[str, str]):
    def run() -> None:
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--name", default="gaussian-mle", help="bundled derivation to check")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (CI smoke test)")
    add_arguments(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = min(args.repeat, 2)

    def body(s: Session) -> None:
        with tempfile.TemporaryDirectory() as cold_dir, tempfile.TemporaryDirectory() as warm_dir:
            check = [sys.executable, "-m", "derivations", "check", args.name]
            base = dict(os.environ)
            cold_env = dict(base, DERIVATIONS_CACHE_DIR=cold_dir)
            warm_env = dict(base, DERIVATIONS_CACHE_DIR=warm_dir)
            # Cold: a cache directory that nothing may fill (--no-cache also skips the
            # whole-report cache), so every round starts from nothing.
            comp = s.compare(
                f"derivations check {args.name} from process start",
                [
                    (
                        "python -c 'import sympy'",
                        _process([sys.executable, "-c", "import sympy"], base),
                    ),
                    ("check, cold cache", _process([*check, "--no-cache"], cold_env)),
                    ("check, warm cache", _process(check, warm_env)),
                ],
            )
            s.speedup("cold", "import sympy / cold check", comp, 1, target=1 / 3)
            s.speedup("warm", "import sympy / warm check", comp, 2, target=1 / 1.2)
            out = subprocess.run(
                [sys.executable, "-c", PHASES, args.name],
                check=True,
                capture_output=True,
                text=True,
                env=cold_env,
            ).stdout.split()
            s.note(
                ", ".join(f"{n} {float(v):.2f} s" for n, v in zip(PHASE_NAMES, out, strict=True))
            )

    main_loop("bench_check", args, body, argv=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
