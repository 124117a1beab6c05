"""Held-out batch 16, finding 9: `L(theta) = 0.1 x 0.2 x 0.5 = 0.01`, then under "If theta =
0.5, 0.8, 0.5:" `L(theta) = 0.5 x 0.8 x 0.5 = 0.2`: a number for a name after another number
for it is its value at another setting of the parameters, not a restatement; refuted as one
("the numbers differ: 0.01 against 0.2"). Its own arithmetic is still checked."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "For probabilities $a, b, c$,\n\n$$L(\\theta) = a \\cdot b \\cdot c$$\n\n"
    "If the first is 0.1, the second 0.2 and the third 0.5:\n\n"
    "$$L(\\theta) = 0.1 \\times 0.2 \\times 0.5 = 0.01$$\n\n"
    "If the first is 0.5, the second 0.8 and the third 0.5:\n\n"
    "$$L(\\theta) = 0.5 \\times 0.8 \\times 0.5 = LAST$$\n"
)


def test_a_value_at_a_second_setting_is_not_refuted(tmp_path):
    body = _POST.replace("LAST", "0.2")
    assert verdict_of_row(tmp_path, body, "0.5 \\times 0.8") != "refuted"


@pytest.mark.parametrize("wrong", ["0.3", "0.02"])
def test_a_wrong_value_at_a_second_setting_is_caught(tmp_path, wrong):
    body = _POST.replace("LAST", wrong)
    assert verdict_of_row(tmp_path, body, "0.5 \\times 0.8") == "refuted"
