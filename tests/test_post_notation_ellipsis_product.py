"""A product written out with an ellipsis: ``f(x_1) f(x_2) \\cdots f(x_n)``.

Lecture notes write a likelihood as its factors, ``\\frac{1}{\\pi}\\frac{1}{1+(x_1-\\theta)^2}
\\frac{1}{\\pi}\\frac{1}{1+(x_2-\\theta)^2}\\cdots\\frac{1}{\\pi}\\frac{1}{1+(x_n-\\theta)^2}``
(a Cauchy answer). As sums with dots already are, it is the product over the index,
matched on the subscripts of the first two terms and the last; anything else with dots
stays unparsed.
The index is n unless the terms run to x_n (then i): ``x_1 + x_2 + \\ldots + x_n``
was unparsed for that clash, and is read too.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("dots", "product"),
    [
        (r"x_1 x_2 \cdots x_n", r"\prod_{i=1}^{n} x_i"),
        (r"p^{x_1} p^{x_2} \cdots p^{x_N}", r"\prod_{n=1}^{N} p^{x_n}"),
        (
            r"\frac{1}{\pi}\frac{1}{1+(x_1-\theta)^2}\frac{1}{\pi}\frac{1}{1+(x_2-\theta)^2}"
            r"\cdots\frac{1}{\pi}\frac{1}{1+(x_n-\theta)^2}",
            r"\prod_{i=1}^{n} \frac{1}{\pi}\frac{1}{1+(x_i-\theta)^2}",
        ),
        (r"2 f(x_1) f(x_2) \cdots f(x_m)", r"2 \prod_{n=1}^{m} f(x_n)"),
    ],
)
def test_a_product_with_dots_is_the_product_over_the_index(dots, product):
    read = parse_expression(dots)[0]
    # the same product as written with \prod (printed alike: function objects of two
    # readings are not the same Python objects)
    assert str(read) == str(parse_expression(product)[0])
    assert read.has(sp.Product)


def test_a_sum_with_dots_up_to_n_is_read():
    read = parse_expression(r"x_1 + x_2 + \ldots + x_n")[0]
    assert str(read) == str(parse_expression(r"\sum_{i=1}^{n} x_i")[0])


@pytest.mark.parametrize(
    "text",
    # (x_1 \cdots x_n, one term before the dots, is read since external40 as a sum with one
    # term is: see tests/test_post_one_term_ellipsis_product.py)
    [r"x_1 y_2 \cdots x_n", r"x_1 x_2 \cdots y", r"x_2 x_3 \cdots x_n"],
)
def test_dots_that_do_not_follow_a_pattern_are_not_read(text):
    with pytest.raises(ValueError, match="ellipsis"):
        parse_expression(text)
