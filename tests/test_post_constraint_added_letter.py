"""A letter a row *adds*, tied to the others by an equation above (lead, 2026-12-07).

``\\pi_1 + \\pi_2 = 1``, then ``\\log \\pi_1 + \\log(1 - \\pi_1) = \\log(\\pi_1 \\pi_2)``: the
right side brings in ``\\pi_2``, which the equation of the row above ties to ``\\pi_1``. The
row was compared as an identity with ``\\pi_2`` drawn freely and refuted, although it holds
under the post's own equation (misread61's probe). A letter the written line drops was put in
at its value already (``_solved_letters``); a letter it adds is now put in the same way, into
the written line. The comparison with the letter drawn freely still runs: the row is proved
if either comparison is, refuted only if both are.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, text: str):
    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


_POST = """# Two categories

Let $\\pi_1$ and $\\pi_2$ be the probabilities of the two categories, with

$${constraint}$$

The log-likelihood of one draw of each category is

$${claim}$$
"""


def _claim(tmp_path, constraint: str, claim: str):
    rows = _rows(tmp_path, _POST.format(constraint=constraint, claim=claim))
    return rows[max(rows)]


@pytest.mark.parametrize(
    "claim",
    [
        "\\log \\pi_1 + \\log(1 - \\pi_1) = \\log(\\pi_1 \\pi_2)",
        "\\pi_1 (1 - \\pi_1) = \\pi_1 \\pi_2",
        "(1 - \\pi_1)^2 = \\pi_2^2",
    ],
)
def test_a_letter_the_row_adds_is_put_in_from_the_constraint(tmp_path, claim):
    row = _claim(tmp_path, "\\pi_1 + \\pi_2 = 1", claim)
    # plausible: log pi_1 needs pi_1 > 0, which the post says only in words
    assert row.verdict in ("proved", "plausible"), (row.verdict, row.reason)
    assert "from the equation of line 5" in row.reason, row.reason


@pytest.mark.parametrize(
    "claim",
    [
        # false under the constraint too: pi_2 = 1 - pi_1 gives pi_1 (1 - pi_1) != pi_1^2 (1 - pi_1)
        "\\pi_1 (1 - \\pi_1) = \\pi_1^2 \\pi_2",
        "\\log \\pi_1 + \\log(1 - \\pi_1) = \\log(\\pi_1 + \\pi_2)",
    ],
)
def test_a_step_false_under_the_constraint_is_still_refuted(tmp_path, claim):
    row = _claim(tmp_path, "\\pi_1 + \\pi_2 = 1", claim)
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_without_the_constraint_the_added_letter_is_free(tmp_path):
    # the same claim after an equation that does not tie pi_2 (another relation): not proved
    row = _claim(tmp_path, "\\pi_1 + \\pi_2 = 2", "\\pi_1 (1 - \\pi_1) = \\pi_1 \\pi_2")
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_property_any_linear_constraint(tmp_path):
    # for several linear ties a u + b v = c: u (c - a u) = b u v holds under the tie (the
    # written line adds v), and does not with the coefficient on the right changed
    for a, b, c in [(1, 1, 1), (2, 1, 3), (1, 3, 2)]:
        constraint = f"{a} u + {b} v = {c}"
        claim = f"u ({c} - {a} u) = {b} u v"
        row = _claim(tmp_path, constraint, claim)
        assert row.verdict == "proved", (constraint, claim, row.verdict, row.reason)
        wrong = f"u ({c} - {a} u) = {b + 1} u v"
        row = _claim(tmp_path, constraint, wrong)
        assert row.verdict not in ("proved", "plausible"), (constraint, wrong, row.reason)
        # the letter dropped, as before
        claim = f"({c} - {a} u)^2 = {b}^2 v^2"
        row = _claim(tmp_path, constraint, claim)
        assert row.verdict == "proved", (constraint, claim, row.verdict, row.reason)
        wrong = f"({c} - {a} u)^2 = {b + 1}^2 v^2"
        row = _claim(tmp_path, constraint, wrong)
        assert row.verdict not in ("proved", "plausible"), (constraint, wrong, row.reason)
