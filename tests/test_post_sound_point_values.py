"""Adversarial set 8, values at expression points: ``g(a + 1) = 5``, ``f(2a) = 8``,
``f(a^2) = 9`` give the function's value at that point only, not at every argument (as
``f(a) = 2`` gives the value at ``a`` only); a call elsewhere uses the function's
definition or stays open.

The set's pairs 93, 140 and 168 are run as written, then variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts
from _post_rows import verdict_of_row

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
PAIRS = ("93", "140", "168")


@pytest.mark.parametrize("num", PAIRS)
def test_a_point_value_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("point", "value", "at_b", "wrong"),
    [
        ("b - 1", "7", "10", "7"),
        ("3b", "30", "10", "30"),
        ("b^3", "1000", "10", "1000"),
        ("2b + 1", "23", "10", "23"),
    ],
)
def test_a_value_at_an_expression_point_answers_that_point_only(
    tmp_path, point, value, at_b, wrong
):
    post = f"We know $h({point}) = {value}$ at $b = 10$, and $h(x) = x$.\n\n$$h(b) = RHS$$\n"
    assert verdict_of_row(tmp_path, post.replace("RHS", wrong), "h(b) =") != "proved"
    assert verdict_of_row(tmp_path, post.replace("RHS", at_b), "h(b) =") != "refuted"


def test_a_value_at_an_expression_point_alone_says_nothing_elsewhere(tmp_path):
    post = "We know $k(2c) = 6$.\n\n$$k(c) = 6$$\n"
    assert verdict_of_row(tmp_path, post, "k(c) =") != "proved"
