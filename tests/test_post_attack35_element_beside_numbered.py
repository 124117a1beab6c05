r"""A derivative by an element written with a letter (``\beta_p``, ``w_r``, ``\theta_k``) of an
expression in elements of the same name written with numerals of any length (``\theta_{10}``)
or with another index letter is not read: the two may be one element (adversarial set 27, 13,
14, 24).

d7cc41a refused ``\frac{\partial}{\partial\theta_j}(\theta_0 + \theta_1)^2``, but only for a
one-character numeral beside one of the letters ``ijklmnt``: ``\theta_j`` beside
``\theta_{10}``, ``\beta_p`` beside ``\beta_1`` ("p is 1 or 2"), ``w_r`` beside ``w_1``,
``\theta_{10}`` by ``\theta_j``, ``\theta_k`` beside ``\theta_j`` and an operator by
``\theta_p`` around one by ``\theta_1`` were read as names of their own, so every such
derivative was 0: ``= 0`` proved, the correct ``= 2(\beta_1 + \beta_2)`` refuted. Failed at
047f722. Two letters that name (``\sigma_x`` beside ``\sigma_y``) and two numerals are
different elements and are read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Parameters, and an index.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial \theta_j} (\theta_{10} + \theta_{11})^2 = 0",
        r"\frac{\partial}{\partial \beta_p} (\beta_1 + \beta_2)^2 = 0",
        r"\frac{\partial}{\partial w_r} (w_1 + w_2)^2 = 0",
        r"\frac{\partial}{\partial \theta_{10}} \theta_j^2 = 0",
        r"\frac{\partial}{\partial \theta_k} \theta_j^2 = 0",
        r"\frac{\partial}{\partial \beta_q} (\beta_1 \beta_2) = 0",
        r"\frac{\partial}{\partial \theta_p} \frac{\partial}{\partial \theta_1} \theta_1^2 = 0",
        r"\frac{\partial}{\partial w_k} w_r^2 = 0",
        # an accent over the elements changes nothing (hat_theta_j was skipped as "hat")
        r"\frac{\partial}{\partial \hat\theta_j} (\hat\theta_1 + \hat\theta_2)^2 = 0",
        r"\frac{\partial}{\partial \hat\beta_p} \hat\beta_{10}^2 = 0",
    ],
)
def test_the_element_may_be_one_written_otherwise(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial \beta_p} (\beta_1 + \beta_2)^2 = 2(\beta_1 + \beta_2)",
        r"\frac{\partial}{\partial w_r} (w_1 + w_2)^2 = 2(w_1 + w_2)",
        r"\frac{\partial}{\partial \theta_j} (\theta_{10} + \theta_{11})^2"
        r" = 2(\theta_{10} + \theta_{11})",
    ],
)
def test_the_authors_derivative_is_not_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial \theta_{12}} (\theta_{10} + \theta_{11})^2 = 0",
        r"\frac{\partial}{\partial \theta_1} (\theta_0 + \theta_1)^2 = 2(\theta_0 + \theta_1)",
        r"\frac{\partial}{\partial \sigma_x} \sigma_y^2 = 0",
        r"\frac{\partial}{\partial \hat\theta_1} \hat\theta_2^2 = 0",
        r"\frac{\partial}{\partial \hat\theta_j} \theta_1^2 = 0",  # another name, unaccented
    ],
)
def test_different_elements_are_still_read(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"
