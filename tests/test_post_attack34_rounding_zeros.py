"""The trailing zeros of a whole number written after ``\\approx`` may be figures or may only
place the point (``123456 \\approx 123000``, three significant figures): a rounding to fewer
figures is not refuted by the zeros, and not proved either.

Adversarial set 26 (written blind against 0cfc1da), pair 55: ``123456 \\approx 123000`` was
refuted ("the numbers differ"): the unit of a rounding was read from the decimals written only,
so 123000's unit was 1.

Properties: within half a unit of the last digit written the rounding is proved (as before);
within one unit of the coarsest rounding the zeros allow (10^k for k trailing zeros) it is
unchecked, never refuted; further away, or with ``=``, it is refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Rounding.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"123456 \approx 123000",  # three figures
        r"123456 \approx 120000",  # two
        r"1234 \approx 1000",  # one
        r"-123456 \approx -123000",
        r"123456 \approx 124000",  # rounded up at three figures
    ],
)
def test_a_rounding_to_fewer_figures_is_not_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "unchecked"


@pytest.mark.parametrize(
    "row",
    [
        r"123456 \approx 133000",  # ten thousand away: no rounding of 123000's figures
        r"2500 \approx 1000",
        r"123456 = 123000",  # an equation claims every digit
        # 10 \approx 11 was here: 11 to one figure is 10, and the rounding may stand on
        # either side (attack35, test_post_attack35_rounding_zeros_on_the_left): unchecked
        r"10 \approx 21",
    ],
)
def test_further_away_or_exact_it_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"


@pytest.mark.parametrize("row", [r"1000.4 \approx 1000", r"123000.2 \approx 123000"])
def test_within_half_a_unit_it_is_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"
