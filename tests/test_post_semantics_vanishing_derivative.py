"""``\\frac{\\partial}{\\partial b}(-n \\log 2) = 0``: a derivative that is 0 identically.

A row ``d/dv (formula) = 0`` is read as a first-order condition (the derivative set to
zero, a premise taken as given). When the formula written out does not depend on
``v`` the row is no condition at all but an identity, and is proved as one (held-out
external4 laplace-scale-back2basics-notes line 129: "First term: d/db(-n log 2) = 0
(constant)"). A derivative that is not identically 0 stays a condition: never proved,
never refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    "row",
    [
        r"$$\frac{\partial}{\partial b}\left(-n\log 2\right) = 0$$",
        r"$$0 = \frac{d}{d\theta}\left(n^2 + \log(2\pi)\right)$$",
    ],
)
def test_a_derivative_that_vanishes_identically_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, row + "\n", row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"$$\frac{\partial}{\partial b}\left(-n\log b\right) = 0$$",
        r"$$0 = \frac{d}{d\theta}\left(n\theta^2 + \log(2\pi)\right)$$",
    ],
)
def test_a_derivative_that_does_not_vanish_is_a_condition(tmp_path, row):
    assert verdict_of_row(tmp_path, row + "\n", row) not in ("proved", "refuted")
