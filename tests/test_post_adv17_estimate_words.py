"""A stated estimate is weighed against the declared model only where the words leave that
model's whole parameter space and its first moments standing (adversarial set 17).

The score vanishing at ``\\bar x`` proves the MLE only over the whole space, and the first
moment matching proves a method-of-moments estimate only of the first moment. Words said
before the row took both away and the estimate was still proved: a space restricted in
words ("at most one half" a paragraph before the row, "rates of one or more", "either one
quarter or three quarters": pairs 35, 42, 43), a model replaced in words ("we use that model
from now on": 56), the second moment matched (44). The property: with such words the
estimate the unrestricted, first-moment reading gives is never proved; without them the
same estimate of the same model still is."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._stated_estimate import constrained, model_changed, moment_orders

_BERNOULLI = "Let $x_1, \\ldots, x_n$ be iid Bernoulli($p$) with $s = \\sum_i x_i$. "
_POISSON = "Let $x_1, \\ldots, x_n$ be iid Poisson($\\lambda$). "
_MEAN_P = "\\hat{p} = \\frac{1}{n}\\sum_{i=1}^{n} x_i"
_MEAN_L = "\\hat{\\lambda} = \\frac{1}{n}\\sum_{i=1}^{n} x_i"
_MLE = "The maximum-likelihood estimate is"
_MOM = "The method-of-moments estimate is"

#: (model, words between the model and the row, row): the words make the row unproved
_TAKEN_AWAY = [
    (_BERNOULLI, "The success probability is at most one half.", _MLE, _MEAN_P),
    (
        _BERNOULLI,
        "The coin is one of two known coins, with $p$ one quarter or three quarters.",
        _MLE,
        _MEAN_P,
    ),
    (_BERNOULLI, "Here $p$ is known to be no more than $0.3$.", _MLE, _MEAN_P),
    (_POISSON, "Only rates of one or more are possible.", _MLE, _MEAN_L),
    (_POISSON, "The rate is a whole number of events per hour.", _MLE, _MEAN_L),
    (_POISSON, "The rate is nonnegative and bounded by the capacity $c$.", _MLE, _MEAN_L),
    (
        _POISSON,
        "A constraint said long before the row: the rate is at least two. "
        + "The counts were collected over many days in several wards. " * 8,
        _MLE,
        _MEAN_L,
    ),
    (
        _POISSON,
        "From now on each $x_i$ is geometric with success probability $\\lambda$.",
        _MLE,
        _MEAN_L,
    ),
    (
        _POISSON,
        "In the second experiment each $x_i$ is now Poisson with mean $2\\lambda$.",
        _MLE,
        _MEAN_L,
    ),
    (_POISSON, "Matching the second moment $E[X^2] = \\lambda + \\lambda^2$ alone,", _MOM, _MEAN_L),
    (_POISSON, "Matching the variance $\\lambda$ to the sample variance,", _MOM, _MEAN_L),
]


@pytest.mark.parametrize(("model", "words", "says", "row"), _TAKEN_AWAY)
def test_words_that_take_the_space_or_the_moment_away_leave_it_unproved(
    tmp_path, model, words, says, row
):
    body = f"{model}{words} {says}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted")


@pytest.mark.parametrize(
    ("model", "says", "row"),
    [(_BERNOULLI, _MLE, _MEAN_P), (_POISSON, _MLE, _MEAN_L), (_POISSON, _MOM, _MEAN_L)],
)
def test_without_such_words_the_estimate_is_still_proved(tmp_path, model, says, row):
    body = f"{model}{says}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"


def test_what_the_words_say():
    assert constrained("the parameter is at most one half")
    assert constrained("p is either 1/4 or 3/4")
    assert constrained("an integer mean")
    assert not constrained("the log-likelihood is increasing up to the sample mean")
    assert model_changed("and we use that model from now on")
    assert not model_changed("the log-likelihood of the model is")
    assert moment_orders("matching the second moment") == {2}
    assert moment_orders("matching $E[X^3]$ to the sample") == {3}
    assert moment_orders("matching the first moment") == frozenset()
    # words far back count; a hostile length is cut to the window before the row
    assert constrained("p is at most 1/2. " + "x" * 1500)
    assert not constrained("p is at most 1/2. " + "x" * 1_000_000)
