r"""A period glued between two factors is read by one pass (``_typeset_forms.period_products``).

Two mechanisms read it before PARSE65: ``period_products`` on the raw tokens (a bracket, a
fraction or a big operator after it) and the converter's own check (a letter, ``\sqrt``,
``\log`` ... after it, or a one-digit power before it), each with its own slip. One pass now
reads every case, so each glued period gives exactly one slip that names it, and the product
is the same as the one written with ``\cdot``. The cases that must stay unread are kept in
test_post_parse64_readings, test_post_dot_before_an_operator and
test_post_notation_dot_product.
"""

from __future__ import annotations

import pytest

from derivations.post import _lexer
from derivations.post._parse import parse_expression

_PAIRS = [
    (r"\frac{\lambda.n}{a}", r"\frac{\lambda \cdot n}{a}"),  # a letter after it
    (r"x_i.y_i", r"x_i \cdot y_i"),
    (r"(a + b)^2.c", r"(a + b)^2 \cdot c"),  # a one-digit power before it
    (r"\theta.\sqrt{x}", r"\theta \cdot \sqrt{x}"),
    (r"x.\log y", r"x \cdot \log y"),
    (r"a.(b + c)", r"a \cdot (b + c)"),
    (r"\frac{n}{\pi}. \frac{\pi}{2}", r"\frac{n}{\pi} \cdot \frac{\pi}{2}"),  # a space after }
    (
        r"\frac{1}{2\pi}.\Big( \frac{x^2}{2} \Big)",
        r"\frac{1}{2\pi} \cdot \Big( \frac{x^2}{2} \Big)",
    ),
]


@pytest.mark.parametrize(("dotted", "spelled"), _PAIRS)
def test_each_glued_period_gives_one_slip_and_the_written_product(dotted, spelled):
    got, slips = parse_expression(dotted)
    assert got == parse_expression(spelled)[0]
    named = [s for s in slips if "period" in s.message and "product" in s.message]
    assert len(named) == dotted.count(".") == 1, slips


def test_two_glued_periods_give_two_slips():
    got, slips = parse_expression(r"\int_0^1 x.(1 - x).dx")
    assert got == parse_expression(r"\int_0^1 x \cdot (1 - x) \cdot dx")[0]
    assert sum("period" in s.message for s in slips) == 2, slips


def test_the_converter_has_no_reading_of_its_own():
    # one mechanism: the converter's check is gone, period_products is the only reader
    assert not hasattr(_lexer, "_dot_between_factors")


@pytest.mark.parametrize(
    ("boxed", "plain"),
    [
        (r"\text{s.t.}\quad x", r"\text{st}\quad x"),  # held-out external18 nemotron line 20
        (r"\mathrm{e.g.}\, y", r"\mathrm{eg}\, y"),
    ],
)
def test_a_period_inside_a_text_box_is_no_product(boxed, plain):
    # the box's words are read as words (its periods dropped), never as math with a product
    got, slips = parse_expression(boxed)
    assert got == parse_expression(plain)[0]
    assert not any("period" in s.message for s in slips), slips
