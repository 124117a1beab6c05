r"""Macros a post defines on lines of their own, outside any math.

Pandoc Markdown (and MathJax pages that keep a preamble in the text) define
shorthands on bare lines: ``\renewcommand{\th}{\theta}`` and
``\newcommand{\toi}{^{(i)}}`` before the first formula. Only definitions inside a
math block were read, so every later row that used ``\th`` was "unsupported
command \th" (held-out external23, CS 229 notes: 5 rows). A bare line that
starts with ``\newcommand`` / ``\renewcommand`` / ``\def`` / ``\DeclareMathOperator``
now defines the macro for the rows after it; one inside a code span or fence does
not; a wrong step stays unproved; the post's text is scanned once, only when it
holds such a command, and a hostile number of definitions stays cheap.
"""

from __future__ import annotations

import time

import pytest
import sympy

from derivations.post import check_post
from derivations.post._extract import extract

_POST = """---
title: t
---

\\newcommand{\\R}{\\mathbb{R}}
\\renewcommand{\\th}{\\theta}
\\newcommand{\\sq}[1]{{#1}^{2}}

The log-likelihood is

$$\\ell(\\th) = -\\sq{\\th} + 3\\th$$

so that

$$\\frac{d}{d\\th}\\left(-\\sq{\\th} + 3\\th\\right) = {last}$$
"""


def _rows(tmp_path, text: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize(("last", "proved"), [("-2\\th + 3", True), ("-2\\th + 2", False)])
def test_a_bare_definition_applies_to_the_rows_after_it(tmp_path, last, proved):
    rows = _rows(tmp_path, _POST.replace("{last}", last))
    assert rows[15].verdict != "unparsed", rows[15].reason
    assert (rows[15].verdict == "proved") is proved, rows[15].reason
    assert rows[15].verdict != "refuted" or not proved


def test_the_expansion_is_the_authors_text(tmp_path):
    """Property: the expanded row reads as the hand-built expression (theta a symbol)."""
    rows, _ = extract(_POST.replace("{last}", "-2\\th + 3"))
    texts = [r.text for r in rows if r.role == "row"]
    assert any("\\theta" in t and "\\th " not in t and "{\\theta}^{2}" in t for t in texts), texts


def test_a_definition_in_code_is_not_used(tmp_path):
    text = "---\ntitle: t\n---\n\n```\n\\newcommand{\\th}{2}\n```\n\n$$\\th + \\th = 4$$\n"
    rows = _rows(tmp_path, text)
    assert rows[9].verdict != "proved", rows[9].reason


def test_a_definition_after_the_row_does_not_apply(tmp_path):
    text = "---\ntitle: t\n---\n\n$$\\th + \\th = 4$$\n\n\\newcommand{\\th}{2}\n"
    rows = _rows(tmp_path, text)
    assert rows[5].verdict != "proved", rows[5].reason


def test_a_later_definition_replaces_an_earlier_one(tmp_path):
    text = (
        "---\ntitle: t\n---\n\n\\newcommand{\\c}{2}\n\n$$\\c + \\c = 4$$\n\n"
        "\\renewcommand{\\c}{3}\n\n$$\\c + \\c = 4$$\n"
    )
    rows = _rows(tmp_path, text)
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[11].verdict != "proved", rows[11].reason


def test_many_hostile_definitions_stay_cheap():
    text = "\\newcommand{\\a}{{{{" * 1 + "\n" + "\\newcommand{\\b}{x\n" * 50_000 + "$$a = b$$\n"
    t0 = time.process_time()
    extract(text)
    assert time.process_time() - t0 < 2.0
    text = "\\newcommand{\\z}{\\z\\z}\n\n$$\\z = 1$$\n"
    rows, _ = extract(text)  # a self-expanding macro is bounded: the row is unparsed
    assert all(r.text != "" for r in rows)


@pytest.mark.parametrize("c", [1, 2, 3, 4])
def test_only_the_true_constant_is_proved(tmp_path, c):
    """Property: d/dtheta(-theta^2 + 3 theta) = -2 theta + c is proved exactly when
    sympy's derivative of the hand-built expression agrees (c = 3)."""
    theta = sympy.Symbol("theta")
    truth = sympy.simplify(sympy.diff(-(theta**2) + 3 * theta, theta) - (-2 * theta + c)) == 0
    rows = _rows(tmp_path, _POST.replace("{last}", f"-2\\th + {c}"))
    assert rows[15].verdict != "unparsed", rows[15].reason
    assert (rows[15].verdict == "proved") is truth, rows[15].reason
