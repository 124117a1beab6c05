"""A matrix size given by a letter the prose fixes, and a structure word after a size
(adversarial33 38-39, written after the blind measure).

"Let $A, B \\in \\mathbb{R}^{n \\times n}$ with $n = 1$": the matrices are 1 x 1 and commute,
but ``AB = BA`` was refuted at the size the reader picked (38-true). "Let $A$ be a $2 \\times 2$
diagonal matrix and $B$ a diagonal matrix of the same size": the structure word after the size
was not read, and ``AB = BA`` was refuted with general matrices (39-true). A letter size the
prose fixes in a math span of its own (``$n = 1$``) disputes a counterexample at another size
(it proves nothing: the value may be an example the post goes beyond); a size between the
article and the structure word does not hide the structure. A letter fixed only as a bound of
a sum (``\\sum_{n=1}``) is no size.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row


def _verdict(tmp_path, said: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{said}\n\n$${row}$$\n", row)


_ONE = "Let $A, B \\in \\mathbb{R}^{n \\times n}$ with $n = 1$."


def test_matrices_of_a_size_fixed_at_one_are_not_refuted_at_another(tmp_path):
    assert _verdict(tmp_path, _ONE, "AB = BA") != "refuted"


def test_a_size_fixed_in_the_prose_proves_nothing(tmp_path):
    """ "$n = 1$" may be an example the post goes beyond: AB = BA is not proved at it."""
    said = (
        "Let $A, B \\in \\mathbb{R}^{n \\times n}$. For example with $n = 1$ the matrices "
        "are numbers; in general:"
    )
    assert _verdict(tmp_path, said, "AB = BA") != "proved"
    assert _verdict(tmp_path, _ONE, "AB = 2BA") != "proved"


def test_a_size_fixed_at_two_does_not_prove_the_commutation(tmp_path):
    said = "Let $A, B \\in \\mathbb{R}^{n \\times n}$ with $n = 2$."
    assert _verdict(tmp_path, said, "AB = BA") != "proved"


def test_a_sum_from_one_fixes_no_size(tmp_path):
    """The bound of a sum is no size: AB = BA stays false for n x n matrices."""
    said = "Let $A, B \\in \\mathbb{R}^{n \\times n}$ and $s = \\sum_{n=1}^{N} x_n$ for data $x_n$."
    assert _verdict(tmp_path, said, "AB = BA") != "proved"


@pytest.mark.parametrize(
    "said",
    [
        "Let $A$ be a $2 \\times 2$ diagonal matrix and $B$ a diagonal matrix of the same size.",
        "Let $A$ and $B$ be $3 \\times 3$ diagonal matrices.",
        "Let $A, B$ be real $2 \\times 2$ diagonal matrices.",
    ],
)
def test_a_structure_after_a_size_is_read(tmp_path, said):
    assert _verdict(tmp_path, said, "AB = BA") != "refuted"
