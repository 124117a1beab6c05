"""EXPECT53: a display that opens with an expression alone (``&E[...] \\\\ &= ...``) starts a
chain of its own, even when the display above ended in an equation.

"We have $\\bar{X_n} = \\frac{1}{n} \\sum_i X_i$ ... first consider a term:" and then
``&\\mathbb{E}[\\frac{1}{n}(\\sum_i X_i)(\\sum_i X_i)] \\\\ &= \\frac{1}{n}\\mathbb{E}[...]``: the
second row was compared with the equation above (the first row, bare, was set aside as
continuing nothing), so a correct expansion was unchecked. The bare first row of a display
is the line the rows after it continue; it claims nothing itself.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_POST = (
    "We have $n$ $X_i$ random variables that are identically distributed and independent, "
    "with common mean $\\mathbb{{E}}[X_i] = \\mu_X$.\n\n"
    "$$\n\\bar{{X_n}} = \\frac{{1}}{{n}} \\sum_{{i=1}}^n X_i\n$$\n\n"
    "is an estimator of the mean. First consider the term\n\n"
    "$$\n\\begin{{aligned}}\n"
    "&\\mathbb{{E}}\\left[\\left(\\sum_{{i=1}}^n X_i\\right)^2\\right]\\\\\n"
    "&= {row}\n"
    "\\end{{aligned}}\n$$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2 + \\sum_{i=1}^n\\sum_{j\\ne i}^n X_i X_j\\right]",
        "\\mathbb{E}\\left[\\sum_{i=1}^n \\sum_{j=1}^n X_i X_j\\right]",
    ],
)
def test_the_row_after_the_bare_head_is_compared_with_it(tmp_path, row):
    assert verdict_of_row(tmp_path, _POST.format(row=row), row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right]",  # the cross terms dropped
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2 + 2\\sum_{i=1}^n\\sum_{j\\ne i}^n X_i X_j\\right]",
    ],
)
def test_a_wrong_expansion_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _POST.format(row=row), row) not in ("proved", "given")
