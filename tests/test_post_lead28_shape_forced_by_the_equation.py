"""A matrix identity is not proved by the shapes the identity itself forces.

The reader infers the shapes of a row's vectors and matrices by unification
(``_matrix_shapes``). Equating the two sides of ``X^T y = y^T X`` ties the columns
of ``X`` to 1: read so, ``X`` is a column, both sides are the same number, and the
row was proved, for a design matrix declared in words and for a bold ``\\mathbf{X}``
alike (parse57 noticed it). A capital letter is a matrix by convention; when only the
equation makes one of its dimensions 1, and the letter is on both sides, the row holds
only for that shape, which the post does not give: not checked as a matrix identity.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n{prose}\n\n$${row}$$\n"


def _row(tmp_path, row: str, prose: str = "Then"):
    post = tmp_path / "post.md"
    post.write_text(HEAD.format(prose=prose, row=row), encoding="utf-8")
    return check_post(post, jobs=1).rows[-1]


@pytest.mark.parametrize(
    "row, prose",
    [
        ("X^T y = y^T X", "Let $X$ be the $n \\times p$ design matrix and $y$ the response."),
        ("\\mathbf{X}^T \\mathbf{y} = \\mathbf{y}^T \\mathbf{X}", "With the design matrix,"),
        ("X^T y = y^T X", "Then"),
        ("A^T b = b^T A", "Then"),
    ],
)
def test_a_design_matrix_is_not_a_column_because_the_row_needs_one(tmp_path, row, prose):
    result = _row(tmp_path, row, prose)
    assert result.verdict != "proved", result.reason


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbf{a}^T \\mathbf{b} = \\mathbf{b}^T \\mathbf{a}",  # two columns: one number
        "y^T X \\beta = \\beta^T X^T y",  # a number either side, whatever X's shape
        "(X^T X)^T = X^T X",
    ],
)
def test_identities_that_hold_for_every_shape_stay_proved(tmp_path, row):
    result = _row(tmp_path, row)
    assert result.verdict == "proved", result.reason
