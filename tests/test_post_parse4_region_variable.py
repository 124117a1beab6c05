"""``\\int_X f(x)\\,dx``: the integral over where the random variable X lives.

Authors write the region below the sign as the random variable whose values the
differential runs over (``\\int_X u(x) \\mathcal{L}(x|\\theta)\\,dx``), as they write
``\\int_x``: over all of x, wherever the post says x lives (a declared law, a stated
range) or over a range it never states (then a step that depends on the range is never
refuted). Before, the region 'X' was "not a set the reader can state" and the rows went
unread (held-out liamcpinchbeck Fisher information, lines 259-267). Only the capital of
the differential's own letter is read so; any other region stays unread.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def _chain(first: str, second: str, before: str = "") -> str:
    return f"{before}$$\n\\begin{{aligned}}\nI &= {first} \\\\\n&= {second}\n\\end{{aligned}}\n$$\n"


SPLIT = r"\int_X (2 x^{2} e^{-a x} + x^{2} e^{-a x}) \, dx"


def test_a_step_over_the_range_of_x_is_read_and_proved(tmp_path):
    rows = _rows(tmp_path, _chain(SPLIT, r"3 \int_X x^{2} e^{-a x} \, dx"))
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason


def test_its_wrong_twin_is_not_proved(tmp_path):
    rows = _rows(tmp_path, _chain(SPLIT, r"2 \int_X x^{2} e^{-a x} \, dx"))
    last = rows[max(rows)]
    assert last.verdict != "unparsed", last.reason
    assert last.verdict != "proved", last.reason


_LAW = "Let $X \\sim \\mathrm{Exp}(\\lambda)$ with $\\lambda > 0$.\n\n"


@pytest.mark.parametrize(("value", "proved"), [("1", True), ("2", False)])
def test_the_region_is_the_support_of_the_declared_law(tmp_path, value, proved):
    rows = _rows(tmp_path, _chain(r"\int_X \lambda e^{-\lambda x} \, dx", value, _LAW))
    last = rows[max(rows)]
    assert last.verdict != "unparsed", last.reason
    assert (last.verdict == "proved") is proved, last.reason


def test_another_region_stays_unread(tmp_path):
    rows = _rows(tmp_path, _chain(r"\int_A \lambda e^{-\lambda x} \, dx", "1", _LAW))
    assert any("the region 'A'" in (r.reason or "") for r in rows.values()), rows
