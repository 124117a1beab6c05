"""``\\text{if } y = 1, 2, \\dots`` in a definition by cases: the branch's support as a list
(held-out batch 59).

A Cross Validated question (external59, the zero-inflated Poisson) writes its pmf
``f(y) = \\begin{cases} \\pi+(1-\\pi)e^{-\\lambda}, & \\text{if }y=0 \\\\ (1-\\pi)\\frac{\\lambda^y
e^{-\\lambda}}{y!}, & \\text{if }y=1,2.... \\end{cases}``: the row was unparsed ("unexpected
','"), while the same cases with ``\\text{if } y \\ge 1`` are read. A condition that lists
whole numbers going up by one from the first, then an ellipsis (``y = 1, 2, \\dots``, ``y =
0, 1, 2, \\ldots``, the dots typed as full stops too), is the range from the first number:
read as ``y \\ge 1``, as a support ``y = 1, 2, \\cdots`` after a formula already is.

Properties: the cases with the list read as the cases with ``\\ge`` (same verdict, never
unparsed); a list that does not go up by one (``y = 1, 3, \\dots``), or has no ellipsis
(``y = 1, 2``: two values), stays unread.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

PMF = (
    "f(y) = \\begin{cases} \\pi+(1-\\pi)e^{-\\lambda}, & \\text{if }y=0 \\\\ "
    "(1-\\pi)\\frac{\\lambda^{y}e^{-\\lambda}}{y!}, & \\text{if }COND \\end{cases}"
)
STEP = (
    "h(k) = \\begin{cases} 0 & \\text{if } k = 0 \\\\ 2k & \\text{for } COND \\end{cases}",
    "h(3) = 6",
)


def _first(tmp_path, name, *rows):
    folder = tmp_path / name
    folder.mkdir()
    return display_rows(folder, *rows)


@pytest.mark.parametrize(
    "listed", ["y=1,2....", "y = 1, 2, \\dots", "y=1,2,3,\\ldots", "y = 1, 2, \\cdots."]
)
def test_a_listed_support_reads_as_its_lower_bound(tmp_path, listed):
    got = _first(tmp_path, "a", PMF.replace("COND", listed))[5]
    want = _first(tmp_path, "b", PMF.replace("COND", "y \\ge 1"))[5]
    assert got.verdict != "unparsed", got.reason
    assert got.verdict == want.verdict


def test_a_value_on_a_listed_branch_is_checked(tmp_path):
    rows = _first(tmp_path, "a", STEP[0].replace("COND", "k = 1, 2, \\dots"), STEP[1])
    want = _first(tmp_path, "b", STEP[0].replace("COND", "k \\ge 1"), STEP[1])
    assert rows[7].verdict == want[7].verdict, (rows[7].reason, want[7].reason)
    assert rows[5].verdict != "unparsed", rows[5].reason


@pytest.mark.parametrize("listed", ["y = 1, 3, \\dots", "y = 1, 2", "y = a, 2, \\dots"])
def test_other_lists_stay_unread(tmp_path, listed):
    row = _first(tmp_path, "a", PMF.replace("COND", listed))[5]
    assert row.verdict == "unparsed", row.reason
