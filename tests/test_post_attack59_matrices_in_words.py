r"""Capitals the words call matrices with a subscript (``matrices $A_k$ and $B$``) or beside
"another matrix" (``$B$ another matrix``) are matrices and do not commute (found probing
adversarial set 31's membership pairs, attack59).

The words' reading (``_prose_meanings._DECLARED``, ``_APPOSED``) took a bare capital only and
the articles a, an, the, any: ``\sum_k A_k B = B \sum_k A_k`` after "Matrices $A_k$ and $B$"
and ``AB = BA`` after "$B$ another matrix" were proved as identities of numbers. Failed at
the branch's start (bf263d2).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Matrices $A_k$ and $B$.", r"\sum_{k=1}^{m} A_k B = B \sum_{k=1}^{m} A_k"),
        (r"Let $A_1$ and $A_2$ be matrices.", r"A_1 A_2 = A_2 A_1"),
        (r"Let $A \in \mathbb{R}^{n \times n}$ and $B$ another matrix.", r"AB = BA"),
        (r"Take the matrix $M$ and $N$ another one.", r"MN - NM = 0"),
    ],
)
def test_matrices_named_in_words_do_not_commute(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Matrices $A_k$ and $B$.", r"A_1 + B = B + A_1"),
        (r"Let $A_1$ and $A_2$ be matrices.", r"A_1 + A_2 = A_2 + A_1"),
        (r"Let $c$ be a number and $B$ another matrix.", r"cB = Bc"),
    ],
)
def test_their_identities_stay_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
