"""Wall time of checking the post's derivation from process start, per phase.

Runs ``derivations check`` in fresh processes (cold: empty cache; warm: the
cache filled by the cold run) and prints medians; per-phase times come from an
in-process run. Usage: ``python benchmarks/bench_check.py [--repeat K]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PHASES = r"""
import time; t0 = time.perf_counter()
import sympy; t1 = time.perf_counter()
import derivations; t2 = time.perf_counter()
d = derivations.load(); t3 = time.perf_counter()
r = d.check(); t4 = time.perf_counter()
from derivations.engine._confirm import confirm; c = confirm(d); t5 = time.perf_counter()
assert r.ok and all(x.ok for x in c)
print(f"{t1-t0:.3f} {t2-t1:.3f} {t3-t2:.3f} {t4-t3:.3f} {t5-t4:.3f}")
"""


def _run(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (default: 3)")
    args = ap.parse_args()
    cmd = [sys.executable, "-m", "derivations", "check"]
    cold, warm = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, DERIVATIONS_CACHE_DIR=cache)
            cold.append(_run(cmd, env))
            warm.append(_run(cmd, env))
    phases = [
        [
            float(v)
            for v in subprocess.run(
                [sys.executable, "-c", PHASES], check=True, capture_output=True, text=True
            ).stdout.split()
        ]
        for _ in range(args.repeat)
    ]
    names = ["import sympy", "import derivations", "build", "check steps", "confirm results"]
    print(f"derivations check, cold cache: median {statistics.median(cold):.2f} s  (target < 3 s)")
    print(f"derivations check, warm cache: median {statistics.median(warm):.2f} s  (target < 1 s)")
    print(f"warm / cold ratio: {statistics.median(warm) / statistics.median(cold):.2f}")
    for i, name in enumerate(names):
        print(f"  phase {name:<20} median {statistics.median(p[i] for p in phases):.3f} s")


if __name__ == "__main__":
    main()
