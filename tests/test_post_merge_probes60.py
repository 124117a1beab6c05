"""Probes the lead wrote against the helpers' branches of 2026-12-06 (evening) before merging
them: correct rows that a new refutation rule must not refute, and a false step that a new
reading must not prove. Each post is a short derivation of the kind the rules were built for,
with the one premise the reader does not read said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import rows_of, verdict_of_row

INDICATOR = r"""
Let $X$ be the indicator of the event $A$, so $X$ takes only the values 0 and 1 and $X^2 = X$.

$$
E[X^2] = E[X]
$$
"""

COIN = r"""
Each $Y_i$ records whether the $i$-th coin lands heads (1) or tails (0), with probability $p$
of heads.

$$
\mathbb{E}[Y_i^2] = \mathbb{E}[Y_i] = p
$$
"""

POISSON = r"""
With $k_i$ counts from a Poisson law with mean $\lambda > 0$, the log-likelihood is

$$
\log L(\lambda) = \sum_{i=1}^n k_i \log\lambda - n\lambda - \sum_{i=1}^n \log(k_i!)
$$

and its derivative is

$$
\frac{d}{d\lambda}\log L(\lambda) = \frac{1}{\lambda}\sum_{i=1}^n k_i - n
$$

Setting this to zero. {words}:

$$
\frac{{1}}{{n}}\sum_{{i=1}}^n k_i
$$
"""

SCORES = r"""
For a normal sample with mean $\mu$ and variance $\sigma^2 > 0$,

$$
\ell(\mu, \sigma^2) = -\frac{n}{2}\log(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2
$$

The first order condition gives

$$
\frac{n}{2\sigma^2} = \frac{1}{2\sigma^4}\sum_{i=1}^n (x_i - \mu)^2
$$

$$
0 = \sum_{i=1}^n x_i - n\mu
$$

$$
= LAST
$$
"""


@pytest.mark.parametrize("body, row", [(INDICATOR, "E[X^2] = E[X]"), (COIN, r"\mathbb{E}[Y_i^2]")])
def test_a_moment_identity_of_a_law_said_in_words_is_not_refuted(tmp_path, body, row):
    """X^2 = X for a 0/1 variable: a point mass at 2 is not a law these posts allow."""
    assert verdict_of_row(tmp_path, body, row) != "refuted"


@pytest.mark.parametrize("words", ["This yields", "We get", "So we get", "Solving, we get"])
def test_an_estimate_after_setting_to_zero_is_not_a_rewrite_of_the_score(tmp_path, words):
    """The sentence before 'This yields' says the score was set to zero: the bare row is the
    root, not the score rewritten."""
    body = POISSON.replace("{words}", words).replace("{{", "{").replace("}}", "}")
    assert verdict_of_row(tmp_path, body, r"\frac{1}{n}\sum_{i=1}^n k_i") != "refuted"


def test_an_equation_continued_with_equals_is_the_same_condition(tmp_path):
    """0 = sum x_i - n mu, then '= xbar - mu': the score equation divided by n."""
    body = SCORES.replace("LAST", r"\bar{x} - \mu")
    assert verdict_of_row(tmp_path, body, r"= \bar{x} - \mu") != "refuted"


def test_an_equation_continued_with_a_slip_is_not_proved(tmp_path):
    body = SCORES.replace("LAST", r"\sum_{i=1}^n x_i - \mu")
    assert verdict_of_row(tmp_path, body, r"= \sum_{i=1}^n x_i - \mu") != "proved"


JIMMY_719 = (
    Path(__file__).parent
    / "posts/incoming/external46"
    / "jimmyhickey-st702-7-19-regression-through-origin-sufficient-mle-variance.md"
)


def test_zero_after_a_derivative_row_is_not_its_derivative_by_another_parameter():
    """Line 53 (0 = -(1/sigma^2) sum x_i y_i - ...) sets line 52, the derivative by beta, to
    zero; it is not 'the derivative by sigma^2 of line 52 set to zero', which unchecked60's
    reading of an unnamed score row found proportional, and the right beta-hat of line 54
    was then refuted as a step from it (the full held-out run after the merge)."""
    rows = rows_of(JIMMY_719)
    assert "derivative by sigma" not in (rows[53].how or "") + (rows[53].reason or "")
    assert rows[54].verdict != "refuted"
