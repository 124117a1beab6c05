"""``\\Ex`` without its definition: the expectation (held-out batch 57, an Obsidian note).

An Obsidian note on the geometric distribution (external57) writes ``\\Ex[X] = \\sum_x ...``
with ``\\Ex`` defined in the vault's MathJax preamble, which the copy does not carry: five
truth lines unparsed ("unsupported command \\Ex"). Course notes define it the same way
(``\\newcommand{\\Ex}{\\mathbb{E}}``, AM207's notebooks in the corpus), and no other meaning
of the name is common in a derivation, so it joins the known shorthands of ``._macros``
(``\\expect``, ``\\map``); a post's own definition still comes first.

Property: a row written with ``\\Ex`` gets the verdict of the same row with ``\\mathbb{E}``.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

ROWS = [
    "\\Ex[X + 1] = \\Ex[X] + 1",
    "\\Ex[2X] = \\Ex[X] + 2",
    "\\Ex[3X] = 3\\Ex[X]",
]
HEAD = "Let $X \\sim \\mathrm{Geom}(p)$ count the failures before the first success.\n\n"


def _verdict(tmp_path, row: str) -> str:
    rows = rows_of_text(tmp_path, HEAD + f"$${row}$$\n")
    return rows[3].verdict


@pytest.mark.parametrize("row", ROWS)
def test_ex_reads_as_the_expectation(tmp_path, row):
    assert _verdict(tmp_path, row) == _verdict(tmp_path, row.replace("\\Ex", "\\mathbb{E}"))
    assert _verdict(tmp_path, row) != "unparsed"


def test_a_posts_own_definition_comes_first(tmp_path):
    body = "$$\\newcommand{\\Ex}{\\mathrm{e}^{x}}$$\n\n$$\\Ex = e^x$$\n"
    rows = rows_of_text(tmp_path, body)
    assert [r.verdict for r in rows.values() if "= e^x" in r.text] == ["proved"]
