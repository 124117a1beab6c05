r"""The trailing zeros of a whole number written as the rounding on the left of ``\approx``
may only place the point, as they may on its right (found probing after adversarial set 27).

attack34 let the number written as a rounding stand on either side (``3.14 \approx \pi``,
``0.0020 \approx 0.00196``) and read the trailing zeros of a whole number on the right as
figures or not (``1234 \approx 1200``: unchecked, never refuted), but the zeros were asked of
the right side only: ``1200 \approx 1234`` (1234 to two figures), ``2000 \approx 1960`` and
``100 \approx 149`` (one figure) were refuted. Failed at 047f722.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Rounding.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"1200 \approx 1234",
        r"2000 \approx 1960",
        r"100 \approx 149",
        r"-1200 \approx -1234",
    ],
)
def test_zeros_on_the_left_may_place_the_point(tmp_path, row):
    assert _verdict(tmp_path, row) != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"1200 \approx 1434",  # more than one unit of the hundreds away
        r"100 \approx 251",
        r"1200 = 1234",  # = claims every digit
    ],
)
def test_beyond_the_coarsest_rounding_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"
