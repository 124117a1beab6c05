"""The sample mean of samples whose law a sentence declares (external36).

"Consider a random sample $X_1, X_2, \\dots, X_n$ from a Bernoulli distribution with
parameter $p$", then ``E[\\bar{X}] = p`` and ``Var(\\bar{X}) = p(1 - p)/n``: the sentence's law
was given only to the letters the rows write as samples (``X_1``, ``X_i``), so a post that
writes nothing but ``\\bar X`` had no law for it ("states a moment of bar_X, a statistic,
which the reader cannot work out"), where the same rows after a declaration ``$X_1, \\ldots,
X_n \\sim \\mathrm{Bernoulli}(p)$`` are proved or refuted. And "i.i.d. Uniform$(0,
\\theta)$ random variables" (the family's word glued to its formula) declared no law at all.
A row gets the verdict the same row gets after the declaration written with ``\\sim``.
Failed at 00fa771.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, sentence: str, rows: list[str]) -> list[str]:
    body = sentence + "\n\n" + "\n\n".join(f"$${r}$$" for r in rows) + "\n"
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


CASES = [
    (
        "Consider a random sample $X_1, X_2, \\dots, X_n$ from a Bernoulli distribution with "
        "parameter $p$.",
        "Let $X_1, \\ldots, X_n \\sim \\mathrm{Bernoulli}(p)$ be i.i.d.",
        [
            "E[\\bar{X}] = p",
            "E[\\bar{X}] = 2p",
            "Var\\left(\\frac{1}{n} \\sum_{i=1}^n X_i\\right) = \\frac{p(1 - p)}{n}",
            "Var\\left(\\frac{1}{n} \\sum_{i=1}^n X_i\\right) = p(1 - p)",
        ],
    ),
    (
        "Let $X_1, X_2, \\ldots, X_n$ be iid Poisson($\\lambda$).",
        "Let $X_1, \\ldots, X_n \\sim \\mathrm{Poisson}(\\lambda)$ be i.i.d.",
        [
            "E[\\bar{X}] = \\lambda",
            "E[\\bar{X}] = 2\\lambda",
            "E[\\bar{X} + 1] = \\lambda + 1",
            "E[3 \\bar{X}] = \\lambda",
        ],
    ),
    (
        "Given $X_1, X_2, \\ldots, X_n$ are i.i.d. Uniform$(0, \\theta)$ random variables.",
        "Let $X_1, \\ldots, X_n \\sim \\text{Uniform}(0, \\theta)$ be i.i.d.",
        [
            "E[\\bar{X}] = \\frac{\\theta}{2}",
            "E[\\bar{X}] = \\theta",
            "E\\left[ \\frac{2}{n} \\sum_{i=1}^n X_i \\right] = \\theta",
            "\\mathrm{Var}\\left( \\frac{2}{n} \\sum_{i=1}^n X_i \\right) = \\frac{\\theta^2}{3 n}",
            "\\mathrm{Var}\\left( \\frac{2}{n} \\sum_{i=1}^n X_i \\right) = \\frac{\\theta^2}{3}",
        ],
    ),
]


@pytest.mark.parametrize("said, declared, rows", CASES)
def test_a_law_in_words_gives_the_sample_mean_its_moments(tmp_path, said, declared, rows):
    got = [_verdicts(tmp_path, said, [r])[-1] for r in rows]
    want = [_verdicts(tmp_path, declared, [r])[-1] for r in rows]
    assert got == want, (rows, got, want)
    assert "proved" in got and "refuted" in got, got


@pytest.mark.parametrize(
    "row, verdict",
    [("Var(\\bar{X}) = \\frac{p(1 - p)}{n}", "proved"), ("Var(\\bar{X}) = p(1 - p)", "refuted")],
)
def test_the_variance_of_the_mean_takes_the_size_the_list_ends_at(tmp_path, row, verdict):
    # expect59: with no row writing the X_i, the listed X_1, ..., X_n in the sentence gives
    # \bar X its range (until then both rows were unchecked: the size was not read)
    said = CASES[0][0]
    assert _verdicts(tmp_path, said, [row])[-1] == verdict


def test_one_variable_said_without_a_sample_gives_its_mean_no_law(tmp_path):
    # "Let $X$ be Poisson": one variable, no sample; \bar X is not the mean of samples of it
    got = _verdicts(tmp_path, "Let $X$ be Poisson($\\lambda$).", ["E[\\bar{X}] = \\lambda"])
    assert got[-1] not in ("proved", "refuted"), got


def test_a_list_item_after_the_law_is_a_sentence_of_its_own(tmp_path):
    # "1. **Problem:**\nGiven $X_1, ...$ are i.i.d. Uniform$(0, \theta)$ ... correct.\n2. ...":
    # with no capital after the full stop the sentence ran on into the next items, and an
    # "if" there ("is unbiased if") denied the law
    said = (
        "1. **Problem Statement:**\nGiven $X_1, X_2, \\ldots, X_n$ are i.i.d. "
        "Uniform$(0, \\theta)$ random variables, determine which options are correct.\n"
        "2. **Check:**\n$\\hat{\\theta}$ is unbiased if $E[\\hat{\\theta}] = \\theta$, so"
    )
    got = _verdicts(tmp_path, said, ["E[X_1] = \\frac{\\theta}{2}", "E[X_1] = \\theta"])
    assert got[-2:] == ["proved", "refuted"] or got[-1] == "refuted", got
    assert _verdicts(tmp_path, said, ["E[X_1] = \\frac{\\theta}{2}"])[-1] == "proved"
