r"""A bare ``X`` in a moment, for samples the post declares ``X_i \sim L`` (expect17).

"Let $X_1, \ldots, X_n$ be i.i.d. $\mathrm{Exp}(\lambda)$ ... recall $E[X^2] = 2/\lambda^2$":
textbook posts write the moments of one sample with the bare letter of the samples. The
reader gave ``E[X^2]`` no value ("states a moment of a variable the post declares random,
which the reader cannot work out"). Each ``X_i`` has the law ``L``, so a moment of one
variable in that letter is the moment of ``L`` - when ``X`` is nothing else in the post.
The reading is used only to prove (a row that holds under it); a row it does not make
hold is left as before, never refuted by it.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

EXPONENTIAL = r"""
Let the samples be independent with density $f(x) = \lambda e^{-\lambda x}$,

$$X_i \sim \mathrm{Exp}(\lambda)$$

$$\mathbb{E}[X^2] = {value}$$
"""

POISSON = r"""
Let the counts be independent,

$$Y_i \sim \mathrm{Poisson}(\lambda)$$

$$\mathrm{Var}(Y) = {value}$$
"""

NORMAL = r"""
Let the samples be i.i.d.,

$$X_i \sim \mathcal{N}(\mu, \sigma^2)$$

$$\mathbb{E}[(X - \mu)^4] = {value}$$
"""

CASES = [
    (EXPONENTIAL, r"\frac{2}{\lambda^2}", [r"\frac{1}{\lambda^2}", r"\mathbb{E}[X]^2"]),
    (POISSON, r"\lambda", [r"\lambda^2", r"\frac{\lambda}{n}"]),
    (NORMAL, r"3\sigma^4", [r"\sigma^4", r"3\sigma^2"]),
]


@pytest.mark.parametrize(("post", "right", "wrongs"), CASES)
def test_a_moment_of_the_bare_letter_is_the_moment_of_one_sample(tmp_path, post, right, wrongs):
    row = post.strip().splitlines()[-1].split("=")[0].strip()
    assert verdict_of_row(tmp_path, post.replace("{value}", right), row) == "proved"
    for wrong in wrongs:  # a moment of another law, the square of the mean, a factor
        verdict = verdict_of_row(tmp_path, post.replace("{value}", wrong), row)
        assert verdict != "proved", wrong


DEFINED = r"""
Let the samples be independent with density $f(x) = \lambda e^{-\lambda x}$,

$$X_i \sim \mathrm{Exp}(\lambda)$$

$$X = \sum_{i=1}^n X_i$$

$$\mathbb{E}[X] = {value}$$
"""

SAID = r"""
Let the samples be independent with density $f(x) = \lambda e^{-\lambda x}$,

$$X_i \sim \mathrm{Exp}(\lambda)$$

and let $X$ be the total of the $n$ samples.

$$\mathbb{E}[X] = {value}$$
"""


@pytest.mark.parametrize("post", [DEFINED, SAID])
def test_a_bare_letter_the_post_gives_a_meaning_is_not_one_sample(tmp_path, post):
    """X = sum_i X_i (a row or a sentence): E[X] = 1/lambda, the mean of one sample, is not
    proved; and the right value n/lambda is not refuted by the one-sample reading."""
    one = verdict_of_row(tmp_path, post.replace("{value}", r"\frac{1}{\lambda}"), r"\mathbb{E}[X]")
    assert one != "proved"
    total = verdict_of_row(
        tmp_path, post.replace("{value}", r"\frac{n}{\lambda}"), r"\mathbb{E}[X]"
    )
    assert total != "refuted"


def test_the_bare_letter_beside_a_sample_is_not_read(tmp_path):
    """E[X X_1]: whether X is X_1 or another sample is not guessed (E[X_1^2] or E[X_1]^2)."""
    post = EXPONENTIAL.replace(
        r"\mathbb{E}[X^2] = {value}", r"\mathbb{E}[X X_1] = \frac{2}{\lambda^2}"
    )
    assert verdict_of_row(tmp_path, post, r"\mathbb{E}[X X_1]") != "proved"
    post = EXPONENTIAL.replace(
        r"\mathbb{E}[X^2] = {value}", r"\mathbb{E}[X X_1] = \frac{1}{\lambda^2}"
    )
    assert verdict_of_row(tmp_path, post, r"\mathbb{E}[X X_1]") != "proved"


def test_a_meaning_given_in_a_sentence_with_no_display_after_it(tmp_path):
    """The sentence that gives X its meaning may stand anywhere in the prose (here after the
    rows, before no display): it is read from the whole prose."""
    post = (
        EXPONENTIAL.replace("{value}", r"\frac{1}{\lambda}").replace("X^2", "X")
        + "\nHere $X$ is the total of the $n$ samples.\n"
    )
    assert verdict_of_row(tmp_path, post, r"\mathbb{E}[X]") != "proved"
