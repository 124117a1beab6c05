"""PARSE11: ``y*`` and ``\\theta*`` with nothing to multiply after the star are ``y^*``.

A star after a letter followed by the end of the side, a closing bracket, a comma, ``+``
or a relation multiplies nothing: it marks the name, as ``y^*`` does (a starred name is a
name of its own). ``a * b``, ``a * (b)`` and ``a * -b`` still multiply.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("written", "starred"),
    [
        (r"y*", r"y^*"),
        (r"\theta* + 1", r"\theta^* + 1"),
        (r"f(\theta*)", r"f(\theta^*)"),
        (r"g(y*, x)", r"g(y^*, x)"),
    ],
)
def test_a_trailing_star_marks_the_name(written, starred):
    a, _ = parse_expression(written)
    b, _ = parse_expression(starred)
    assert a == b


@pytest.mark.parametrize("text", [r"a*b", r"a * (b + c)", r"a * -b", r"2*x"])
def test_a_star_between_factors_multiplies(text):
    e, _ = parse_expression(text)
    assert not any("*}" in str(s) for s in e.free_symbols)
    assert isinstance(e, (sp.Mul, sp.Symbol)) or e.is_Mul


def test_property_the_starred_name_is_not_the_name():
    a, _ = parse_expression(r"y* + 1 - y")
    assert sp.simplify(a - 1) != 0 and len(a.free_symbols) == 2


def test_a_starred_sample_is_the_starred_names_element():
    # PARSE58: x_i* is x_i^*, which is x^*_i (it was unread before)
    a, _ = parse_expression(r"x_i* + 1")
    b, _ = parse_expression(r"x^*_i + 1")
    assert a == b
