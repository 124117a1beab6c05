"""The support of a stated Bernoulli sample is used when the data are drawn.

Held-out batch 20 (techqa-bernoulli line 20; repro19 bernoulli-x-squared-equals-x-sum):
"Given $X_1, \\dots, X_n$, i.i.d. $\\text{Bernoulli}(p)$" and then ``\\sum X_i^2`` rewritten
``\\sum X_i`` (X^2 = X on {0, 1}) was refuted with X drawn from the reals. The law is read
from that sentence (a comma and "i.i.d." lead to it), and its {0, 1} support holds for the
capital letter the rows write as well as the small one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HERE = Path(__file__).parent


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


SENTENCES = [
    "Given $X_1, \\dots, X_n$, i.i.d. $\\text{Bernoulli}(p)$, find the UMVUE.",
    "Let $X_1, \\dots, X_n$ be i.i.d. $\\text{Bernoulli}(p)$.",
    "Let $X_1, \\dots, X_n$ be a random sample from a Bernoulli($p$) distribution.",
]


def _chain(sentence: str, last: str) -> str:
    return (
        f"{sentence}\n\n$$\n\\begin{{aligned}}\n"
        "S &= \\frac{1}{n-1} \\left(\\sum X_i^2 - n \\bar{X}^2 \\right) \\\\\n"
        f"&= {last}\n\\end{{aligned}}\n$$\n"
    )


RIGHT = "\\frac{1}{n-1} \\left(\\sum X_i - n \\bar{X}^2 \\right)"
WRONG = "\\frac{1}{n-1} \\left(\\sum X_i - n \\bar{X} \\right)"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_x_squared_is_x_is_not_refuted(tmp_path, sentence):
    rows = _rows(tmp_path, _chain(sentence, RIGHT))
    last = rows[max(rows)]
    assert last.verdict not in ("refuted", "unparsed"), last.reason


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_wrong_twin_is_not_proved(tmp_path, sentence):
    rows = _rows(tmp_path, _chain(sentence, WRONG))
    last = rows[max(rows)]
    assert last.verdict != "proved", last.reason


def test_without_the_law_the_step_is_refuted(tmp_path):
    """Nothing says the X_i are 0 or 1: X^2 = X is false, and a counterexample says so."""
    rows = _rows(tmp_path, _chain("Let $X_1, \\dots, X_n$ be a sample.", RIGHT))
    assert rows[max(rows)].verdict == "refuted", rows[max(rows)].reason


def test_a_poisson_sample_is_not_bernoulli(tmp_path):
    """X^2 = X for a Poisson sample (counts 0, 1, 2, ...) is wrong: not proved."""
    rows = _rows(tmp_path, _chain("Given $X_1, \\dots, X_n$, i.i.d. $\\text{Poisson}(p)$.", RIGHT))
    assert rows[max(rows)].verdict != "proved", rows[max(rows)].reason


def test_the_repro_row_is_not_refuted():
    post = HERE / "posts/incoming/repro19/bernoulli-x-squared-equals-x-sum-refuted.md"
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[14].verdict != "refuted", rows[14].reason
