"""x^T x of vector samples is an inner product, never the sum of the squared samples.

bourretsicotte's line 92 (d/dA x^T A x = d/dA tr[x^T x A], an author's slip) was
refuted only through the 1x1 reading, with x^T x turned into sum_i x_i^2: not a
matrix counterexample. Read as an inner product, the row is refuted as matrices.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

POST = Path(__file__).resolve().parent / "posts" / "external" / "mvn-bourretsicotte-notebook.md"


def test_the_trace_slip_is_refuted_with_matrices():
    row = next(r for r in check_post(POST, jobs=1).rows if r.line == 92)
    assert row.verdict == "refuted"
    assert "1x1" not in row.reason, row.reason
