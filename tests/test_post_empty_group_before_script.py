"""An empty group between a name and its script (``K'{}^\\top``, ``x{}^2``) typesets the script
on the name, with a thin gap: TeX writers type ``{}`` to put a superscript after a prime. It was
"unexpected '}'" (held-out batch 17's Kalman gain post, two rows). Before a script with nothing
to carry it (``{}^{n}C_k``) the group still carries the script.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "written, plain",
    [
        (r"K' V K'{}^\top", r"K' V K'^\top"),
        (r"x{}^2 + 1", r"x^2 + 1"),
        (r"\sigma{}_1 + a", r"\sigma_1 + a"),
    ],
)
def test_an_empty_group_between_a_name_and_its_script_is_not_read(written, plain):
    assert parse_expression(written)[0] == parse_expression(plain)[0]


def test_a_prescript_keeps_its_group():
    with pytest.raises(ValueError):
        parse_expression(r"{}^{n}C_k + {}^{n}C_{k-1}")  # a prescript: not read, never guessed
