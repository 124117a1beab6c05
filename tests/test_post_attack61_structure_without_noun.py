"""A structure given to a matrix declared by membership, without the noun "matrix"
(adversarial33, 24).

"Let $Q \\in \\mathbb{R}^{n \\times n}$ be orthogonal and $x \\in \\mathbb{R}^n$" makes
``(Qx)^T (Qx) = x^T x`` true; the structure words were read only before the noun ("be
orthogonal matrices"), so ``Q`` was drawn as any matrix and the correct row refuted. A
structure word said of letters the sentence declares as matrices by membership (``\\in
\\mathbb{R}^{n \\times n}``) is the same statement: a counterexample with general matrices is
no refutation. Without a structure word the row is compared as before.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row


def _verdict(tmp_path, said: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{said}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    ("said", "row"),
    [
        (
            "Let $Q \\in \\mathbb{R}^{n \\times n}$ be orthogonal and $x \\in \\mathbb{R}^n$.",
            r"(Qx)^T (Qx) = x^T x",
        ),
        (
            "Let $A \\in \\mathbb{R}^{n \\times n}$ be symmetric and $x, y \\in \\mathbb{R}^n$.",
            r"x^T A y = y^T A x",
        ),
        (
            "Suppose $P \\in \\mathbb{R}^{n \\times n}$ is idempotent.",
            r"P^2 P = P",
        ),
    ],
)
def test_a_structure_said_of_a_declared_matrix_is_no_general_matrix(tmp_path, said, row):
    assert _verdict(tmp_path, said, row) != "refuted"


def test_without_a_structure_word_the_row_is_refuted(tmp_path):
    said = "Let $A \\in \\mathbb{R}^{n \\times n}$ and $x, y \\in \\mathbb{R}^n$."
    assert _verdict(tmp_path, said, r"x^T A y = y^T A x") == "refuted"


def test_the_false_twin_is_not_proved(tmp_path):
    said = "Let $Q \\in \\mathbb{R}^{n \\times n}$ be orthogonal and $x \\in \\mathbb{R}^n$."
    assert _verdict(tmp_path, said, r"(Qx)^T (Qx) = x^T Q x") != "proved"
