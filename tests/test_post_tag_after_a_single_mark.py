"""A one-word tag in the column after the second ``&`` is a note, not math (batch 46).

Jimmy Hickey's homework (external46) tags steps of ``align`` rows with a third column:
``& = a^2 Var(S^2) - (a^2 (\\sigma^2)^2 - ...) & \\text{unbiased}`` (7.45 line 27),
``E[X_1 X_2 X_3 X_4] & = E(X_1)E(X_2)E(X_3)E(X_4) & \\text{independence}`` (7.48 line 66).
PARSE11 blanks the column after ``&&`` (a number, a tag); after a single second ``&`` the
word was read as a factor of the row (``\\mathrm{independence}``, "used before the post gives
it a value") and the row went unchecked, or was compared as a product. A column that holds
nothing but one ``\\text{...}`` word, after math with a relation, is the same tag: read as the
row without it. Words with a relation (``& \\text{if } x > 0``) or a reason in several words
are left as before.
"""

from __future__ import annotations

import pytest

from derivations.post._note_column import blank_note_column


@pytest.mark.parametrize(
    "row",
    [
        "E(X) & = E(Y) & \\text{independence}",
        "& = a^2 V + b & \\text{unbiased}",
        "& = x^2 + 2x & \\textrm{(expand)}",
    ],
)
def test_a_one_word_tag_column_is_blanked(row):
    got = blank_note_column(row)
    mark = row.rindex("&")
    assert got[:mark] == row[:mark]
    assert not got[mark:].strip(), got
    assert len(got) == len(row)  # offsets kept


@pytest.mark.parametrize(
    "row",
    [
        "f(x) & = x & \\text{if } x > 0",  # a condition: a relation in the column
        "a & = b & c & = d",  # alignat: a second equation
        "& = x & \\text{by the chain rule}",  # a reason in words, read by the reader
        "& \\text{unbiased}",  # nothing before the mark to annotate
        "x & \\text{otherwise}",  # no relation before it: a cell, not a tag
    ],
)
def test_other_columns_are_left_to_the_reader(row):
    assert blank_note_column(row) == row
