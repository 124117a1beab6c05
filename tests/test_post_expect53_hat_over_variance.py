"""EXPECT53: ``\\hat{\\sigma^2}``, the accent over the variance's square, is read as
``\\hat\\sigma^2`` is - the estimate of the variance (``hat_sigma2``).

The reader names ``\\sigma^2`` by a symbol of its own and reads ``\\hat\\sigma^2`` as the
estimate of it; the same estimate written with the square under the accent ("The MLE of
$\\sigma^2$ is $\\hat{\\sigma^2} = \\frac 1n\\sum_{i=1}^n (X_i - \\bar X)^2$") was unparsed
("is over more than one name"). Only the variance's letter with a square under the accent
is read so; any other name with more under its accent stays unparsed.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


def test_the_square_under_the_accent_is_the_variance_estimate():
    under = parse_expression("\\hat{\\sigma^2}")[0]
    assert under == parse_expression("\\hat\\sigma^2")[0]
    assert under == parse_expression("\\hat{\\sigma^{2}}")[0]
    assert under != parse_expression("\\hat\\sigma")[0]


@pytest.mark.parametrize("latex", ["\\hat{x^2}", "\\hat{\\sigma^3}", "\\hat{\\sigma x}"])
def test_other_accents_over_more_than_a_name_stay_unread(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)


def test_a_row_with_it_is_read_as_the_row_with_the_square_outside(tmp_path):
    from tests._post_rows import verdict_of_row

    body = "Let $\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"
    for tail, ok in (("- \\bar X^2", True), ("+ \\bar X^2", False)):
        rows = [
            f"{name} = \\frac{{1}}{{n}}\\sum_{{i=1}}^n X_i^2 {tail}"
            for name in ("\\hat{\\sigma^2}", "\\hat\\sigma^2")
        ]
        under, outside = (verdict_of_row(tmp_path, body + f"$$ {r} $$\n", r) for r in rows)
        assert under == outside != "unparsed"
        assert ok or under not in ("proved", "given")
