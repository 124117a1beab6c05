r"""A derivative by an element of an operand not written in it (PARSE15):
``\frac{\partial p_i}{\partial o_k}`` (``p`` a softmax of ``o``), ``\frac{dz_i}{dw_1}``,
``\frac{d}{dw_1}\ln(1 + e^{-z_i})``.

The operand depends on the element through names the row does not expand; read as written
its derivative would be 0, so these rows were unparsed (about 20 held-out rows of softmax
and logistic-regression posts). The derivative is now a value with no number, of the
operand and the variable: the same derivative of the same operand is one value, another
operand or variable another; a step through it is never proved nor refuted by what the
derivative is. An operand written in the element keeps its derivative.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "text",
    [
        r"\frac{\partial p_i}{\partial o_k}",
        r"\frac{d}{dw_1}\ln(1 + e^{-z_i})",
        r"\frac{\partial a_j}{\partial z_i} + 1",
        r"\dfrac{dz_i}{dw_1}",
    ],
)
def test_it_is_a_value_never_zero(text):
    e, _ = parse_expression(text)
    assert not e.atoms(sp.Derivative), e
    assert e.doit() != 0 and e.doit() != 1, e


def test_one_operand_one_value_another_operand_another():
    a, _ = parse_expression(r"\frac{\partial p_i}{\partial o_k}")
    b, _ = parse_expression(r"\frac{\partial p_i}{\partial o_k}")
    c, _ = parse_expression(r"\frac{\partial p_j}{\partial o_k}")
    d, _ = parse_expression(r"\frac{\partial p_i}{\partial o_j}")
    assert a == b and a != c and a != d


def test_an_operand_written_in_the_element_keeps_its_derivative():
    e, _ = parse_expression(r"\frac{\partial}{\partial z_i} z_i^2")
    assert isinstance(e, sp.Derivative) and e.doit() != 0


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial p_i}{\partial o_k} = p_k (1 - p_k)",
        r"\frac{\partial p_i}{\partial o_k} = 0",
        r"\frac{\partial a_j}{\partial z_i} = -a_i a_j",
        r"\frac{d\hat{p}_i}{dz_i} = \hat{p}_i(1 - \hat{p}_i)",
        r"\frac{d\hat{p}_i}{dz_i} = 2\hat{p}_i",
    ],
)
def test_a_row_through_it_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)


def test_the_same_derivative_on_both_sides_is_not_refuted(tmp_path):
    d = r"\frac{\partial p_i}{\partial o_k}"
    row = f"2 {d} = {d} + {d}"
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)
