"""A count letter the post gives a number of its own is not, for that alone, the size of the
sample. "We have many observations $x_i$ and $n = 3$ groups" says what n is: a sum written
without limits does not run to it. Before, ``_counts.sample_count`` excluded a letter given
a formula (``n = \\sum_i z_i``) but not one given a number, and the false row below was
proved (found by helper READ5 on 2026-12-03). Where the prose ties the number to the sample
("a sample of $n = 3$ observations") the range is read as before."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_GROUPS = "We have many observations $x_i$ and $n = {n}$ groups.\n\n$$ROW$$\n"
_TIED = "We have a sample of $n = {n}$ observations $x_i$.\n\n$$ROW$$\n"

_ROWS = [
    "\\sum_{i} (x_i + 1) = \\sum_{i} x_i + n",
    "\\sum_{i} 2 x_i = 2 \\sum_{i} x_i + n",  # false whatever i runs over
    "\\sum_{i} (x_i - 1)^2 = \\sum_{i} x_i^2 - 2\\sum_{i} x_i + n",
]


@pytest.mark.parametrize("n", ["3", "12"])
@pytest.mark.parametrize("row", _ROWS)
def test_a_number_of_groups_is_not_the_sample_size(tmp_path, n, row):
    body = _GROUPS.format(n=n).replace("ROW", row)
    assert verdict_of_row(tmp_path, body, row) != "proved"


@pytest.mark.parametrize("n", ["3", "12"])
def test_a_number_of_groups_refutes_nothing_it_cannot_tell(tmp_path, n):
    # the row holds when i runs over n values: not knowing the range, it is not refuted
    row = _ROWS[0]
    assert verdict_of_row(tmp_path, _GROUPS.format(n=n).replace("ROW", row), row) != "refuted"


def test_a_sample_size_stated_with_its_number_is_still_read(tmp_path):
    row = _ROWS[0]
    assert verdict_of_row(tmp_path, _TIED.format(n=3).replace("ROW", row), row) == "proved"
    wrong = "\\sum_{i} (x_i + 1) = \\sum_{i} x_i + 2n"
    assert verdict_of_row(tmp_path, _TIED.format(n=3).replace("ROW", wrong), wrong) == "refuted"
