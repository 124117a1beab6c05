"""``\\Gamma`` declared a matrix is not the gamma function before a bracket (misread61).

In a post that says "Let $\\Gamma$ be a positive definite matrix", ``\\Gamma (a + b)`` was read
as the gamma function of a + b, and the correct ``\\Gamma (a + b) = \\Gamma a + \\Gamma b``
(a matrix times a sum) was refuted. Which of the two a bracket after the matrix's letter
means is not certain (a post may use both): the row is not read, and says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

DECLARED = [
    "Let $\\Gamma$ be a $d \\times d$ positive definite matrix.\n\n",
    "Let $\\Gamma$ be a covariance matrix.\n\n",
    "Here $\\Gamma \\succ 0$ and $a, b \\in \\mathbb{R}^d$.\n\n",
]


def _last(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1]


@pytest.mark.parametrize("declared", DECLARED)
@pytest.mark.parametrize(
    "row",
    [
        "\\Gamma (a + b) = \\Gamma a + \\Gamma b",
        "\\Gamma \\left(a - b\\right) = \\Gamma a - \\Gamma b",
        "\\log|\\Gamma| = \\log\\det\\Gamma\n$$\n\n$$\n\\Gamma (a + b) = \\Gamma a + \\Gamma b",
    ],
)
def test_property_a_matrix_times_a_bracket_is_never_refuted(tmp_path, declared, row):
    last = _last(tmp_path, declared + f"$$\n{row}\n$$\n")
    assert last.verdict != "refuted", last.reason


@pytest.mark.parametrize("row", ["\\Gamma(2) = 1", "\\Gamma(3) = 2"])
def test_the_gamma_function_reading_proves_nothing_of_a_matrix(tmp_path, row):
    """(A sentence alone, "Let $\\Gamma$ be a covariance matrix", does not make Gamma a matrix
    name when no row uses it as one: there Gamma(2) = 1 is still the gamma function's.)"""
    last = _last(tmp_path, DECLARED[2] + f"$$\n{row}\n$$\n")
    assert last.verdict != "proved", last.reason


def test_without_a_matrix_gamma_is_the_gamma_function(tmp_path):
    last = _last(tmp_path, "$$\n\\Gamma(2) = 1\n$$\n")
    assert last.verdict == "proved", last.reason
