"""A row that repeats the slip of the row above follows it as written (held-out batch 46).

Jimmy Hickey's 7.19 (external46, lines 49-50) writes the likelihood with the normal constant
``\\frac{1}{\\sqrt{2 \\pi \\sigma}}`` while the exponent has ``\\sigma^2`` - the slip
``_slips.find_slip`` reports, comparing the rows after it with what the author meant,
``\\sqrt{2\\pi\\sigma^2}``. The next row multiplies out the product and keeps the author's
sigma: ``\\frac{1}{(2 \\pi \\sigma)^{n/2}} e^{...}``. Compared with the meant reading it was
refuted, though it follows the row above exactly as written (the slip is reported on its own
line, once). A row that writes the same slip is compared with the line above read the same
way, as written; a row that writes the meant constant is compared with the meant reading (as
before), and a row that repeats the slip and makes another is still refuted.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_HEAD = (
    "$$L(\\beta) = \\prod_{i=1}^n \\frac{1}{\\sqrt{2 \\pi \\sigma}} "
    "e^{-\\frac{1}{2\\sigma^2}(y_i - \\beta x_i)^2}$$\n\n"
)
_SUM = "\\sum_{i=1}^n (y_i - \\beta x_i)^2"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, _HEAD + f"$$= {row}$$\n", row)


def test_a_row_keeping_the_slipped_constant_is_not_refuted(tmp_path):
    row = f"\\frac{{1}}{{(2\\pi\\sigma)^{{n/2}}}} e^{{-\\frac{{1}}{{2\\sigma^2}}{_SUM}}}"
    assert _verdict(tmp_path, row) == "proved"


def test_a_row_with_the_meant_constant_is_still_proved(tmp_path):
    row = f"\\frac{{1}}{{(2\\pi\\sigma^2)^{{n/2}}}} e^{{-\\frac{{1}}{{2\\sigma^2}}{_SUM}}}"
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "exponent",
    ["-\\frac{1}{\\sigma^2}", "-\\frac{n}{2\\sigma^2}", "\\frac{1}{2\\sigma^2}"],
)
def test_a_row_repeating_the_slip_with_another_mistake_is_refuted(tmp_path, exponent):
    row = f"\\frac{{1}}{{(2\\pi\\sigma)^{{n/2}}}} e^{{{exponent}{_SUM}}}"
    assert _verdict(tmp_path, row) == "refuted"
