"""Adversarial set 13, pairs 03/05/13: a setting ("If $n = 2$") was never released, so a
row the prose makes general again ("For any integer $n \\ge 1$") was proved at the
setting. Prose that makes a letter general ends its setting (``_released``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_SUM = "If $n = 2$,\n\n$$\\sum_{i=1}^n x_i = x_1 + x_2$$\n\nLEAD\n\n$$ROW$$\n"
_TWO = "If $a = 1$ and $b = 2$:\n\n$$a + b = 3$$\n\nLEAD\n\n$$ROW$$\n"

RELEASES = [
    (
        _SUM.replace("LEAD", "For any integer $n \\ge 1$,"),
        "\\sum_{i=1}^n 2 = 4",
        "\\sum_{i=1}^n 2 = 2n",
    ),
    (
        _SUM.replace("LEAD", "Now let $n$ be arbitrary:"),
        "\\sum_{i=1}^n 3 = 6",
        "\\sum_{i=1}^n 3 = 3n",
    ),
    (
        _TWO.replace("LEAD", "Now keep $a = 1$ but let $b$ be any real number:"),
        "a b = 2",
        "a b = b",
    ),
    (_TWO.replace("LEAD", "For all real $b$,"), "a + b = 3", "a + b = 1 + b"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), RELEASES)
def test_a_released_setting_proves_nothing(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), RELEASES)
def test_the_general_row_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_setting_stated_again_is_still_a_setting(tmp_path):
    """Prose that restates a value ("keep $a = 1$") releases nothing: a row at the setting
    that is wrong there is still not proved, and one that is right is not refuted."""
    post = _TWO.replace("LEAD", "Still with $a = 1$ and $b = 2$ for every case below:")
    assert verdict_of_row(tmp_path, post.replace("ROW", "a b = 3"), "a b = 3") != "proved"
    assert verdict_of_row(tmp_path, post.replace("ROW", "a b = 2"), "a b = 2") != "refuted"


def test_words_far_from_the_letter_release_nothing(tmp_path):
    """'any' in a sentence about something else leaves the setting in force: the row is
    checked at it (a wrong number is not proved)."""
    post = _SUM.replace("LEAD", "Any reader can check that with $n$ as above,")
    assert (
        verdict_of_row(tmp_path, post.replace("ROW", "\\sum_{i=1}^n 2 = 5"), "\\sum_{i=1}^n 2 = 5")
        != "proved"
    )
