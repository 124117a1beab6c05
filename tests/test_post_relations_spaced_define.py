"""``: =`` written with a space is ``:=``, a definition (held-out external26, a gradient step
``\\theta^{(t+1)} : = \\theta^{(t)} - \\alpha ...`` was "unsupported symbol ':'"). A colon
that is not followed by an equals sign stays what it was (``f(x : \\theta)``)."""

from __future__ import annotations

import pytest

from derivations.post._relations import split_relations


@pytest.mark.parametrize(
    "row", ["a : = b", "a :\\, = b", "a :\t= b", "\\theta^{(t+1)} : = \\theta^{(t)} - g"]
)
def test_a_spaced_colon_equals_is_a_definition(row):
    sides, rels = split_relations(row)
    assert rels == [":="] and len(sides) == 2


def test_a_colon_alone_is_no_relation():
    assert split_relations("f(x : \\theta) = 1")[1] == ["="]
    assert split_relations("a : == b")[1] != [":="]
