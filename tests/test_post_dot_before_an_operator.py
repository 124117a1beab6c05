r"""A full stop glued between a factor and an integral, a fraction or a bracket:
``n.\int (...)^2.p(x;\theta) dx``, ``\frac{1}{2\pi}.\int_0^{2\pi} x dx``,
``\frac{1}{2\pi}.\Big( ... \Big)``, ``\frac{1}{2\pi}.\frac{4\pi^2}{2}`` (external48, Surya
Eada's Cauchy homework, lines 57-58, 239-242).

A dot glued to a factor on each side was read as a product (``\lambda.n``,
``test_post_notation_dot_product``) when a letter followed it; a command or a bracket after it
has no other reading either (a decimal point needs a digit after it, a full stop ends the row),
so it is the same product, with the same slip. A dot with a space beside it, a digit on either
side (``\frac{1}{2}.2``: a decimal?) or a closing bracket after it is read as before.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

_PAIRS = [
    (r"n.\int_0^1 x^2 dx", r"n \cdot \int_0^1 x^2 dx"),
    (r"\frac{1}{2\pi}.\int_{0}^{2\pi} x dx", r"\frac{1}{2\pi} \cdot \int_{0}^{2\pi} x dx"),
    (
        r"\frac{1}{2\pi}.\Big( \frac{x^2}{2} \Big)",
        r"\frac{1}{2\pi} \cdot \Big( \frac{x^2}{2} \Big)",
    ),
    (r"\frac{1}{2\pi}.\frac{4\pi^2}{2}", r"\frac{1}{2\pi} \cdot \frac{4\pi^2}{2}"),
    (r"a.(b + c)", r"a \cdot (b + c)"),
    (r"(a + b).[c - d]", r"(a + b) \cdot [c - d]"),
    (r"\theta.\sqrt{x}", r"\theta \cdot \sqrt{x}"),
    (r"x.\log y", r"x \cdot \log y"),
    (r"\pi.\sum_{i=1}^n x_i", r"\pi \cdot \sum_{i=1}^n x_i"),
    # a one-digit power before it (line 57: \Big)^2.p(x;\theta)): the digit is the exponent
    (r"(a + b)^2.c", r"(a + b)^2 \cdot c"),
    (r"\Big( \frac{a}{b} \Big)^2.\frac{c}{d}", r"\Big( \frac{a}{b} \Big)^2 \cdot \frac{c}{d}"),
    # before the differential (line 239: x.cos(x-\theta).dx), as \cdot dx is
    (r"\int_0^1 x.(1 - x).dx", r"\int_0^1 x (1 - x) \cdot dx"),
]


@pytest.mark.parametrize(("dotted", "spelled"), _PAIRS)
def test_a_glued_dot_before_a_factor_is_a_product(dotted, spelled):
    got, slips = parse_expression(dotted)
    assert got == parse_expression(spelled)[0]
    assert any("product" in s.message for s in slips), slips


@pytest.mark.parametrize(
    "side",
    [
        r"a. \int_0^1 x dx",  # a space after the dot: a full stop, perhaps
        r"a .\frac{1}{2}",  # a space before it
        r"\frac{1}{2}.2",  # a digit after it: a decimal typed without its zero?
        r"2.\frac{1}{2}",  # a digit before it
        r"x_2.c",  # a digit that is no power's before it
        r"a^{2}.5",  # a digit after it
        r"(a + b).)",  # a closing bracket after it
        r"a.\right)",
        r"a.\Big)",
        r"a.",
    ],
)
def test_other_dots_are_read_as_before(side):
    with pytest.raises(ValueError) as err:
        parse_expression(side)
    assert isinstance(getattr(err.value, "column", None), int)
