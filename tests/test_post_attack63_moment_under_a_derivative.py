"""A moment with no value under a derivative by a letter (adversarial35, 09).

``\\frac{d}{d\\mu}(\\mu\\,E[X]) = E[X]`` after ``X \\sim \\mathcal{N}(\\mu, 1)`` was proved on
f70b355 "by linearity of expectation": the law was not read, so ``E[X]`` had no value and the
derivative took it for a constant of ``\\mu`` - which it is not, for the law makes it ``\\mu``
(the row is false: ``d/d\\mu\\, \\mu^2 = 2\\mu``). A moment the reader has no value for, under
a derivative by a letter, leaves the row unchecked, naming it; with the moment's value read
(the mean said in words) the row is compared as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _post(prose: str, row: str) -> str:
    return f"\n{prose} Then\n\n$${row}$$\n"


@pytest.mark.parametrize(
    "prose",
    ["Let $X \\sim \\mathcal{N}(\\mu, 1)$.", "Let $X$ be a random variable."],
    ids=["law-unread", "no-law"],
)
@pytest.mark.parametrize(
    "row",
    [
        "\\frac{d}{d\\mu}\\left(\\mu\\,\\mathbb{E}[X]\\right) = \\mathbb{E}[X]",
        "\\frac{d}{d\\mu}\\mathbb{E}[\\mu X] = \\mathbb{E}[X]",
    ],
    ids=["product", "inside"],
)
def test_a_moment_without_value_under_a_derivative_is_never_proved(tmp_path, prose, row):
    assert verdict_of_row(tmp_path, _post(prose, row), row) not in ("proved", "plausible")


def test_a_moment_with_its_value_said_is_compared(tmp_path):
    """The mean said in words gives E[X] = mu: the false row is refuted, the right one not."""
    prose = "Let $X$ be a random variable with mean $\\mu$ and variance $1$."
    wrong = "\\frac{d}{d\\mu}\\mathbb{E}[\\mu X] = \\mathbb{E}[X]"
    right = "\\frac{d}{d\\mu}\\mathbb{E}[\\mu X] = 2\\mu"
    assert verdict_of_row(tmp_path, _post(prose, wrong), wrong) == "refuted"
    assert verdict_of_row(tmp_path, _post(prose, right), right) == "proved"


def test_a_moment_outside_the_derivative_is_read_by_linearity(tmp_path):
    """E[2X + 1] = 2E[X] + 1: no derivative, linearity holds whatever E[X] is."""
    row = "\\mathbb{E}[2X + 1] = 2\\mathbb{E}[X] + 1"
    assert verdict_of_row(tmp_path, _post("Let $X$ be a random variable.", row), row) == "proved"
