r"""Lower-case letters the post's words call matrices ("Let $a$ and $b$ be $2 \times 2$
matrices", "Here $a$ and $b$ are $3 \times 3$ matrices") do not commute, as capitals so
declared do (adversarial set 29, 38-39).

``_prose_meanings.declared_matrices`` took capital letters only: ``ab = ba`` and ``(a + b)^2 =
a^2 + 2ab + b^2`` were proved of two matrices. Failed at b24a138. A lower-case letter the
words only relate to a matrix ("$p$ is the number of columns of the matrix") stays a number.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"Let $a$ and $b$ be $2 \times 2$ matrices.", r"ab = ba"),
        (r"Here $a$ and $b$ are $3 \times 3$ matrices.", r"(a + b)^2 = a^2 + 2ab + b^2"),
        (r"Let $u$, $v$ be square matrices.", r"uv - vu = 0"),
        (r"Let $\mathbf{x}$ be a vector.", r"x + 1 = 1 + x"),  # a plain control, proved
    ],
)
def test_lower_case_matrices_in_words_do_not_commute(tmp_path, prose, row):
    verdict = verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)
    if "vector" in prose:
        assert verdict == "proved"
    else:
        assert verdict != "proved"


def test_under_a_heading_after_a_bold_section(tmp_path):
    body = (
        "## Numbers\n\nLet $x$ be a real number and $\\mathbf{v}$ a vector.\n\n"
        "$$x^2 - x^2 = 0$$\n\n## Matrices\n\nHere $a$ and $b$ are $3 \\times 3$ matrices.\n\n"
        "$$(a + b)^2 = a^2 + 2ab + b^2$$\n"
    )
    assert verdict_of_row(tmp_path, body, "2ab") != "proved"


@pytest.mark.parametrize(
    "prose",
    [
        r"Here $p$ is the number of columns of the matrix.",
        r"Let $n$ be the size of the matrix $A$.",
    ],
)
def test_a_letter_about_a_matrix_stays_a_number(tmp_path, prose):
    assert verdict_of_row(tmp_path, f"{prose}\n\n$$p n = n p$$\n", "p n") == "proved"
