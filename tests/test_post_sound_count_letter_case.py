"""In "We have $N$ observations $x_i$, each the number of successes in $n$ trials" the
sample's index runs to N, the letter the prose counts it with, not to n. The words were matched
without regard to case and the range set to lower-case n, so a sum without limits ran over
the trials and ``\\sum_i (x_i + n) = \\sum_i x_i + n^2`` was **proved** (found on 2026-12-03
while reviewing ``_parse._said_count``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "We have ${N}$ {words} $x_i$, each the number of successes in ${n}$ trials with success "
    "probability $p$.\n\n$$ROW$$\n"
)


@pytest.mark.parametrize("words", ["observations", "independent observations", "samples"])
def test_the_sum_runs_to_the_letter_the_prose_counts_with(tmp_path, words):
    body = _POST.format(N="N", n="n", words=words)
    wrong = "\\sum_{i} (x_i + n) = \\sum_{i} x_i + n^2"
    right = "\\sum_{i} (x_i + n) = \\sum_{i} x_i + nN"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"


def test_a_lower_case_count_is_read_as_before(tmp_path):
    body = "We have $n$ observations $x_i$.\n\n$$ROW$$\n"
    right = "\\sum_{i} (x_i + 1) = \\sum_{i} x_i + n"
    wrong = "\\sum_{i} (x_i + 1) = \\sum_{i} x_i + 2n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) == "refuted"


def test_a_sample_of_size_capital_n(tmp_path):
    body = "Take a sample of size $N$, written $x_i$, and $n = 2$ groups.\n\n$$ROW$$\n"
    wrong = "\\sum_{i} 1 = n"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize("count", ["We have $m$ observations", "We have observations"])
def test_the_trials_of_each_observation_do_not_count_the_sample(tmp_path, count):
    # "$n$ trials" counts the trials inside each observation of a binomial sample; the sum
    # over the sample ran to n and the false row was proved
    body = (
        f"{count} $x_i$, each the number of successes in $n$ trials with success probability "
        "$p$.\n\n$$ROW$$\n"
    )
    wrong = "\\sum_{i} (x_i + n) = \\sum_{i} x_i + n^2"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
