"""NAMES9: an equation solved by inverting a function that is not one-to-one
(``\\tan\\hat\\mu = c`` -> ``\\hat\\mu = \\arctan c``) picks the principal branch: never
refuted with a solution on another branch (statproofbook's von Mises MLE, batch 21, was
refuted with mu = -999.07). A wrong inverse (``\\arctan c + 1``, ``\\arctan(1/c)``) solves
nothing and is not proved. And a common factor of both sides (``\\kappa``) divided out is no
counterexample at its root (``\\kappa = 0``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import rows_of, verdict_of_row

REPRO20 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro20"
TAN = REPRO20 / "tan-equation-solved-by-arctan-branch-refuted.md"


def test_the_arctan_row_is_not_refuted():
    rows = rows_of(TAN)
    assert rows[28].verdict != "refuted", rows[28].reason


def test_dividing_by_the_common_factor_kappa_is_not_refuted():
    rows = rows_of(TAN)
    assert rows[26].verdict != "refuted", rows[26].reason


TAN_ROWS = (
    "$$\n\\begin{split}\n"
    "a \\sin \\mu &= b \\cos \\mu \\\\\n"
    "\\tan \\mu &= \\frac{b}{a} \\\\\n"
    "\\mu &= {solved}\n"
    "\\end{split}\n$$\n"
)


@pytest.mark.parametrize(
    ("solved", "right"),
    [
        ("\\arctan \\left( \\frac{b}{a} \\right)", True),
        ("\\arctan \\left( \\frac{b}{a} \\right) + 1", False),
        ("\\arctan \\left( \\frac{a}{b} \\right)", False),
        ("\\arcsin \\left( \\frac{b}{a} \\right)", False),
    ],
)
def test_tan_solved_by_arctan_twins(tmp_path, solved, right):
    body = TAN_ROWS.replace("{solved}", solved)
    verdict = verdict_of_row(tmp_path, body, "\\mu &= ")
    assert verdict != ("refuted" if right else "proved"), verdict


SQUARE_ROWS = "$$\n\\begin{split}\nx^2 - c &= 0 \\\\\nx &= {solved}\n\\end{split}\n$$\n"


@pytest.mark.parametrize(
    ("solved", "right"), [("\\sqrt{c}", True), ("\\frac{c}{2}", False), ("\\sqrt{2c}", False)]
)
def test_a_square_solved_by_its_root_twins(tmp_path, solved, right):
    body = SQUARE_ROWS.replace("{solved}", solved)
    verdict = verdict_of_row(tmp_path, body, "x &= ")
    assert verdict != ("refuted" if right else "proved"), verdict


FACTOR_ROWS = (
    "$$\n\\begin{split}\n"
    "k a \\cos \\mu &= k b \\sin \\mu \\\\\n"
    "\\frac{\\sin \\mu}{\\cos \\mu} &= {ratio}\n"
    "\\end{split}\n$$\n"
)


@pytest.mark.parametrize(("ratio", "right"), [("\\frac{a}{b}", True), ("\\frac{b}{a}", False)])
def test_a_common_factor_divided_out_twins(tmp_path, ratio, right):
    body = FACTOR_ROWS.replace("{ratio}", ratio)
    verdict = verdict_of_row(tmp_path, body, "\\frac{\\sin")
    assert verdict != ("refuted" if right else "proved"), verdict
