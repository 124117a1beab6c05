r"""Names listed in one math span and called matrices (``Let $A, B$ be square matrices``,
``$B_1, \dots, B_n$``, ``$A_1, A_2$``) are matrices, as names each in its own span are
(adversarial set 32, pairs 16, 41, 42; attack60).

The words' declaration (``_prose_meanings._DECLARED``) took one name per math span: a list
inside one span declared nothing, every name stayed a number, and ``AB = BA``,
``A_1 A_2 = A_2 A_1`` and ``(\sum_i B_i) A = A \sum_i B_i`` were proved. Failed at the
branch's start (2758026).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._prose_meanings import declared_matrices

#: (sentence, the names it declares): each a list of names in one math span
LISTS = [
    (r"Let $A, B$ be square matrices.", {"A", "B"}),
    (r"Let $A_1, A_2$ be $2 \times 2$ matrices.", {"A"}),
    (r"Let $A$ and $B_1, \dots, B_n$ be $2 \times 2$ matrices.", {"A", "B"}),
    (r"Let $B_1, \ldots, B_k$ be matrices.", {"B"}),
    (r"Consider matrices $P, Q, R$.", {"P", "Q", "R"}),
    (r"$\mathbf{X}, \mathbf{Y}$ are random matrices.", {"X", "Y"}),
]


@pytest.mark.parametrize(("sentence", "names"), LISTS)
def test_every_name_of_the_list_is_declared(sentence, names):
    assert names <= declared_matrices(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        r"Let $a, b$ be real numbers and $M$ a matrix.",  # lower-case names beside
        r"Let $A, B$ be events.",  # no matrix
        r"Let $N, K$ be the sizes; $M$ is a matrix.",  # the noun is another sentence's
        r"Let $A + B, C$ be square matrices.",  # no list of names
        r"Let $N, K$ be the numbers of rows and columns of the matrix.",  # its sizes
        r"Let $N$ and $K$ be the sizes of the matrix.",
    ],
)
def test_a_span_that_is_no_list_of_names_declares_none_of_them(sentence):
    assert not {"A", "B", "N", "K", "C"} & declared_matrices(sentence)


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $A, B$ be square matrices of size $n \ge 2$.", r"AB = BA"),
        (r"Let $A_1, A_2$ be $2 \times 2$ matrices.", r"A_1 A_2 = A_2 A_1"),
        (
            r"Let $A$ and $B_1, \dots, B_n$ be $2 \times 2$ matrices.",
            r"\left(\sum_{i=1}^n B_i\right) A = A \sum_{i=1}^n B_i",
        ),
        (r"Consider matrices $P, Q$.", r"(PQ)^T = P^T Q^T"),
    ],
)
def test_listed_matrices_do_not_commute(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $A, B$ be square matrices of size $n \ge 2$.", r"(AB)^T = B^T A^T"),
        (
            r"Let $A$ and $B_1, \dots, B_n$ be $2 \times 2$ matrices.",
            r"\left(\sum_{i=1}^n B_i\right) A = \sum_{i=1}^n B_i A",
        ),
        (r"Consider matrices $P, Q$.", r"P + Q = Q + P"),
    ],
)
def test_their_identities_are_not_refuted(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "refuted"
