"""EXPECT9: independence said in the sentence of an inline declaration.

"Let $X_1, \\ldots, X_n$ be i.i.d. with $X_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$": the
declaration is an inline formula, whose row has no paragraph of its own, so the "i.i.d."
around it was never read and ``\\mathrm{Var}(\\bar X) = \\sigma^2/n`` was "states a moment
... which the reader cannot work out". The sentence that holds the formula says it; so
does "a random sample". A sentence that doubts it ("not independent", "correlated"), or
says nothing, leaves the samples without independence: nothing that needs it is proved,
and nothing is refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_MEAN = "and let $\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"


def _last(tmp_path, head: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    text = "---\ntitle: t\n---\n\n" + head + _MEAN + f"$$ {row} $$\n"
    path.write_text(text, encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[max(rows)]


_LAW = "$X_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$"
SAID = [
    f"Let $X_1, \\ldots, X_n$ be i.i.d. with {_LAW} ",
    f"Let $X_1, \\ldots, X_n$ be independent, each {_LAW}, ",
    f"Take a random sample $X_1, \\ldots, X_n$ with {_LAW} ",
]
NOT_SAID = [
    f"Let $X_1, \\ldots, X_n$ be draws with {_LAW} ",
    f"Let $X_1, \\ldots, X_n$ be i.i.d. but not independent of the noise, {_LAW} ",
    f"Let $X_1, \\ldots, X_n$ be correlated, identically distributed, {_LAW} ",
]

CORRECT = [
    "\\mathrm{Var}(\\bar X) = \\frac{\\sigma^2}{n}",
    "\\mathbb{E}[X_1 X_2] = \\mu^2",
    "\\mathbb{E}[\\bar X^2] = \\frac{\\sigma^2}{n} + \\mu^2",
]
WRONG = [
    "\\mathrm{Var}(\\bar X) = \\frac{\\sigma^2}{n - 1}",  # n - 1 for n
    "\\mathrm{Var}(\\bar X) = \\frac{\\sigma}{n}",  # a missing square
    "\\mathbb{E}[\\bar X^2] = \\mu^2",  # the variance term dropped
]


@pytest.mark.parametrize("head", SAID)
@pytest.mark.parametrize("row", CORRECT)
def test_said_in_the_sentence_is_independence(tmp_path, head, row):
    assert _last(tmp_path, head, row)[0] == "proved"


@pytest.mark.parametrize("head", SAID[:1])
@pytest.mark.parametrize("row", WRONG)
def test_wrong_twins_are_not_proved(tmp_path, head, row):
    assert _last(tmp_path, head, row)[0] not in ("proved", "given", "plausible")


@pytest.mark.parametrize("head", NOT_SAID)
@pytest.mark.parametrize("row", CORRECT[:2])
def test_without_independence_said_nothing_is_proved_nor_refuted(tmp_path, head, row):
    verdict, _ = _last(tmp_path, head, row)
    assert verdict not in ("proved", "given", "plausible", "refuted")


def test_a_random_sample_before_a_display_declaration(tmp_path):
    head = "Let the data be a random sample:\n\n$$ X_i \\sim \\mathcal{N}(\\mu, \\sigma^2) $$\n\n"
    assert _last(tmp_path, head, CORRECT[0])[0] == "proved"
    doubted = (
        "Let the data be a random sample, correlated in time:\n\n"
        "$$ X_i \\sim \\mathcal{N}(\\mu, \\sigma^2) $$\n\n"
    )
    assert _last(tmp_path, doubted, CORRECT[0])[0] not in ("proved", "refuted")
