"""``\\prod_{i=1}^n x_i / 2``: the product of the quotients (``2^{-n} \\prod x_i``) or the
quotient of the product (``\\frac12 \\prod x_i``)? The reader took the first and refuted a
row that wrote the second. As with the other factors a product's scope leaves unclear, the
row is left unread; a divisor that holds the index (``\\prod_i x_i / y_i``) and a sum (whose
two readings are one value) are read as before."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    "row", [r"a = \prod_{i=1}^{n} x_i / 2", r"a = \prod_{i=1}^{n} 3 x_i / \sigma"]
)
def test_a_products_constant_divisor_is_not_guessed(tmp_path, row):
    verdict = display_rows(tmp_path, row)[5]
    assert verdict.verdict == "unparsed" and "scope" in verdict.reason, verdict.reason


def test_a_divisor_with_the_index_stays_inside(tmp_path):
    rows = display_rows(
        tmp_path,
        r"a = \prod_{i=1}^{n} x_i / y_i",
        r"a = \prod_{i=1}^{n} \frac{x_i}{y_i}",
    )
    assert rows[7].verdict == "proved", rows[7].reason


def test_a_sums_constant_divisor_is_read(tmp_path):
    rows = display_rows(tmp_path, r"a = \sum_{i=1}^{3} i / 3", r"a = 2")
    assert rows[7].verdict == "proved", rows[7].reason
