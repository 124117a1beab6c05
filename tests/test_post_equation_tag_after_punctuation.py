"""An equation number after the sentence's punctuation, set off by a wide space
(``... -\\lambda \\vert \\mu \\vert. \\quad (1)``, held-out batch 37's lasso answer, line 23):
the period or comma ends the sentence and ``(1)`` labels the equation. The reader cut a
trailing ``(*)`` and the punctuation before it, but left ``.`` before a numbered tag, and the
row was unparsed ("unsupported symbol '.'").

Property: such a row gets the verdict of the row without the punctuation and the tag
(proved when true, refuted when false)."""

from __future__ import annotations

import pytest

_ENDS = [r". \quad (1)", r", \qquad (2)", r".\quad(3)", r". \qquad (A)", r", \quad (ii)"]
_ROWS = [("x = 2y + 2y", "x = 4y", True), ("x = 2y + 2y", "x = 5y", False)]


def _verdict(tmp_path, first: str, row: str, name: str) -> str:
    from derivations.post import check_post

    post = tmp_path / name
    post.write_text(f"---\ntitle: t\n---\n\n$${first}$$\n\n$${row}$$\n", encoding="utf-8")
    rows = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    return "/".join(sorted({r.verdict for r in rows}))


@pytest.mark.parametrize("end", _ENDS)
@pytest.mark.parametrize("row", _ROWS)
def test_punctuation_then_a_tag_changes_nothing(tmp_path, row, end):
    first, second, true = row
    tagged = _verdict(tmp_path, first, f"{second}{end}", "a.md")
    plain = _verdict(tmp_path, first, second, "b.md")
    assert tagged == plain
    assert ("proved" in tagged) == true
    assert ("refuted" in tagged) == (not true)
