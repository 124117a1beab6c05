"""PARSE11: the column after ``&&`` in an aligned row is a tag or a reason, not math.

``&= x^2 + 2x && (2)`` numbers the row; read as math it was ``(x^2 + 2x) * 2``, and the
correct rows of such a display were refuted (a counterexample of the doubled line).
A note column with a relation in it (``&& x > 0``, ``a &= b && c &= d`` of ``alignat``)
is left to the reader as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._note_column import blank_note_column

_POST = """---
title: numbered rows
---

$$
\\begin{{aligned}}
f(x) &= (x+1)^2 - 1 && (1) \\\\
&= x^2 + 2x && (2) \\\\
&= {last} & & (\\text{{factor}})
\\end{{aligned}}
$$
"""


def _verdicts(tmp_path: Path, last: str) -> dict[int, str]:
    post = tmp_path / "post.md"
    post.write_text(_POST.format(last=last))
    return {r.line: r.verdict for r in check_post(post, jobs=1).rows}


def test_numbered_correct_rows_are_proved(tmp_path: Path):
    got = _verdicts(tmp_path, "x(x + 2)")
    assert got[8] == "proved" and got[9] == "proved", got


def test_a_wrong_numbered_row_is_not_proved(tmp_path: Path):
    got = _verdicts(tmp_path, "x(x + 3)")
    assert got[8] == "proved" and got[9] == "refuted", got


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        (r"&= x^2 + 2x && (2)", r"&= x^2 + 2x"),
        (r"&= x^2 + 2x & & [\star]", r"&= x^2 + 2x"),
        (r"a &= b &&", r"a &= b"),
        (r"a &= b && \text{(wrong)}", r"a &= b"),
    ],
)
def test_a_note_column_is_blanked(row, kept):
    out = blank_note_column(row)
    assert out.rstrip() == kept


@pytest.mark.parametrize(
    "row",
    [
        r"a &= b && x > 0",  # a condition: the reader's to read
        r"a &= b && c &= d",  # alignat: a second equation
        r"a &= b && \text{by the chain rule}",  # words: read as the row's note
        r"&& (1)",  # nothing before it
        r"\begin{pmatrix} a && b \end{pmatrix} = c",  # a matrix's cells
        r"a &= b",
    ],
)
def test_other_rows_are_unchanged(row):
    assert blank_note_column(row) == row


@pytest.mark.parametrize(
    "row", [r"a &= b && (1)", "a &= b \n && (\\text{x})", r"a = b & & 2", r"x && y &&& z"]
)
def test_property_blanking_keeps_offsets_and_lines(row):
    out = blank_note_column(row)
    assert len(out) == len(row)
    assert [i for i, c in enumerate(out) if c == "\n"] == [
        i for i, c in enumerate(row) if c == "\n"
    ]
    assert all(c == o or o == " " for c, o in zip(row, out, strict=True))
