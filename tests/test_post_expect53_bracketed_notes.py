"""EXPECT53: words in parentheses after a row's math (``\\quad (\\text{by independence})``)
annotate the row, as the words alone do.

``\\text{...}`` boxes after the math of a row are blanked (see ``_extract``), but a box set
in parentheses left the parentheses behind: ``\\frac{1}{n^2} \\sum_i \\mathrm{Var}[X_i]
\\quad (\\text{ i.i.d assumption})`` was unparsed ("unexpected ')'"). Parentheses that
held nothing but the blanked words are blanked with them; parentheses around math stay.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_IID = (
    "Let $X_1, \\dots, X_n$ be i.i.d. random variables with mean $\\mu$ and variance "
    "$\\sigma^2$, and $\\bar X = \\frac{1}{n} \\sum_{i=1}^n X_i$.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(\\text{ i.i.d assumption})",
        "(\\text{by independence})",
        "\\left(\\text{by independence}\\right)",
        "( \\text{by the i.i.d. assumption} )",
    ],
)
def test_a_note_in_parentheses_is_no_part_of_the_row(tmp_path, note):
    good = f"\\operatorname{{Var}}(\\bar X) = \\frac{{\\sigma^2}}{{n}} \\quad {note}"
    assert verdict_of_row(tmp_path, _IID + f"$$ {good} $$\n", good) == "proved"
    wrong = f"\\operatorname{{Var}}(\\bar X) = \\frac{{\\sigma}}{{n}} \\quad {note}"
    assert verdict_of_row(tmp_path, _IID + f"$$ {wrong} $$\n", wrong) not in ("proved", "given")


def test_a_wrong_sum_with_a_note_is_refuted(tmp_path):
    row = "x + x = 3x \\qquad (\\text{by collecting terms})"
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) == "refuted"


def test_parentheses_around_math_and_words_are_kept(tmp_path):
    # the bracket holds a term as well as words: not a note, so not dropped
    row = "y = 2 + (x \\text{ times two})"
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        "1 - p = P(\\text{at least one tail})",
        "q = 1 - P(\\text{no heads})",
    ],
)
def test_a_call_on_words_is_not_a_note(tmp_path, row):
    # P(words) is the probability of an event said in words: the bracket is the call's,
    # so it is not blanked (P alone would be a name, the same for every event)
    body = "Let $p = 0.5$.\n\n" + f"$$ {row} $$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("given", "proved")


def test_two_events_in_words_are_not_one_name(tmp_path):
    body = "$$ P(\\text{one head}) = 0.5 $$\n\n$$ P(\\text{two heads}) = 0.5 $$\n"
    assert verdict_of_row(tmp_path, body, "two heads") not in ("proved", "given")
