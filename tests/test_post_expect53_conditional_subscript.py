"""EXPECT53: ``E_{Z|X}[...]``, an expectation whose subscript names the variable and what
it is conditioned on, is read as ``E[... | X]``.

EM derivations write the conditional expectation of the complete log-likelihood with the
condition below the ``E`` (``E_{Z|X}[\\log P(X, Z | \\theta)]``); the reader took the bar
for an absolute value and left the rows unparsed ("a '|' without its partner"). As with
``E_{z \\sim q}`` (READ6), the variable before the bar is dropped and what follows it is
the expectation's condition, the second argument ``E[g | X]`` has.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def test_the_subscript_is_the_condition():
    below = parse_expression("\\mathbb{E}_{Z|X}[3 Z]")[0]
    inside = parse_expression("\\mathbb{E}[3 Z | X]")[0]
    other = parse_expression("\\mathbb{E}[3 Z | Y]")[0]
    assert below == inside and below != other
    assert parse_expression("E_{Z \\mid X}[3 Z]")[0] == inside


@pytest.mark.parametrize(
    "row",
    [
        "E_{Z|X}\\left[3 Z\\right] = 3 E_{Z|X}[Z]",
        "E_{Z|X}\\left[2 Z_1 + 3\\right] = 2 E_{Z|X}[Z_1] + 3",
    ],
)
def test_linearity_under_the_condition_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "E_{Z|X}\\left[3 Z\\right] = 2 E_{Z|X}[Z]",
        "E_{Z|X}\\left[Z^2\\right] = E_{Z|X}[Z]^2",
        "E_{Z|X}\\left[X Z\\right] = E_{Z|X}[Z]",
    ],
)
def test_the_wrong_twin_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) not in ("proved", "given")


def test_a_bar_with_more_than_a_variable_before_it_is_left_alone():
    # |Z + 1| X: no variable before the bar, so not read as a condition
    with pytest.raises(ValueError):
        parse_expression("E_{Z + 1|X}[3 Z]")


def test_a_law_with_its_own_bar_is_still_read_after_the_sim():
    # the bar inside p(x | theta) is the law's, not the subscript's condition
    drawn = parse_expression("\\mathbb{E}_{x \\sim p(x|\\theta)}[x^2]")[0]
    assert drawn == parse_expression("\\mathbb{E}_{p(x|\\theta)}[x^2]")[0]
