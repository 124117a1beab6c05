"""Adversarial set 15, pairs 17, 18, 19, 57: a chain of event probabilities whose first
link is false.

``P(X \\le 1) = P(X = 1) = \\lambda e^{-\\lambda}`` of ``X \\sim Poisson(\\lambda)``: the
first side was taken as a name the row defines ("defines P"), so only the later links
(point probabilities of the declared law) were weighed, and the row was proved. The
probability of an event of a variable whose law the post declares is no new name: each
link of the chain must hold, so the first link is weighed or the row is not proved.

Pairs of our own (other laws, other events): the wrong twin must not be proved, the
correct twin must not be refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_BINOMIAL = "Let $Y \\sim \\text{Binomial}(4, p)$ with $0 < p < 1$. Then\n\n$$ROW$$\n"
_POISSON = "Let $N \\sim \\text{Poisson}(\\mu)$, $\\mu > 0$. Then\n\n$$ROW$$\n"

PAIRS = [
    (
        _BINOMIAL,
        "P(Y \\le 1) = P(Y = 1) = 4p(1-p)^3",
        "P(Y \\le 1) = P(Y = 0) + P(Y = 1) = (1-p)^4 + 4p(1-p)^3",
    ),
    (
        _POISSON,
        "P(N \\ge 2) = 1 - P(N = 1) = 1 - \\mu e^{-\\mu}",
        "P(N \\ge 2) = 1 - P(N = 0) - P(N = 1) = 1 - e^{-\\mu} - \\mu e^{-\\mu}",
    ),
    (
        _POISSON,
        "P(N < 3) = P(N = 0) + P(N = 1) + P(N = 2) + P(N = 3) = "
        "e^{-\\mu}\\left(1 + \\mu + \\frac{\\mu^2}{2} + \\frac{\\mu^3}{6}\\right)",
        "P(N < 3) = P(N = 0) + P(N = 1) + P(N = 2) = "
        "e^{-\\mu}\\left(1 + \\mu + \\frac{\\mu^2}{2}\\right)",
    ),
    (
        _BINOMIAL,
        "P(Y > 3) = 1 - P(Y = 0) = 1 - (1-p)^4",
        "P(Y > 3) = P(Y = 4) = p^4",
    ),
    (
        _POISSON,
        "P(N \\le 0) = P(N = 0) = 0",
        "P(N \\le 0) = P(N = 0) = e^{-\\mu}",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_chain_with_a_false_first_link_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_correct_chain_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_probability_set_to_zero_is_a_claim(tmp_path):
    """``P(N = 0) = 0`` is no first-order condition: the law gives it a value."""
    row = "P(N = 0) = 0"
    assert verdict_of_row(tmp_path, _POISSON.replace("ROW", row), row) == "refuted"


def test_a_false_last_link_is_still_refuted(tmp_path):
    row = "P(N \\ge 1) = 1 - P(N = 0) = 1 - \\mu e^{-\\mu}"
    assert verdict_of_row(tmp_path, _POISSON.replace("ROW", row), row) == "refuted"
