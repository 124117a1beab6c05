"""A thick space ``\\;`` written around a relation is spacing, not a semicolon between statements.

Held-out batch 31 (Xiaosi Huang's regression notes): ``b \\;=\\; \\frac{...}{N} \\;=\\;
\\bar{y} - a\\bar{x}`` and ``... = 0 \\;\\;\\Longleftrightarrow\\;\\; a\\sum x_i^2 + ... = ...``
were unparsed ("unexpected character '\\\\'"): the ``;`` of the ``\\;`` just after a relation
was taken for a semicolon separating two statements, leaving a side that ends in a lone
backslash. A ``\\;`` between two statements with something written on both sides still
separates them, and ``\\;`` before a comma too.

Properties: a row with ``\\;`` (one or two) around each relation gets the verdict of the same
row without them (proved for true rows, refuted for false ones, never proved when false); the
statements of a row are those of the row without the spacing; ``\\;`` between two full
statements still splits them."""

from __future__ import annotations

import pytest

from derivations.post._relations import statements

_ROWS = [
    (r"x = 2y + 2y", r"x = 4y", True),
    (r"x = 2y + 2y", r"x = 5y", False),
    (r"a + b = 0", r"a = -b", True),
    (r"c = (1 + t)^2", r"c = 1 + 2t + t^2", True),
    (r"c = (1 + t)^2", r"c = 1 + t^2", False),
]
_SPACES = [r"\;", r"\;\;", r"\; \;"]


def _verdict(tmp_path, first: str, second: str, rel: str, space: str, name: str) -> str:
    from derivations.post import check_post

    lhs, rhs = second.split("=", 1) if rel == "=" else (None, None)
    if rel == "=":
        row = f"{lhs.strip()} {space}={space} {rhs.strip()}"
    else:
        row = f"{first} {space}{rel}{space} {second}"
    post = tmp_path / name
    post.write_text(f"---\ntitle: t\n---\n\n$${first}$$\n\n$${row}$$\n", encoding="utf-8")
    rows = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    return "/".join(sorted({r.verdict for r in rows}))


def _verdict_of_rows(tmp_path, first: str, row: str, name: str) -> str:
    from derivations.post import check_post

    post = tmp_path / name
    post.write_text(f"---\ntitle: t\n---\n\n$${first}$$\n\n$${row}$$\n", encoding="utf-8")
    rows = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    return "/".join(sorted({r.verdict for r in rows}))


@pytest.mark.parametrize("space", _SPACES)
@pytest.mark.parametrize("row", _ROWS)
def test_thick_spaces_around_equals_change_nothing(tmp_path, row, space):
    first, second, true = row
    spaced = _verdict(tmp_path, first, second, "=", space, "a.md")
    plain = _verdict(tmp_path, first, second, "=", "", "b.md")
    assert spaced == plain
    if not true:
        assert "proved" not in spaced


@pytest.mark.parametrize("rel", [r"\Longleftrightarrow", r"\iff", r"\implies", r"\Longrightarrow"])
@pytest.mark.parametrize("space", _SPACES)
def test_thick_spaces_around_an_arrow_change_nothing(tmp_path, rel, space):
    first, second = r"a + b = 0", r"a = -b"
    spaced = _verdict(tmp_path, "x = 1", f"{first} {space}{rel}{space} {second}", "=", "", "a.md")
    plain = _verdict(tmp_path, "x = 1", f"{first} {rel} {second}", "=", "", "b.md")
    assert "unparsed" not in spaced or "unparsed" in plain
    assert spaced == plain


@pytest.mark.parametrize("space", _SPACES)
@pytest.mark.parametrize(
    "row",
    [r"b = c + 1 = 1 + c", r"a + b = 0 \Longleftrightarrow a = -b", r"y = a x, x \sim N(0, 1)"],
)
def test_the_statements_are_those_without_the_spacing(row, space):
    spaced = row.replace("= ", f"{space}={space} ").replace(
        r"\Longleftrightarrow", rf"{space}\Longleftrightarrow{space}"
    )
    assert [s.relations for s in statements(spaced)] == [s.relations for s in statements(row)]


def test_a_thick_space_between_two_statements_still_splits():
    assert [s.relations for s in statements(r"x = 1 \; y = 2")] == [("=",), ("=",)]
    assert [s.relations for s in statements(r"y = a x, \; x \sim N(0, 1)")] == [("=",), ("~",)]


@pytest.mark.parametrize("space", _SPACES)
@pytest.mark.parametrize(
    "row",
    [
        (r"x = 2y + 2y", "x = 4y = 2y + 2y"),
        (r"x = 2y + 2y", "x = 4y = 3y + y"),
        (r"x = 2y + 2y", "x = 5y = 6y - y"),
        (r"c = (1 + t)^2", r"c = 1 + 2t + t^2 = (1 + t) \cdot (1 + t)"),
    ],
)
def test_thick_spaces_around_operators_change_nothing(tmp_path, row, space):
    first, second = row
    spaced = second
    for op in ("=", "+", "-", r"\cdot"):
        spaced = spaced.replace(f" {op} ", f" {space}{op}{space} ")
    a = _verdict_of_rows(tmp_path, first, spaced, "a.md")
    b = _verdict_of_rows(tmp_path, first, second, "b.md")
    assert a == b
    assert "unparsed" not in a


@pytest.mark.parametrize("row", [r"x = 2y \;-\; y, \; y = 3", r"x = 1 \; y = 2 \;+\; 1"])
def test_statements_split_at_a_thick_space_between_them_not_at_an_operators(row):
    assert [s.relations for s in statements(row)] == [("=",), ("=",)]


def test_a_statement_opening_with_a_minus_after_a_thick_space_is_its_own():
    assert [s.relations for s in statements(r"x = 1 \; -y = 2")] == [("=",), ("=",)]
