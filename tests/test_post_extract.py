"""Finding display math and rows in Markdown and LaTeX, with file line numbers."""

from __future__ import annotations

import pytest

from derivations.post._extract import extract_rows, find_blocks, split_front_matter
from derivations.post._relations import split_relations

MD = """---
title: t
assume: \\lambda > 0
---

# Heading one

Inline $$a = b$$ is not display math, nor is $$c$$ here.

$$x = 1$$

```
$$ in a code fence = ignored $$
```

## Heading two

$$\\begin{align}
  a &= b \\\\
    &= c \\nonumber \\\\
  d &= e
\\end{align}$$
"""


def test_front_matter_is_split_and_line_numbers_are_kept():
    front, body = split_front_matter(MD)
    assert front == "title: t\nassume: \\lambda > 0"
    assert body.count("\n") == MD.count("\n")
    assert body.split("\n")[9] == "$$x = 1$$"


def test_display_blocks_only_and_code_fences_skipped():
    blocks = find_blocks(split_front_matter(MD)[1])
    assert [b.line for b in blocks] == [10, 18]
    assert [b.section for b in blocks] == ["Heading one", "Heading two"]


def test_align_rows_with_file_lines_and_columns():
    rows = extract_rows(split_front_matter(MD)[1])
    assert [(r.line, r.display) for r in rows] == [
        (10, "x = 1"),
        (19, "a = b"),
        (20, "= c"),
        (21, "d = e"),
    ]
    assert [r.label for r in rows] == ["B1.1", "B2.1", "B2.2", "B2.3"]
    # Offsets map back into the file: the "c" of row B2.3 is on line 20.
    lines = MD.split("\n")
    r = rows[2]
    line, col = r.position(r.text.index("c"))
    assert lines[line - 1][col - 1] == "c"


def test_row_split_ignores_braces_and_trailing_break():
    rows = extract_rows("$$\\begin{align}\n\\sum_{n=1}^{N} a &= b \\\\\n\\end{align}$$\n")
    assert [r.display for r in rows] == ["\\sum_{n=1}^{N} a = b"]


def test_tex_environments_brackets_and_comments():
    tex = (
        "\\section{S}\n"
        "% $$ commented = out $$\n"
        "\\begin{align*}\n  a &= b \\\\\n  &= c\n\\end{align*}\n"
        "\\[\n  d = e\n\\]\n"
        "\\begin{equation}\n  f = g\n\\end{equation}\n"
    )
    rows = extract_rows(tex, tex=True)
    assert [(r.line, r.display) for r in rows] == [
        (4, "a = b"),
        (5, "= c"),
        (8, "d = e"),
        (11, "f = g"),
    ]


@pytest.mark.parametrize(
    ("row", "sides", "rels"),
    [
        ("a = b", ["a", "b"], ["="]),
        ("= b", ["", "b"], ["="]),
        ("\\sum_{n=1}^{N} a = b", ["\\sum_{n=1}^{N} a", "b"], ["="]),
        ("A := B = 0", ["A", "B", "0"], [":=", "="]),
        ("f == g", ["f", "g"], ["=="]),
        ("a \\iff b", ["a", "b"], ["<=>"]),
        ("a \\implies b", ["a", "b"], ["=>"]),
        (
            "\\underset{\\mu}{\\operatorname{argmax}} f",
            ["\\underset{\\mu}{\\operatorname{argmax}} f"],
            [],
        ),
    ],
)
def test_split_relations(row, sides, rels):
    assert split_relations(row) == (sides, rels)


def test_a_row_after_a_label_and_split_opening_is_reported_at_its_own_line():
    text = "$$ \\label{eq:a}\n\\begin{split}\nf(x) &= x^2 \\\\\n&= x x\n\\end{split}\n$$\n"
    rows = extract_rows(text)
    assert [(r.line, r.display) for r in rows] == [(3, "f(x) = x^2"), (4, "= x x")]
    # Every row starts where its math does (no blanked label or environment before it).
    lines = text.split("\n")
    for r in rows:
        line, col = r.position(0)
        assert r.text[0] == lines[line - 1][col - 1]


@pytest.mark.parametrize(
    "opening, first",
    [
        # alignat's mandatory column count, starred or not
        ("\\begin{alignat*}{2}", "f(x) = (x+1)^2"),
        ("\\begin{alignat}{3}", "f(x) = (x+1)^2"),
        ("\\begin{alignedat}{2}", "f(x) = (x+1)^2"),
        # the vertical position of aligned/gathered/split
        ("\\begin{aligned}[t]", "f(x) = (x+1)^2"),
        ("\\begin{gathered}[b]", "f(x) = (x+1)^2"),
        # equation-editor exports write a column specification after aligned
        ("\\begin{aligned}{l}", "f(x) = (x+1)^2"),
        ("\\begin{aligned}{rl}", "f(x) = (x+1)^2"),
    ],
)
def test_environment_arguments_are_not_read_as_math(opening, first):
    env = opening[len("\\begin{") : opening.index("}")]
    md = f"$$\n{opening}f(x) &= (x+1)^2 \\\\\n&= x^2 + 2x + 1\n\\end{{{env}}}\n$$\n"
    rows = extract_rows(md)
    assert [r.display for r in rows] == [first, "= x^2 + 2x + 1"]


@pytest.mark.parametrize("row", ["{c} = a + b", "{l}^2 = a + b"])
def test_a_braced_symbol_that_starts_an_aligned_row_stays_math(row):
    # Only a column specification followed by the row's own first symbol is dropped:
    # a braced name followed by a relation or a power is the row's content.
    rows = extract_rows(f"$$\n\\begin{{aligned}}{row}\n\\end{{aligned}}\n$$\n")
    assert [r.display for r in rows] == [row]


@pytest.mark.parametrize(
    "display",
    [
        "\\begin{cases} \\hat\\mu = \\bar x \\\\ \\hat\\sigma^2 = s^2 \\end{cases}",
        "\\left\\{ \\begin{cases} \\hat\\mu = \\bar x \\\\ \\hat\\sigma^2 = s^2 "
        "\\end{cases} \\right.",
        "\\begin{array}{l} \\hat\\mu = \\bar x \\\\ \\hat\\sigma^2 = s^2 \\end{array}",
    ],
)
def test_a_display_that_is_one_system_of_equations_gives_a_row_per_equation(display):
    rows = extract_rows(f"$$\n{display}\n$$\n")
    assert [r.display for r in rows] == ["\\hat\\mu = \\bar x", "\\hat\\sigma^2 = s^2"]


def test_a_piecewise_definition_stays_one_row():
    # a value with its condition in a column: rows of their own would drop the condition
    display = "f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}"
    rows = extract_rows(f"$$\n{display}\n$$\n")
    assert len(rows) == 1 and "\\begin{cases}" in rows[0].display
    display = "\\left\\{\\begin{array}{ll} a = 1 & x > 0 \\\\ a = 2 & x \\le 0 \\end{array}\\right."
    assert len(extract_rows(f"$$\n{display}\n$$\n")) == 1


@pytest.mark.parametrize("env", ["cases", "array"])
def test_a_relation_inside_an_environment_does_not_split_the_row(env):
    spec = "{ll}" if env == "array" else ""
    row = f"f(x) = \\begin{{{env}}}{spec} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{{{env}}}"
    sides, rels = split_relations(row)
    assert rels == ["="] and sides[0] == "f(x)"
