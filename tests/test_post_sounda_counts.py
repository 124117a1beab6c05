"""Adversarial set 15, pairs 43, 44, 47, and set 14's 130: counts said in words.

- A count said for a worked example (``$n = 4$ measurements``) under its own heading does
  not hold under another heading ("the general case", "for a sample of arbitrary size"):
  there the letter is free, and a row that holds only at the example's count is not
  proved (nor is a correct general row refuted).
- A count said for another letter than ``n`` (``$k = 4$ measurements``) is that letter's.
- Two numbers said for one letter (``$n = 2$`` then ``$n = 3$``): the reader cannot tell
  which one a row means, so a row true only at one of them is not refuted.

Pairs of our own: the wrong twin must not be proved, the correct twin must not be refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._said_counts import counts_said

_EXAMPLE_THEN_GENERAL = (
    "## Worked example\n\nSuppose we have $n = 4$ measurements $y_1, y_2, y_3, y_4$.\n\n"
    "## The general case\n\nFor a sample of arbitrary size,\n\n$$ROW$$\n"
)
_OTHER_LETTER = (
    "The first site gave $n = 2$ measurements $x_1, x_2$ and the second site gave $k = 4$ "
    "measurements $z_1, \\ldots, z_4$.\n\nThe total of the second site is\n\n$$ROW$$\n"
)
_TWO_NUMBERS = (
    "Start with $n = 2$ observations $x_1, x_2$. After a third observation $x_3$ is added, "
    "the sample has $n = 3$ observations, and\n\n$$ROW$$\n"
)

PAIRS = [
    (_EXAMPLE_THEN_GENERAL, "\\sum_{i=1}^{n} 3 = 12", "\\sum_{i=1}^{n} 3 = 3n"),
    (
        _EXAMPLE_THEN_GENERAL,
        "\\frac{1}{n}\\sum_{i=1}^{n} y_i = \\frac{y_1 + y_2 + y_3 + y_4}{4}",
        "\\frac{1}{n}\\sum_{i=1}^{n} y_i = \\frac{1}{n}\\sum_{j=1}^{n} y_j",
    ),
    (
        _OTHER_LETTER,
        "\\sum_{j=1}^{k} z_j = z_1 + z_2 + z_3",
        "\\sum_{j=1}^{k} z_j = z_1 + z_2 + z_3 + z_4",
    ),
    (
        _TWO_NUMBERS,
        "\\sum_{i=1}^{n} x_i = x_1 + x_2 + x_3 + x_4",
        "\\sum_{i=1}^{n} x_i = x_1 + x_2 + x_3",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_row_true_only_at_another_count_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_row_at_the_count_meant_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_the_count_still_holds_in_its_own_section(tmp_path):
    post = _EXAMPLE_THEN_GENERAL.split("## The general")[0] + "$$ROW$$\n"
    right = "\\sum_{i=1}^{n} 3 = 12"
    wrong = "\\sum_{i=1}^{n} 3 = 9"
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) == "refuted"


def test_the_counts_said():
    said = counts_said("## A\n\nWe have $n = 3$ observations.\n\n## B\n\nand $m = 5$ draws")
    assert said == {"n": [(3, "A")], "m": [(5, "B")]}
    assert counts_said("no count here") == {}
