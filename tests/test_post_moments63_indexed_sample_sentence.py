"""A sample a sentence lists by its index and range (helper moments63).

Written before the fix, against f70b355, where the tests marked so failed:

* "**Suppose that $X_i, \\ i = 1, \\dots , n$ are iid $Bernoulli(p)$.**" (held-out
  jimmyhickey 7.48, line 11) declared no law: the reader knew a listed sample only as
  ``X_1, X_2, \\dots, X_n``, so ``E[X_1 X_2 X_3 X_4] = E(X_1)E(X_2)E(X_3)E(X_4) = p^4``
  (lines 66-67) was "the expectations, written by linearity, do not match term by term"
  and "a moment of a variable the post declares random, which the reader cannot work out".

Properties, not examples only: each way of writing the index's range declares the same law
as the listed form does, and a sentence naming two letters or no range declares none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws

HELD_OUT = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external46"
    / "jimmyhickey-st702-7-48-bernoulli-cramer-rao-umvue-p-to-the-fourth.md"
)

_LISTED = "Suppose that $X_1, \\dots , X_n$ are iid $Bernoulli(p)$."


@pytest.mark.parametrize(
    "subject",
    [
        "X_i, \\ i = 1, \\dots , n",
        "X_i, i = 1, \\ldots, n",
        "X_i,\\; i=1,\\dots,n",
        "X_{i}, \\quad i = 1, \\cdots, n",
        "X_i, ~i = 1, 2, \\dots, n",
    ],
)
def test_the_index_and_its_range_list_the_sample(subject):
    """Failed before the fix (no law read)."""
    sentence = f"Suppose that ${subject}$ are iid $Bernoulli(p)$."
    assert stated_laws(sentence) == stated_laws(_LISTED) != ()


@pytest.mark.parametrize(
    "subject",
    ["X_i, Y_i", "X_i, \\ i = 1", "X_i, \\ j = 1, \\dots , n", "X_i, \\ i \\geq 1, \\dots"],
)
def test_other_subjects_list_no_sample(subject):
    """Two letters, no range, a range of another index: no law of ``X``."""
    sentence = f"Suppose that ${subject}$ are iid $Bernoulli(p)$."
    assert all(s[0] != "X" for s in stated_laws(sentence))


def test_the_held_out_rows_are_proved():
    """Lines 66-67 of the held-out post (failed before)."""
    rows = {r.line: r for r in check_post(HELD_OUT).rows}
    for line in (66, 67):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)
