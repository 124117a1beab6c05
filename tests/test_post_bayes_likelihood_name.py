"""Bayes' rule written with the likelihood's own name: ``\\pi(\\theta | y) \\propto L(\\theta)
\\pi(\\theta)``.

The rule was proved only when the likelihood was written as a conditional density
(``p(y | \\theta)``); with the likelihood's name (``L``, ``\\mathcal{L}``, a function of the
parameters alone, held-out rpubs-normal-flat-prior-joint-posterior line 25) the row was
unchecked ("pi(...) is not defined in the post"). The name says what the function is: the
likelihood of the parameters the posterior is of. The row is proved when the likelihood and
the prior are functions of exactly what the posterior is of, the prior under the posterior's
letter or ``\\pi``, and the posterior is given one name (the data: ``L`` does not say what
else it is given). Anything else stays with the ordinary reading.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_RIGHT = [
    r"\pi(\theta \mid y) \propto L(\theta) \pi(\theta)",
    r"p(\theta | x) \propto L(\theta) \, p(\theta)",
    r"\pi(\theta, \sigma^2 \mid y) \propto L(\theta, \sigma^2) \times \pi(\theta, \sigma^2)",
    r"p(\mu | x) \propto p(\mu) \mathcal{L}(\mu)",
]

_WRONG = [
    # the likelihood of another parameter, or of fewer / more of them
    r"\pi(\theta \mid y) \propto L(\mu) \pi(\theta)",
    r"\pi(\theta, \sigma^2 \mid y) \propto L(\theta) \pi(\theta, \sigma^2)",
    r"\pi(\theta \mid y) \propto L(\theta, \sigma) \pi(\theta)",
    # the prior of another parameter, or under a letter of its own
    r"\pi(\theta \mid y) \propto L(\theta) \pi(y)",
    r"p(\theta \mid y) \propto L(\theta) h(\theta)",
    # a name that is not the likelihood's
    r"\pi(\theta \mid y) \propto g(\theta) \pi(\theta)",
    # a posterior given more than the data: L does not say it is given that too
    r"\pi(\theta \mid y, \alpha) \propto L(\theta) \pi(\theta)",
    # the likelihood alone, or squared
    r"\pi(\theta \mid y) \propto L(\theta)",
    r"\pi(\theta \mid y) \propto L(\theta)^2 \pi(\theta)",
]


def _body(row: str) -> str:
    return f"By Bayes' theorem, with the likelihood $L$ of the data $y$:\n\n$${row}$$\n"


@pytest.mark.parametrize("row", _RIGHT)
def test_the_posterior_proportional_to_the_named_likelihood_times_prior_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _body(row), row) == "proved"


@pytest.mark.parametrize("row", _WRONG)
def test_a_row_that_is_not_bayes_rule_with_the_named_likelihood_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _body(row), row) != "proved"
