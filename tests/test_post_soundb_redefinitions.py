"""Adversarial set 14, pairs 50, 53, 56, 58: a function given a second, different value after
neutral words ("In the second model", "We now work with", a heading, "replace $g$ by its
square") was read as a restatement of the first (and refuted), and the row after it was then
proved from one of the two values. Without words that say which, a name's second value makes
it ambiguous: the redefinition is not refuted, and no later row is proved or refuted from
either value alone (``_rewrites``: ``._redefined.ambiguous_value``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (post with ROW, wrong row, right row)
PAIRS = [
    (
        "For the first family\n\n$$h(t) = e^{-t}$$\n\nFor the alternative\n\n"
        "$$h(t) = e^{-2t}$$\n\nwhose derivative is\n\n$$ROW$$\n",
        "h'(t) = -e^{-t}",
        "h'(t) = -2e^{-2t}",
    ),
    (
        "Start from\n\n$$q(z) = z^2 + 1$$\n\nThe version we use below is\n\n$$q(z) = z^2 + 4$$\n\n"
        "Evaluated at two,\n\n$$ROW$$\n",
        "q(2) = 5",
        "q(2) = 8",
    ),
    (
        "Take\n\n$$k(u) = u^3$$\n\nso\n\n$$\\log k(u) = 3 \\log u$$\n\n## Part two\n\n"
        "$$k(u) = u^5$$\n\nIts log is\n\n$$ROW$$\n",
        "\\log k(u) = 3 \\log u",
        "\\log k(u) = 5 \\log u",
    ),
    (
        "Let\n\n$$m(s) = s + 1$$\n\nFrom now on $m(s)$ stands for $s + 2$ instead. "
        "Then\n\n$$ROW$$\n",
        "m(1) = 2",
        "m(1) = 3",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_row_after_a_second_value_is_not_proved_from_the_other(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_row_after_a_second_value_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_the_second_value_itself_is_not_refuted(tmp_path):
    post = PAIRS[0][0].replace("ROW", PAIRS[0][2])
    assert verdict_of_row(tmp_path, post, "h(t) = e^{-2t}") != "refuted"


def test_a_restatement_in_a_chain_is_still_checked(tmp_path):
    """A wrong first link of a chain that goes on (``f(x) = wrong = ...``) is a slip in the
    derivation, not a second value: still refuted."""
    post = "Let\n\n$$f(x) = x^2 + 2x$$\n\nThen\n\n$$f(x) = x(x + 3) = x^2 + 3x$$\n"
    assert verdict_of_row(tmp_path, post, "f(x) = x(x + 3) = x^2 + 3x") == "refuted"
