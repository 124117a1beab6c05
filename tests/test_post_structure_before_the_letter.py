"""A structure said before the matrix's letter ("a symmetric real 3 x 3 matrix $A$").

Adversarial set 14, pair 151: ``\\nabla_x (x^T A x) = 2Ax`` "for a symmetric real $3 \\times
3$ matrix $A$" was refuted with a non-symmetric A: set 13's reading of structures took only
"$A$ is / be ... symmetric ... matrices", the letter before the words. A counterexample among
general matrices is no refutation when the post calls the matrix symmetric either way; the
wrong twin (``Ax``) is not proved.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

SET14 = Path(__file__).resolve().parent / "posts" / "incoming" / "adversarial14"


def _row(path):
    (row,) = [r for r in check_post(path, jobs=1, cache=False).rows if r.line == 7]
    return row


def test_the_gradient_of_a_symmetric_quadratic_form_is_not_refuted():
    (true,) = SET14.glob("151-*-true.md")
    (false,) = SET14.glob("151-*-false.md")
    assert _row(true).verdict != "refuted"
    assert _row(false).verdict != "proved"


def test_without_the_word_the_general_counterexample_stands(tmp_path):
    text = (
        "---\ntitle: t\n---\n\nFor a real $3 \\times 3$ matrix $A$ and $x \\in \\mathbb{R}^3$,"
        "\n\n$$\\nabla_x \\left(x^T A x\\right) = 2 A x$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    (row,) = check_post(path, jobs=1, cache=False).rows
    assert row.verdict == "refuted", row


def test_a_size_in_rows_and_columns_or_ordered_letters_is_not_square():
    # adversarial set 14, pairs 123 ("four rows and two columns") and 124 ("an n x p design
    # matrix ... with n > p"): det(XX^T) = det(X^TX) holds for square X only
    for pair in ("123", "124"):
        (false,) = SET14.glob(f"{pair}-*-false.md")
        assert _row(false).verdict != "proved", pair
