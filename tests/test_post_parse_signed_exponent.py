"""``e^-(x w + b)``: a minus sign alone above the line followed by a bracket is the sign of
the bracketed exponent (``e^{-(x w + b)}``), as the rendered page reads; the reader says so
in a slip."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


@pytest.mark.parametrize("base", ["e", "2", "10"])
@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("(a w + b)", "{-(a w + b)}"),
        (r"\left(a w + b\right)", r"{-\left(a w + b\right)}"),
        ("(a - (b + c))", "{-(a - (b + c))}"),
        (r"\big(t\big)", r"{-\big(t\big)}"),
    ],
)
def test_a_minus_above_the_line_takes_the_bracket_after_it(base, written, meant):
    e, slips = parse_expression(rf"\frac{{1}}{{1 + {base}^-{written}}}")
    assert e == parse_expression(rf"\frac{{1}}{{1 + {base}^{meant}}}")[0]
    assert any("exponent" in s.message for s in slips)


def test_the_exponent_is_the_bracket_only():
    e = parse_expression(r"e^-(a) b")[0]
    assert e == parse_expression(r"e^{-(a)} b")[0]
    assert sp.Symbol("b", real=True) not in e.atoms(sp.Pow).pop().exp.free_symbols


@pytest.mark.parametrize("latex", [r"e^- a", r"e^-", r"f^-(x) + 1", r"\lambda^-(a)"])
def test_a_minus_without_a_bracket_is_still_not_read(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)
