"""Benchmark: check-post on the corpus of real derivations, scored against the truth tables.

Prints, per post and in total: rows parsed, truth-table lines read, correct rows
proved, correct rows refuted (must be 0), wrong rows proved (must be 0) and the
author mistakes caught (refuted at their line or at the first readable row
after it), with the seconds each post took; a last line counts the correct rows
not proved by verdict. ``--rows`` also lists each of them with its verdict and
reason. ``--held-out`` scores the posts kept out of the corpus
(``tests/posts/incoming/*/``) the same way.

Usage::

    python benchmarks/bench_corpus.py [--jobs N] [--rows] [--post SUBSTRING] [--held-out]

Run from the repository root. The scoring is the corpus test's
(``tests/test_corpus.py``), so the figures are the ones the test asserts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_corpus as C  # noqa: E402


def _by_verdict(scores) -> str:
    """Count the correct rows not proved by their verdict (a correct line with no row as
    "no row"), so a reader sees where the unproved share goes without the --rows listing.
    Only correct lines count: ``PostScore.missing`` also holds notation lines with no row."""
    counts: dict[str, int] = {}
    for s in scores:
        for _line, verdict, _why in s.correct_other:
            verdict = "no row" if verdict == "missing" else verdict
            counts[verdict] = counts.get(verdict, 0) + 1
    return ", ".join(f"{v} {n}" for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--rows", action="store_true", help="list the correct rows not proved")
    ap.add_argument(
        "--post",
        default="",
        help="only posts whose folder/name (e.g. external11/ or gamma) contains this",
    )
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="the held-out posts (tests/posts/incoming/*/ with a truth table) instead",
    )
    args = ap.parse_args()

    from derivations.post import check_post

    t0 = time.perf_counter()
    scores = []
    for path in C.held_out_posts() if args.held_out else C.corpus_posts():
        if args.post not in f"{path.parent.name}/{path.name}":
            continue
        t1 = time.perf_counter()
        report = check_post(path, jobs=args.jobs)
        s = C.score(C.post_key(path), report, C.load_truth(path), time.perf_counter() - t1)
        scores.append(s)
        flags = []
        if s.correct_refuted:
            flags.append(f"CORRECT REFUTED {s.correct_refuted}")
        if s.wrong_proved:
            flags.append(f"WRONG PROVED {s.wrong_proved}")
        if s.listed_open:
            flags.append(f"listed open {s.listed_open}")
        print(
            f"{s.key:52s} parsed {s.rows_parsed:2d}/{s.rows_total:<2d} "
            f"read {s.truth_read:2d}/{s.truth_lines:<2d} "
            f"proved {len(s.correct_proved):2d}/{s.correct:<2d} "
            f"caught {len(s.mistakes_caught)}/{s.wrong} {s.seconds:5.1f}s " + " ".join(flags)
        )
        if args.rows:
            for line, verdict, why in s.correct_other:
                print(f"      line {line:4d} {verdict:12s} {why[:150]}")
            for line in s.missing:
                print(f"      line {line:4d} (no row)")
            for p in s.problems:
                print(f"      problem: {p}")
    print()
    print("\n".join(C.Totals.of(scores).lines()))
    print("correct rows not proved:    " + _by_verdict(scores))
    print(f"total time: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
