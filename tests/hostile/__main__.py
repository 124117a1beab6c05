"""``python -m tests.hostile [pytest options]``: run the hostile-input suite and print the counts.

Runs ``tests/test_hostile*.py`` with pytest (quietly, tracebacks short) from the
project root. The counts per category (hangs, tracebacks, silently-wrong
results, unclear messages, litter), per family and per contract close the
output; ``HOSTILE_SUMMARY_JSON=FILE`` also writes every case's failures as JSON.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_hostile*.py"))
    return int(pytest.main(["-q", "--tb=line", "-p", "no:cacheprovider", *files, *argv]))


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    sys.exit(main(sys.argv[1:]))
