"""Adversarial set 15, pairs 01, 02, 03, 06: a law said in words, data the words change.

The said model (``._said_model``) weighs a likelihood against the plain product of the
density of the law a sentence declares. When the words say the recorded values are not
plain draws of that law - scaled ("recorded in minutes, $x_i = 60 X_i$", "stored
tripled"), selected ("zeros are never reported", "only values above 2 are kept") - or
that ``\\bar X`` is something other than the mean ("the total"), that product is not the
likelihood: the said model must not be used (the row is unchecked or given, never weighed
against the wrong law), and the density's normalisation must not be checked over the
law's own support.

Pairs of our own (other families, other wording): the wrong twin must not be proved, the
correct twin must not be refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._said_data import data_not_plain, mean_said_otherwise

_POISSON_NO_ZEROS = (
    "Arrivals per hour follow a Poisson law $Y \\sim \\text{Poisson}(\\mu)$, $\\mu > 0$.\n"
    "Hours with no arrival are not logged, so each of the $n$ logged counts "
    "$y_i$ is positive; $\\bar Y$ is their mean.\n\nThe likelihood of the logged counts "
    "is\n\n$$ROW$$\n"
)
_EXP_TRIPLED = (
    "Let $W_1, \\ldots, W_n$ be a sample from an exponential distribution "
    "$W \\sim \\text{Exp}(\\beta)$ with mean $\\beta > 0$.\n"
    "Each value is stored tripled, $w_i = 3 W_i$, and $\\bar W$ is the mean of the stored "
    "$w_i$.\n\nThe likelihood of the stored values is\n\n$$ROW$$\n"
)
_EXP_ABOVE_TWO = (
    "Waiting times follow an exponential distribution $T \\sim \\text{Exp}(\\kappa)$ with "
    "rate $\\kappa > 0$.\nThe clerk keeps only the waiting times beyond $2$ minutes, so every "
    "kept value $t_1, \\ldots, t_n$ is above $2$.\n\nThe likelihood of the kept values is"
    "\n\n$$ROW$$\n"
)
_POISSON_BAR_SUM = (
    "Let $Y_1, \\ldots, Y_n$ be a sample from a Poisson distribution "
    "$Y \\sim \\text{Poisson}(\\mu)$, $\\mu > 0$.\n"
    "Here $\\bar Y$ stands for the sum $Y_1 + \\cdots + Y_n$ of the sample.\n\n"
    "The likelihood, in terms of $\\bar Y$, is\n\n$$ROW$$\n"
)

PAIRS = [
    # (post, wrong row, correct row)
    (
        _POISSON_NO_ZEROS,
        "L(\\mu) = \\frac{\\mu^{n \\bar Y} e^{-n\\mu}}{\\prod_{i=1}^{n} y_i!}",
        "L(\\mu) = \\frac{\\mu^{n \\bar Y} e^{-n\\mu}}{(1 - e^{-\\mu})^{n} \\prod_{i=1}^{n} y_i!}",
    ),
    (
        _EXP_TRIPLED,
        "L(\\beta) = \\beta^{-n} e^{-n \\bar W / \\beta}",
        "L(\\beta) = (3\\beta)^{-n} e^{-n \\bar W / (3\\beta)}",
    ),
    (
        _EXP_ABOVE_TWO,
        "L(\\kappa) = \\kappa^{n} e^{-\\kappa \\sum_{i=1}^{n} t_i}",
        "L(\\kappa) = \\kappa^{n} e^{-\\kappa \\sum_{i=1}^{n} (t_i - 2)}",
    ),
    (
        _POISSON_BAR_SUM,
        "L(\\mu) = \\frac{\\mu^{n \\bar Y} e^{-n\\mu}}{\\prod_{i=1}^{n} y_i!}",
        "L(\\mu) = \\frac{\\mu^{\\bar Y} e^{-n\\mu}}{\\prod_{i=1}^{n} y_i!}",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_wrong_likelihood_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_likelihood_of_the_changed_data_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_plain_draws_keep_the_said_model(tmp_path):
    """Without such words the said model still weighs the likelihood: the plain
    exponential likelihood without its n is refuted, with it not."""
    post = (
        "Let $W_1, \\ldots, W_n$ be a sample from an exponential distribution "
        "$W \\sim \\text{Exp}(\\beta)$ with mean $\\beta > 0$, and $\\bar W$ their mean.\n\n"
        "The likelihood is\n\n$$ROW$$\n"
    )
    wrong = "L(\\beta) = \\beta^{-n} e^{-\\bar W / \\beta}"
    right = "L(\\beta) = \\beta^{-n} e^{-n \\bar W / \\beta}"
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) == "refuted"
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


@pytest.mark.parametrize(
    "words",
    [
        "We record each lifetime in minutes, $x_i = 60 X_i$.",
        "Days with no event are never reported.",
        "zero counts were not recorded",
        "The instrument only records lifetimes longer than $1$ hour.",
        "only the values above $1$ are kept",
        "Each value is stored tripled.",
        "the readings were doubled before storage",
        "Values below the detection limit are discarded.",
        "we observe $y_i = X_i + 5$ for each unit",
    ],
)
def test_words_that_change_the_data(words):
    assert data_not_plain(words)


@pytest.mark.parametrize(
    "words",
    [
        "Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution.",
        "The likelihood depends on the data only through $\\bar x$.",
        "We record the values $x_1, \\ldots, x_n$.",
        "the mean is measured in hours",
        "Only the first two terms depend on $\\mu$.",
        "Let $x_i = 3$ for the example.",
    ],
)
def test_words_that_do_not(words):
    assert not data_not_plain(words)


def test_a_bar_said_to_be_the_total():
    assert mean_said_otherwise("$\\bar X$ denotes the sample total, not the mean", "x")
    assert mean_said_otherwise("Here $\\bar Y$ stands for the sum of the sample", "y")
    assert not mean_said_otherwise("write $\\bar X$ for the mean of the $x_i$", "x")
    assert not mean_said_otherwise("$\\bar X$ is the sample mean; the total is $n\\bar X$", "x")


def test_hostile_prose_is_read_in_bounded_time():
    import time

    start = time.process_time()  # CPU: load does not stretch it
    for text in ("a" * 200_000, "only " * 40_000, "$x_i = " * 30_000, "\\bar X " * 30_000):
        data_not_plain(text)
        mean_said_otherwise(text)
    assert time.process_time() - start < 10
