"""Brainly's math markup, ``[tex] ... [/tex]``, kept by the pages that mirror its answers
(held-out batch 27: a negative binomial MLE, every formula of it in such tags, none read): the
tags delimit math as ``$$ ... $$`` (alone on a line) or ``$ ... $`` (inside a sentence) do, so
a post reads the same either way. A false row is never proved; a tag never closed reads no
math and breaks nothing. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of

# Chains of rows: (the rows, a false last row)
_CHAINS = [
    (
        ["L(p) = p^3 (1-p)^2", "\\log L(p) = 3\\log p + 2\\log(1-p)"],
        "\\log L(p) = 3\\log p + 3\\log(1-p)",
    ),
    (
        [
            "\\frac{dl}{dp} = \\frac{nr}{p} - \\frac{s}{1-p} = 0",
            "nr(1-p) = p s",
            "nr - nrp = p s",
        ],
        "nr - nrp = 2 p s",
    ),
    (["f(x) = (x+1)^2", "f(x) = x^2 + 2x + 1"], "f(x) = x^2 + x + 1"),
]


def _post(tmp_path, rows: list[str], open_: str, close: str, name: str):
    body = "---\ntitle: t\n---\n\nAnswer:\n" + "\n".join(f"{open_} {r} {close}" for r in rows)
    path = tmp_path / name
    path.write_text(body + "\n", encoding="utf-8")
    return [(r.line, r.verdict) for r in rows_of(path).values()]


@pytest.mark.parametrize(("rows", "false"), _CHAINS)
def test_tex_tags_read_as_dollar_displays(tmp_path, rows, false):
    tagged = _post(tmp_path, rows, "[tex]", "[/tex]", "a.md")
    dollars = _post(tmp_path, rows, "$$", "$$", "b.md")
    assert tagged == dollars
    assert tagged and all(v != "unparsed" for _, v in tagged)


@pytest.mark.parametrize(("rows", "false"), _CHAINS)
def test_a_false_row_in_tex_tags_is_never_proved(tmp_path, rows, false):
    tagged = dict(_post(tmp_path, [*rows[:-1], false], "[tex]", "[/tex]", "a.md"))
    last = max(tagged)
    assert tagged[last] != "proved"


def test_an_unclosed_tex_tag_reads_no_math(tmp_path):
    path = tmp_path / "u.md"
    path.write_text("---\ntitle: t\n---\n\n[tex] x = 1\n\nand [tex] y\n", encoding="utf-8")
    assert all(r.verdict != "proved" for r in rows_of(path).values())


def test_a_tex_tag_inside_a_sentence_is_inline(tmp_path):
    path = tmp_path / "s.md"
    text = "---\ntitle: t\n---\n\nWe solve for [tex] \\hat p[/tex] from the last equation.\n"
    path.write_text(text, encoding="utf-8")
    assert all(r.verdict != "unparsed" for r in rows_of(path).values())
