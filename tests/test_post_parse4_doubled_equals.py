"""``& = = e^{t\\mu} \\int ...``: an equals sign typed twice is one.

Nothing stands between the two signs, so the row can only claim that its sides are
equal; the empty side between them made the row unread ("a side of a relation is
empty", held-out batch 15 travis normal mgf, line 27). A wrong step written so is still
not proved, and a row with a sign other than '=' beside the empty side stays unread.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _last(tmp_path, second: str):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\n$$\n\\begin{aligned}\nI &= (a + b)^2 \\\\\n"
        f"& {second}\n\\end{{aligned}}\n$$\n",
        encoding="utf-8",
    )
    rows = check_post(post, jobs=1).rows
    return rows[-1]


@pytest.mark.parametrize(
    ("second", "proved"),
    [("= = a^2 + 2 a b + b^2", True), ("= = a^2 + b^2", False), ("=  = a^2 + 2 a b + b^2", True)],
)
def test_a_doubled_equals_is_one(tmp_path, second, proved):
    last = _last(tmp_path, second)
    assert last.verdict != "unparsed", last.reason
    assert (last.verdict == "proved") is proved, last.reason


def test_another_sign_beside_the_empty_side_stays_unread(tmp_path):
    assert _last(tmp_path, r"= \le a^2 + 2 a b + b^2").verdict == "unparsed"
