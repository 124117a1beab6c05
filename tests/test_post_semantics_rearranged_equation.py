"""``\\psi(\\alpha_j) = \\psi(\\sum_j \\alpha_j) + \\log \\bar y_j`` after the first-order
condition ``0 = \\psi(\\sum_j \\alpha_j) - \\psi(\\alpha_j) + \\log \\bar y_j``: with an
equation in mind, a row whose right side applies its left side's function again is that
equation rearranged, not a restatement of the function's definition (compared with
``\\psi(x) = d \\log \\Gamma(x)/dx`` at ``\\alpha_j`` the correct row was refuted). It is
not checked as an equation step either (the engine proved a slip in it), so it is neither
refuted nor proved."""

from __future__ import annotations

from pathlib import Path

from _post_rows import edited_copy, rows_of

POST = (
    Path(__file__).parent
    / "posts"
    / "incoming"
    / "repro9"
    / "dirichlet-digamma-equation-read-as-restatement.md"
)
ROW = "\\psi(\\alpha_j) &= \\psi\\left( \\sum_{j=1}^k \\alpha_j \\right) + \\log \\bar{y}_j"


def test_the_rearranged_condition_is_not_refuted():
    row = rows_of(POST)[32]
    # Since \alpha_j under \sum_j is the element alpha[j] (Greek elements), the row is
    # taken as a value of psi at that element ("given") before the rearrangement is
    # seen; neither verdict is false, but "unchecked: rearranges that equation" was the
    # better reading (an open item of the 2026-12-02 night session).
    assert row.verdict in ("unchecked", "given")
    assert row.verdict != "unchecked" or "rearranges that equation" in row.reason


def test_a_slip_in_the_rearranged_condition_is_not_proved(tmp_path: Path):
    slip = ROW.replace("+ \\log", "- \\log")
    assert rows_of(edited_copy(tmp_path, POST, ROW, slip))[32].verdict != "proved"
