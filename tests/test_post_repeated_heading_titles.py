"""Two headings with the same title are two sections (held-out batch 48).

Yaqi Dai's homework (external48) answers problem 1 under "# Problem 1 / ## (a)" and problem 2
under "# Problem 2 / ## (a)". A section was known by its heading's title only, so the two
"(a)" were one section: problem 2's log-likelihood of another model (line 256) was compared
with problem 1's and refuted, as if the post had restated it wrongly under the same heading.
Each heading opens a section of its own, whatever its title.

Properties: a model's likelihood under a repeated title is treated as under any other new
heading (not refuted, whatever the title); rows under one heading still compare with each
other (a wrong restatement there is refuted).
"""

from __future__ import annotations

import pytest

from derivations.post._extract import extract_rows
from tests._post_rows import verdict_of_row

_FIRST = (
    "$$\\begin{split}L(\\theta) &= \\prod_{i = 1}^n p(x_i|\\theta)\\\\\n"
    "l(\\theta)&=\\sum_{i=1}^n\\ln\\frac{1}{\\pi[1+(\\theta-x_i)^2]}\\\\\n"
    "&=-n\\ln\\pi-\\sum_{i=1}^n\\ln[1+(\\theta-x_i)^2]\n"
    "\\end{split}$$\n\n"
)
_ROW = "l(\\theta)&=\\sum_{i=1}^{n}\\ln\\frac{1-\\cos(x_i-\\theta)}{2\\pi}"
_SECOND = (
    "$$\\begin{split}L(\\theta)&=\\prod_{i = 1}^n p(x_i|\\theta)\\\\\n"
    + _ROW
    + "\n\\end{split} $$\n"
)


@pytest.mark.parametrize("title", ["(a)", "Solution", "Part 1"])
def test_a_repeated_title_opens_a_new_section(tmp_path, title):
    body = f"# Problem 1\n## {title}\n\n{_FIRST}# Problem 2\n## {title}\n\n{_SECOND}"
    assert verdict_of_row(tmp_path, body, _ROW) != "refuted"


@pytest.mark.parametrize("title", ["(a)", "Solution"])
def test_rows_under_one_heading_still_compare(tmp_path, title):
    body = f"# Problem 1\n## {title}\n\n{_FIRST}{_SECOND}"
    assert verdict_of_row(tmp_path, body, _ROW) == "refuted"


def test_sections_of_repeated_titles_differ_and_keep_their_title():
    text = "## (a)\n\n$$x = 1$$\n\n## (b)\n\n$$y = 2$$\n\n## (a)\n\n$$z = 3$$\n"
    sections = [r.section for r in extract_rows(text) if r.role == "row"]
    assert len(sections) == 3
    assert sections[0] != sections[2]
    assert all(s.startswith(t) for s, t in zip(sections, ["(a)", "(b)", "(a)"], strict=True))
