"""A lone ``|`` inside the bracket of an expectation or a variance is the condition bar:
``\\mathrm{E}[X | p]`` is ``\\mathrm{E}[X \\mid p]`` (the tower rule written with a plain bar),
as it already is inside ``p(x | \\theta)``. Two bars there still pair up as an absolute value
(``E[|X|]``); three leave it open which one conditions, and stay unparsed."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import PostSyntaxError


@pytest.mark.parametrize(
    "written",
    [
        r"\mathrm{E}[X | p]",
        r"\mathrm{E}[\mathrm{E}[X | p]]",
        r"E[z_{ij}|x_i, \theta]",
        r"\mathbb{E}\left[X \,|\, p\right]",
        r"\operatorname{Var}(X | p)",
    ],
)
def test_a_lone_bar_in_an_expectation_is_the_condition_bar(written):
    assert parse_expression(written) == parse_expression(written.replace("|", r"\mid "))


def test_two_bars_in_an_expectation_are_an_absolute_value():
    assert parse_expression(r"E[|X|]") == parse_expression(r"E[\lvert X \rvert]")


def test_three_bars_stay_unparsed():
    with pytest.raises((PostSyntaxError, ValueError)):
        parse_expression(r"E[|X| | p]")


LAW = r"Let $X|p \sim \mathrm{Bin}(m, p)$ with $p \sim \mathrm{Beta}(\alpha, \beta)$." + "\n\n"


def _verdicts(tmp_path: Path, row: str) -> tuple[str, str]:
    bar = verdict_of_row(tmp_path, LAW + f"$$ {row} $$\n", row)
    mid = row.replace("|", r"\mid ")
    return bar, verdict_of_row(tmp_path, LAW + f"$$ {mid} $$\n", mid)


def test_the_tower_rule_with_a_plain_bar_is_read_as_with_mid(tmp_path: Path):
    row = r"\mathrm{E}[X] = \mathrm{E}[\mathrm{E}[X | p]] = \mathrm{E}[mp]"
    bar, mid = _verdicts(tmp_path, row)
    assert bar == mid and bar != "unparsed"


def test_its_wrong_twin_is_not_proved(tmp_path: Path):
    row = r"\mathrm{E}[X] = \mathrm{E}[\mathrm{E}[X | p]] = \mathrm{E}[m + p]"
    bar, mid = _verdicts(tmp_path, row)
    assert bar == mid and bar != "proved"
