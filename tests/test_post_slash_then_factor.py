"""``a/b c`` - a slash, then a factor written against the divisor - is read ``(a/b) c`` but is
written for ``a/(b c)`` just as often (``-1/2\\sigma^2 \\sum_i (x_i - \\mu)^2`` for
``-\\frac{1}{2\\sigma^2} \\sum_i \\ldots``): a link that fails under the first reading is no
refutation, and one that holds under it is proved only if it holds read the other way too.

Probe of posts30 (2026-12-05, evening), written before the fix: ``\\frac{1}{2y} = 1/2y``,
``\\frac{a}{bc} = a/bc`` and the normal log-likelihood's ``-1/2\\sigma^2 \\sum ...`` after
``-\\frac{1}{2\\sigma^2} \\sum ...`` were all refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    "row",
    [
        "\\frac{1}{2y} = 1/2y",
        "\\frac{a}{bc} = a/bc",
        "-\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i-\\mu)^2"
        " = -1/2\\sigma^2 \\sum_{i=1}^n (x_i-\\mu)^2",
    ],
)
def test_a_slash_before_a_written_product_is_no_refutation(tmp_path, row):
    assert display_rows(tmp_path, row)[5].verdict not in ("refuted", "proved")


@pytest.mark.parametrize(
    "row",
    [
        # (1/2) y, the reading the parser takes; read 1/(2y) it is false (test_post_other_reading:
        # a link that holds only as read was proved until 2026-12-05, late night)
        "\\frac{y}{2} = 1/2y",
        "\\frac{a c}{b} = a/b c",
    ],
)
def test_a_link_that_holds_only_as_read_is_not_proved(tmp_path, row):
    result = display_rows(tmp_path, row)[5]
    assert result.verdict == "unchecked" and "read the other way" in result.reason


def test_a_slash_before_a_sum_has_one_reading_and_is_proved(tmp_path):
    row = "\\frac{1}{n}\\sum_{i=1}^n x_i = 1/n \\sum_{i=1}^n x_i"
    assert display_rows(tmp_path, row)[5].verdict == "proved"


def test_a_bracketed_quotient_is_read_as_written(tmp_path):
    assert display_rows(tmp_path, "\\frac{1}{2} y = (1/2) y^2")[5].verdict == "refuted"


def test_a_link_false_under_both_readings_is_not_proved(tmp_path):
    # 3/(2y) is neither (1/2) y nor 1/(2y); the doubt leaves it unchecked, never proved
    assert display_rows(tmp_path, "\\frac{3}{2y} = 1/2y")[5].verdict != "proved"
