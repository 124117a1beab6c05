"""A macro defined inside the display that uses it (batch 47).

A Cross Validated answer (external47, the negative binomial information, lines 12-13) opens
its displays with the definition of the operator it then uses: ``$$
\\DeclareMathOperator{\\P}{\\mathbb{P}} \\P (X=k) = ... $$``. The definition was registered for
the rows after it, but the display's own row was read with the definition's text still in it:
"unsupported command \\DeclareMathOperator". The definition is blanked from the row it sits in,
as a block of definitions alone leaves no row: the row reads as it does with the definition
written in a display of its own before it.
"""

from __future__ import annotations

import pytest

from tests._post_rows import first_verdicts

_LAW = "Let $X \\sim \\mathcal{N}(\\mu, \\sigma^2)$.\n\n"


def _verdict(tmp_path, text: str, line: int) -> str:
    path = tmp_path / "post.md"
    path.write_text(_LAW + text, "utf-8")
    return first_verdicts(path)[line]


@pytest.mark.parametrize(
    "definition, row",
    [
        (r"\DeclareMathOperator{\E}{\mathbb{E}}", r"m = \E[2X] = 2\mu"),
        (r"\DeclareMathOperator{\E}{\mathbb{E}}", r"m = \E[2X] = 3\mu"),  # wrong
    ],
)
def test_a_row_after_its_definition_in_one_display_reads_as_with_its_own(tmp_path, definition, row):
    inside = _verdict(tmp_path, f"$$ {definition} {row} $$\n", 3)
    apart = _verdict(tmp_path, f"$$ {definition} $$\n\n$$ {row} $$\n", 5)
    assert inside == apart, (inside, apart)
    assert inside != "unparsed"


def test_a_row_after_a_newcommand_in_its_own_display_stays_unread(tmp_path):
    """Only an operator's name is read this way: a \\newcommand or \\def inside a row keeps
    the row unparsed, as the hostile cases junk-tex-def and junk-tex-newcommand require
    (the lead, after the merge's CI dry run)."""
    row = r"\newcommand{\half}{\frac{1}{2}} m = \half \mathbb{E}[X] = \frac{\mu}{2}"
    assert _verdict(tmp_path, f"$$ {row} $$\n", 3) == "unparsed"
