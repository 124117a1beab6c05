r"""``\bbox[5px,border:2px solid red]{ ... }``, MathJax's framed box, is presentation only, as
``\boxed{...}`` is (external32).

A Stack Exchange answer frames its result with ``\bbox[...]{h(\theta_1,\theta_2|x) = ...}``;
the reader did not know the command ("unsupported command \bbox") and the row was unparsed.
The box, with its options in brackets, is now blanked around its content as ``\boxed`` is:
a row in it gets the verdict it gets in ``\boxed`` (a true row not refuted, a false one not
proved). Options are any text up to the first ``]``; a ``\bbox`` without a brace group is
read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

_ROWS = [
    (r"(x + 1)^2 = x^2 + 2x + 1", True),
    (r"(x + 1)^2 = x^2 + x + 1", False),
    (r"\frac{d}{dx} x^3 = 3x^2", True),
    (r"\frac{d}{dx} x^3 = 3x", False),
]
_BOXES = [
    r"\bbox[5px,border:2px solid red]{{ {} \ }}",
    r"\bbox[yellow]{{{}}}",
    r"\bbox{{{}}}",
    r"\bbox[2pt, border: 1px solid blue] {{ {} }}",
]


@pytest.mark.parametrize(("row", "true"), _ROWS)
@pytest.mark.parametrize("box", _BOXES)
def test_a_framed_row_gets_the_verdict_of_the_boxed_row(tmp_path, row, true, box):
    (tmp_path / "b").mkdir()
    (tmp_path / "x").mkdir()
    framed = _rows(tmp_path / "b", box.format(row))[5]
    boxed = _rows(tmp_path / "x", r"\boxed{" + row + "}")[5]
    assert framed.verdict == boxed.verdict, (framed.verdict, framed.reason, boxed.verdict)
    assert framed.verdict != ("refuted" if true else "proved"), (framed.verdict, framed.reason)


def test_a_chain_after_a_framed_row_is_compared_with_it(tmp_path):
    rows = _rows(tmp_path, r"\bbox[5px]{f(x) = x^2 + 2x + 1}", r"f(x) = (x + 1)^2", r"f(x) = x^2")
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)
    assert rows[9].verdict != "proved", (rows[9].verdict, rows[9].reason)


@pytest.mark.parametrize(("row", "true"), _ROWS)
def test_a_row_ending_in_a_control_space_reads_as_without_it(tmp_path, row, true):
    # '\ ' before the box's closing brace, or before '$$': the side is stripped of its
    # space, and the lone backslash left was "unexpected character '\'"
    (tmp_path / "s").mkdir()
    (tmp_path / "p").mkdir()
    spaced = _rows(tmp_path / "s", row + r" \ ")[5]
    plain = _rows(tmp_path / "p", row)[5]
    assert spaced.verdict == plain.verdict, (spaced.verdict, spaced.reason, plain.verdict)
