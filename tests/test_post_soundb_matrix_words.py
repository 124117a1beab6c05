"""Adversarial set 15, pairs 64 and 66: matrices named in words after the noun ("$D$ and $E$
be diagonal ... matrices and $A$ a general one", "... matrix ... and $I$ the identity") were
read as numbers: ``D A = A D`` was proved (numbers commute) and ``(I - H)^2 = I - H`` for an
idempotent ``H`` refuted with ``I = 2.13``. A capital letter set beside a noun phrase in a
sentence about matrices ("$P$ an arbitrary one", "$I$ the identity") is a matrix
(``_prose_meanings.declared_matrices``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PAIRS = [
    (
        "Let $B$ and $C$ be symmetric real $2 \\times 2$ matrices and $P$ an arbitrary one. Then",
        "B P = P B",
        "(B C)^T = C B",
    ),
    (
        "Let $Q$ be an orthogonal real $3 \\times 3$ matrix ($Q^T Q = I$) and $M$ any other one. "
        "Then",
        "Q M = M Q",
        "(Q M)^T = M^T Q^T",
    ),
    (
        "Let $G$ be an idempotent real $2 \\times 2$ matrix ($G^2 = G$) and $I$ the identity. Then",
        "(I - G) G = G",
        "(I - G) G = 0",
    ),
]


def _post(prose: str, row: str) -> str:
    return f"{prose}\n\n$${row}$$\n"


@pytest.mark.parametrize(("prose", "wrong", "right"), PAIRS)
def test_a_matrix_named_in_words_does_not_commute(tmp_path, prose, wrong, right):
    assert verdict_of_row(tmp_path, _post(prose, wrong), wrong) != "proved"


@pytest.mark.parametrize(("prose", "wrong", "right"), PAIRS)
def test_a_true_matrix_row_is_not_refuted(tmp_path, prose, wrong, right):
    assert verdict_of_row(tmp_path, _post(prose, right), right) != "refuted"


def test_a_number_beside_a_matrix_sentence_stays_a_number(tmp_path):
    """A letter with a verb ("$N$ is the number of rows") is not named a matrix: ``N(N + 1)``
    is still a product, proved."""
    prose = "Let $X$ be a real matrix and $N$ is the number of its rows. Then"
    row = "N(N + 1) = N^2 + N"
    assert verdict_of_row(tmp_path, _post(prose, row), row) == "proved"
