"""Adversarial set 8, letters defined through the variable: a letter the post writes as a
formula in the variable (``\\hat y = w x + b``, ``\\tilde x = x - \\mu``) and that the reader
did not replace by that formula is not differentiated as a constant: the row is left
unchecked (d/dw (y - \\hat y)^2 = 0 was proved).

The set's pairs 17, 66, 67, 69, 109, 110 and 111 are run as written, then variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts
from _post_rows import verdict_of_row

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
PAIRS = ("17", "66", "67", "69", "109", "110", "111")


@pytest.mark.parametrize("num", PAIRS)
def test_a_written_through_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("defined", "row"),
    [
        (r"$\hat{z} = a t + c$", r"\frac{\partial}{\partial c} (z - \hat{z})^2 = 0"),
        (r"$\bar{u} = u - k$", r"\frac{d}{dk} \left( \bar{u}^2 + k \right) = 1"),
        (r"$\tilde{q} = 3 s$", r"\frac{d}{ds} \tilde{q}^2 = 0"),
    ],
)
def test_a_letter_written_through_the_variable_is_no_constant(tmp_path, defined, row):
    post = f"Here {defined}.\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, post, row) != "proved"
