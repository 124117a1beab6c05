"""Arrows typed as characters and prose labels at the start of a side (held-out batches 6, 7).

``=> a = b`` was split as '=' then '>' with an empty side between (unparsed); a label
``\\text{Base on (3), (4)} =>`` or ``\\text{Let } T = ...`` was read as math, the product
B a s e o n (3) or the symbol Let times T. An arrow reads as \\Rightarrow / \\iff, and a
label of prose is skipped; a single word such as ``\\text{Var}`` or ``\\text{MSE}`` is not a
label and is read as before.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._relations import split_relations, statements


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=> a = b", "\\Rightarrow a = b"),
        ("a = b => c = d", "a = b \\Rightarrow c = d"),
        ("a = b ==> c = d", "a = b \\Rightarrow c = d"),
        ("a <=> b", "a \\iff b"),
    ],
)
def test_an_arrow_typed_as_characters_splits_like_the_command(typed, written):
    assert split_relations(typed)[1] == split_relations(written)[1]
    assert [s.strip() for s in split_relations(typed)[0]] == [
        s.strip() for s in split_relations(written)[0]
    ]


@pytest.mark.parametrize("row", ["a <= b", "a >= b", "a == b", "a = -b", "a < b"])
def test_other_relations_are_unchanged(row):
    sides, rels = split_relations(row)
    assert len(rels) == 1 and "=>" not in rels


@pytest.mark.parametrize(
    ("row", "first_side"),
    [
        ("\\text{Base on (3), (4)} => g = 1", ""),
        ("\\text{Let } T = 2", "T"),
        ("\\text{where } T = 2", "T"),
        ("\\text{Var}(X) = 1", "\\text{Var}(X)"),
        ("\\text{MSE} = 1", "\\text{MSE}"),
    ],
)
def test_a_prose_label_opening_a_side_is_skipped(row, first_side):
    assert split_relations(row)[0][0] == first_side
    (st,) = statements(row)
    a, b = st.spans[0]
    assert row[a:b].strip() == first_side


def _verdicts(tmp_path, *rows):
    path = tmp_path / "post.md"
    text = "---\ntitle: t\n---\n\n" + "\n\n".join(f"$${r}$$" for r in rows) + "\n"
    path.write_text(text, encoding="utf-8")
    return [r.verdict for r in check_post(path, jobs=1).rows]


def test_rows_led_by_a_typed_arrow_are_checked(tmp_path):
    rows = [
        "\\frac{1}{1 + e^z} = 1 - \\frac{1}{1 + e^{-z}}",
        "=> \\frac{1}{1 + e^z} = \\frac{e^{-z}}{1 + e^{-z}}",
        "=> \\frac{1}{1 + e^z} = \\frac{e^{z}}{1 + e^{-z}}",
    ]
    assert _verdicts(tmp_path, *rows) == ["proved", "proved", "refuted"]


def test_a_label_before_an_arrow_claims_nothing(tmp_path):
    good = _verdicts(
        tmp_path,
        "g(z) = \\frac{-e^{-z}}{1 + e^{-z}}",
        "\\text{Base on (3), (4)} => g(z) = -\\frac{1}{e^{z} + 1}",
    )
    bad = _verdicts(
        tmp_path,
        "g(z) = \\frac{-e^{-z}}{1 + e^{-z}}",
        "\\text{Base on (3), (4)} => g(z) = \\frac{1}{e^{z} + 1}",
    )
    assert good[-1] == "proved" and bad[-1] == "refuted"
