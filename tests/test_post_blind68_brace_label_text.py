"""``\\overbrace{...}^\\text{label}``: the label is the whole ``\\text{...}`` (held-out batch 58).

An answer on Mathematics Stack Exchange (external58, imathworks' copy of "Simplifying
expression into Gamma Distribution") labels the factors of a posterior
``\\overbrace{(\\ell^{x_1} e^{-\\ell}) \\cdots}^\\text{likelihood} \\cdot \\overbrace{...}^\\text{gamma
prior}``, a script without braces. TeX gives ``\\text`` its group as the script; the reader
took the command alone as the label and read the group after it as a factor of the row: the
letters of "x y" multiplied into it, so ``\\overbrace{a}^\\text{x y} \\cdot b = a b`` was
*refuted* (a correct row), and the answer's row was unparsed.

Property: a row with an over- or underbrace whose label is ``\\text{..}`` (or another
one-argument text command) without braces gets the verdict of the same row with the label
braced, ``^{\\text{..}}``.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ROWS = [
    "\\overbrace{a}^\\text{x y} \\cdot b = a b",
    "a \\cdot \\overbrace{ b (c\\,d) }^\\text{y} = a b c d",
    "\\underbrace{a + b}_\\text{sum} \\cdot c = a c + b c",
    "\\overbrace{a}^\\mathrm{lik} {} \\cdot {} \\overbrace{b}^\\textbf{prior} = a b",
    "\\overbrace{a}^\\text{x y} \\cdot b = a b + 1",
    # a label in words at the end of the row (cut off as prose before the row is read)
    "a b = \\overbrace{a b}^\\text{gamma prior}",
]


def _braced(row: str) -> str:
    """The row with each unbraced text label ``^\\text{..}`` written ``^{\\text{..}}``."""
    out = row
    for cmd in ("\\text", "\\mathrm", "\\textbf"):
        for script in ("^", "_"):
            start = 0
            while (k := out.find(script + cmd + "{", start)) >= 0:
                close = out.index("}", k)
                out = out[:k] + script + "{" + out[k + 1 : close + 1] + "}" + out[close + 1 :]
                start = close + 2
    return out


def _only_row(folder, row: str):
    folder.mkdir()
    (only,) = display_rows(folder, row).values()
    return only


@pytest.mark.parametrize("row", ROWS)
def test_an_unbraced_text_label_is_the_label(tmp_path, row):
    got, want = _only_row(tmp_path / "a", row), _only_row(tmp_path / "b", _braced(row))
    assert (got.verdict, got.reason) == (want.verdict, want.reason)


def test_the_correct_rows_are_not_refuted(tmp_path):
    for k, row in enumerate(ROWS[:4] + ROWS[5:]):
        got = _only_row(tmp_path / str(k), row)
        assert got.verdict == "proved", (row, got.reason)
