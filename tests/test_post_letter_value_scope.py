"""A letter equated with another in a sentence is not its value for the rest of the post.

Held-out batch 29 (``tests/posts/incoming/repro31/``, Erik Tuck's beta-binomial note):
"In the limit $\\alpha = \\beta \\to 0$, ..." gave alpha the value beta (``\\to`` read as an
implication, the chain's first link as a definition), and a correct row under the next
heading, ``\\alpha = \\frac{0.45}{0.55} \\beta = \\frac{9}{11}\\beta``, was refuted against it.
Two readings were wrong: a statement that ends in a limit arrow to a number (``a = b \\to 0``)
states a limit, not a value; and a value given to a letter in a sentence (or a row opening
with it) under one heading is not the value of a row that restates the letter under another,
as it is not for a display definition already.

Properties: such a row is never refuted, in a single-dollar post or a ``$$`` one, with the
sentence's value under another heading or from a limit; a row false inside itself is never
proved; a letter's value given in a sentence and restated wrongly under the same heading with
no limit is still compared (nothing else changes)."""

from __future__ import annotations

import pytest

_TRUE = r"\alpha = \frac{0.45}{0.55} \beta = \frac{9}{11}\beta"
_FALSE = r"\alpha = \frac{0.45}{0.55} \beta = \frac{9}{10}\beta"

_SENTENCES = [
    r"In the limit $\alpha = \beta \to 0$, the estimator and the MLE are the same.",
    r"Take $\alpha = \beta$ in this example.",
    r"As $\alpha = \beta \rightarrow 0$ the prior is flat.",
]


def _rows(tmp_path, sentence: str, row: str, *, heading: bool, single: bool) -> list:
    from derivations.post import check_post

    math = f"${row}$" if single else f"$${row}$$"
    head = "## Another part\n" if heading else ""
    sep = "\n" if single else "\n\n"
    body = sep.join([sentence, head + "For a mean of $0.45$ we get", math])
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{body}\n", encoding="utf-8")
    rows = check_post(post, jobs=1).rows
    last = max(r.line for r in rows)
    return [r for r in rows if r.line == last]


@pytest.mark.parametrize("single", [True, False])
@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_row_under_another_heading_is_never_refuted_by_a_sentence_value(
    tmp_path, sentence, single
):
    rows = _rows(tmp_path, sentence, _TRUE, heading=True, single=single)
    assert rows and "refuted" not in {r.verdict for r in rows}


@pytest.mark.parametrize("single", [True, False])
@pytest.mark.parametrize("sentence", [_SENTENCES[0], _SENTENCES[2]])
def test_a_limit_gives_the_letter_no_value(tmp_path, sentence, single):
    rows = _rows(tmp_path, sentence, _TRUE, heading=False, single=single)
    assert rows and "refuted" not in {r.verdict for r in rows}


@pytest.mark.parametrize("heading", [True, False])
@pytest.mark.parametrize("single", [True, False])
@pytest.mark.parametrize("sentence", _SENTENCES)
def test_a_row_false_inside_itself_is_never_proved(tmp_path, sentence, single, heading):
    rows = _rows(tmp_path, sentence, _FALSE, heading=heading, single=single)
    assert "proved" not in {r.verdict for r in rows}


def test_a_sentence_value_restated_wrongly_in_the_same_part_is_still_compared(tmp_path):
    from derivations.post import check_post

    body = "Let $\\mu = 2\\theta + 1$ here.\n\n$$\\mu = 3\\theta + 1$$\n"
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{body}", encoding="utf-8")
    (row,) = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    assert row.verdict == "refuted"
