"""A row that opens with a word and a colon (``\\text{posterior} : p(\\beta|y) \\propto ...``)
names what follows: the label is no factor of it."""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "label",
    [
        r"\text{posterior} :",
        r"\text{Posterior}:",
        r"\text{Posterior:}",
        r"\textbf{Step 1}:",
        r"\mathrm{prior}\colon",
        r"\text{the likelihood is:}\ ",
    ],
)
def test_a_leading_label_is_left_out(label):
    assert parse_expression(rf"{label} a^2 b")[0] == parse_expression(r"a^2 b")[0]


@pytest.mark.parametrize(
    "latex",
    [
        r"a : b",  # a colon between two quantities is no label
        r"\text{posterior} \cdot a : b",
        r"\text{posterior} :",  # nothing after the label
    ],
)
def test_other_colons_are_still_not_read(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)
