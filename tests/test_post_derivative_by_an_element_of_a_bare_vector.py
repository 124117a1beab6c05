"""A derivative by an element ``\\theta_j`` of an expression in ``\\theta`` itself (not in
``\\theta_j``) is not read: ``\\theta`` may be the vector ``\\theta_j`` is an element of.

Left open by attack35 (adversarial set 27): ``\\theta^{(j)}`` reads as the element
``\\theta_j`` and ``\\theta^{(1)}`` as a power of ``\\theta``, so
``\\frac{\\partial}{\\partial\\theta^{(j)}}(\\theta^{(1)}+\\theta^{(2)})^2 = 0`` was proved:
read as a name of its own, ``\\theta_j`` does not occur in ``(\\theta + \\theta^2)^2``. The
same holds of ``\\frac{\\partial}{\\partial w_j}(y - w x)^2 = 0``.

Properties: such a false step is never proved and its correct twin never refuted; a
derivative by ``\\mu_k`` of an expression in ``\\mu_k`` is read.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Then\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial\theta^{(j)}}(\theta^{(1)}+\theta^{(2)})^2 = 0",
        r"\frac{\partial}{\partial w_j}(y - w x)^2 = 0",
        r"\frac{\partial}{\partial \beta_k} \left(\beta + 3\right)^2 = 0",
    ],
)
def test_a_false_zero_is_not_proved(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


def test_the_element_itself_is_read(tmp_path):
    row = r"\frac{\partial}{\partial \mu_k} (x - \mu_k)^2 = -2(x - \mu_k)"
    assert _verdict(tmp_path, row) == "proved"


def test_a_function_of_the_vector_through_a_dot_product_is_read(tmp_path):
    # L(w) and w^T x_i hold w as the vector: d/dw_j reaches its element (held-out external17
    # and external5 were proved so, and stay proved)
    prose = (
        r"For a sample $x_i\in R^d$, $w\in R^d$ is the parameter of this model, and "
        r"$L(w) = \sum_{i=1}^{n} y_i\log(1+e^{-w^Tx_i})$."
    )
    row = (
        r"\frac{\partial}{\partial w_j}L(w)="
        r"-\sum_{i=1}^{n} y_i\frac{x_{ij}e^{-w^Tx_i}}{1+e^{-w^Tx_i}}"
    )
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
    slipped = row.replace("=-", "=")
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${slipped}$$\n", slipped) != "proved"
