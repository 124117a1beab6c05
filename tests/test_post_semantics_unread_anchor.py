"""A row after a row the reader could not read, proved from the last line it did read.

``f = (a + b)^2 = <unread> = a^2 + 2ab + b^2``: the row after the unread one cannot be
compared with it, and comparing it with an older row *as an identity* once refuted
correct rows (the row between may rewrite anything). It may still be *proved*: every
link of the chain is an equality, so its last side equals the last side the reader
did read (``(a + b)^2``), or the left side of the unread row when only that side is
readable. The fallback proves or leaves the row unrelated as before: never refuted.
It does not run when the unread row may hold another relation (``\\le``, ``\\propto``):
then the chain's sides need not be equal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "semantics"
    / "semantics-chain-through-unread-row.md"
)


def test_rows_after_an_unread_row_are_proved_from_the_line_before_it():
    rows = rows_of(POST)
    assert rows[10].verdict == "unparsed"
    assert rows[11].verdict == "proved", (rows[11].verdict, rows[11].reason)
    assert "line 9" in rows[11].how, rows[11].how


def test_the_readable_left_side_of_an_unread_first_row_is_the_anchor():
    rows = rows_of(POST)
    assert rows[19].verdict == "unparsed"
    assert rows[20].verdict == "proved", (rows[20].verdict, rows[20].reason)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # false twins: the row after the unread one is wrong
        ("&= a^2 + 2ab + b^2", "&= a^2 + ab + b^2", 11),
        ("&= a^2 - 2ab + b^2", "&= a^2 + 2ab + b^2", 20),
        # the unread row may hold another relation: its sides need not be equal
        (
            r"&= \oint{a}{b} \\" + "\n  &= a^2 + 2ab",
            r"&= \oint{a}{b} \le c \\" + "\n  &= a^2 + 2ab",
            11,
        ),
        (
            r"&= \oint{a}{b} \\" + "\n  &= a^2 + 2ab",
            r"&\propto \oint{a}{b} \\" + "\n  &= a^2 + 2ab",
            11,
        ),
        # an unread first row whose left side is not the chain's (two relations)
        (r"(a - b)^2 &= \oint{a}{b}", r"(a - b)^2 &= \oint{a}{b} = c", 20),
    ],
)
def test_never_proved_nor_refuted_when_it_does_not_follow(tmp_path, old, new, line):
    rows = rows_of(edited_copy(tmp_path, POST, old, new))
    assert rows[line].verdict not in ("proved", "refuted"), (rows[line].verdict, rows[line].reason)


def test_a_name_valued_under_another_heading_is_no_anchor(tmp_path):
    # Under "Second" the unread row may give f a value of its own: x^2 is the old one.
    body = (
        "---\ntitle: t\n---\n## First\n\n$$f = x^2$$\n\n## Second\n\n"
        "$$\n\\begin{aligned}\nf &= \\oint{x} \\\\\n  &= x^2\n\\end{aligned}\n$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(body, encoding="utf-8")
    rows = rows_of(path)
    last = rows[max(rows)]
    assert last.verdict not in ("proved", "refuted"), (last.verdict, last.reason)
