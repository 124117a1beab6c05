"""Adversarial set 13, pairs 142/144: counts said in prose.

- "$n$ observations $x_i$ and $m$ observations $y_i$": both samples use i, and the sum over
  the y_i ran to n (a false ``\\sum_i y_i = n \\bar{y}`` proved). Two letters counting data
  leave the index's range unsaid.
- "a sample of $n = 3$ observations": n was a letter the numeric check set to 1, refuting
  ``\\sum_i x_i = x_1 + x_2 + x_3``. A count written with its number gives no letter range.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import _counted_letters

_TWO = (
    "We have $n$ observations $x_i$ and $m$ observations $y_i$, and $\\bar{y}$ is the mean "
    "of the $y_i$. Then\n\n$$ROW$$\n"
)
_THREE = "Take a sample of $n = 3$ observations $x_1, x_2, x_3$. Then\n\n$$ROW$$\n"
_ONE = "We have $n$ observations $x_i$, and $\\bar{x}$ is the mean of the $x_i$. Then\n\n$$ROW$$\n"

PAIRS = [
    (_TWO, "\\sum_i y_i = n \\bar{y}", "\\sum_i y_i = m \\bar{y}"),
    (_THREE, "\\sum_i x_i = x_1 + x_2", "\\sum_i x_i = x_1 + x_2 + x_3"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_an_unsaid_range_proves_nothing(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_right_count_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_one_sample_counted_by_n_still_runs_to_n(tmp_path):
    """The one-sample reading is kept: \\sum_i x_i over "$n$ observations" runs to n."""
    row = "\\sum_i x_i = n \\bar{x}"
    assert verdict_of_row(tmp_path, _ONE.replace("ROW", row), row) == "proved"
    wrong = "\\sum_i x_i = (n + 1) \\bar{x}"
    assert verdict_of_row(tmp_path, _ONE.replace("ROW", wrong), wrong) != "proved"


def test_the_counting_letters():
    assert _counted_letters("$n$ observations $x_i$ and $m$ observations $y_i$") == {"n", "m"}
    assert _counted_letters("a sample of size $N$ and $N$ draws") == {"N"}
    assert _counted_letters("no counts here") == set()
