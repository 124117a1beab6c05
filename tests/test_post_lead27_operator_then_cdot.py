"""``\\frac{d}{dx} x^2 \\cdot x``: the derivative of ``x^2`` times ``x``, or the derivative of the
product? The reader took the first (the operator ends at ``\\cdot``), so the product rule
written out for ``\\frac{d}{d\\theta} \\theta^x \\cdot (1-\\theta)^{n-x}`` - a likelihood's
derivative - was refuted. Both readings are now checked, as for the reader's other doubts: a
row is proved only if it holds under both, and never refuted. A factor without the variable gives
the two readings one value, so nothing changes there (``3 \\frac{d}{dx} 2 \\cdot x^3``'s
``x^3`` has the variable; ``\\frac{d}{dx} x^2 \\cdot 5`` has not)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{d}{dx} x^2 \cdot x = 3x^2",
        r"\frac{d}{d\theta} \theta^2 \cdot (1-\theta)^3 = 2\theta(1-\theta)^3 - 3\theta^2(1-\theta)^2",
    ],
)
def test_the_product_reading_is_never_refuted(tmp_path, row):
    verdict = display_rows(tmp_path, row)[5]
    assert verdict.verdict != "refuted", verdict.reason
    assert "both readings" in verdict.reason, verdict.reason


@pytest.mark.parametrize(
    "row",
    [r"\frac{d}{dx} x^2 \cdot x = 2x^2", r"\frac{d}{dx} x^2 \cdot x = 3x^2"],
)
def test_neither_reading_is_proved_alone(tmp_path, row):
    assert display_rows(tmp_path, row)[5].verdict != "proved"


def test_a_row_false_under_both_readings_is_not_proved(tmp_path):
    row = display_rows(tmp_path, r"\frac{d}{dx} x^2 \cdot x = 7x")[5]
    assert row.verdict == "unchecked" and "both readings" in row.reason, row.reason


def test_a_factor_without_the_variable_leaves_one_reading(tmp_path):
    row = display_rows(tmp_path, r"\frac{d}{dx} x^2 \cdot 5 = 10x")[5]
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "row", [r"\frac{d}{dx} x^2 / x = 1", r"\frac{d}{d\theta} \theta^3 / \theta = 2\theta"]
)
def test_a_slash_after_the_operator_is_read_both_ways(tmp_path, row):
    verdict = display_rows(tmp_path, row)[5]
    assert verdict.verdict != "refuted", verdict.reason
    assert "both readings" in verdict.reason, verdict.reason


def test_a_slash_by_a_constant_keeps_one_reading(tmp_path):
    row = display_rows(tmp_path, r"\frac{d}{dx} x^2 / 2 = x")[5]
    assert row.verdict == "proved", row.reason
