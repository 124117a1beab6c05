r"""A derivative by ``\theta_j`` of an expression in ``\theta_0`` and ``\theta_1`` is not 0.

Planting slips in proved rows (held-out external37, CS229's gradient of linear regression):
``=\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_i(\theta_0+\theta_1x^{(i)}-y^{(i)})^{3}``
was PROVED as a rewrite of the same derivative with a square, and so was
``\frac{\partial}{\partial\theta_j}(\theta_0+\theta_1)^2 = 0``: ``\theta_j``, ``\theta_0`` and
``\theta_1`` were three names, so every derivative by ``\theta_j`` was 0. ``j`` may be 0 or 1:
such a derivative is not read. Two numbered elements (``\theta_0`` beside ``\theta_1``) are
different elements, and named subscripts (``\sigma_x``, ``\sigma_y``) different names.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial\theta_j}(\theta_0+\theta_1)^2 = 0",
        r"\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x_i-y_i)^2 = 0",
        r"\frac{\partial}{\partial\beta_0}(\beta_0+\beta_k x)^2 = 2(\beta_0+\beta_k x)",
        r"\frac{\partial}{\partial w_k}(w_1 x_1 + w_2 x_2) = 0",
    ],
)
def test_a_derivative_by_an_element_that_may_be_another_is_not_proved(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict != "proved", (r.verdict, r.reason)


def test_a_planted_power_in_the_gradient_of_linear_regression_is_not_proved(tmp_path):
    first = (
        r"\frac{\partial}{\partial\theta_j}J(\theta_0,\theta_1)=\frac{\partial}{\partial\theta_j}"
        r"\frac{1}{2m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})^2"
    )
    slipped = r"=\frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^{3}"
    r = _rows(tmp_path, first, slipped)[7]
    assert r.verdict != "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial\theta_0}(\theta_0+\theta_1)^2 = 2(\theta_0+\theta_1)",
        r"\frac{\partial}{\partial\sigma_x}(\sigma_x^2+\sigma_y^2) = 2\sigma_x",
    ],
)
def test_distinct_elements_and_names_are_still_differentiated(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "proved", (r.verdict, r.reason)
