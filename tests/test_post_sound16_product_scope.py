"""Held-out batch 16, finding 6: `\\prod_{i=1}^k f_i \\times \\prod_{i=k+1}^n g_i` is two
products side by side; read as one nested product (the second inside the first) the second
came out raised to the power k and the correct row was refuted. A product over i inside a
product over i (the same index letter, whatever its limits) is never meant."""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


@pytest.mark.parametrize("op", ["\\times", "\\cdot", ""])
def test_a_product_after_a_product_over_the_same_index_is_not_nested(op):
    latex = f"\\prod_{{i=1}}^{{k}} a_i {op} \\prod_{{i=k+1}}^{{n}} b_i"
    e = parse_expression(latex, Context())[0]
    products = e.atoms(sp.Product)
    assert len(products) == 2
    assert not any(p.function.has(sp.Product) for p in products)


_POST = (
    "For $\\lambda > 0$, $y_1, \\ldots, y_n > 0$ and $0 \\le k \\le n$,\n\n"
    "$$L = \\lambda^k e^{-\\lambda \\sum_{i=1}^{n} y_i}$$\n\n"
    "$$= ROW$$\n"
)


def test_the_censored_likelihood_as_two_products_is_not_refuted(tmp_path):
    row = "\\prod_{i=1}^k \\lambda e^{-\\lambda y_{i}} \\times \\prod_{i=k+1}^n e^{-\\lambda y_i}"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "refuted"


def test_a_wrong_censored_likelihood_is_not_proved(tmp_path):
    row = (
        "\\prod_{i=1}^k \\lambda e^{-\\lambda y_{i}} "
        "\\times \\prod_{i=k+1}^n \\lambda e^{-\\lambda y_i}"
    )
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "proved"


def test_a_split_range_is_not_refuted_beyond_its_end(tmp_path):
    """The first k of n points, then the rest: a counterexample with k > n (an empty range
    run backwards) is outside what the row says, so it refutes nothing."""
    row = "\\prod_{i=1}^k \\lambda e^{-\\lambda y_{i}} \\times \\prod_{i=k+1}^n e^{-\\lambda y_i}"
    body = (
        "For $\\lambda > 0$ and $y_1, \\ldots, y_n > 0$,\n\n"
        "$$L(\\lambda) = \\lambda^k e^{-\\lambda \\sum_{i=1}^{n} y_i}$$\n\n"
        f"$$L(\\lambda) = {row}$$\n"
    )
    assert verdict_of_row(tmp_path, body, row) != "refuted"
