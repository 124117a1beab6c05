"""A step whose note names the premise it rests on is not refuted without it (batch 46).

Jimmy Hickey's 7.58 (external46, lines 114-115) finds ``\\widehat\\theta = \\frac{\\sum
|x_i|}{n}`` and goes on ``= | x_i | \\quad \\text{one observation}``: with n = 1 the two
sides agree. The words say what the step rests on; the reader does not read them, drew n
freely and refuted the row. A row's words that name what it rests on ("one observation",
"for large n", "by symmetry") are a premise the reader cannot check, so a counterexample
drawn without it is no refutation: unchecked, naming the note. Without a note, or with a
note the reader reads (a rule it names, "by the chain rule"; a condition "if ..."), the
step is compared as before.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_ROWS = (
    "$$\\begin{{align}} m & = \\frac{{1}}{{n}}\\sum_{{i=1}}^n x_i \\\\\n"
    " & = {tail} \\end{{align}}$$\n"
)


def _verdict(tmp_path, tail: str) -> str:
    return verdict_of_row(tmp_path, _ROWS.format(tail=tail), tail)


@pytest.mark.parametrize(
    "note", ["\\text{one observation}", "\\text{for one observation}", "\\text{when n is one}"]
)
def test_a_step_under_a_premise_in_words_is_not_refuted(tmp_path, note):
    assert _verdict(tmp_path, f"x_1 & {note}") != "refuted"


def test_the_same_step_without_the_note_is_refuted(tmp_path):
    assert _verdict(tmp_path, "x_1") == "refuted"


def test_a_wrong_step_naming_a_rule_the_reader_reads_is_refuted(tmp_path):
    assert _verdict(tmp_path, "x_1 + 1 & \\text{by the chain rule}") == "refuted"


def test_a_right_step_with_a_note_is_still_proved(tmp_path):
    tail = "\\frac{\\sum_{i=1}^n x_i}{n} & \\text{rearranged a bit}"
    assert _verdict(tmp_path, tail) == "proved"
