"""A restatement of a named quantity after a row the reader could not read.

``J = -(1/N) sum [y_i ln p_i + ...]``, then ``\\because sigma(z_i) = P_i = 1/(1+e^{-z_i})``
(unparsed), then ``J = (1/N) sum [ln(1 + e^{-z_i}) + (1 - y_i) z_i]``: the last row is
right, through the relation the unread row gives, yet it was compared with J's value
in p_i and refuted (held-out jackey-logistic-regression-gradient line 30; repro5).
A restatement that uses symbols its quantity's value does not have, with an unread
row between them, is not refuted (that row may give them values); one written in
the value's own symbols is still compared and refuted when wrong.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import edited_copy, rows_of

REPRO = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "repro5"
    / "because-row-in-align-breaks-chain-restatement-refuted.md"
)
LAST = r"J(w_1, w_2, b) &= \frac{1}{N}\sum_{i=1}^{N}[\ln(1 + e^{-z_i}) + (1 - y_i)z_i]"


def test_a_restatement_in_symbols_an_unread_row_may_define_is_not_refuted():
    rows = rows_of(REPRO)
    assert rows[9].verdict == "unparsed"  # the notation side's; this test is about line 11
    assert rows[11].verdict != "refuted", rows[11].reason


def test_a_wrong_restatement_in_the_values_own_symbols_is_still_refuted(tmp_path):
    wrong = r"J(w_1, w_2, b) &= \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i) + (1 - y_i)\ln(1-p_i)]"
    p = edited_copy(tmp_path, REPRO, LAST, wrong)
    row = rows_of(p)[11]
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_the_right_restatement_in_the_values_own_symbols_is_proved(tmp_path):
    right = r"J(w_1, w_2, b) &= -\frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i) + (1 - y_i)\ln(1-p_i)]"
    p = edited_copy(tmp_path, REPRO, LAST, right)
    row = rows_of(p)[11]
    assert row.verdict == "proved", (row.verdict, row.reason)
