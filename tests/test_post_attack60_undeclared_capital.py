r"""A plain capital the post never declares, multiplied with a declared matrix, may be a
matrix itself: a row proved only because it commutes as a number is no proof
(adversarial set 32, pair 19; attack59's "Left alone"; attack60).

After "Let $A \in \mathbb{R}^{n \times n}$", ``AB = BA`` holds if ``B`` is a number and
fails if it is a matrix, and no sentence says which (in pair 19 the words say "of the same
size", a matrix). Read with ``B`` a matrix, a proof holds for a number too (``B`` times the
identity is a special case), so the row is proved when that reading proves it; a failure
there is no counterexample (``B`` may be a number). Proved at the branch's start (2758026).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

DECLARED = r"Let $A \in \mathbb{R}^{n \times n}$ with $n \ge 2$."


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (DECLARED + " Let $B$ be of the same size.", r"AB = BA"),
        (DECLARED, r"AB = BA"),
        (DECLARED, r"A C A^{-1} = C"),
        (DECLARED, r"(A + B)^2 = A^2 + 2AB + B^2"),
        (r"Let $\mathbf{A}$ be a $3 \times 3$ matrix.", r"\mathbf{A} Q = Q \mathbf{A}"),
    ],
)
def test_a_row_true_only_for_a_number_is_not_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (DECLARED, r"(A + B)^2 = A^2 + AB + BA + B^2"),
        (DECLARED, r"A(B + C) = AB + AC"),
        (DECLARED, r"(AB)^T = B^T A^T"),
    ],
)
def test_a_row_true_for_matrices_too_stays_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (DECLARED + r" Let $N > 0$.", r"N A = A N"),  # a letter with a domain is a number
        (DECLARED + r" Let $K \ge 1$ be an integer.", r"K A^2 = A^2 K"),
    ],
)
def test_a_capital_the_post_makes_a_number_still_commutes(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
