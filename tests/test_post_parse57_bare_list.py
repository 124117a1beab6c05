r"""A row with no relation sign that lists expressions (``\sum_{i=1}^{N} x_i,\qquad
\sum_{i=1}^{N} y_i,\qquad \sum_{i=1}^{N} x_i^2``: "all you need are four sums", held-out: a
regression lecture and its two repro copies) was unparsed at its first comma. A list claims
nothing, as one expression alone does: it is read as a list (each entry must be an
expression the reader reads) and left unrelated, continuing no line. A list with an entry
the reader cannot read stays unparsed, naming that entry's problem."""

from __future__ import annotations

from _post_rows import display_rows

LIST = r"\sum_{i=1}^{N} x_i,\qquad \sum_{i=1}^{N} y_i,\qquad \sum_{i=1}^{N} x_i^2 ."


def test_a_list_of_expressions_claims_nothing(tmp_path):
    row = display_rows(tmp_path, LIST)[5]
    assert row.verdict == "unrelated" and "list" in row.reason, row.reason


def test_a_list_continues_no_line(tmp_path):
    rows = display_rows(tmp_path, r"S = \sum_{i=1}^{N} x_i", LIST, r"= 2 S")
    assert rows[7].verdict == "unrelated", rows[7].reason
    assert rows[9].verdict != "proved", rows[9].reason


def test_a_list_with_an_unreadable_entry_stays_unparsed(tmp_path):
    row = display_rows(tmp_path, r"\sum_{i=1}^{N} x_i,\qquad \frac{a}{, b")[5]
    assert row.verdict == "unparsed", row.reason
