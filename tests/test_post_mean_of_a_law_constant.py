r"""``E[c] = c`` for ``c`` made of the parameters of the declared law (expect17).

``I_n(\lambda) = -\mathbb{E}[-n/\lambda^2] = n/\lambda^2`` is the last step of nearly every
Fisher-information post whose second derivative of the log-likelihood holds no data
(exponential rate, normal mean, gamma rate with the shape known). The reader left ``E[c]``
without a value when no random variable is written inside ("a symbol written alone in
E[...] may itself be random": a parameter under its posterior), so the row was "taken as
given". Under a declared law ``X \sim \mathrm{Exp}(\lambda)`` the law's parameters are
numbers of its expectations - unless the post makes them random too (a prior, a
posterior, a law of its own), which keeps the old refusal.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

EXPONENTIAL = r"""
Let $X_1, \ldots, X_n$ be independent,

$$X_i \sim \mathrm{Exp}(\lambda)$$

$$\ell(\lambda) = n \log \lambda - \lambda \sum_{i=1}^n x_i$$

$$I_n(\lambda) = -\mathbb{E}\left[-\frac{n}{\lambda^2}\right] = {value}$$
"""

NORMAL = r"""
Let $X_1, \ldots, X_n$ be i.i.d. with $\sigma^2$ known,

$$X_i \sim \mathcal{N}(\mu, \sigma^2)$$

$$\frac{\partial^2 \ell}{\partial \mu^2} = -\frac{n}{\sigma^2}$$

$$I(\mu) = -\mathbb{E}\left[-\frac{n}{\sigma^2}\right] = {value}$$
"""

GAMMA = r"""
Let $X \sim \mathrm{Gamma}(\alpha, \beta)$ with $\alpha$ known and density
$f(x) = \frac{\beta^\alpha}{\Gamma(\alpha)} x^{\alpha - 1} e^{-\beta x}$.

$$\ell(\beta) = \alpha \log \beta - \log \Gamma(\alpha) + (\alpha - 1)\log x - \beta x$$

$$I(\beta) = -\mathbb{E}\left[-\frac{\alpha}{\beta^2}\right] = {value}$$
"""

CASES = [
    (EXPONENTIAL, r"\frac{n}{\lambda^2}", [r"\frac{1}{\lambda^2}", r"-\frac{n}{\lambda^2}"]),
    (NORMAL, r"\frac{n}{\sigma^2}", [r"\frac{n}{\sigma}", r"\frac{1}{\sigma^2}"]),
    (GAMMA, r"\frac{\alpha}{\beta^2}", [r"\frac{\alpha}{\beta}", r"\frac{\alpha^2}{\beta^2}"]),
]


@pytest.mark.parametrize(("post", "right", "wrongs"), CASES)
def test_the_mean_of_a_constant_of_the_law_is_that_constant(tmp_path, post, right, wrongs):
    row = r"I"
    assert verdict_of_row(tmp_path, post.replace("{value}", right), row) == "proved"
    for wrong in wrongs:  # a factor dropped, a sign, a power: never proved
        assert verdict_of_row(tmp_path, post.replace("{value}", wrong), row) != "proved"


BAYES = r"""
$$X \sim \mathrm{Exp}(\lambda)$$

$$\lambda \sim \mathrm{Gamma}(a, b)$$

$$\mathbb{E}\left[\frac{1}{\lambda^2}\right] = \frac{1}{\lambda^2}$$
"""

PRIOR_IN_WORDS = r"""
We put a gamma prior on the rate of

$$X \sim \mathrm{Exp}(\lambda)$$

$$\mathbb{E}\left[\frac{1}{\lambda^2}\right] = \frac{1}{\lambda^2}$$
"""

NO_LAW = r"""
Let $c$ be a number.

$$\mathbb{E}\left[\frac{1}{\lambda^2}\right] = \frac{1}{\lambda^2}$$
"""

NOT_A_PARAMETER = r"""
$$X \sim \mathrm{Exp}(\lambda)$$

$$\mathbb{E}\left[\frac{c}{\lambda^2}\right] = \frac{c}{\lambda^2}$$
"""


@pytest.mark.parametrize("post", [BAYES, PRIOR_IN_WORDS, NO_LAW, NOT_A_PARAMETER])
def test_a_parameter_that_may_be_random_keeps_its_mean_open(tmp_path, post):
    """A law of the parameter (a row or a sentence), no law at all, or a letter that is no
    parameter of the declared law: E[c] = c is not proved, and not refuted."""
    assert verdict_of_row(tmp_path, post, r"\mathbb{E}") not in ("proved", "refuted")


@pytest.mark.parametrize("count", ["N", "m"])
def test_a_random_count_is_not_a_constant(tmp_path, count):
    """E[N/lambda] with N ~ Poisson(mu) declared: N is random, E[N/lambda] is not N/lambda."""
    post = r"""
$$X \sim \mathrm{Exp}(\lambda)$$

$$N \sim \mathrm{Poisson}(\mu)$$

$$\mathbb{E}\left[\frac{N}{\lambda}\right] = \frac{N}{\lambda}$$
""".replace("N", count)
    assert verdict_of_row(tmp_path, post, r"\mathbb{E}") != "proved"
