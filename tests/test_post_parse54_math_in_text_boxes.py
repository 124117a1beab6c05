"""Math set inside a text box at its end (``\\text{if $X_1 = 1$}``, ``\\mbox{for $x > 0$}``) is
the math of the row: TeX typesets ``\\text{if $x > 1$}`` as ``\\text{if } x > 1``, and the
reader reads it that way, the box's words and the math after them (held-out batches 26 and
32: a definition by cases whose conditions sit in text boxes was unparsed at the ``$``)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

CASES = "\nh(x) =\n\\begin{cases}\n1, & BOX \\\\\n0, & \\text{otherwise}\n\\end{cases}\n"
ALIGNED = "\n\\begin{aligned}\ng(x) &= (x+1)^2 \\\\\n&= x^2 + 2x + 1 & BOX\n\\end{aligned}\n"


@pytest.mark.parametrize(
    ("display", "written", "typeset"),
    [
        (CASES, r"\text{if $x > 1$}", r"\text{if } x > 1"),
        (CASES, r"\text{ if $x > 1$ }", r"\text{ if } x > 1"),
        (CASES, r"\mbox{for $x>1$}", r"\mbox{for } x>1"),
        (ALIGNED, r"\text{when $x > 0$}", r"\text{when } x > 0"),
        (ALIGNED, r"\text{for all $x$}", r"\text{for all } x"),
    ],
)
def test_math_at_the_end_of_a_box_reads_as_the_box_then_the_math(
    tmp_path, display, written, typeset
):
    rows = display_rows(tmp_path, display.replace("BOX", written))
    same = display_rows(tmp_path, display.replace("BOX", typeset))
    assert [(k, r.verdict, r.reason) for k, r in rows.items()] == [
        (k, r.verdict, r.reason) for k, r in same.items()
    ]
    assert all(r.verdict != "unparsed" or "$" not in r.reason for r in rows.values())


def test_the_row_keeps_its_length_and_the_math_its_place():
    from derivations.post._extract import math_in_text_boxes

    row = r"1, & \text{if $x > 1$} \\"
    out = math_in_text_boxes(row)
    assert len(out) == len(row)
    assert out.index("x > 1") == row.index("x > 1")
    assert "$" not in out


@pytest.mark.parametrize(
    "row",
    [
        r"\text{for $x$ large}",  # words after the math: not moved (the box would grow)
        r"\text{if $a$ or $b$}",  # two pieces of math in one box
        r"\text{if \$5}",  # an escaped dollar is a dollar
        r"a = b",
        r"\text{By $\log E(X) \ge E(\log X)$}",  # a note's words: the box is the note
        r"\mbox{$t = x - 1$}",  # no words: a note too
    ],
)
def test_other_boxes_are_left_as_written(row):
    from derivations.post._extract import math_in_text_boxes

    assert math_in_text_boxes(row) == row
