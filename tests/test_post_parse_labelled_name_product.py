"""A name with a word above it (``\\beta^{\\text{ridge}}``) before a bracket that holds an
expression multiplies it: ``\\beta^{\\text{ridge}} (t + \\lambda)`` is the estimate times
``t + \\lambda``. Read as a call of ``\\beta^{ridge}``, the correct row after the estimate's
value was refuted as a restatement (adversarial set 9, pair 98). A labelled function
letter applied to names (``L^{\\text{Ridge}}(\\beta)``) is still a function. Variants of our
own, each with a false twin."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import NamedApplied

_BODY = (
    "With $n > 0$ and $a > 0$, $\\theta^{\\text{MAP}} = \\frac{s}{n + a}$ and "
    "$\\theta^{\\text{ML}} = \\frac{s}{n}$, $s \\ne 0$.\n\n$$ROW$$\n"
)


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "\\theta^{\\text{MAP}} (n + a) = \\theta^{\\text{ML}}\\, n",
            "\\theta^{\\text{MAP}} (n + a) = \\theta^{\\text{ML}}\\, a",
        ),
        (
            "\\theta^{\\mathrm{MAP}}(n + a) = s",
            "\\theta^{\\mathrm{MAP}}(n + a) = 2 s",
        ),
    ],
)
def test_a_labelled_estimate_before_an_expression_multiplies_it(tmp_path, right, wrong):
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", wrong), wrong) != "proved"


def test_the_reading_is_a_product_and_a_labelled_function_letter_still_applies():
    product = parse_expression("\\beta^{\\text{ridge}} (t + \\lambda)")[0]
    assert not isinstance(product, NamedApplied)
    assert isinstance(product, __import__("sympy").Mul)
    call = parse_expression("L^{\\text{Ridge}}(\\beta)")[0]
    assert isinstance(call, NamedApplied)
