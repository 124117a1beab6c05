"""Words in a text box followed by math with no relation (``\\text{for all } x``,
``\\text{ is the estimate of } \\theta``) state no condition. The box became a ``\\quad`` (or
was blanked) and the math after it was multiplied into the row's last term (``x^2 + 2x + 1
\\quad x`` read as ``x^2 + 2x + 1 x``): a correct row was refuted, and a wrong row
``(x+1)^2 = x^2 + 2x - 1 \\quad \\text{for every } i`` proved up to a constant.

A quantifier over names (``for all x``, ``for each i``, ``for every x, y``) says the row holds
for every value of those names, which is how the reader reads a row's letters: the words and
the names are left out. Other words before math with no relation leave the row unread."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ROW = "\n\\begin{aligned}\ng(x) &= (x+1)^2 \\\\\n&= x^2 + 2x RIGHT & BOX\n\\end{aligned}\n"


def _verdicts(tmp_path, box):
    right = display_rows(tmp_path, ROW.replace("RIGHT", "+ 1").replace("BOX", box))[8]
    wrong = display_rows(tmp_path, ROW.replace("RIGHT", "- 1").replace("BOX", box))[8]
    return right, wrong


@pytest.mark.parametrize(
    "box",
    [
        r"\text{if the } n",
        r"\text{ is the estimate of } x",
        r"\quad \text{where the } y",
        r"\text{for all } x + 1",  # more than names after the quantifier
    ],
)
def test_words_before_math_without_a_relation_leave_the_row_unread(tmp_path, box):
    right, wrong = _verdicts(tmp_path, box)
    assert right.verdict == "unparsed" and "no relation" in right.reason, right.reason
    assert wrong.verdict == "unparsed", wrong.reason


@pytest.mark.parametrize(
    "box",
    [
        r"\text{for all } x",
        r"\text{ for all } x.",
        r"\quad \text{for every } i",
        r"\text{for each } x, y",
        r"\text{for any } \theta",
    ],
)
def test_a_quantifier_over_names_reads_the_row_for_every_value(tmp_path, box):
    right, wrong = _verdicts(tmp_path, box)
    assert right.verdict == "proved", right.reason
    assert wrong.verdict == "refuted", wrong.reason


@pytest.mark.parametrize(
    "box",
    [r"\text{if } x > 0", r"\text{for all } x \in \mathbb{R}", r"\text{ (Bayes) } "],
)
def test_a_condition_with_a_relation_or_a_note_is_read_as_before(tmp_path, box):
    right, _ = _verdicts(tmp_path, box)
    assert right.verdict != "unparsed" or "no relation" not in right.reason, right.reason


def test_a_word_alone_in_a_box_before_a_letter_is_never_refuted(tmp_path):
    # one word alone in a box (\text{for }) is read as a name the post never gave a value
    for box in (r"\text{for } x", r"\text{if } n", r"\text{when } y"):
        right, wrong = _verdicts(tmp_path, box)
        assert right.verdict != "refuted" and wrong.verdict != "proved", (box, right.reason)


@pytest.mark.parametrize(
    "box", [r"\quad \text{by expanding} \quad (3)", r"\qquad \text{(the square)} \; (*)"]
)
def test_a_hand_written_tag_after_a_note_is_no_math_after_it(tmp_path, box):
    right, wrong = _verdicts(tmp_path, box)
    assert right.verdict == "proved", right.reason
    assert wrong.verdict == "refuted", wrong.reason


@pytest.mark.parametrize(
    "box", [r"\text{for all } n \text{ even}", r"\text{ for each } n \text{ that is even}"]
)
def test_words_after_the_quantified_names_keep_the_row_from_being_refuted(tmp_path, box):
    # (-1)^n = 1 holds for even n only: "for all n" left out alone would claim it for all n
    rows = display_rows(tmp_path, f"(-1)^n = 1 \\quad {box}")
    assert rows[5].verdict != "refuted", rows[5].reason
