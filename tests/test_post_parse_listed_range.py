"""A sum written without limits does not borrow the range of another sum when the post
lists the elements from another first index: "$w_0, w_1, \\dots, w_K$ ... every sum over $k$
runs over all of them" and ``\\sum_{k=1}^{K}`` state two ranges for ``k``, so ``\\sum_k w_k``
runs over a range of its own (prove-only) rather than ``1..K``, which proved the false
``\\sum_k w_k = \\sum_{k=1}^{K} w_k`` (adversarial set 9, pair 165). Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_LISTED = "Let $a_0, a_1, \\dots, a_M$ be numbers; sums over $j$ run over all of them.\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("\\sum_j a_j = a_0 + \\sum_{j=1}^{M} a_j", "\\sum_j a_j = \\sum_{j=1}^{M} a_j"),
        ("\\sum_j 2 a_j = 2 a_0 + 2\\sum_{j=1}^{M} a_j", "\\sum_j 2 a_j = 2\\sum_{j=1}^{M} a_j"),
    ],
)
def test_a_listed_range_keeps_a_sum_from_borrowing_another(tmp_path, right, wrong):
    assert verdict_of_row(tmp_path, _LISTED.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, _LISTED.replace("ROW", right), right) != "refuted"


def test_a_list_from_the_same_first_index_still_gives_the_range(tmp_path):
    body = "Let $a_1, a_2, \\dots, a_M$ be numbers.\n\n$$ROW$$\n"
    row = "\\sum_j a_j = \\sum_{j=1}^{M} a_j"
    assert verdict_of_row(tmp_path, body.replace("ROW", row), row) == "proved"
