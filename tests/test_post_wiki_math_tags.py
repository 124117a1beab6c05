"""``[math] ... [/math]`` and ``<math> ... </math>``: MediaWiki's math tags (posts59).

A ReliaWiki page (external44) writes its formulas in MediaWiki's math tags, which its
stored copy shows as ``[math]\\hat{\\theta}=\\frac{TTT}{r} ... [/math]``; the reader knew no
such delimiter, so the rows were read as prose and never checked (``[math]\\begin{align}
... [/math]`` was read only because the environment stands on its own). A tag pair is math
like ``\\( ... \\)``; an environment inside it stays a display. Line and column numbers
are those of the file. Failed at bf263d28.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str) -> list[tuple[int, str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.line, r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize(("open_", "close"), [("[math]", "[/math]"), ("<math>", "</math>")])
@pytest.mark.parametrize(
    ("formula", "verdict"),
    [("(x + 1)^2 = x^2 + 2x + 1", "proved"), ("(x + 1)^2 = x^2 + 1", "refuted")],
)
def test_a_tagged_formula_alone_on_its_line_is_a_row(tmp_path, open_, close, formula, verdict):
    got = _rows(tmp_path, f"Expanding:\n\n{open_}{formula}\\,\\!{close}\n")
    assert [(line, v) for line, v, _ in got] == [(7, verdict)], got


def test_an_environment_inside_the_tags_is_a_display(tmp_path):
    body = "[math]\\begin{align} (a+b)^2 =& a^2 + 2ab + b^2 \\\\ =& b^2 + 2ab + a^2 \\end{align}[/math]\n"
    got = _rows(tmp_path, body)
    assert [v for _, v, _ in got] == ["proved", "proved"], got


def test_a_tag_left_open_is_prose(tmp_path):
    got = _rows(tmp_path, "We write [math] for math, as in [math]x = 1.\n")
    assert all(v != "refuted" for _, v, _ in got), got
