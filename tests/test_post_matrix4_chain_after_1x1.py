"""After a link read only as 1x1 matrices, the row goes on from the line as written.

A link whose lines have no matrix reading is checked with vectors and matrices
read as numbers, and its line used to be kept in that reading: the transposes
dropped and the factors reordered, the next link could never be read with
matrices, though its own lines have shapes that fit (ridge, held-out external3,
line 35: ``f'(beta)^T = X^T (X beta - Y) + lambda beta``). The next link now
compares the line as written, with matrices: a correct link is proved, a wrong
one refuted with a counterexample in matrices.
"""

from __future__ import annotations

from derivations.post import check_post

X, B = r"\mathbf{X}", r"\boldsymbol{\beta}"
_NOTATION = rf"c = {X}^\top {B}^\top"
#: the first link adds a number to X^T X: no matrix reading
_FIRST = rf"({X}^\top {X} + \lambda) {B} = {X}^\top {X} {B} + \lambda {B}"


def _links(tmp_path, row: str):
    body = f"---\ntitle: t\n---\n\nNotation: $$ {_NOTATION} $$\n\nA step:\n\n$$ {row} $$\n"
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    (r,) = [r for r in check_post(p).rows if r.line > 5]
    return r, r.links


def test_the_next_link_is_proved_with_matrices(tmp_path):
    r, links = _links(tmp_path, rf"{_FIRST} = ({B}^\top {X}^\top {X})^\top + \lambda {B}")
    assert r.verdict != "proved", (r.verdict, r.reason)  # the first link is not
    assert links[-1]["verdict"] == "proved", links


def test_a_wrong_next_link_is_refuted_with_matrices(tmp_path):
    r, links = _links(tmp_path, rf"{_FIRST} = ({X}^\top {X} {B})^\top {X}^\top {X} + \lambda {B}")
    assert r.verdict != "proved", (r.verdict, r.reason)
    assert links[-1]["verdict"] != "proved", links
    r, links = _links(tmp_path, rf"{_FIRST} = ({B}^\top {X}^\top {X})^\top - \lambda {B}")
    assert links[-1]["verdict"] == "refuted", links
    assert "1x1" not in links[-1]["reason"], links
