"""A density the sentence before it defines by its family's name (expect59).

"Let's say we define the Negative Binomial as follows:" then ``f(x) = {x+r-1 \\choose x}
p^x (1-p)^r`` and "With mean and variance: ``E(x) = rp/(1-p)``" (held-out external12,
imathworks-negative-binomial-method-of-moments-r-p, lines 17 and 21): the words name the
family the formula is a mass function of, as "follow the exponential distribution:" does
(._announced_density), but the sentence did not end on "distribution", so ``f`` was any
function of the post and the mean "had no value the engine can compare". The law still
comes from the formula (which convention: ``p`` counted or stopping), never from the words.
Failed at bf263d2.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

PMF = "$$f(x) = {x+r-1 \\choose x} p^x (1-p)^r$$"


def _last(tmp_path, sentence: str, row: str) -> str:
    post = tmp_path / "post.md"
    text = f"---\ntitle: t\n---\n\n{sentence}\n\n{PMF}\n\nWith mean:\n\n$${row}$$\n"
    post.write_text(text, encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


DEFINING = [
    "Let's say we define the Negative Binomial as follows:",
    "The negative binomial distribution is defined as follows:",
]


@pytest.mark.parametrize("sentence", DEFINING)
def test_the_mean_under_the_defined_mass_function_is_proved(tmp_path, sentence):
    assert _last(tmp_path, sentence, "E(X) = \\frac{rp}{1-p}") == "proved"


@pytest.mark.parametrize("sentence", DEFINING)
@pytest.mark.parametrize(
    "row",
    [
        "E(X) = \\frac{r(1-p)}{p}",  # the other convention's mean: not this formula's
        "E(X) = \\frac{rp}{(1-p)^2}",  # the variance for the mean
    ],
)
def test_a_wrong_mean_is_never_proved(tmp_path, sentence, row):
    assert _last(tmp_path, sentence, row) == "refuted"


@pytest.mark.parametrize(
    "sentence",
    [
        "We define the Negative Binomial later; first consider",  # no colon, not this formula
        "Let's say we define the likelihood as follows:",  # no family named
    ],
)
def test_words_that_name_no_family_of_the_formula_give_no_law(tmp_path, sentence):
    assert _last(tmp_path, sentence, "E(X) = \\frac{rp}{1-p}") not in ("proved", "refuted")
