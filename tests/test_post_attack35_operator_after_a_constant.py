r"""A derivative operator after a constant takes the product written after it, as it does
when it opens the product (adversarial set 27, 20).

``\frac{d}{dx} 2 x^3`` is the derivative of ``2 x^3``: the operator takes the product after it
(``ToSympy.mul``). Written after a constant, ``3 \frac{d}{dx} 2 x^3``, the product ``3 \cdot
\frac{d}{dx} 2`` was built first and ``x^3`` multiplied it from outside, so the row read
``3 (\frac{d}{dx} 2) x^3 = 0``: the correct ``= 18 x^2`` was refuted, and a chain of operators
each after a constant (``\frac{d}{dx} 2 \frac{d}{dx} 2 x^{5} = 0``) was proved. Failed at
047f722.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Let $x$ and $y$ be real.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"3 \frac{d}{dx} 2 x^3 = 18 x^2",
        r"3 \cdot \frac{d}{dx} 2 x^3 = 18 x^2",
        r"\frac{1}{2} \frac{d}{dx} x^2 y = x y",
        r"y \frac{d}{dx} 2 x^3 = 6 x^2 y",
        r"\frac{d}{dx} 2 \frac{d}{dx} 2 x^{3} = 24 x",
    ],
)
def test_the_operator_after_a_constant_takes_the_product(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"3 \frac{d}{dx} 2 x^3 = 6 x^2",
        r"3 \frac{d}{dx} 2 x^3 + 1 = 1",
        r"\frac{d}{dx} 2 \frac{d}{dx} 2 x^{3} + 1 = 1",
        r"\frac{1}{2} \frac{d}{dx} x^2 y = x",
    ],
)
def test_a_wrong_value_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"


def test_a_cdot_after_the_operator_still_ends_it(tmp_path):
    # with \cdot the operator takes its first factor only, as documented: d/dx 2 = 0
    assert _verdict(tmp_path, r"3 \frac{d}{dx} 2 \cdot x^3 = 0") != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{1}{2} \frac{d}{dx} (x^2) x = x^2",
        r"\frac{1}{2} \frac{d}{dx} (x^2) x = \frac{3}{2} x^2",
    ],
)
def test_a_bracket_then_a_factor_in_the_variable_stays_unclear_after_a_constant(tmp_path, row):
    # d/dx (x^2) x: the derivative of the bracket times x, or of the product? Unread without
    # the constant (ToSympy.mul); one reading (x^2) was proved with it
    assert _verdict(tmp_path, row) not in ("proved", "refuted")
