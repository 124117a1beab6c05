"""``\\frac{\\lambda.n}{a}``: a full stop typed between two factors is a product.

The Pareto question (held-out external9, line 35) writes ``\\frac{\\lambda.n}{a} = 0`` for
lambda times n over a. A dot glued to a factor on each side has no other reading inside an
expression (a decimal point is part of the number, a full stop ends the row); it is read as
a product, with a slip. A dot with a space on either side, or with no factor after it, is not.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


def test_a_dot_between_two_factors_is_a_product():
    got, slips = parse_expression(r"\frac{\lambda.n}{a}")
    assert got == parse_expression(r"\frac{\lambda n}{a}")[0]
    assert any("product" in s.message for s in slips), slips
    assert parse_expression(r"x_i.y_i")[0] == parse_expression(r"x_i y_i")[0]


def test_a_decimal_stays_a_number():
    assert parse_expression(r"1.5 x")[0] == parse_expression(r"\frac{3}{2} x")[0]


@pytest.mark.parametrize("side", [r"a . b", r"a .b", r"a. b", r"(a + b).", r"1,\dots.6"])
def test_a_dot_not_glued_between_factors_is_not_a_product(side):
    with pytest.raises(ValueError):
        parse_expression(side)
