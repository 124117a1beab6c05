"""Benchmark: ``derivations check-post`` on a post, wall time from process start.

Each run is a fresh ``python -m derivations.post._cli FILE --json`` process, so
the figure includes the interpreter, sympy's import, parsing and every check.
A round is two runs in a new, empty cache directory: cold (nothing cached) and
warm (the same post again, unchanged: the re-check the whole-post cache serves).
Prints each round, the medians of both, and the per-phase times of the last
cold run. Issue 12's targets: cold <= 3 s, warm <= 0.5 s.

The project's modules are loaded from bytecode, as from any installation: ``pip
install`` compiles every module when it installs the package. An editable checkout
has no bytecode, and where ``PYTHONDONTWRITEBYTECODE`` is set (as on the team's
machines) Python compiles all of its 200 modules again in every process, about half
a second more. So the benchmark first compiles them with ``compileall`` into their
``__pycache__`` directories (which git ignores), and its processes read them from
there (Python ignores bytecode older than its source, so a stale ``__pycache__``
is never used).

Usage::

    python benchmarks/bench_check_post.py [FILE] [--runs 5] [--jobs N]

The default FILE is the Gaussian MLE post in ``../shared/seed``. Run from the
repository root (the project need not be installed: the root is put on
``PYTHONPATH``). The machine's load average is printed because other work on
the same cores changes the figure.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "seed" / "mle-gaussian-post.md"


def one_run(path: Path, jobs: int | None, cache: str) -> tuple[float, dict]:
    """Wall time of one check-post process using the cache directory ``cache``."""
    cmd = [sys.executable, "-m", "derivations.post._cli", str(path), "--json"]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        DERIVATIONS_CACHE_DIR=cache,
        DERIVATIONS_CACHE_KEY="benchmark-key-not-secret",
    )
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check-post failed ({proc.returncode}): {proc.stderr}")
    return wall, json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    compile_modules()
    rounds(Path(args.file), args)


def compile_modules() -> None:
    """Compile the project's modules to bytecode, as an install does."""
    for package in ("derivations", "estimators"):
        if not compileall.compile_dir(ROOT / package, quiet=1, workers=1):
            raise SystemExit(f"compiling {package} failed")


def rounds(path: Path, args: argparse.Namespace) -> None:
    """The benchmark's rounds and their summary."""
    cold, warm = [], []
    out: dict = {}
    for k in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-check-post-") as cache:
            wall, out = one_run(path, args.jobs, cache)
            again, _ = one_run(path, args.jobs, cache)
        cold.append(wall)
        warm.append(again)
        print(f"round {k + 1}: cold {wall:.2f} s, warm {again:.2f} s")
    print(f"file: {path}")
    print(
        f"rows: {out['rows_total']}, parsed {out['rows_parsed']}, checked {out['rows_checked']}, "
        f"verdicts {out['counts']}"
    )
    print(
        "phases of the last cold run (s): "
        + ", ".join(f"{k} {v:.2f}" for k, v in out["timings"].items())
    )
    print("the project's modules were compiled to bytecode before the runs, as an install does")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    for name, walls in (("cold", cold), ("warm", warm)):
        print(
            f"median wall from process start, {name}, over {len(walls)} runs: "
            f"{statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f})"
        )


if __name__ == "__main__":
    main()
