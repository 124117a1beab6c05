"""``\\xrightarrow{D}``: a labelled arrow is the arrow under its label (held-out batch 58).

An Obsidian note on the delta method (external58) writes convergence in distribution as
``\\sqrt{n}(X_n - \\theta) \\xrightarrow{D} \\mathcal{N}(0, \\sigma^2)``: six truth lines
unparsed ("unsupported command \\xrightarrow"). The same arrow written ``\\overset{D}{\\to}``
was already read: the label is commentary over the sign, as for ``\\overset{d}{=}``. The
extensible arrow of amsmath takes an optional label below (``\\xrightarrow[n\\to\\infty]{p}``)
and one above; both are dropped with it, and the arrow is the plain ``\\to``.

Properties: a row written with ``\\xrightarrow[..]{..}`` gets the verdict of the same row
with ``\\overset{..}{\\to}`` and is never unparsed; a chain that ends in a labelled arrow to a
number states a limit and gives the name on its left no value (as ``a = b \\to 0``).
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ROWS = [
    "\\sqrt{n}(X_n - \\theta) \\xrightarrow{D} \\mathcal{N}(0, \\sigma^2)",
    "\\log(\\bar X) \\xrightarrow{D} \\mathcal{N}\\left(\\log(\\mu), \\frac{\\sigma^2}{n\\mu^2}\\right)",
    "S = \\sqrt{S^2} \\xrightarrow{D} \\mathcal{N}\\left(\\sigma, \\frac{v}{4\\sigma^2}\\right)",
    "\\bar X_n \\xrightarrow[n \\to \\infty]{p} \\mu",
    "\\bar X_n \\xrightarrow{} \\mu",
]


def _overset(row: str) -> str:
    """The row with each ``\\xrightarrow[below]{above}`` written ``\\overset{above}{\\to}``."""
    out = row.replace("\\xrightarrow[n \\to \\infty]{p}", "\\overset{p}{\\to}")
    return out.replace("\\xrightarrow{D}", "\\overset{D}{\\to}").replace("\\xrightarrow{}", "\\to")


def _only_row(folder, row: str):
    folder.mkdir()
    (only,) = display_rows(folder, row).values()
    return only


@pytest.mark.parametrize("row", ROWS)
def test_a_labelled_arrow_reads_as_the_arrow(tmp_path, row):
    got, want = _only_row(tmp_path / "a", row), _only_row(tmp_path / "b", _overset(row))
    assert got.verdict != "unparsed", got.reason
    assert got.verdict == want.verdict
    assert got.verdict not in ("proved", "refuted")


def test_a_chain_ending_in_a_labelled_arrow_to_a_number_is_a_limit(tmp_path):
    rows = display_rows(tmp_path, "a_n = \\frac{1}{n} \\xrightarrow{n \\to \\infty} 0", "a_n = 5")
    first, second = rows[5], rows[7]
    assert first.verdict not in ("proved", "refuted", "unparsed"), first.reason
    # a_n was given no value by the limit: the later row is not compared with 0
    assert second.verdict != "refuted", second.reason
