"""A bound stated of a count keeps it a count: ``n \\ge 1`` does not make n a real number.

The reader takes n and N (and a letter a sum over the data runs to) as sample sizes, positive
integers, and the numeric check writes a sum over ``i = 1..n`` out at n = 1, 2, 3, 5. A post
that says "Let $n \\ge 1$" or "$N > 0$" replaced that convention with a real number at least 1:
the sums had no terms to write out ("cannot evaluate: no values for x[i]"), and a correct
row whose normal forms agree stayed unchecked. A bound is compatible with the convention and
now narrows it; a post that says the letter is real (``n \\in \\mathbb{R}``) is read so.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

ROW = r"\sum_{i=1}^{LIM} (x_i + y) = \sum_{i=1}^{LIM} x_i + LIM y"
WRONG = r"\sum_{i=1}^{LIM} (x_i + y) = \sum_{i=1}^{LIM} x_i + y"


def _verdict(tmp_path, prose: str, row: str, lim: str) -> str:
    row = row.replace("LIM", lim)
    return verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "prose, lim",
    [
        (r"Let $n \ge 1$ be an integer.", "n"),
        (r"Let $n \geq 2$.", "n"),
        (r"We have $N > 0$ observations.", "N"),
        (r"Suppose $n > 0$.", "n"),
    ],
)
def test_a_count_with_a_stated_bound_is_still_written_out(tmp_path, prose, lim):
    assert _verdict(tmp_path, prose, ROW, lim) == "proved"
    assert _verdict(tmp_path, prose, WRONG, lim) != "proved"


def test_a_bound_above_one_is_kept(tmp_path):
    # with n >= 2 the sum from 1 to n - 1 has a term; a false row is caught at n >= 2 only
    row = r"\sum_{i=1}^{n-1} 1 = n - 1"
    assert _verdict(tmp_path, r"Let $n \ge 2$.", row, "n") == "proved"
