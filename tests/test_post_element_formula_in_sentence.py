"""An element that a sentence writes as a formula (``$\\hat{p}_i = \\frac{1}{1 + e^{-z_i}}$``,
``$e_i = y_i - \\beta x_i$``) and that the reader does not put in is no free letter to draw: a
row that restates a value in terms of it is not refuted by a draw that ignores the formula
(held-out batch 25, pystatsml line 116; ``tests/posts/incoming/repro25/``). Variants of our
own; their wrong twins are never proved."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_CASES = [
    (
        "\\hat{p}_i = \\frac{1}{1 + e^{-z_i}}",
        "\\ell_i = \\log(1 + e^{-z_i}) + (1 - y_i) z_i",
        "\\ell_i = -\\left[ y_i \\log(\\hat{p}_i) + (1 - y_i) \\log(1 - \\hat{p}_i) \\right]",
        "\\ell_i = -\\left[ y_i \\log(\\hat{p}_i) + (1 - y_i) \\log(\\hat{p}_i) \\right]",
    ),
    (
        "e_i = y_i - \\beta x_i",
        "S = \\sum_{i=1}^{n} (y_i - \\beta x_i)^2",
        "S = \\sum_{i=1}^{n} e_i^2",
        "S = \\sum_{i=1}^{n} 2 e_i^2",
    ),
    (
        "u_i = \\log x_i",
        "g = \\sum_{i=1}^{n} (\\log x_i - m)^2",
        "g = \\sum_{i=1}^{n} (u_i - m)^2",
        "g = \\sum_{i=1}^{n} (u_i + m)^2",
    ),
]


def _post(said: str, first: str, row: str) -> str:
    return f"Now substitute ${said}$:\n\n$$\n{first}\n$$\n\nSo\n\n$$\n{row}\n$$\n"


@pytest.mark.parametrize(("said", "first", "right", "wrong"), _CASES)
def test_a_row_in_an_element_the_prose_writes_as_a_formula_is_not_refuted(
    tmp_path, said, first, right, wrong
):
    assert verdict_of_row(tmp_path, _post(said, first, right), right) != "refuted"
    assert verdict_of_row(tmp_path, _post(said, first, wrong), wrong) != "proved"
