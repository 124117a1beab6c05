"""An equation after a row the reader could not read, in a chain of equations (issue 12,
RELATE16, ``_unread_equation``).

The algebra.com beta method-of-moments answer (held-out external17) solves the moment
equations for alpha row by row: line 58 ``alpha = (M2 Xbar - Xbar^2)/(Xbar^2 - M2)``, line 60
a plain-text row the reader cannot read, then lines 62, 64, 66, each ``alpha = ...`` again.
The chain was broken at line 60: line 62 was compared as an identity in alpha ("not an
identity ...; as an equation in alpha no row above leads to it"), and so were 64 and 66.
They are now also compared with the equation before the unread row (line 58), prove-only.

The tests failed before the change (lines 62, 64, 66 unchecked). Wrong twins in each place
are neither proved nor refuted, and a row that follows from the wrong twin rather than from
line 58 is not proved either.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

_POST = (
    Path(__file__).parent
    / "posts/incoming/external17/algebra-com-beta-method-of-moments-plain-unicode-answer.md"
)

_ROWS = {
    62: "    α = (M2/X̄ - 1) / (1 - M2/X̄²)\n",
    64: "    α = (X̄M2 - X̄²) / (X̄² - M2)\n",
    66: "    α = X̄(M2 - X̄) / (X̄² - M2)\n",
}

#: Each row with a slip: a sign, a factor, a swapped difference.
_WRONG = {
    62: "    α = (M2/X̄ + 1) / (1 - M2/X̄²)\n",
    64: "    α = (X̄M2 - X̄²) / (X̄² + M2)\n",
    66: "    α = X̄(X̄ - M2) / (X̄² - M2)\n",
}


def test_the_rows_after_the_unread_row_follow_from_the_equation_before_it():
    rows = rows_of(_POST)
    assert rows[60].verdict == "unparsed", rows[60].verdict  # the premise of the test
    assert rows[62].verdict not in ("refuted", "given"), (rows[62].verdict, rows[62].reason)
    for line in (64, 66):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)


@pytest.mark.parametrize("line", sorted(_WRONG))
def test_a_wrong_row_in_the_same_place_is_neither_proved_nor_refuted(tmp_path: Path, line: int):
    copy = edited_copy(tmp_path, _POST, _ROWS[line], _WRONG[line])
    row = rows_of(copy)[line]
    assert row.verdict not in ("proved", "plausible", "refuted", "given"), (
        row.verdict,
        row.reason,
    )


def test_rows_after_a_wrong_row_still_follow_from_the_equation_before_the_unread_one(
    tmp_path: Path,
):
    """A slip on line 62 does not spread: 64 and 66 follow from line 58 (the line they are
    compared with), whatever line 62 says."""
    copy = edited_copy(tmp_path, _POST, _ROWS[62], _WRONG[62])
    rows = rows_of(copy)
    assert rows[62].verdict not in ("proved", "plausible"), (rows[62].verdict, rows[62].reason)
    for line in (64, 66):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)
        assert "line 58" in rows[line].reason, rows[line].reason
