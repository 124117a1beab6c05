"""A row that is an arrow alone (``\\Downarrow`` between two aligned blocks,
``$$\\Leftrightarrow$$`` between two displays) leads from the rows above to the rows
below: it claims nothing of its own, so it is read as a row without a claim (unrelated),
not as a relation whose sides are empty (unparsed); the rows around it keep their verdicts
(held-out batch 38 writes KaTeX's ``\\dArr`` that way, batch 7 a ``\\Leftrightarrow``
display)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ARROWS = [r"\Rightarrow", r"\Longrightarrow", r"\implies", r"\Leftrightarrow", r"\iff"]
ARROWS += [r"\Downarrow", r"\dArr", r"\therefore"]

ABOVE = "\n\\begin{aligned}\nf(x) &= (x+1)^2 \\\\\n&= x^2 + 2x + 1\n\\end{aligned} \\\\\n"


@pytest.mark.parametrize("arrow", ARROWS)
def test_an_arrow_alone_after_an_aligned_block_claims_nothing(tmp_path, arrow):
    rows = display_rows(tmp_path, ABOVE + arrow + "\n")
    assert [rows[k].verdict for k in (7, 8)] == ["given", "proved"]
    assert rows[10].verdict == "unrelated", rows[10].reason
    assert "arrow" in rows[10].reason


@pytest.mark.parametrize("arrow", ARROWS)
def test_an_arrow_display_between_two_displays_claims_nothing(tmp_path, arrow):
    rows = display_rows(tmp_path, "g(x) = (x-1)^2", arrow, "g(x) = x^2 - 2x + 1")
    assert rows[7].verdict == "unrelated", rows[7].reason
    assert rows[9].verdict == "proved"


def test_an_arrow_row_between_rows_leaves_a_wrong_row_wrong(tmp_path):
    rows = display_rows(tmp_path, "\ng(x) = (x-1)^2 \\\\\n\\Downarrow \\\\\ng(x) = x^2 - 2x - 1\n")
    assert rows[7].verdict == "unrelated"
    assert rows[8].verdict == "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"a = b \Rightarrow",  # the arrow leads on: a claim before it
        r"\Rightarrow a = b",  # the claim after the arrow is read
        r"\Downarrow a",  # something beside the arrow: not an arrow alone
    ],
)
def test_only_an_arrow_alone_is_a_row_without_a_claim(tmp_path, row):
    rows = display_rows(tmp_path, "a = 1", row)
    assert not (rows[7].verdict == "unrelated" and "arrow" in rows[7].reason)
