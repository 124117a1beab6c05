r"""``\left(\mathbb{E}[\hat\theta - \theta]\right)^2``: a power of a bracket that encloses the
whole expectation is the square of the mean (expect17).

The reader takes ``\mathbb{E}(a X + b)^2`` as ambiguous (authors write the mean of the square
so too) and gives such a line no value, so the bias-variance decomposition
``E[(\hat\theta - \theta)^2] = Var(\hat\theta - \theta) + (E[\hat\theta - \theta])^2`` was
"E, Var(...) has no value". Where the text puts the power on a bracket around the
expectation, and on no expectation's own bracket, there is one reading.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

LEFT = r"\mathbb{E}[(\hat\theta - \theta)^2]"


@pytest.mark.parametrize(
    "bracket",
    [
        r"\left(\mathbb{E}[\hat\theta - \theta]\right)^2",
        r"\big(\mathbb{E}[\hat\theta - \theta]\big)^2",
        r"(\mathbb{E}[\hat\theta - \theta])^2",
    ],
)
def test_the_bias_variance_decomposition_is_proved(tmp_path, bracket):
    right = rf"{LEFT} = \mathrm{{Var}}(\hat\theta - \theta) + {bracket}"
    assert display_rows(tmp_path, right)[5].verdict == "proved"
    for wrong in (
        rf"{LEFT} = \mathrm{{Var}}(\hat\theta - \theta) - {bracket}",  # a sign
        rf"{LEFT} = \mathrm{{Var}}(\hat\theta) + 2{bracket}",  # a factor
        rf"{LEFT} = {bracket}",  # the variance dropped
    ):
        assert display_rows(tmp_path, wrong)[5].verdict not in ("proved", "refuted"), wrong


@pytest.mark.parametrize(
    "row",
    [
        # the power on the expectation's own bracket: the mean of the square may be meant
        r"\mathbb{E}(X - \mu)^2 = \mathbb{E}(X)^2 - 2\mu \mathbb{E}(X) + \mu^2",
        r"\mathbb{E}[X - \mu]^2 = (\mathbb{E}[X])^2 - 2\mu \mathbb{E}[X] + \mu^2",
    ],
)
def test_a_power_on_the_expectations_own_bracket_stays_open(tmp_path, row):
    assert display_rows(tmp_path, row)[5].verdict not in ("proved", "refuted")


def test_under_a_law_the_wrong_square_is_not_proved(tmp_path):
    law = r"X \sim \mathrm{Poisson}(\lambda)"
    right = r"\left(\mathbb{E}[2X + 1]\right)^2 = 4\lambda^2 + 4\lambda + 1"
    wrong = r"\left(\mathbb{E}[2X + 1]\right)^2 = 4\lambda^2 + 8\lambda + 1"  # E[(2X+1)^2]
    assert display_rows(tmp_path, law, right)[7].verdict == "proved"
    assert display_rows(tmp_path, law, wrong)[7].verdict != "proved"


def test_an_ambiguous_power_anywhere_in_the_post_keeps_every_one_open(tmp_path):
    """V = E(X - mu)^2 on one row (the mean of the square, maybe), then a row in V with an
    outer bracket: V's value is put in that line, so the whole post must be unambiguous."""
    define = r"V = \mathbb{E}(X - \mu)^2"
    row = r"V = \left(\mathbb{E}[X]\right)^2 - 2\mu\mathbb{E}[X] + \mu^2"
    assert display_rows(tmp_path, define, row)[7].verdict not in ("proved", "refuted")
