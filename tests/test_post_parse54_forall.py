"""``\\forall`` after a row's math is the words ``for all`` (held-out batch 23: ``\\quad \\forall
\\vartheta \\in \\Theta``): before a relation it opens the row's condition, as ``\\text{for all }``
does; before names alone it says the row holds for every value of them, as the row's letters
are read. Anywhere else (first in the row, inside a bracket) it stays unread."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ROW = r"g(x) = (x+1)^2 = x^2 + 2x RIGHT \quad \forall QUANT"


@pytest.mark.parametrize(
    ("quant", "typeset"),
    [
        (r"x \in \mathbb{R}", r"\text{for all } x \in \mathbb{R}"),
        (r"x > 0.", r"\text{for all } x > 0."),
        (r"x", r"\text{for all } x"),
        (r"x, y", r"\text{for all } x, y"),
    ],
)
def test_forall_reads_as_the_words_for_all(tmp_path, quant, typeset):
    for right in ("+ 1", "- 1"):
        row = ROW.replace("RIGHT", right)
        got = display_rows(tmp_path, row.replace("QUANT", quant))[5]
        same = display_rows(tmp_path, row.replace(r"\forall QUANT", typeset))[5]
        assert (got.verdict, got.reason) == (same.verdict, same.reason)
        assert got.verdict in ("proved", "refuted"), got.reason


@pytest.mark.parametrize(
    "row",
    [
        r"\forall x \in \mathbb{R}: g(x) = x^2",  # first in the row
        r"P(X_{max} < x) = P(X_i < x, \forall i)",  # inside a bracket
        r"g(x) = x^2 \quad \forall x + 1",  # more than names, no relation
    ],
)
def test_forall_elsewhere_stays_unread(tmp_path, row):
    got = display_rows(tmp_path, row)[5]
    assert got.verdict == "unparsed", got.reason
