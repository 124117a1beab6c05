"""Settings of the parameters stated in prose ("If $\\theta_1 = 0.1$ and $\\theta_2 = 0.2$:")
and the value of a function at each setting (held-out batch 16: the mkdocs bigram post line
61, repro15 line 23). A setting is a hypothesis: a second setting replaces the first and is
never refuted against it, and ``L(\\theta) = 0.5 \\times 0.8 = 0.4`` at the second setting is
not compared with the number the first setting gave. What each row claims is still checked:
a wrong product at a setting, or a wrong value of ``L`` there, is refuted; and a number given
to a name without a hypothesis is still its value."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of, verdict_of_row

POSTS = Path(__file__).resolve().parent / "posts" / "incoming"
REPRO = POSTS / "repro15" / "likelihood-at-two-parameter-settings-second-refuted.md"
BIGRAM = POSTS / "external16" / "mkdocs-bigram-markov-chain-mle-lagrange-unicode.md"

_SETTINGS = (
    "Let\n\n$$L(\\theta) = \\theta_1 \\theta_2$$\n\n"
    "If $\\theta_1 = 0.1$ and $\\theta_2 = 0.2$:\n\n$$FIRST$$\n\n"
    "If $\\theta_1 = 0.5$ and $\\theta_2 = 0.8$:\n\n$$SECOND$$\n"
)
_FIRST = "L(\\theta) = 0.1 \\times 0.2 = 0.02"


def _post(first: str = _FIRST, second: str = "L(\\theta) = 0.5 \\times 0.8 = 0.4") -> str:
    return _SETTINGS.replace("FIRST", first).replace("SECOND", second)


@pytest.mark.parametrize("path, line", [(REPRO, 23), (BIGRAM, 61), (REPRO, 18), (BIGRAM, 56)])
def test_the_values_at_two_settings_are_not_refuted(path, line):
    assert rows_of(path)[line].verdict != "refuted"


@pytest.mark.parametrize(
    "line, old, new",
    [
        (23, "0.5 \\times 0.8 \\times 0.5 = 0.2", "0.5 \\times 0.8 \\times 0.5 = 0.3"),
        (18, "0.1 \\times 0.2 \\times 0.5 = 0.01", "0.1 \\times 0.2 \\times 0.5 = 0.02"),
    ],
)
def test_a_wrong_product_at_a_setting_is_refuted(tmp_path, line, old, new):
    assert rows_of(edited_copy(tmp_path, REPRO, old, new))[line].verdict == "refuted"


def test_the_second_setting_is_not_refuted_against_the_first(tmp_path):
    body = _post()
    assert verdict_of_row(tmp_path, body, "\\theta_2 = 0.8") != "refuted"
    assert verdict_of_row(tmp_path, body, "L(\\theta) = 0.5 \\times 0.8 = 0.4") == "proved"


def test_the_value_at_the_first_setting_is_checked(tmp_path):
    wrong = "L(\\theta) = 0.1 \\times 0.2 = 0.03"
    assert verdict_of_row(tmp_path, _post(first=wrong), wrong) == "refuted"
    wrong = "L(\\theta) = 0.03"  # the function's value at the setting is 0.02
    assert verdict_of_row(tmp_path, _post(first=wrong), wrong) == "refuted"


def test_the_value_at_the_second_setting_is_checked_against_that_setting(tmp_path):
    wrong = "L(\\theta) = 0.02"  # the first setting's number, at the second
    assert verdict_of_row(tmp_path, _post(second=wrong), wrong) == "refuted"
    wrong = "L(\\theta) = 0.5 \\times 0.8 = 0.3"
    assert verdict_of_row(tmp_path, _post(second=wrong), wrong) == "refuted"


def test_a_number_without_a_hypothesis_is_still_the_value(tmp_path):
    body = "Let\n\n$$c = 2$$\n\nThen $c = 3$ and $d = 1$.\n"
    assert verdict_of_row(tmp_path, body, "c = 3") == "refuted"
    body = "Let\n\n$$c = 2$$\n\nIf $c = 3$ and $d = 1$:\n"
    assert verdict_of_row(tmp_path, body, "c = 3") != "refuted"
    body = "We have\n\n$$L(\\theta) = 0.02$$\n\nso\n\n$$L(\\theta) = 0.5 \\times 0.8 = 0.4$$\n"
    assert verdict_of_row(tmp_path, body, "L(\\theta) = 0.5 \\times 0.8 = 0.4") == "refuted"
