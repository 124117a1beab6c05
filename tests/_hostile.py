"""The harness the hostile-input tests share (tests/test_hostile_attack*.py).

A hostile post is a sentence of prose and display rows built to make the reader slow or to
crash it. Each must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is
never proved.
"""

from __future__ import annotations

import time
from pathlib import Path

from derivations.post import check_post

#: Seconds a hostile post may take here, on a loaded machine (a bound against work that grows
#: without limit, not a per-row limit).
BUDGET = 150.0
VERDICTS = {"proved", "refuted", "plausible", "given", "unchecked", "unparsed", "unrelated"}


def check_hostile(
    tmp_path: Path,
    case: str,
    prose: str,
    rows_text: str,
    *,
    never_proved: bool,
    post_seconds: float | None = None,
    budget: float = BUDGET,
) -> tuple[float, list]:
    """Read one hostile post and assert the harness's three promises; returns (seconds, rows)."""
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n{prose}\n\n{rows_text}\n", encoding="utf-8")
    start = time.monotonic()
    rows = list(check_post(path, jobs=1, post_seconds=post_seconds).rows)
    took = time.monotonic() - start
    print(f"{case}: {took:.1f} s, {len(rows)} rows")
    assert took < budget, took
    assert rows and all(r.verdict in VERDICTS for r in rows), [(r.verdict, r.reason) for r in rows]
    if never_proved:
        assert rows[-1].verdict != "proved", (rows[-1].verdict, rows[-1].reason)
    return took, rows
