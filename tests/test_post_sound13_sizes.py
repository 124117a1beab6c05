"""Adversarial set 13, pair 74: ``\\det(XX^T) = \\det(X^TX)`` for "a real $5 \\times 2$
matrix" was proved with ``X`` read square. A size the post states that is not square makes
a proof at the reader's square sizes no proof (``_stated_size.stated_not_square``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._stated_size import stated_not_square

_POST = "Let $X$ be a real SIZE matrix. Then\n\n$$ROW$$\n"

PAIRS = [
    # (post, wrong at the stated size, right at it)
    (
        _POST.replace("SIZE", "$5 \\times 2$"),
        "\\det(X X^T) = \\det(X^T X)",
        "\\det(X^T X) = \\det(X^T X)",
    ),
    (_POST.replace("SIZE", "$4 \\times 3$"), "\\det(X X^T) = \\det(X^T X)", "(X^T)^T = X"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_square_reading_of_a_rectangular_matrix_proves_nothing(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_true_row_at_the_stated_size_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_square_size_keeps_the_proof(tmp_path):
    """'a real $3 \\times 3$ matrix': square, the reader's reading holds there."""
    post = _POST.replace("SIZE", "$3 \\times 3$")
    row = "\\det(X X^T) = \\det(X^T X)"
    assert verdict_of_row(tmp_path, post.replace("ROW", row), row) == "proved"


def test_only_square_readings_are_doubted():
    import sympy as sp

    d, n, p = sp.symbols("d n p")
    square = sp.MatrixSymbol("X", d, d)
    rect = sp.MatrixSymbol("X", n, p)
    assert stated_not_square(["a real $5 \\times 2$ matrix"], square)
    assert not stated_not_square(["a real $5 \\times 2$ matrix"], rect)
    assert not stated_not_square(["a real $3 \\times 3$ matrix"], square)


_STRUCTURED = [
    # (post, wrong even for such matrices, right for them)
    (
        "Let $A, B, C$ be real symmetric $3 \\times 3$ matrices. Then\n\n$$ROW$$\n",
        "\\mathrm{tr}(ABC) = \\mathrm{tr}(BAC) + 1",
        "\\mathrm{tr}(ABC) = \\mathrm{tr}(ACB)",
    ),
    (
        "Let $D$ and $E$ be diagonal $3 \\times 3$ matrices and $A$ any real $3 \\times 3$ "
        "matrix. Then\n\n$$ROW$$\n",
        "\\mathrm{tr}(DEA) = \\mathrm{tr}(EDA) + 1",
        "\\mathrm{tr}(DEA) = \\mathrm{tr}(EDA)",
    ),
    (
        "Let $A$ be a real three-by-three matrix. Then\n\n$$ROW$$\n",
        "\\det(2A) = 2 \\det A",
        "\\det(2A) = 8 \\det A",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), _STRUCTURED)
def test_structured_or_worded_matrices_wrong_row_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), _STRUCTURED)
def test_structured_or_worded_matrices_right_row_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_size_in_words_is_read():
    from derivations.post._stated_size import _sizes

    assert _sizes("a real three-by-three matrix") == [("3", "3")]
    assert _sizes("a two by five matrix") == [("2", "5")]
    assert _sizes("three people went by") == []
