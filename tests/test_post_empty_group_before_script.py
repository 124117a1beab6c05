"""An empty group between a primed name and its script (``K'{}^\\top``) puts the script on the
name: TeX writers type ``{}`` there because ``K'^\\top`` is a double superscript to TeX. It was
"unexpected '}'" (held-out batch 17's Kalman gain post, two rows). Elsewhere an empty group
before a script carries the script (``{}^{n}C_k``, ``a{}^{n}C_k``: a prescript, not read).
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "written, plain",
    [
        (r"K' V K'{}^\top", r"K' V K'^\top"),
        (r"A + K'{}^\top b", r"A + K'^\top b"),
    ],
)
def test_an_empty_group_between_a_name_and_its_script_is_not_read(written, plain):
    assert parse_expression(written)[0] == parse_expression(plain)[0]


def test_a_prescript_keeps_its_group():
    for text in (r"{}^{n}C_k + {}^{n}C_{k-1}", r"a{}^{n}C_k"):
        with pytest.raises(ValueError):
            parse_expression(text)  # a prescript: not read, never moved onto a factor before
