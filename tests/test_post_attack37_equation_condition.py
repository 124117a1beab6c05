r"""An equation after a condition word (``x = 2 \quad \text{for } x^2 = 4``, ``\text{if }``,
``\text{whenever }``, ``, \ for \ x^2 = 4``) is what the row is stated under, not a
consequence of the row's first statement (adversarial set 29, 57).

The condition box became a ``\quad`` and the condition a statement of its own, checked as
following from the first: ``x = 2`` "defines x", then ``x^2 = 4`` followed from it and the row
was proved, while it claims that ``x^2 = 4`` gives ``x = 2`` (false at ``x = -2``). Failed
at b24a138. An identity stated under a condition stays proved; a condition without a
condition word (``x = 2, \quad x^2 = 4``: "hence") is read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "Let $x$ and $y$ be real numbers.\n\n"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"{PROSE}$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"x = 2 \quad \text{for } x^2 = 4",
        r"x = 2 \quad \text{if } x^2 = 4",
        r"x = 2 \quad \text{whenever } x^2 = 4",
        r"x = 2 \quad \text{if $x^2 = 4$}",
        r"x = 2 \text{ provided that } x^2 = 4",
        r"x = 2, \ for \ x^2 = 4",
        r"y = 1 \quad \text{if } y^2 = 1",
    ],
)
def test_an_equation_condition_is_not_a_consequence(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "plausible")


@pytest.mark.parametrize(
    "row",
    [
        r"(x + 1)^2 = x^2 + 2x + 1 \quad \text{if } x = 2",  # an identity under a condition
        r"x = 2, \quad x^2 = 4",  # no condition word: "hence"
    ],
)
def test_what_holds_is_still_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


def test_a_row_false_without_its_condition_is_not_refuted(tmp_path):
    assert _verdict(tmp_path, r"x^2 + y = 5 \quad \text{if } x = 2, y = 1") != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"x = 2 \quad \text{since } x^2 = 4",
        r"x = 2 \quad \text{because } x^2 = 4",
    ],
)
def test_a_reason_after_the_claim_is_not_a_consequence(tmp_path, row):
    """A reason after a comma-less ``\\quad`` (``\\text{since }``) is a premise the claim
    rests on: checked as following from ``x = 2`` it was proved (found after set 29's 57)."""
    assert _verdict(tmp_path, row) not in ("proved", "plausible")
