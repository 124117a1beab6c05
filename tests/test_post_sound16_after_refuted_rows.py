"""Held-out batch 16, finding 11: a true row after two wrong rows, each refuted, was refuted
against the first wrong row's value (the comparison with "the line before the refuted line"
went back one row only). It is compared with the last row of the chain that was not refuted."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_CHAIN = (
    "For real $a, b$,\n\n$$(a + b)^2 = a^2 + 2ab + b^2$$\n\n$$= a^2 + 3ab + b^2$$\n\n"
    "$$= a^2 + 4ab + b^2$$\n\n$$= LAST$$\n"
)


def test_a_true_row_after_two_refuted_rows_is_proved(tmp_path):
    body = _CHAIN.replace("LAST", "b^2 + 2ab + a^2")
    assert verdict_of_row(tmp_path, body, "= b^2 + 2ab + a^2") == "proved"


@pytest.mark.parametrize("wrong", ["b^2 + 5ab + a^2", "b^2 + 2ab - a^2"])
def test_a_wrong_row_after_two_refuted_rows_is_not_proved(tmp_path, wrong):
    """(A row equal to the wrong row above follows it: the mistake is that row's.)"""
    body = _CHAIN.replace("LAST", wrong)
    assert verdict_of_row(tmp_path, body, f"= {wrong}") != "proved"


def test_the_second_wrong_row_is_still_caught(tmp_path):
    body = _CHAIN.replace("LAST", "b^2 + 2ab + a^2")
    assert verdict_of_row(tmp_path, body, "= a^2 + 4ab + b^2") == "refuted"
