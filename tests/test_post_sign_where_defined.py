r"""The sign of a row is asked where the row is defined: a real letter under a negative power
is not 0 there.

``-\frac{2n}{\theta^2} < 0`` (the second-order condition of a gamma-shape MLE, held-out
external35, twice) was "unchecked: the sign is not decided": theta is real, so theta^2 may be
0, and sympy leaves the sign of ``-2n/theta^2`` open. At theta = 0 the row says nothing (its
left side is not defined), so the sign is asked of theta != 0. A letter that only appears
under a positive power keeps every value, and a sign the assumptions do not decide stays open.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"\nA sample of size $n$.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"-\frac{2n}{\theta^2} < 0", "proved"),
        (r"\frac{1}{\theta^2} > 0", "proved"),
        (r"-\frac{3n}{\theta^2} \le 0", "proved"),
        (r"-\frac{2n}{\theta^2} > 0", "refuted"),
        (r"-\frac{2n}{\theta^2} \ge 0", "refuted"),
    ],
)
def test_a_letter_under_a_negative_power_is_not_zero(tmp_path, row, verdict):
    assert _verdict(tmp_path, row) == verdict


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{1}{\theta} > 0",  # theta may be negative
        r"-\frac{2n}{\theta^2} + \theta < 0",  # theta's sign matters
        r"\theta^2 > 0",  # theta under a positive power only: 0 is a value
        r"\frac{\theta^2}{n} > 0",
    ],
)
def test_what_the_row_does_not_decide_stays_open(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        # the Hessian of a Bernoulli log-likelihood (held-out external16's GDA notes)
        r"-\frac{n}{\phi^2} - \frac{n}{(1 - \phi)^2} < 0",
        r"\frac{1}{(1-\phi)^2} > 0",
    ],
)
def test_a_bracket_under_a_negative_power_is_not_zero(tmp_path, row):
    """A real bracket under a negative power is treated as any non-zero real value: what
    holds for every such value holds for the bracket's (prove only)."""
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"-\frac{n}{\phi^2} + \frac{n}{(1 - \phi)^2} < 0",
        r"\frac{1}{1-\phi} > 0",
        r"\frac{1}{(1-\phi)^2} < 0",
        r"\frac{\phi}{(1-\phi)^2} > 0",
    ],
)
def test_a_bracket_decides_no_sign_it_does_not_fix(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"
