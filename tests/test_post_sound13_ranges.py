"""Adversarial set 13, pairs 53/54: a range written with ``\\leqslant`` / ``\\geqslant``
was not read as a range (``_trailing_range`` kept its own list of relations), so the
formula held everywhere and ``f(2) = 32`` was proved. The range's relation is now taken
from the one relation table (``_relations.RELATION_SIGNS``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._trailing_range import trailing_range

_POST = "Let\n\n$$f(x) = 4x^3, \\quad 0 SIGN x SIGN 1$$\n\n" + (
    "and $f(x) = 0$ for every other $x$. Then\n\n$$ROW$$\n"
)
_HALF = (
    "Let\n\n$$g(x) = 3x, \\quad x GE 0$$\n\nand $g(x) = 0$ for every other $x$. Then\n\n$$ROW$$\n"
)

PAIRS = [
    (_POST.replace("SIGN", "\\leqslant"), "f(2) = 32", "f(2) = 0"),
    (_POST.replace("SIGN", "\\leq"), "f(2) = 32", "f(2) = 0"),
    (_POST.replace("SIGN", "≤"), "f(2) = 32", "f(2) = 0"),
    (_HALF.replace("GE", "\\geqslant"), "g(-1) = -3", "g(-1) = 0"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_formula_outside_its_range_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_value_outside_the_range_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


@pytest.mark.parametrize(
    "sign", ["\\leqslant", "\\geqslant", "\\le", "\\geq", "<", "\\lt", "\\in", "≥"]
)
def test_every_relation_of_the_table_makes_a_range(sign):
    assert trailing_range(f"f(x) = 2x, \\quad x {sign} 1") is not None


def test_a_command_that_only_starts_like_a_relation_is_no_range():
    assert trailing_range("f(x) = 2x, \\quad x \\leftarrow 1") is None
    assert trailing_range("f(x) = 2x, \\quad \\int_0^1 x") is None
