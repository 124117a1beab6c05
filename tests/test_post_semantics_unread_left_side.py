"""A row after a row whose left side cannot be read, proved from that row's last side.

``\\dfrac{df}{dz_i} &= \\dfrac{d}{dz_i}[\\ln(1 + e^{-z_i}) + (1 - y_i) z_i]`` with the left
side unreadable (held-out jackey-logistic-regression-gradient-blog, lines 44-46 and 73-74):
the next row ``&= C`` continues the row's last side, which the reader can read, so ``C``
may be proved equal to it. Never refuted (the row is not established), and only when
the row's last relation is ``=`` and the side is no name the unread row may redefine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

POST = Path(__file__).resolve().parent / "posts" / "semantics" / "semantics-unread-left-side.md"


@pytest.mark.parametrize("line", [10, 19, 29])
def test_the_row_after_is_proved_from_the_readable_last_side(line):
    rows = rows_of(POST)
    assert rows[line - 1].verdict == "unparsed"
    assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # false twins: the row after the unread one is wrong
        ("  &= a^2 + 2ab + b^2", "  &= a^2 + ab + b^2", 10),
        ("  &= a^2 - 2ab + b^2", "  &= a^2 + 2ab + b^2", 19),
        ("  &= -\\frac{e^{-u}}{1 + e^{-u}} + 1", "  &= \\frac{e^{-u}}{1 + e^{-u}} + 1", 29),
        # the reason after \because is no side of the chain
        ("  &= a^2 - 2ab + b^2", "  &= c", 19),
        # the last relation is no equality: the next row need not equal that side
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2 \\sim \\oint{c}", 10),
        # a clause after the chain: its '=' is not the chain's
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2 \\text{ where } a = c", 10),
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2 \\quad \\text{for } a = c", 10),
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2, \\quad a = c", 10),
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2 \\quad if \\quad a = c", 10),
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= (a + b)^2 \\quad (a > 0)", 10),
        # the last side holds a name without a value that the row may give one
        ("\\oint{a}{b} &= (a + b)^2", "\\oint{a}{b} &= g", 10),
    ],
)
def test_never_proved_nor_refuted_when_it_does_not_follow(tmp_path, old, new, line):
    rows = rows_of(edited_copy(tmp_path, POST, old, new))
    assert rows[line].verdict not in ("proved", "refuted"), (rows[line].verdict, rows[line].reason)
