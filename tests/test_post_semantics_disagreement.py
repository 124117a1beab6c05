"""A result that solves the equation above but not an earlier derivative set to zero (two
conditions on one parameter disagree): the row is neither proved nor refuted, and later rows
read the estimate as the post gives it. Guards the disagreement path of
``_equations.EquationLinks._solved_equation`` (a returned reason, not an exception)."""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

POSTS = Path(__file__).parent / "posts" / "incoming" / "adversarial4"


def test_a_result_between_two_disagreeing_conditions_is_unchecked_with_the_reason():
    rows = rows_of(POSTS / "39-mle-after-unbiased-equation-false.md")
    row = rows[19]
    assert row.verdict == "unchecked"
    assert "two conditions on sigma" in row.reason


def test_the_correct_twin_is_not_refuted():
    rows = rows_of(POSTS / "39-mle-after-unbiased-equation-true.md")
    assert rows[19].verdict != "refuted"
