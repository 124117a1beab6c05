"""Inverse and hyperbolic trigonometric functions are read (\\arctan was "unsupported").

Found on a new corpus post (statproofbook-vonmises-mle line 84: mu-hat = arctan(...)).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("text", "func"),
    [
        (r"\arctan(x)", sp.atan),
        (r"\arcsin x", sp.asin),
        (r"\arccos(x)", sp.acos),
        (r"\sinh x", sp.sinh),
        (r"\cosh(x)", sp.cosh),
        (r"\tanh x", sp.tanh),
    ],
)
def test_the_function_is_read(text, func):
    e, _ = parse_expression(text)
    assert isinstance(e, func), sp.srepr(e)


def _verdicts(tmp_path, rhs: str) -> list[str]:
    p = tmp_path / "p.md"
    body = "$$\\begin{aligned} g &= \\tan(\\arctan(a)) + 1 \\\\ &= " + rhs + "\\end{aligned}$$\n"
    p.write_text("---\nassume: 0 < a < 1\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(p, jobs=1).rows][1:]


def test_an_identity_with_arctan_is_proved_and_a_slip_refuted(tmp_path):
    assert _verdicts(tmp_path, "a + 1") == ["proved"]
    assert _verdicts(tmp_path, "2 a + 1") == ["refuted"]
