"""Adversarial set 15, pairs 68-72 and 77: a setting ("If $n = 2$") released in words the
reader does not list ("Dropping the assumption $n = 2$", "let $b$ take any real value",
"$n$ of any size", "whatever $m$ is", "($n$ not fixed)") stayed in force, and a row true
only at the setting was proved. The rule fails safe on words it does not know: prose before
a row that names a letter of a setting again, neither restating the setting ("with $n = 2$")
nor in words ``_released`` reads, puts the setting in doubt (``_setting_doubt``): the letter is
general for the rows after it, and a row that fails only because of that is unchecked, never
refuted. A value said with "Let" ("Let $n = 2$ and let $c$ ...") is a setting."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_SUM = "If $k = 4$, then\n\n$$\\sum_{j=1}^{k} 2 = 8$$\n\nLEAD\n\n$$ROW$$\n"
_EXP = "With $t = 3$,\n\n$$t^2 + t = 12$$\n\nLEAD\n\n$$ROW$$\n"

#: (post, wrong row, right row): words no list of the reader names.
DOUBTS = [
    (
        _SUM.replace("LEAD", "Now forget that $k = 4$:"),
        "\\sum_{j=1}^{k} 2 = 8",
        "\\sum_{j=1}^{k} 2 = 2k",
    ),
    (
        _SUM.replace("LEAD", "Next we let $k$ vary freely:"),
        "\\sum_{j=1}^{k} 2 = 8",
        "\\sum_{j=1}^{k} 2 = 2k",
    ),
    (
        _SUM.replace("LEAD", "The same holds for $k$ of every size:"),
        "\\sum_{j=1}^{k} 2 = 8",
        "\\sum_{j=1}^{k} 2 = 2k",
    ),
    (_EXP.replace("LEAD", "No matter what $t$ equals,"), "t^2 + t = 12", "t^2 + t = t(t + 1)"),
    (
        _EXP.replace("LEAD", "Removing the restriction on $t$,"),
        "t^2 + t = 12",
        "t^2 + t = t(t + 1)",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), DOUBTS)
def test_a_setting_in_doubt_proves_nothing_only_true_at_it(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), DOUBTS)
def test_the_general_row_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_row_at_the_setting_after_a_mention_is_not_refuted(tmp_path):
    """The letter named again without a release ("with $k$ still four"): the row true at
    the setting is not refuted (it may be meant there), a wrong one not proved."""
    post = _SUM.replace("LEAD", "Keeping $k$ as it is,")
    right = "\\sum_{j=1}^{k} 3 = 12"
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"
    wrong = "\\sum_{j=1}^{k} 3 = 13"
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


def test_a_setting_restated_keeps_proving(tmp_path):
    """A setting stated again with its own words ("with $k = 4$") is no doubt."""
    post = _SUM.replace("LEAD", "Again with $k = 4$,")
    assert (
        verdict_of_row(
            tmp_path, post.replace("ROW", "\\sum_{j=1}^{k} 5 = 20"), "\\sum_{j=1}^{k} 5 = 20"
        )
        == "proved"
    )


@pytest.mark.parametrize(
    ("lead", "wrong", "right"),
    [
        (
            "Let $m = 3$ and let $a$ be any real number. Then",
            "\\sum_{j=1}^{m} a = 4a",
            "\\sum_{j=1}^{m} a = 3a",
        ),
        (
            "Let $m = 3$ and take $a$ real. Then",
            "\\sum_{j=1}^{m} a^2 = 2a^2",
            "\\sum_{j=1}^{m} a^2 = 3a^2",
        ),
    ],
)
def test_a_value_said_with_let_is_a_setting(tmp_path, lead, wrong, right):
    post = f"{lead}\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"
