"""A parameter written as a count inside a binomial coefficient is weighed at whole numbers.

Noticed by blind69 (2026-12-08): the negative binomial's pmf of the trial of the r-th
success, ``P(X = x) = \\binom{x-1}{r-1} p^r (1-p)^{x-r}`` summed over ``x = 1, 2, ...``, was
refuted as "does not integrate to 1" on 554d7160 - the weighing drew r = 2.3, where the
binomial coefficients below x = r do not vanish. For a whole r they do, and the pmf sums to
1: the row is right as its author means it. A letter in a binomial coefficient's argument
(``\\binom{x-1}{r-1}``, ``\\binom{n}{k}``) counts, as the engine's domains have it
(``_domains._counting_facts``), so the weighing draws it whole; a pmf wrong at whole
values is still refuted.
"""

from __future__ import annotations

import pytest

from tests.test_post_density import _line, _post, _refuted_by_mass

_TRIALS = (
    "The trial of the $r$-th success has the negative binomial law\n\n"
    "$$ P(X = x) = \\binom{x-1}{r-1} p^r (1-p)^{x-r}, \\quad x = 1, 2, \\cdots $$\n"
)


@pytest.mark.parametrize(
    "body",
    [
        _TRIALS,
        _TRIALS.replace("x = 1, 2, \\cdots", "x = r, r+1, \\cdots"),
        # failures before the r-th success: the count in the upper argument with x
        "The failures before the $r$-th success have the law\n\n"
        "$$ P(X = x) = \\binom{x+r-1}{r-1} p^r (1-p)^{x}, \\quad x = 0, 1, 2, \\cdots $$\n",
    ],
)
def test_a_negative_binomial_pmf_with_a_count_r_is_not_refuted(tmp_path, body):
    row = _post(tmp_path, body)[_line(body, "P(X")]
    assert row.verdict != "refuted", row.reason


def test_a_pmf_wrong_at_whole_counts_is_still_refuted(tmp_path):
    wrong = _TRIALS.replace("(1-p)^{x-r}", "(1-p)^{x-r+1}")
    row = _post(tmp_path, wrong)[_line(wrong, "P(X")]
    _refuted_by_mass(row)
