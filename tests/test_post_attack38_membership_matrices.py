r"""Letters the post declares members of a space of matrices (``$A, B \in \mathbb{R}^{n \times
n}$``, ``$M \in \mathbb{C}^{2 \times 2}$``, ``$\mathbf{W} \in \mathbb{R}^{m \times p}$``) are
matrices and do not commute, as letters the words call matrices do (adversarial set 30, 63, 64,
66).

``_prose_meanings.declared_matrices`` read "matrix"/"matrices" and bold capitals only: ``AB =
BA`` and ``(A + B)^2 = A^2 + 2AB + B^2`` were proved of two matrices declared so, lower-case
``ab = ba`` too. Failed at 8788d40. A membership of the reals or of a space of vectors
(``x \in \mathbb{R}``, ``n \in \mathbb{N}``) declares no matrix: its letter stays a number.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $A, B \in \mathbb{R}^{n \times n}$.", r"AB = BA"),
        (r"Let $A, B \in \mathbb{R}^{n \times n}$.", r"(A + B)^2 = A^2 + 2AB + B^2"),
        (r"Let $A \in \mathbb{R}^{n\times n}$ and $B \in \mathbb{R}^{n\times n}$.", r"AB - BA = 0"),
        (r"Let $a, b \in \mathbb{R}^{2 \times 2}$.", r"ab = ba"),
        (r"Take $P,Q\in\mathbb{R}^{3\times 3}$ invertible.", r"PQ = QP"),
        (r"Let $A_1, A_2 \in \mathbb{R}^{d \times d}$.", r"A_1 A_2 = A_2 A_1"),
    ],
)
def test_matrices_declared_by_membership_do_not_commute(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $A, B \in \mathbb{R}^{n \times n}$.", r"(A + B)^2 = A^2 + AB + BA + B^2"),
        (r"Let $A, B \in \mathbb{R}^{n \times n}$.", r"A + B = B + A"),
        (r"Let $x, y \in \mathbb{R}$.", r"xy = yx"),  # numbers: no matrix declared
        (r"Let $n, m \in \mathbb{N}$.", r"(n + m)^2 = n^2 + 2nm + m^2"),
    ],
)
def test_what_holds_of_matrices_or_numbers_is_still_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
