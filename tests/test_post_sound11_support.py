"""A mass function whose support the sentence lists by its values ("for $k = 1, 2,
\\dots$", "for $j = 0, 1, \\ldots, n$") is 0 off it: dropping the list evaluated the formula at
a point outside (``p(0) = \\theta/(1 - \\theta)`` of a geometric mass from 1 was proved,
adversarial set 11, pair 87)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_GEOM = (
    "The pmf is $q(j) = (1 - r)^{j - 1} r$ for $j = 1, 2, \\dots$, with $0 < r < 1$.\n\n$$ROW$$\n"
)
_BINOM = "The pmf is $g(j) = \\binom{3}{j} / 8$ for $j = 0, 1, \\ldots, 3$.\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (_GEOM, "q(0) = \\frac{r}{1 - r}"),
        (_GEOM, "q(-1) = \\frac{r}{(1 - r)^2}"),
        (_BINOM, "g(4) = 0.125"),
    ],
)
def test_off_a_listed_support_the_formula_proves_nothing(tmp_path, body, wrong):
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(
    ("body", "right", "wrong"),
    [
        (_GEOM, "q(2) = (1 - r) r", "q(2) = (1 - r)^2 r"),
        (_BINOM, "g(1) = \\frac{3}{8}", "g(1) = \\frac{1}{8}"),
    ],
)
def test_on_a_listed_support_the_formula_is_checked(tmp_path, body, right, wrong):
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) == "refuted"
