"""Benchmark: ``derivations check-post`` on a whole blog, cold, warm and after a one-row edit.

The blog is a directory of posts: the seed post (``../shared/seed``), the
posts of ``tests/posts/`` and the external corpus ``tests/posts/external/``.
Each run is a fresh ``python -m derivations check-post BLOG --format json``
process, so every figure includes the interpreter's start, imports and output:

- **cold**: an empty cache directory;
- **warm**: the same command again, nothing changed;
- **edit**: one row of the seed post rewritten into an equivalent form (line 281,
  ``0 = \\sum x_n - N \\mu`` becomes ``0 = - N \\mu + \\sum x_n``), so that post
  is read again and its edited row and the row after it are checked again.

Each figure is also given as CPU seconds of the command and its workers,
which other work on the machine does not inflate.

Usage::

    python benchmarks/bench_blog.py [--runs 3] [--jobs N] [--quick]

``--quick`` (a smoke run for CI): the seven posts of ``tests/posts/`` only,
one run, no targets. Run from the repository root; the root is put on
``PYTHONPATH``. The machine's CPU count and load average are printed because
other work on the same cores changes the figures. Targets (2 cores): cold
< 30 s, warm < 2 s, edit < 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "mle-gaussian-post.md"
POSTS = ROOT / "tests" / "posts"
EDIT_FROM = r"0 &=  \sum\limits_{n=1}^{N} x_{n} - N \cdot \mu \\"
EDIT_TO = r"0 &=  - N \cdot \mu + \sum\limits_{n=1}^{N} x_{n} \\"
TARGETS = {"cold": 30.0, "warm": 2.0, "edit": 3.0}


def make_blog(d: Path, quick: bool) -> Path:
    """Copy the posts into ``d/_posts`` (a Jekyll layout); return the seed post's copy."""
    posts = d / "_posts"
    posts.mkdir(parents=True)
    sources = sorted(p for p in POSTS.iterdir() if p.suffix in (".md", ".tex"))
    if not quick:
        sources += sorted((POSTS / "external").glob("*.md"))
    for p in sources:
        target = posts / (("external-" if p.parent.name == "external" else "") + p.name)
        shutil.copy(p, target)
    seed = posts / "mle-gaussian-post.md"
    shutil.copy(SEED, seed)
    return seed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(blog: Path, cache: Path, jobs: int | None) -> tuple[float, float, dict]:
    """Wall seconds, CPU seconds (the process and its workers) and the JSON report."""
    cmd = [sys.executable, "-m", "derivations", "check-post", str(blog / "_posts"), "--json"]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        DERIVATIONS_CACHE_DIR=str(cache),
    )
    c0, t0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=blog)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - c0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check-post failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return wall, cpu, json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--quick", action="store_true", help="seven posts, one run (a CI smoke run)")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    times: dict[str, list[float]] = {"cold": [], "warm": [], "edit": []}
    cpus: dict[str, list[float]] = {"cold": [], "warm": [], "edit": []}
    with tempfile.TemporaryDirectory(prefix="bench-blog-") as tmp:
        blog = Path(tmp) / "blog"
        seed = make_blog(blog, args.quick)
        pristine = seed.read_text(encoding="utf-8")
        if pristine.count(EDIT_FROM) != 1:
            raise SystemExit(f"the seed post no longer has the row to edit: {EDIT_FROM}")
        for k in range(runs):
            cache = Path(tmp) / f"cache-{k}"
            seed.write_text(pristine, encoding="utf-8")
            cold, cold_cpu, doc = one_run(blog, cache, args.jobs)
            warm, warm_cpu, warm_doc = one_run(blog, cache, args.jobs)
            seed.write_text(pristine.replace(EDIT_FROM, EDIT_TO), encoding="utf-8")
            edit, edit_cpu, edit_doc = one_run(blog, cache, args.jobs)
            seed.write_text(pristine, encoding="utf-8")
            s, ws, es = doc["summary"], warm_doc["summary"], edit_doc["summary"]
            assert ws["posts_from_cache"] == s["posts_checked"], ws
            assert es["posts_from_cache"] == s["posts_checked"] - 1, es
            assert _strip(warm_doc) == _strip(doc), "the warm run reported something else"
            for name, value, cpu in (
                ("cold", cold, cold_cpu),
                ("warm", warm, warm_cpu),
                ("edit", edit, edit_cpu),
            ):
                times[name].append(value)
                cpus[name].append(cpu)
            print(
                f"run {k + 1}: cold {cold:.2f} s, warm {warm:.2f} s, edit {edit:.2f} s", flush=True
            )
    s = doc["summary"]
    print(
        f"blog: {s['posts']} posts, {s['rows']} rows; "
        + ", ".join(f"{v} {n}" for n, v in s["counts"].items())
    )
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load}, Python {platform.python_version()}, "
        f"jobs {args.jobs if args.jobs is not None else 'default'}"
    )
    missed = []
    for name, values in times.items():
        med = statistics.median(values)
        target = "" if args.quick else f" (target < {TARGETS[name]:.0f} s)"
        cpu = statistics.median(cpus[name])
        print(f"median {name}: {med:.2f} s{target}; CPU (all processes) {cpu:.2f} s")
        if not args.quick and med >= TARGETS[name]:
            missed.append(name)
    if missed:
        print(f"targets missed: {', '.join(missed)}")


def _strip(doc: dict) -> list:
    return [{k: v for k, v in p.items() if k != "timings"} for p in doc["posts"]]


if __name__ == "__main__":
    main()
