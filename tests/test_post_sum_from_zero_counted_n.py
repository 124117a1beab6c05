"""A sum from 0 to N beside N as the count of its terms (held-out batch 53).

An Obsidian homework note (external53, lines 45-74) writes the Gaussian likelihood as a
product over ``n = 0..N`` and then ``\\sum_{n=0}^N \\mu = N\\mu`` and ``\\mu = \\frac{1}{N}
\\sum_{n=0}^N x_n``: the author's N counts the data, and the lower limit 0 is an index slip
(read literally the sum has N + 1 terms). Line 60 was refuted on the literal reading. Which of
the two the author means the reader cannot tell: a step that compares a line with a sum from
0 to N and a line that writes N outside the sum (as the count of its terms) is no refutation.

Properties (the note's line 60 itself is checked in test_post_equation_after_unread_row.py,
which checks the note once): the same step with the sum from 1 to N is
proved; a wrong step with sums from 0 to N and no N outside them is still refuted.
"""

from __future__ import annotations

from tests._post_rows import display_rows


def test_from_one_the_step_is_proved(tmp_path):
    rows = display_rows(
        tmp_path,
        "0=\\sum_{n=1}^N x_n-\\sum_{n=1}^N \\mu",
        "\\implies 0=\\sum_{n=1}^N x_n-N\\mu",
    )
    assert rows[7].verdict == "proved"


def test_without_the_count_a_wrong_step_is_still_refuted(tmp_path):
    rows = display_rows(tmp_path, "\\sum_{n=0}^N \\mu = 2\\mu")
    assert rows[5].verdict == "refuted"
