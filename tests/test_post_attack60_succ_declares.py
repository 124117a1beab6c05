r"""A capital stated positive (semi)definite, ``$\Sigma \succ 0$``, ``$S \succeq 0$``, is a
matrix: ``\succ 0`` is said of matrices (a number is ``> 0``). Found probing adversarial set
32 (pair 44; attack60): after "Let $\Sigma \succ 0$ be a $2 \times 2$ matrix and $M$ any
$2 \times 2$ matrix" both letters were numbers, and ``\Sigma M = M \Sigma`` was proved
(matrix59 gave ``\succ 0`` its symmetry only where the letter was a matrix already).
Proved at 2758026.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._prose_meanings import declared_matrices


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (r"Let $\Sigma \succ 0$.", "Sigma"),
        (r"Let $S \succeq 0$ be $2 \times 2$.", "S"),
        (r"where $\Lambda_k \succ 0$ for every $k$", "Lambda"),
        (r"Let $\mathbf{K} \succeq 0$ be a kernel.", "K"),
    ],
)
def test_a_capital_stated_definite_is_a_matrix(sentence, name):
    assert name in declared_matrices(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        r"Let $x \succ y$ in the order.",  # a preference, of numbers or anything
        r"Let $A \succ B$.",  # not against 0: an order between two things
        r"Let $a \succ 0$.",  # a small letter: left as it was
    ],
)
def test_other_statements_with_succ_declare_nothing(sentence):
    assert not {"x", "y", "A", "B", "a"} & declared_matrices(sentence)


PROSE = r"Let $\Sigma \succ 0$ be a $2 \times 2$ matrix and $M$ any $2 \times 2$ matrix."


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (PROSE, r"\Sigma M = M \Sigma"),
        (r"Let $\Sigma \succ 0$.", r"\Sigma M = M \Sigma"),
        (r"Let $S \succeq 0$ be $2 \times 2$.", r"S^2 M = M S^2"),
    ],
)
def test_a_definite_matrix_does_not_commute(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (PROSE, r"(\Sigma M)^T = M^T \Sigma"),
        (r"Let $S \succeq 0$ be $2 \times 2$.", r"(S + S^T)^T = 2 S"),
    ],
)
def test_its_identities_are_not_refuted(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "refuted"
