"""Laws stated with "be" / "are" right after the variable (EXPECT5).

"Let $X_1, \\dots, X_n$ be iid Poisson($\\lambda$)", "Suppose $X_1, \\dots, X_n$ are iid
$N(\\mu, \\sigma^2)$", "Let $X$ be $\\text{Poisson}(\\lambda)$": the commonest way to state
a model, yet :mod:`._prose_laws` only read "from", "as", "follow(s)" and "has a ...
distribution", and not a family word glued to its bracket ("Poisson($\\lambda$)"). Their
moments then had no value (``E[\\sum X_i] = n\\lambda`` unchecked, ``Var(\\bar X)`` unrelated).

Read only when "be"/"are"/"is" comes right after the variable's formula and the family
comes right after it (optionally "iid", "independent"): "Let $X$ be the number of
Poisson($\\lambda$) arrivals" declares nothing. Independence only where the sentence says so.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws


def _verdict(tmp_path, sentence: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n\n{sentence}\n\n$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[7]


_IID_POISSON = "Let $X_1, \\dots, X_n$ be iid Poisson($\\lambda$)."
#: (a law's parameters must be written in the rows too: mu and sigma^2 both)
_IID_NORMAL = "Suppose $X_1, \\dots, X_n$ are iid $N(\\mu, \\sigma^2)$."
_ONE_POISSON = "Let $X$ be $\\text{Poisson}(\\lambda)$."

CASES = [
    # (sentence, correct row, wrong twin)
    (
        _IID_POISSON,
        "E\\left[\\sum_{i=1}^n X_i\\right] = n\\lambda",
        "E\\left[\\sum_{i=1}^n X_i\\right] = \\lambda",
    ),
    (
        _IID_POISSON,
        "\\operatorname{Var}\\left(\\frac{1}{n}\\sum_{i=1}^n X_i\\right) = \\frac{\\lambda}{n}",
        # n - 1 for n
        "\\operatorname{Var}\\left(\\frac{1}{n}\\sum_{i=1}^n X_i\\right) = \\frac{\\lambda}{n - 1}",
    ),
    (
        _IID_NORMAL,
        "E[X_1^2] = \\mu^2 + \\sigma^2",
        "E[X_1^2] = \\mu^2",  # the square of the mean
    ),
    (_ONE_POISSON, "E[X^2] = \\lambda + \\lambda^2", "E[X^2] = \\lambda^2"),
    (
        # "i.i.d." ends no sentence before the formula after it
        "Let $X_1, \\dots, X_n$ be i.i.d. $\\mathrm{Poisson}(\\lambda)$ random variables.",
        "E\\left[\\sum_{i=1}^n X_i^2\\right] = n(\\lambda + \\lambda^2)",
        "E\\left[\\sum_{i=1}^n X_i^2\\right] = n\\lambda^2",
    ),
    (
        "Let $X$ be $\\text{Poisson}(\\lambda)$.",
        "\\operatorname{Var}(3X + 2) = 9\\lambda",
        "\\operatorname{Var}(3X + 2) = 3\\lambda",  # Var(aX) = a Var(X)
    ),
]


@pytest.mark.parametrize(("sentence", "good", "wrong"), CASES)
def test_a_law_stated_with_be_gives_the_moments(tmp_path, sentence, good, wrong):
    assert _verdict(tmp_path, sentence, good)[0] == "proved"
    assert _verdict(tmp_path, sentence, wrong)[0] not in ("proved", "given", "plausible")


def test_without_independence_the_mean_of_the_sample_has_no_variance(tmp_path):
    sentence = "Let $X_1, \\dots, X_n$ be Poisson($\\lambda$)."
    row = "\\operatorname{Var}\\left(\\frac{1}{n}\\sum_{i=1}^n X_i\\right) = \\frac{\\lambda}{n}"
    assert _verdict(tmp_path, sentence, row)[0] != "proved"


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $X$ be the number of Poisson($\\lambda$) arrivals.",
        "Let $X$ be a zero-truncated Poisson($\\lambda$) count.",
        "The total $X$ is then Poisson($\\lambda$) only if the counts are independent.",
        "We do not assume that $X$ is Poisson($\\lambda$).",
    ],
)
def test_sentences_that_do_not_declare_the_law_give_none(tmp_path, sentence):
    assert _verdict(tmp_path, sentence, "E[X^2] = \\lambda + \\lambda^2")[0] != "proved"


def test_what_the_sentences_state():
    assert stated_laws(_IID_POISSON) == (("X", "Poisson", "", ("lambda",), True),)
    assert stated_laws(_ONE_POISSON)[0][:4] == ("X", "", "\\text{Poisson}", ("lambda",))
    assert stated_laws("Let $X$ be the number of Poisson($\\lambda$) arrivals.") == ()
