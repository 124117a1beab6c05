"""The content of an admonition (Python-Markdown / pymdownx: ``!!! note``, ``??? details
"Derivation"``, ``???+ tip``, a content tab ``=== "Tab"``) is indented by four spaces under its
marker line; mkdocs renders it, math included, so it is no indented code block. Read as code,
the derivation of held-out batch 25's jejjohnson page (a ``$$\\begin{aligned}`` chain under
``??? details``) had no rows. An indented block under a plain paragraph stays code."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._unrendered import blank_unrendered

_MARKERS = ['??? details "**Derivation**"', "!!! note", '???+ tip "Proof"', '=== "Tab"']


@pytest.mark.parametrize("marker", _MARKERS)
def test_the_indented_content_of_an_admonition_is_kept(marker):
    text = f"Intro.\n\n{marker}\n\n    $$\n    a = b + 1\n    $$\n\nAfter.\n"
    assert "a = b + 1" in blank_unrendered(text)


@pytest.mark.parametrize("marker", _MARKERS)
def test_its_rows_are_read(tmp_path, marker):
    body = (
        f"Intro.\n\n{marker}\n\n    $$\n    \\begin{{aligned}}\n    f(x) &= (x + 1)^2 \\\\\n"
        "    &= x^2 + 2x + 1\n    \\end{aligned}\n    $$\n"
    )
    assert verdict_of_row(tmp_path, body, "&= x^2 + 2x + 1") == "proved"
    wrong = body.replace("&= x^2 + 2x + 1", "&= x^2 + x + 1")
    assert verdict_of_row(tmp_path, wrong, "&= x^2 + x + 1") == "refuted"


@pytest.mark.parametrize("before", ["A paragraph.", "Some words: see below"])
def test_an_indented_block_under_a_paragraph_stays_code(before):
    text = f"{before}\n\n    $$\n    a = b + 1\n    $$\n\nAfter.\n"
    assert "a = b + 1" not in blank_unrendered(text)


def test_content_ends_at_the_next_line_without_indent():
    text = "!!! note\n\n    x = 1\n\nA paragraph.\n\n    $$ a = b + 1 $$\n"
    assert "x = 1" in blank_unrendered(text)
    assert "a = b + 1" not in blank_unrendered(text)
