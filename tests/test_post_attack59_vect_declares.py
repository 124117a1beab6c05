r"""Letters written ``\vect{x}``, the bold-vector shorthand read as ``\boldsymbol`` (b4a393e), are
vectors and matrices as the same letters written ``\boldsymbol{x}`` are (adversarial set 31, 42
and 43).

The reader expanded ``\vect`` for each row's own reading, but the post's context (which
letters are matrices, whether the post writes matrix algebra) was taken from the text before
that expansion: ``\vect{A}\vect{B} = \vect{B}\vect{A}`` and ``\vect{x}^T \vect{y} = \vect{y}
\vect{x}^T`` were proved as identities of numbers. Failed at bf263d2.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $\vect{A}, \vect{B}$ be square matrices.", r"\vect{A}\vect{B} = \vect{B}\vect{A}"),
        (r"Let $\vect{x}, \vect{y}$ be vectors.", r"\vect{x}^T \vect{y} = \vect{y} \vect{x}^T"),
        (r"Two vectors.", r"\vect{x}^T \vect{y} = \vect{y} \vect{x}^T"),
        (r"Two matrices.", r"\vect{W}\vect{V} - \vect{V}\vect{W} = 0"),
    ],
)
def test_vect_letters_are_not_numbers(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $\vect{x}, \vect{y}$ be vectors.", r"\vect{x}^T \vect{y} = \vect{y}^T \vect{x}"),
        (r"Let $\vect{A}, \vect{B}$ be matrices.", r"(\vect{A}\vect{B})^T = \vect{B}^T\vect{A}^T"),
        (r"Two matrices.", r"\vect{A} + \vect{B} = \vect{B} + \vect{A}"),
    ],
)
def test_vect_identities_stay_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
