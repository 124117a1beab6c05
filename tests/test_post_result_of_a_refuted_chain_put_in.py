"""A row that puts in the result of a chain one of whose links is refuted (posts62b's open
breach, Maja Burrack's Normal-inverse-gamma post, external51 line 142). The chain of lines
125-132 completes the square with a slip at line 129 (``(\\mu^2 - m)^2`` for ``(\\mu - m)^2``)
carried to its end; "now we can substitute with this in the exponent" puts the chain's last
side in for its first, and line 142 was refuted against line 140 - the slip's, not its own.
A refuted link whose written line holds a chain's last side, where the chain has a refuted
link, is compared again with the chain's first side put back: if it follows, the row only
inherits the chain's slip, and is unchecked naming the line. A further slip of its own still
refutes it."""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of, rows_of_text

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external51"
    / "mburrack-normal-inverse-gamma-conjugate-completing-square.md"
)
_SLIP, _ROW = 129, 142


def test_the_rows_are_the_ones_meant():
    lines = POST.read_text(encoding="utf-8").splitlines()
    assert "\\left(\\mu^2 - \\frac{n\\bar{y} + \\mu_0}{n+1} \\right)^2" in lines[_SLIP - 1]
    assert "(n+1)\\left(\\mu^2 - \\frac{n\\bar{y} + \\mu_0}{n+1}" in lines[_ROW]  # its 2nd line


def test_the_row_that_puts_in_the_slipped_result_is_not_refuted():
    rows = rows_of(POST)
    assert rows[_SLIP].verdict == "refuted", rows[_SLIP].reason
    assert rows[_ROW].verdict != "refuted", rows[_ROW].reason
    assert f"line {_SLIP}" in rows[_ROW].reason, rows[_ROW].reason


def test_a_slip_of_its_own_is_still_refuted(tmp_path):
    lines = POST.read_text(encoding="utf-8").splitlines()
    old = "\\left( (n+1)\\left(\\mu^2"
    assert old in lines[_ROW]
    lines[_ROW] = lines[_ROW].replace(old, "\\left( (n+2)\\left(\\mu^2")
    rows = rows_of_text(tmp_path, "\n".join(lines) + "\n")
    assert rows[_ROW].verdict == "refuted", rows[_ROW].reason
