r"""A lower-case vector that an identity holds of only as a number is not read so (adversarial
set 30, 65): ``x^T y = y x^T`` has one shape on both sides only if ``x`` and ``y`` have a single
row, as ``X^T y = y^T X`` only if the capital ``X`` is a column (ea07c65).

A lower-case name in a matrix line is a column; ``_matrix_shapes._Walk._equal`` refused the
forced reading for capital letters only (``Shapes.capital_ones``), and ``x^T y = y x^T`` was
proved as an identity of numbers. Failed at 8788d40. What holds of columns (``x^T y = y^T x``,
a number times a vector) stays proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $x, y \in \mathbb{R}^n$ with $n \ge 2$.", r"x^T y = y x^T"),
        (r"Vectors $u$, $v$ of length $n \ge 2$.", r"u^T v = u v^T"),
        (
            r"Let $\mathbf{a}, \mathbf{b} \in \mathbb{R}^n$.",
            r"\mathbf{a}^T \mathbf{b} = \mathbf{b} \mathbf{a}^T",
        ),
    ],
)
def test_vectors_forced_to_numbers_are_not_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $x, y \in \mathbb{R}^n$.", r"x^T y = y^T x"),
        (r"Vectors $u$, $v$, $w$.", r"u^T v \, w = w \, u^T v"),
        (
            r"Let $\mathbf{a}, \mathbf{b} \in \mathbb{R}^n$.",
            r"(\mathbf{a}^T \mathbf{b})^T = \mathbf{b}^T \mathbf{a}",
        ),
    ],
)
def test_identities_of_columns_are_still_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
