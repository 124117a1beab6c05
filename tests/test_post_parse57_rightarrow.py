"""``\\rightarrow`` is the relation ``\\to`` spelled out ("tends to", read as ``=>`` like
``\\to``). The relation splitter skipped every command that starts with ``\\right`` as the
closing half of a ``\\left ... \\right`` pair, so ``\\rightarrow`` at the top of a row was
no relation at all and the row came to the lexer whole: "relation sign \\rightarrow inside
an expression", unparsed (held-out: a score statistic ``\\to N(0, 1)``, ``\\lambda(z)
\\rightarrow 0``). Written ``\\to`` the same rows were read; the two spellings now read alike,
and ``\\right)`` is still the closing bracket."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._relations import relation_spans, split_relations


@pytest.mark.parametrize(
    "row",
    [
        r"z \to \infty",
        r"\frac{S(\pi)}{\sqrt{\mathcal{I}(\pi)}} \to N(0, 1)",
        r"\alpha = \beta \to 0",
        r"\to \frac{d}{d\mu} \ell(\mu) = \sum_{i=1}^n x_i",
    ],
)
def test_rightarrow_splits_a_row_as_to_does(row):
    spelled = row.replace(r"\to", r"\rightarrow")
    assert relation_spans(spelled)[1] == relation_spans(row)[1]
    assert split_relations(spelled)[0] == split_relations(row)[0]


def test_right_bracket_and_big_brackets_stay_brackets():
    sides, rels = split_relations(r"\left( a = b \right) = \bigl( c \bigr) \rightarrow d")
    assert rels == ["=", "=>"], rels
    assert sides[0] == r"\left( a = b \right)"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{S(\pi)}{\sqrt{\mathcal{I}(\pi)}} \rightarrow N(0, 1)",
        r"\lambda(z) \rightarrow 0",
        r"a = b \rightarrow 0",
    ],
)
def test_a_row_with_rightarrow_reads_as_with_to(tmp_path, row):
    spelled = display_rows(tmp_path, row)[5]
    short = display_rows(tmp_path, row.replace(r"\rightarrow", r"\to"))[5]
    assert spelled.verdict != "unparsed", spelled.reason
    assert (spelled.verdict, spelled.reason) == (short.verdict, short.reason)
