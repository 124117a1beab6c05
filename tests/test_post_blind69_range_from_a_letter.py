"""``x = r, r+1, \\cdots``: a range that starts at a letter (held-out batch 53, read in 59).

A pmf is written with its support after it: ``\\binom{x-1}{r-1}p^r(1-p)^{x-r}, \\quad x = r,
r+1, \\cdots`` (the negative binomial's number of trials, external53 zhang line 19). The
support ``x = 1, 2, \\cdots`` was read as the range of an index; the same list starting at a
letter was "unexpected ','" and the whole row unparsed, its formula with it. A list that
goes up by one from its first entry, then an ellipsis, is a range whatever its first entry.

Properties: the row with ``x = r, r+1, \\cdots`` is read; an identity with it gets the verdict
of the same identity with ``x = 1, 2, \\cdots`` (proved, or refuted when wrong); the pmf from
``r`` is not refuted (from 1 the support differs, so the two are not compared); a list that does not go up by one from a letter (``r, r+2``, ``r, s``)
is no range and stays unread, as before.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

PMF = "P(X = x) = \\binom{x-1}{r-1}p^{r}(1-p)^{x-r},\\quad RANGE"
FORMULAS = [
    "\\sum_{k=1}^n k = \\frac{n(n+1)}{2},\\quad RANGE",
    "\\sum_{k=1}^n k = \\frac{n(n+2)}{2},\\quad RANGE",  # wrong
]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize(
    "start", ["x=r,r+1,\\cdots", "n = m, m + 1, \\ldots", "x=k_0,k_0+1,\\dots"]
)
def test_a_range_from_a_letter_reads_as_one_from_a_number(tmp_path, formula, start):
    (tmp_path / "a").mkdir()
    letter = start.split("=")[0].strip()
    got = display_rows(tmp_path / "a", formula.replace("RANGE", start))[5]
    (tmp_path / "b").mkdir()
    want = display_rows(tmp_path / "b", formula.replace("RANGE", f"{letter} = 1, 2, \\cdots"))[5]
    assert got.verdict != "unparsed", got.reason
    assert got.verdict == want.verdict, (got.reason, want.reason)


def test_a_pmf_on_a_range_from_a_letter_is_read(tmp_path):
    row = display_rows(tmp_path, PMF.replace("RANGE", "x=r,r+1,\\cdots"))[5]
    assert row.verdict not in ("unparsed", "refuted", "proved"), row.reason


@pytest.mark.parametrize("bad", ["x=r,r+2,\\cdots", "x=r,s,\\cdots"])
def test_a_list_that_does_not_go_up_by_one_is_no_range(tmp_path, bad):
    row = display_rows(tmp_path, f"Q(x) = (1-p)^{{x-r}},\\quad {bad}")[5]
    assert row.verdict == "unparsed", row.reason
