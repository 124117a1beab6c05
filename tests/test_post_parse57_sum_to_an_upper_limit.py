"""A sum written with its upper limit and no lower one (``\\sum_j^C y_j \\log p_j``, held-out:
a softmax cross-entropy post writes every sum so) was unparsed: "a sum written without its
limits". The end is written; where the index starts is not. It is read over a range whose
start is unknown (the start of every such sum over ``j`` in the post, as a sum with neither
limit whose summand uses the index as a number is read, ``range_ends``): a step that holds
for every start holds for the author's, so it may be proved; one that fails for some start
may hold for the author's, so it is never refuted. Likewise a lower limit without the upper
one (``\\sum_{i=1} x_i``): its end is unknown."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize("s", [r"\sum_j^C", r"\sum_j^{C}", r"\sum_{j=1}"])
def test_linearity_over_a_half_written_range_is_read(tmp_path, s):
    row = display_rows(tmp_path, rf"{s} (a_j + 2 b_j) = {s} a_j + 2 {s} b_j")[5]
    assert row.verdict not in ("refuted", "unparsed"), row.reason
    if s == r"\sum_{j=1}":  # from 1 to any end: evaluated at ends the sampler picks
        assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("s", [r"\sum_j^C", r"\sum_{j=1}"])
def test_a_wrong_step_over_a_half_written_range_is_not_proved(tmp_path, s):
    row = display_rows(tmp_path, rf"{s} (a_j + b_j) = {s} a_j + 2 {s} b_j")[5]
    assert row.verdict not in ("proved", "unparsed"), row.reason


@pytest.mark.parametrize("s", [r"\sum_j^C", r"\sum_{j=1}"])
def test_a_count_that_depends_on_the_unwritten_end_is_neither_proved_nor_refuted(tmp_path, s):
    # \sum_j^C 1 = C holds when j starts at 1 (the usual start), not for every start
    row = display_rows(tmp_path, rf"{s} 1 = C")[5]
    assert row.verdict not in ("proved", "refuted", "unparsed"), row.reason
