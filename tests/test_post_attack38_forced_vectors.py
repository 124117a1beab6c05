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


def test_a_vector_whose_elements_the_rows_compare_is_read(tmp_path):
    """A letter declared a vector (``y \\in \\mathbb{R}^n``) whose elements the rows compare
    (``\\sum_{y_j \\geq y_i}``, a Cox model's risk set) keeps numbers for elements: read as a
    column's, ``y_j \\geq y_i`` was an invalid comparison and the post's reading crashed
    (external41, found by attack38 on a first version of the fix)."""
    body = (
        "Let $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$, $y \\in \\mathbb{R}^n$ and $\\beta \\in "
        "\\mathbb{R}^p$.\n\n"
        "$$l(\\beta) = \\sum_{i=1}^{n} -s_i x_i^T \\beta + s_i \\log(\\sum_{y_j \\geq y_i} "
        "e^{x_j^T \\beta})$$\n"
    )
    assert verdict_of_row(tmp_path, body, "l(\\beta)") in {"given", "unchecked", "unparsed"}
