"""A Greek letter as a subscript is one name, never two index letters (held-out batch 15).

Found on Southampton's chi-squared notes (soton, external15): ``M_{X^2_\\nu}(t)`` was
unparsed, "n is an index of the post's sums and u is not": the subscript ``\\nu`` was
taken for the two letters n and u, as ``z_{ij}`` is ``z[i, j]``. The same befell ``X_\\mu``
and ``X_\\xi``; a written pair of letters (``z_{nk}``) still indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SUM_OVER_N = "Let\n\n$$S = \\sum_{n=1}^{N} x_n$$\n\nand\n\n"


def last_verdict(tmp_path: Path, body: str) -> str:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1].verdict


@pytest.mark.parametrize("greek", [r"\nu", r"\mu", r"\xi", r"{\nu}"])
@pytest.mark.parametrize(("rhs", "expect"), [("2", "proved"), ("3", "refuted")])
def test_a_greek_subscript_is_a_name(tmp_path, greek, rhs, expect):
    row = f"X_{greek} + X_{greek} = {rhs} X_{greek}"
    assert last_verdict(tmp_path, SUM_OVER_N + f"$${row}$$\n") == expect


@pytest.mark.parametrize(("rhs", "expect"), [("2", "proved"), ("3", "refuted")])
def test_two_written_letters_still_index(tmp_path, rhs, expect):
    body = "Let\n\n$$S = \\sum_{n=1}^{N} \\sum_{k=1}^{K} z_{nk}$$\n\nand\n\n"
    row = f"z_{{nk}} + z_{{nk}} = {rhs} z_{{nk}}"
    assert last_verdict(tmp_path, body + f"$${row}$$\n") == expect
