"""Two relations the probe of 2026-12-05 (late night) found proved when false.

- ``a \\ne b`` was checked as ``a \\ne 0``: the right side was dropped from the difference, so
  ``x + 1 \\ne 1 + x`` was PROVED for a positive x.
- ``a \\approx N`` took any value less than one unit of the last digit away as a rounding, up
  or down, so ``\\sqrt{2} \\approx 2``, ``\\pi \\approx 4`` and ``10.4 \\approx 11`` were PROVED. A
  value within half a unit is the number rounded; one between half a unit and a unit is
  rounded in one direction only (a sample size is rounded up): that is no proof, and no
  refutation either.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Let $x > 0$.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row", [r"x + 1 \neq 1 + x", r"2x \ne x + x", r"(x+1)^2 \neq x^2 + 2x + 1"]
)
def test_sides_equal_for_every_value_are_never_proved_unequal(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


@pytest.mark.parametrize("row", [r"x^2 + 1 \ne 0", r"2 \neq 3", r"x + 1 \neq x - 1"])
def test_sides_that_differ_for_every_value_are_proved_unequal(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


def test_a_letter_unequal_to_an_expression_in_it_may_be_a_premise(tmp_path):
    # read as a domain statement (sigma \ne 0 is one), taken as given: never refuted
    assert _verdict(tmp_path, r"x + 1 \neq x") in ("proved", "given")


@pytest.mark.parametrize("row", [r"\sqrt{2} \approx 2", r"\pi \approx 4", r"10.4 \approx 11"])
def test_a_number_more_than_half_a_unit_away_is_not_proved_approximate(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "refuted")


@pytest.mark.parametrize("row", [r"\sqrt{2} \approx 1.41", r"\pi \approx 3", r"384.16 \approx 384"])
def test_a_number_within_half_a_unit_is_proved_approximate(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize("row", [r"\sqrt{2} \approx 3", r"\pi \approx 3.5", r"10.4 \approx 12"])
def test_a_number_a_unit_or_more_away_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"
