"""An equation in a parameter solved row by row, with a number on one side.

StatProofBook's FWHM proof (held-out batch 55, ``statproofbook-norm-fwhm-...``) solves
``f(x) = f_{max}/2`` for x one row at a time: ``e^{-u^2/2} = 1/2``, then
``-u^2/2 = \\ln(1/2)``, then ``u^2 = -2\\ln(1/2)``. Each row is an equation in x, which the
reader compares as an identity that need not hold (never refuted). A number alone on the right
was taken for data put in ("the row puts in numbers for the symbols"), and no row was compared
with the equation above it. Now the number is no data, and each such row is the equation in
mind for the next (``_unread_equation``): a row that follows from it, as an equation step, is
proved; one that does not stays unchecked, never refuted (the equation may be the author's
condition, not a claim for every x).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, first_verdicts

_POST = (
    Path(__file__).parent
    / "posts/incoming/external55/statproofbook-norm-fwhm-full-width-half-maximum.md"
)
_U = r"\left( \frac{x_\mathrm{FWHM}-\mu}{\sigma} \right)^2"
_ROW_54 = rf"\exp \left[ -\frac{{1}}{{2}} {_U} \right] &= \frac{{1}}{{2}} \\"
_ROW_56 = rf"{_U} &= -2 \ln \frac{{1}}{{2}} \\"


@pytest.fixture(scope="module")
def as_written():
    return first_verdicts(_POST)


def test_the_steps_that_follow_are_proved(as_written):
    assert as_written[54] == "proved"
    assert as_written[56] == "proved"


def test_steps_that_do_not_follow_are_not_proved_nor_refuted(tmp_path):
    """Each wrong step is an equation of its own: not proved, and not refuted (the rows are
    conditions on x, and the reader cannot tell the author's condition from a slip). Both
    edits in one copy: row 54 is compared with row 53, row 56 with row 55."""
    copy = edited_copy(
        tmp_path,
        _POST,
        _ROW_54,
        rf"\exp \left[ -\frac{{1}}{{2}} {_U} \right] &= \frac{{1}}{{4}} \\",
    )
    (tmp_path / "b").mkdir()
    copy = edited_copy(tmp_path / "b", copy, _ROW_56, rf"{_U} &= 2 \ln \frac{{1}}{{2}} \\")
    got = first_verdicts(copy)
    assert got[54] not in ("proved", "refuted")
    assert got[56] not in ("proved", "refuted")
