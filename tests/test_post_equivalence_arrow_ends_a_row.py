"""Held-out batch 41 (miclukacova lines 120, 134): ``\\frac{d}{d\\mu} g(\\mu) = 0 \\Leftrightarrow
\\\\`` then ``\\hat{\\mu} = ...`` on the next row: the equivalence arrow leads on to the next
row, as ``\\Rightarrow`` at the end of a row already did; its empty side made the row unread
("a side of a relation is empty")."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "$$\ng(\\mu) = \\mu^2 - 2\\mu\n$$\n"
    "$$\n\\frac{d}{d\\mu} g(\\mu) = THEROW THEARROW \\\\\n\\hat{\\mu} = 1\n$$\n"
)


@pytest.mark.parametrize("arrow", ["\\Leftrightarrow", "\\iff", "\\Longleftrightarrow"])
def test_a_row_ending_in_an_equivalence_is_read(tmp_path, arrow):
    body = _POST.replace("THEARROW", arrow).replace("THEROW", "2\\mu - 2")
    assert verdict_of_row(tmp_path, body, "= 2\\mu - 2") == "proved"


def test_a_wrong_row_ending_in_an_equivalence_is_refuted(tmp_path):
    body = _POST.replace("THEARROW", "\\Leftrightarrow").replace("THEROW", "2\\mu - 1")
    assert verdict_of_row(tmp_path, body, "= 2\\mu - 1") == "refuted"
