"""Braces that close inside parentheses they did not open: ``2({x\\beta-y)x}``.

TeX braces only group; a bare group ``{...}`` (not the argument of a command or a
script) need not nest with parentheses, and typesets as its contents. A ridge
question writes ``2({x\\beta-y)x}``: it reads as ``2(x\\beta - y)x``. Where the
group is an argument (``\\frac{(a}{b)}``) or carries a script (``{(a)b}^2`` with the
parenthesis crossing it), dropping the braces could change the meaning: the row is
unparsed with a reason that says so and a column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"


@pytest.mark.parametrize(
    ("slipped", "plain"),
    [
        (r"2({x\beta-y)x}+2{\lambda \beta}", r"2(x\beta-y)x+2{\lambda \beta}"),
        (r"({a+b)c}", r"(a+b)c"),
        (r"{a(b+c}+d)", r"a(b+c+d)"),
    ],
)
def test_a_bare_brace_group_crossing_parentheses_reads_as_its_contents(slipped, plain):
    assert parse_expression(slipped)[0] == parse_expression(plain)[0]


@pytest.mark.parametrize(
    "text",
    [r"\frac{(a}{b)}", r"({a+b)c}^2", r"x^{(a}+b)", r"\sqrt{(a}+b)"],
)
def test_crossing_braces_that_are_not_bare_groups_are_not_guessed(text):
    with pytest.raises(ValueError, match=r"brace") as info:
        parse_expression(text)
    assert getattr(info.value, "column", None) is not None


def test_nested_braces_and_parentheses_are_unchanged():
    # a group that holds whole brackets is still one factor: {a+b}^2 is (a+b)^2
    assert parse_expression(r"{a+b}^2")[0] == parse_expression(r"(a+b)^2")[0]
    assert parse_expression(r"2{(x - y)}z")[0] == parse_expression(r"2(x-y)z")[0]


def test_the_ridge_derivative_is_proved():
    rows = rows_of(REPRO3 / "braces-interleaved-with-parentheses-unparsed.md")
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)


@pytest.mark.parametrize(
    ("stray", "plain"),
    [
        (r"\frac{a}{b)}", r"\frac{a}{b}"),
        (r"\frac{\partial f(x)}{\partial x)}", r"\frac{\partial f(x)}{\partial x}"),
    ],
)
def test_a_stray_bracket_in_a_group_is_no_crossing(stray, plain):
    # a Weibull post's \frac{\partial l(X | a, b)}{\partial \alpha)}: the ')' pairs with
    # nothing, so it is a stray bracket (a slip), not braces crossing a parenthesis
    read, slips = parse_expression(stray)
    assert read == parse_expression(plain)[0]
    assert any("stray" in s.message for s in slips)
