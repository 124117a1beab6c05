"""MathJax's named spacing commands (``\\space``, ``\\enspace``, ``\\thinspace``, ...) typeset
as space only, as ``\\,`` does: a row is read the same with any of them (held-out batches 24-27
had rows unread on "unsupported command \\space")."""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

_NAMED = ["space", "enspace", "thinspace", "medspace", "thickspace", "negthinspace"]
_ROWS = [r"a{S}b + c", r"\frac{1}{n}{S}\sum_{i=1}^n x_i", r"\log{S}x"]


@pytest.mark.parametrize("name", _NAMED)
@pytest.mark.parametrize("row", _ROWS)
def test_a_named_space_reads_as_a_thin_space(name, row):
    spaced = row.replace("{S}", f"\\{name} ")
    thin = row.replace("{S}", "\\, ")
    assert parse_expression(spaced)[0] == parse_expression(thin)[0]
