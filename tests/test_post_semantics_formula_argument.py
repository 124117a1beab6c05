"""A function defined at a formula of its letter (``\\sigma(-z) = 1/(1 + e^z)``) has that
value at ``-z``: read at another argument, the letter is put back from the formula
(``\\sigma(z) = 1/(1 + e^{-z})``), never the value at ``-z`` used at ``z``."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = r"""$$\sigma(-z) = \frac{1}{1 + e^z}$$

where the logistic function is

$$\sigma(z) = VALUE$$
"""


@pytest.mark.parametrize(
    ("definition", "value"),
    [
        (r"\sigma(-z) = \frac{1}{1 + e^z}", r"\frac{1}{1 + e^{-z}}"),
        (r"\sigma(2z) = \frac{1}{1 + e^{-2z}}", r"\frac{1}{1 + e^{-z}}"),
        (r"\sigma(z + 1) = \frac{1}{1 + e^{-z - 1}}", r"\frac{e^{z}}{e^{z} + 1}"),
    ],
)
def test_the_value_at_a_formula_is_moved_to_the_letter(tmp_path, definition, value):
    body = _POST.replace(r"\sigma(-z) = \frac{1}{1 + e^z}", definition).replace("VALUE", value)
    assert verdict_of_row(tmp_path, body, value) == "proved"


@pytest.mark.parametrize("slip", [r"\frac{1}{1 + e^{z}}", r"\frac{1}{1 - e^{-z}}"])
def test_a_slip_is_refuted_against_the_moved_value(tmp_path, slip):
    # 1/(1 + e^z) is the value at -z written again at z: false of the sigma defined above.
    assert verdict_of_row(tmp_path, _POST.replace("VALUE", slip), slip) == "refuted"


_AT_A_LETTER = r"""$$\sigma(z) = \frac{1}{1 + e^{-z}}$$

so that

$$\sigma(-z) = ROW$$
"""


@pytest.mark.parametrize(
    "row", [r"1 - \sigma(z)", r"\frac{1}{1 + e^{z}}", r"\frac{e^{-z}}{1 + e^{-z}}"]
)
def test_a_function_of_a_letter_read_at_a_formula_of_it_is_moved(tmp_path, row):
    # sigma(-z) is the value at -z, never the value at z written again.
    assert verdict_of_row(tmp_path, _AT_A_LETTER.replace("ROW", row), row) == "proved"


@pytest.mark.parametrize("slip", [r"\sigma(z)", r"\frac{1}{1 + e^{-z}}"])
def test_the_value_at_the_letter_for_the_value_at_a_formula_is_refuted(tmp_path, slip):
    assert verdict_of_row(tmp_path, _AT_A_LETTER.replace("ROW", slip), slip) == "refuted"
