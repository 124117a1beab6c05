"""A tag written before a row's equation (``(B1)\\qquad b = ...``) labels it; it is no factor.

Held-out batch 31 (Xiaosi Huang's regression notes): ``\\text{(A)}\\;\\; a\\sum x_i^2 + b\\sum x_i
= \\sum x_i y_i``, ``(B1)\\qquad b = ...`` and ``(\\star)\\qquad a = ...`` name the equations
they start, as ``\\tag{...}`` does at the end; the reader read ``(B1)`` as the product B times 1
("the equation involves B, b") and ``(\\star)`` as an unsupported command.

Properties: a row with such a tag, followed by ``\\quad``, ``\\qquad`` or two thick spaces, gets
the verdict of the row without it (proved when true, refuted when false, never proved when
false); a parenthesised factor not followed by that spacing is not taken for a tag."""

from __future__ import annotations

import pytest

_TAGS = [r"(A)", r"(B1)", r"(\star)", r"(1)", r"(ii)", r"\text{(A)}", r"(*)"]
_GAPS = [r"\qquad", r"\quad", r"\;\;"]
_ROWS = [("x = 2y + 2y", "x = 4y", True), ("x = 2y + 2y", "x = 5y", False)]


def _verdict(tmp_path, first: str, row: str, name: str) -> str:
    from derivations.post import check_post

    post = tmp_path / name
    post.write_text(f"---\ntitle: t\n---\n\n$${first}$$\n\n$${row}$$\n", encoding="utf-8")
    rows = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    return "/".join(sorted({r.verdict for r in rows}))


@pytest.mark.parametrize("gap", _GAPS)
@pytest.mark.parametrize("tag", _TAGS)
@pytest.mark.parametrize("row", _ROWS)
def test_a_tag_before_the_row_changes_nothing(tmp_path, row, tag, gap):
    first, second, true = row
    tagged = _verdict(tmp_path, first, f"{tag}{gap} {second}", "a.md")
    plain = _verdict(tmp_path, first, second, "b.md")
    assert tagged == plain
    assert ("proved" in tagged) == true


@pytest.mark.parametrize("row", [r"(2)\, x = 8y", r"(2) x = 8y"])
def test_a_factor_without_the_spacing_is_no_tag(tmp_path, row):
    # (2) x = 8y after x = 2y + 2y: read as 2x = 8y (true), or left unread; never refuted
    verdict = _verdict(tmp_path, "x = 2y + 2y", row, "c.md")
    assert "refuted" not in verdict


@pytest.mark.parametrize("tag", [r"\text{(B)}", r"(B)", r"(2)"])
def test_a_tag_after_a_comma_and_a_wide_space_labels_the_second_statement(tag):
    from derivations.post._relations import statements

    row = rf"\text{{(A)}}\;\; a + b = c, \qquad {tag}\;\; a - b = d ."
    sts = statements(row)
    assert [s.relations for s in sts] == [("=",), ("=",)]
    start, end = sts[1].spans[0]
    assert row[start:end].strip() == "a - b"
