"""What the merge of this session's branches found on the held-out posts (lead, 2026-12-05).

- An equation is a constraint among letters (``u + v = 1``, adversarial set 24) only when
  both sides are polynomials in plain letters. A function's definition (``L(\\beta | X_i) =
  \\prod_i ...``, ``L(\\theta) = \\ln(1) - \\ln(\\prod_i x_i ...)``) or an integral's value was
  read as one, and three wrong rows after one were no longer refuted ("the row drops i,
  which the equation of line 31 ties to other letters").
- A letter put in at its value is never a derivative's variable: ``w = \\frac{t^2 + \\nu}{2} u,
  \\frac{dw}{du} = ...`` raised sympy's "Can't calculate derivative wrt" and a proved row
  became "could not relate".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HELD = Path(__file__).parent / "posts" / "incoming"


def _verdict(post: str, line: int):
    rows = [r for r in check_post(HELD / post, jobs=1).rows if r.line == line]
    return rows[0]


@pytest.mark.parametrize(
    ("post", "line"),
    [
        ("external26/imathworks-cv-gamma-fisher-information-rate-na-minus-n-slips.md", 46),
        ("external7/iciencias-log-uniform-mle-undefined.md", 27),
        ("repro31/normal-density-subscripted-scale-drawn-negative-moment-refuted.md", 19),
    ],
)
def test_a_definition_is_no_constraint(post, line):
    row = _verdict(post, line)
    assert row.verdict == "refuted", row.reason


def test_a_derivative_variable_is_not_put_in():
    row = _verdict("external16/github-notes-student-t-pdf-ratio-density-constant-slips.md", 155)
    assert row.verdict == "proved", row.reason
