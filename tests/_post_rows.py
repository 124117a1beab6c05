"""Helpers of the post-reading tests: a post's rows by line, an edited copy of a post, and the
verdict of one row of a small post."""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post


def rows_of(path: Path) -> dict:
    """The rows of ``check_post(path)`` (one process, no workers) by the line they start on."""
    return {r.line: r for r in check_post(path, jobs=1).rows}


def rows_of_text(tmp_path: Path, body: str) -> dict:
    """The rows, by line, of the post ``body`` written as it is to ``tmp_path/post.md``."""
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    return rows_of(post)


def first_verdicts(path: Path) -> dict[int, str]:
    """The verdict of the first row on each line of ``check_post(path)`` (one process)."""
    out: dict[int, str] = {}
    for r in check_post(path, jobs=1).rows:
        out.setdefault(r.line, r.verdict)
    return out


def display_rows(tmp_path: Path, *displays: str) -> dict:
    """The rows, by line, of a post of the displays ``displays`` (the first on line 5)."""
    body = "---\ntitle: t\n---\n\n" + "\n\n".join(f"$${d}$$" for d in displays) + "\n"
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    return rows_of(post)


def rows_of_variants(tmp_dir: Path, template: str, fills: dict[str, str]) -> dict[str, dict]:
    """The rows by line of ``template`` with ``SECOND`` replaced by each of ``fills``' values,
    keyed like ``fills`` (``{"wrong": ..., "right": ...}``): a post and its twin, each
    checked once."""
    out = {}
    for case, fill in fills.items():
        path = tmp_dir / f"{case}.md"
        path.write_text(template.replace("SECOND", fill), encoding="utf-8")
        out[case] = rows_of(path)
    return out


def edited_copy(tmp_path: Path, path: Path, old: str, new: str) -> Path:
    """``path`` with ``old`` (which must be in it) replaced by ``new``, under ``tmp_path``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    copy = tmp_path / path.name
    copy.write_text(text.replace(old, new), encoding="utf-8")
    return copy


def verdict_of_row(tmp_path: Path, body: str, row: str) -> str:
    """The verdict of the last row of the post ``body`` (front matter added) holding ``row``."""
    text = "---\ntitle: t\n---\n" + body
    line = max(k for k, t in enumerate(text.splitlines(), 1) if row in t)
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if r.line == line]
    assert rows, f"no row on line {line}"
    return rows[0].verdict


def no_range_guessed(latex: str, ctx: object) -> bool:
    """``latex`` read in ``ctx`` is unparsed, or its sums and products run over ranges of
    their own (``1 .. |i|``, see ``_unstated_ranges``): never to a count the post did not
    give them."""
    import sympy as sp

    from derivations.post._parse import parse_expression
    from derivations.post._unstated_ranges import RangeSize

    try:
        e = parse_expression(latex, ctx)[0]
    except ValueError:
        return True
    sums = e.atoms(sp.Sum, sp.Product)
    return bool(sums) and all(isinstance(hi, RangeSize) for s in sums for _, _, hi in s.limits)


def refuted_with_correct_twin(
    tmp_path: Path, post: Path, line: int, wrong: str, right: str
) -> None:
    """The row on ``line`` of ``post`` is refuted, and the copy of the post with ``wrong``
    (text of that row) replaced by ``right`` (its correct twin) has that row not refuted."""
    assert first_verdicts(post)[line] == "refuted"
    twin = edited_copy(tmp_path, post, wrong, right)
    assert first_verdicts(twin)[line] != "refuted"
