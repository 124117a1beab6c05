"""``1e-3``, ``2.5e3``, ``1E+3``: how programs write 0.001, 2500 and 1000. Letter by letter
it is ``1 \\cdot e - 3`` (Euler's number), so ``\\alpha = 1e-3`` followed by ``\\alpha =
0.001`` refuted a correct row. Which is meant is not clear from the text: the row is left
unread, naming the number. ``2e - 1`` (spaced), ``3e^{-x}`` and ``10e`` keep their reading."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    ("written", "value"),
    [("1e-3", "0.001"), ("2.5e3", "2500"), ("1E+3", "1000"), ("5e-2", "0.05")],
)
def test_a_number_written_as_programs_do_is_not_read_as_e(tmp_path, written, value):
    rows = display_rows(tmp_path, f"a = {written}", f"a = {value}")
    assert rows[5].verdict == "unparsed", rows[5].reason
    assert written in rows[5].reason
    assert rows[7].verdict != "refuted", rows[7].reason


@pytest.mark.parametrize(
    ("written", "value"),
    [("2e - 1", "2e - 1"), ("3e^{-2}", "3/e^2"), ("10e", "10 e")],
)
def test_eulers_number_times_a_number_keeps_its_reading(tmp_path, written, value):
    rows = display_rows(tmp_path, f"a = {written}", f"a = {value}")
    assert rows[7].verdict == "proved", rows[7].reason
