"""The sample mean ``\\bar X`` of a sample the post only lists (expect59).

"Consider a random sample $X_1, X_2, \\dots, X_n$ from a Bernoulli distribution with
parameter $p$. The estimator is $\\hat{p} = \\bar{X}$." and then ``Var(\\hat p) =
Var(\\bar X) = Var(X_1)/n = p(1 - p)/n`` (held-out external36, movsisyans, lines 16, 23,
24): no row writes the sample with an index letter (``X_i``), so ``\\bar X`` had no value
(the reader's sample mean needs a sample name and its range), ``\\hat p = \\bar X`` named
nothing the expectation could use, and every such row was unchecked ("states a moment of
hat_p, a statistic"). The list ``X_1, \\dots, X_n`` says both the sample and its size.
Failed at bf263d2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro59e"


def _verdicts(path: Path) -> dict[int, str]:
    out: dict[int, str] = {}
    for r in check_post(path, jobs=1).rows:
        out.setdefault(r.line, r.verdict)
    return out


def _truth(path: Path) -> dict[int, str]:
    rows = [ln.split("\t") for ln in path.read_text().splitlines() if ln and ln[0] != "#"]
    return {int(r[0]): r[1] for r in rows}


def test_the_correct_twin_is_proved_row_by_row():
    post = REPRO / "sample-mean-named-estimator-correct.md"
    got = _verdicts(post)
    for line, judgement in _truth(post.with_suffix(".truth")).items():
        if judgement == "correct" and line != 11:
            assert got.get(line) == "proved", (line, got)


def test_the_wrong_twin_is_refuted_and_never_proved():
    post = REPRO / "sample-mean-named-estimator-wrong.md"
    got = _verdicts(post)
    wrong = [line for line, j in _truth(post.with_suffix(".truth")).items() if j == "wrong"]
    assert all(got.get(line) != "proved" for line in wrong), got
    assert all(got.get(line) == "refuted" for line in wrong), got


def _one(tmp_path, sentence: str, row: str) -> str:
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{sentence}\n\n$${row}$$\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


@pytest.mark.parametrize(
    "sentence",
    [
        # two sizes listed for one letter: which one \bar X runs over is not said
        "Let $X_1, \\dots, X_n$ be iid Poisson($\\lambda$); later we take $X_1, \\dots, X_m$.",
        # not independent: the variance of the mean needs the covariances
        "Let $X_1, X_2, \\dots, X_n$ be random variables with Poisson($\\lambda$) laws, "
        "each pair correlated.",
    ],
)
def test_no_size_or_no_independence_leaves_the_variance_open(tmp_path, sentence):
    for row in ("Var(\\bar{X}) = \\frac{\\lambda}{n}", "Var(\\bar{X}) = \\lambda"):
        assert _one(tmp_path, sentence, row) not in ("proved", "refuted"), (sentence, row)


def test_a_law_said_on_the_line_after_an_unpunctuated_line_is_read(tmp_path):
    # held-out movsisyans line 9-10: a title line with no full stop ("Trying to prove the
    # sample mean $\hat{p} = \bar{X}$ is an efficient estimator") and, on the next line,
    # "Consider a random sample ... from a Bernoulli distribution": read as one sentence
    # whose first formula (p-hat = X-bar) is no variable, the law was lost
    said = (
        "Trying to prove the sample mean $\\hat{p} = \\bar{X}$ is an efficient estimator\n"
        "Consider a random sample $X_1, X_2, \\dots, X_n$ from a Bernoulli distribution "
        "with parameter $p$."
    )
    assert _one(tmp_path, said, "E[\\bar{X}] = E[X_1] = p") == "proved"
    assert _one(tmp_path, said, "Var(\\bar{X}) = \\frac{p(1 - p)}{n}") == "proved"
    assert _one(tmp_path, said, "Var(\\bar{X}) = p(1 - p)") == "refuted"


def test_a_capital_word_on_the_next_line_mid_sentence_does_not_split_it(tmp_path):
    # a sentence wrapped before a capitalised family name stays one sentence
    said = "Let $X_1, X_2, \\dots, X_n$ be a random sample from a\nPoisson($\\lambda$) law."
    assert _one(tmp_path, said, "E[\\bar{X}] = \\lambda") == "proved"
