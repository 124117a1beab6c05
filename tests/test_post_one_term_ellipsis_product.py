"""A product written with one term before its dots: ``f^*(t_1)...f^*(t_n)`` (external40, the
Hawkes post's likelihood ``p(\\tau) = f^*(t_1)...f^*(t_n)(1-F^*(T))``), ``f(x_1) \\cdots f(x_n)``.

The reader read ``f(x_1) f(x_2) \\cdots f(x_n)`` (two terms before the dots) as the product
over the index, but with one term before them the row was unparsed ("an ellipsis stands for
terms that are not written; only t(1) + t(2) + ... + t(N) over a subscript is read"), although
a sum with one term (``x_2 + \\ldots + x_N``) was read. One term is now enough for a product
on the same conditions as for a sum: the term's elements are all at index 1, and the last
term is the same at a letter (or a letter plus a number), so the index goes up by one.
``f(t_1) \\cdots f(t_{2n})`` (which step?) and a term with elements at two indices stay
unread. Failed at f31b68c (every case below was unparsed).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


def _product(text: str) -> sp.Product:
    e = parse_expression(text)[0]
    products = list(e.atoms(sp.Product))
    assert len(products) == 1, e
    return products[0]


@pytest.mark.parametrize(
    "text",
    [
        r"f(t_1)\cdots f(t_n)",
        r"f(t_1)...f(t_n)",
        r"f(t_1) \ldots f(t_n)",
        r"f^*(t_1)...f^*(t_n)(1-F(T))",
        r"p(x_1 | \theta) \cdots p(x_n | \theta)",
        r"x_1 \cdots x_n",  # (in tests/test_post_notation_ellipsis_product.py unread before)
    ],
)
def test_one_term_before_the_dots_is_a_product_to_the_last_index(text):
    p = _product(text)
    (k, lo, hi) = p.limits[0]
    assert lo == 1 and str(hi) == "n"
    assert k in p.function.free_symbols


def test_the_same_as_two_terms_written():
    one = parse_expression(r"f(t_1)\cdots f(t_n)")[0]
    two = parse_expression(r"f(t_1) f(t_2) \cdots f(t_n)")[0]
    assert one == two


@pytest.mark.parametrize(
    "text",
    [
        r"f(t_1)\cdots f(t_{2n})",  # which step the index goes up by is not said
        r"f(t_1, s_2)\cdots f(t_n, s_n)",  # elements at two indices
    ],
)
def test_other_forms_stay_unread(text):
    with pytest.raises(ValueError):
        parse_expression(text)


def test_a_product_with_dots_as_a_functions_argument_is_not_read(tmp_path):
    # f(x_1 \dots x_n): the sample listed without commas (the joint density, held-out
    # external24 chrispiech line 44), or f at the product? Read as the product, a correct
    # row was refuted (the held-out run of the merge).
    from _post_rows import display_rows

    rows = display_rows(
        tmp_path,
        r"f(x) = \frac{\alpha}{x^{\alpha+1}}",
        r"L(\alpha) = f(x_1\dots x_n) = \prod_{i=1}^n\frac{\alpha}{x_i^{\alpha+1}}",
    )
    assert rows[7].verdict != "refuted", rows[7].reason
