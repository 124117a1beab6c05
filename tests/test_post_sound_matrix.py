"""Adversarial set 8, the matrix placeholder: a step whose matrix algebra cannot be reduced
to numbers is stored as one placeholder symbol; a row holding it is never compared (two
placeholders would be "equal", a placeholder and a number "different"), it is unchecked.

The set's pairs 133, 154, 155 and 199-203 are run as written, then variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts
from _post_rows import verdict_of_row

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
PAIRS = ("133", "154", "155", "199", "200", "201", "202", "203")


@pytest.mark.parametrize("num", PAIRS)
def test_a_matrix_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true != "refuted"


_MATRIX = "Let\n\n$$M = \\begin{pmatrix} 2 & 0 \\\\ 1 & 5 \\end{pmatrix}$$\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    "row",
    [
        r"\det M = \mathrm{tr}(M)",
        r"\det(3M) = 3 \det M",
        r"\mathrm{tr}(M^2) = \mathrm{tr}(M)^2",
        r"\det(M^3) = \det M",
    ],
)
def test_a_false_row_on_a_written_matrix_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _MATRIX.replace("ROW", row), row) != "proved"


@pytest.mark.parametrize(
    "row", [r"\det M = 10", r"\mathrm{tr}(M) = 7", r"\det M = 2 \cdot 5 - 0 \cdot 1"]
)
def test_a_correct_row_on_a_written_matrix_is_not_refuted(tmp_path, row):
    assert verdict_of_row(tmp_path, _MATRIX.replace("ROW", row), row) != "refuted"
