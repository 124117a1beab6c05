"""PARSE11: ``\\sec``, ``\\csc``, ``\\cot`` and ``\\operatorname*{argmax}`` are read.

They were "unsupported command \\sec" and "unexpected '*'". ``\\sec x`` is read as
``1/\\cos x``, ``\\csc x`` as ``1/\\sin x`` and ``\\cot x`` as ``\\cos x/\\sin x`` (the
functions the engine evaluates and normalises); ``\\operatorname*{argmax}_\\theta`` as
``\\arg\\max_\\theta`` (the star only puts the subscript below).
"""

from __future__ import annotations

import random

import pytest
import sympy as sp

from derivations.post._parse import parse_expression

x = sp.Symbol("x", real=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\sec x", 1 / sp.cos(x)),
        (r"\csc x", 1 / sp.sin(x)),
        (r"\cot x", sp.cos(x) / sp.sin(x)),
        (r"(\sec x)^2", 1 / sp.cos(x) ** 2),
        (r"\cot(x)", sp.cos(x) / sp.sin(x)),
    ],
)
def test_reciprocal_trigonometric_functions(text, expected):
    e, _ = parse_expression(text)
    assert sp.simplify(e.doit() - expected) == 0, sp.srepr(e)


def test_property_the_pythagorean_identities_hold_at_random_points():
    sec, _ = parse_expression(r"(\sec x)^2 - (\tan x)^2")
    csc, _ = parse_expression(r"(\csc x)^2 - (\cot x)^2")
    rng = random.Random(11)
    for _ in range(20):
        v = rng.uniform(0.1, 1.4)
        assert abs(float(sec.doit().subs(x, v)) - 1) < 1e-9
        assert abs(float(csc.doit().subs(x, v)) - 1) < 1e-9


def test_starred_operatorname_argmax_is_argmax():
    a, _ = parse_expression(r"\operatorname*{argmax}_\theta f(\theta)")
    b, _ = parse_expression(r"\arg\max_\theta f(\theta)")
    assert a == b
    a, _ = parse_expression(r"\operatorname*{arg\,min}_{\theta} f(\theta)")
    b, _ = parse_expression(r"\arg\min_{\theta} f(\theta)")
    assert a == b
