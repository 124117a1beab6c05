r"""Markdown-escaped braces in a display, ``\exp \\{\eta(\theta) t(y)\\}`` (PARSE15).

An ox-hugo export writes TeX's ``\{ ... \}`` as ``\\{ ... \\}`` (Markdown eats one
backslash). In a display the reader took ``\\`` for a row break, cutting each formula in
two ("a line break inside a row", "the expression ends too early": 9 held-out rows of one
post). A pair of them on one line, with no row break or alignment between, is now read as
escaped braces; a row break before a group (``a \\ {b}``) stays a row break.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of

from derivations.post._extract import escaped_braces


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (r"\exp \\{\eta(\theta) t(y)\\}", r"\exp  \{\eta(\theta) t(y) \}"),
        (r"a \\{b^{2}\\} \\ & = 1", r"a  \{b^{2} \} \\ & = 1"),
    ],
)
def test_a_pair_on_one_line_is_escaped_braces(text, want):
    out = escaped_braces(text)
    assert out == want and len(out) == len(text)


@pytest.mark.parametrize(
    "text", [r"a \\{b} \\ c", r"a \\{b & c\\}", r"a \\{b \\ c\\}", "a \\\\{b\n c\\\\}"]
)
def test_a_row_break_stays_a_row_break(text):
    assert escaped_braces(text) == text


def test_the_display_reads_whole(tmp_path):
    post = tmp_path / "p.md"
    post.write_text(
        "---\ntitle: t\n---\n\nThe model\n\n\\begin{equation}\n"
        "  p(y | \\theta)=h(y) g(\\theta) \\exp \\\\{\\eta(\\theta) t(y)\\\\}\n"
        "\\end{equation}\n",
        encoding="utf-8",
    )
    rows = list(rows_of(post).values())
    assert rows and all(r.verdict != "unparsed" for r in rows), [
        (r.verdict, r.reason) for r in rows
    ]
