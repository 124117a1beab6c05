"""A rounding claims the digits of the number it writes, on whichever side of the relation that
number stands, and a power of ten scales them (``2.7 \\times 10^{-3}`` claims a unit of 1e-4).

Found after adversarial set 26 (attack34, probing ``\\approx`` with the decimal on the left):
the digits were read from the right side only. ``3.2 \\approx \\pi``, ``-3.2 \\approx -\\pi``,
``1.47 \\approx \\sqrt{2}`` and ``1.5 = \\sqrt{2}`` were **proved** ("equal to the 0 decimals
written": pi and sqrt 2 write none, so the unit was 1), ``0.00279 \\approx 2.7 \\times 10^{-3}``
was **proved** (the mantissa's one decimal, unscaled), and ``1024 \\approx 1.0 \\times 10^3``,
``e^{10} \\approx 2.2 \\times 10^4``, ``2.7 \\times 10^{-3} \\approx 0.00271``, ``3.1
\\approx 3.14 \\approx \\pi``, ``3.14 = \\pi`` and ``0.3 = \\frac{1}{3}`` were refuted.

Properties: ``\\approx`` between two written numbers is a rounding of the finer to the coarser
(the fewer digits); a written number against an exact value (pi, a root, a fraction) claims its
own digits, with ``=`` as with ``\\approx``; within half a unit of those digits the row is
proved, within one unit unchecked, further refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Numbers.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"3.14 \approx \pi",
        r"1.41 \approx \sqrt{2}",
        r"3.14 = \pi",
        r"0.3 = \frac{1}{3}",
        r"0.33 \approx \frac{1}{3}",
        r"1024 \approx 1.0 \times 10^{3}",
        r"1024 \approx 1.02 \times 10^{3}",
        r"e^{10} \approx 2.2 \times 10^{4}",
        r"2.7 \times 10^{-3} \approx 0.00271",
        r"0.00271 \approx 2.7 \times 10^{-3}",
        r"3.1 \approx 3.14 \approx \pi",
        r"3 \approx 3.14",
    ],
)
def test_a_rounding_to_the_digits_written_is_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"3.2 \approx \pi",  # pi is 3.1 to one decimal; 3.2 rounds one way only
        r"-3.2 \approx -\pi",
        r"1.5 \approx \sqrt{2}",  # sqrt 2 is 1.4 to one decimal
        r"0.00279 \approx 2.7 \times 10^{-3}",
        r"1074 \approx 1.0 \times 10^{3}",
        r"1024 \approx 1.03 \times 10^{3}",  # a unit of 10
        r"e^{10} \approx 2.3 \times 10^{4}",  # a unit of 1000
    ],
)
def test_a_rounding_one_way_is_unchecked(tmp_path, row):
    assert _verdict(tmp_path, row) == "unchecked"


@pytest.mark.parametrize(
    "row",
    [
        r"1.5 = \sqrt{2}",
        r"1.47 \approx \sqrt{2}",
        r"3.3 \approx \pi",
        r"3.2 = \pi",
        r"0.4 = \frac{1}{3}",
        r"0.00291 \approx 2.7 \times 10^{-3}",
        r"1024 \approx 1.05 \times 10^{3}",
        r"e^{10} \approx 2.4 \times 10^{4}",
        r"3.1 \approx 3.24",
    ],
)
def test_further_than_one_unit_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"0.5 \log 2 = \log 2",  # an expression with a decimal claims no rounding
        r"\sqrt{2} = 1.4 = 1.41",  # = claims the digits on its right
    ],
)
def test_an_expression_or_an_equation_claims_its_value(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"
