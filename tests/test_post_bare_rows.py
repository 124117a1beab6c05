"""A display row without a relation sign may continue the line above; it is never
refuted for not doing so.

Askers drop the equals sign ("On further solving" and then the next line alone:
mse-poisson-mle-question lines 21 and 28). Such a row is compared with the line
above: proved when it equals it; when it does not, it may be a new expression
(the log of the line above), so it is not refuted - it is left unchecked.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import edited_copy, rows_of

POST = Path(__file__).resolve().parent / "posts" / "incoming" / "bare" / "rows-without-relation.md"


def _rows(path: Path) -> dict:
    return rows_of(path)


def test_a_bare_row_equal_to_the_line_above_is_proved():
    rows = _rows(POST)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
    assert "relation sign" in rows[10].how


def test_a_bare_row_after_a_sentence_naming_the_log_is_the_log_of_the_line_above():
    # "Now, the log likelihood function is" then log(...) of the line above: compared with
    # the log of that line (since 7a82e88), not with the line itself
    assert _rows(POST)[14].verdict == "proved"


def test_a_wrong_log_of_the_line_above_is_not_proved_nor_refuted(tmp_path):
    p = edited_copy(
        tmp_path,
        POST,
        r"\log \left(\prod_{j=1}^{N} e^{-\lambda}",
        r"\log \left(\prod_{j=1}^{N} e^{-2\lambda}",
    )
    assert _rows(p)[14].verdict not in ("refuted", "proved")


def test_a_bare_row_continues_from_the_bare_row_above():
    assert _rows(POST)[18].verdict == "proved"


def test_a_wrong_bare_row_is_not_refuted_but_not_proved(tmp_path):
    p = edited_copy(tmp_path, POST, r"+x_j\log\lambda\right]", r"+\log\lambda\right]")
    row = _rows(p)[18]
    assert row.verdict == "unchecked", (row.verdict, row.reason)
