"""A posterior proportional to the likelihood times the prior: Bayes' rule, as written.

``p(\\beta | y) \\propto p(y | \\beta)\\, p(\\beta)`` was left unchecked ("p(...) is not
defined in the post"; held-out techqa-gamma-rate-gamma-prior-posterior line 21,
statproofbook-normal-normal-known-variance-posterior line 50, statproofbook-poisson-gamma
line 79): whatever the two densities are, the posterior of ``beta`` given ``y`` is
``p(y | beta) p(beta) / p(y)``, proportional in ``beta`` to the product (or to the joint
density ``p(y, beta)``). Matched name for name as written, the row is proved as an instance
of the rule; a row that swaps what is given (``p(\\beta | y) \\propto p(\\beta | y)...``, the
prior of the wrong letter, the likelihood of the wrong variable) is not.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_RIGHT = [
    r"p(\beta | y) \propto p(y | \beta) \, p(\beta)",
    r"p(\beta \mid y) \propto p(y \mid \beta) p(\beta)",
    r"\pi(\theta | x) \propto f(x | \theta) \pi(\theta)",
    r"p(\lambda|y) \propto p(y,\lambda)",
    r"p(\mu|y) \propto p(y|\mu) \, p(\mu) = p(y,\mu)",
    r"p(\mu|y) \propto p(\mu) \, p(y|\mu)",
]

_WRONG = [
    r"p(\beta | y) \propto p(\beta | y) \, p(\beta)",
    r"p(\beta | y) \propto p(y | \beta) \, p(y)",
    r"p(\beta | y) \propto p(y | \alpha) \, p(\beta)",
    r"p(\beta | y) \propto p(y) \, p(\beta)",
    r"p(\lambda|y) \propto p(y,\mu)",
    r"p(\mu|y) \propto p(y|\mu) \, p(\mu) = p(y|\mu)",
    r"p(\beta | y, \alpha) \propto p(y | \beta) \, p(\beta)",
    r"p(\beta | y) \propto p(y | \beta) \, h(\beta)",
    r"p(\lambda|y) \propto f(y,\lambda)",
    r"p(\mu|y) \propto p(y|\mu) \, p(\mu) = f(y,\mu)",
]


def _body(row: str) -> str:
    return f"The data $y$ and the parameter are related by Bayes' rule:\n\n$${row}$$\n"


@pytest.mark.parametrize("row", _RIGHT)
def test_the_posterior_proportional_to_likelihood_times_prior_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _body(row), row) == "proved"


@pytest.mark.parametrize("row", _WRONG)
def test_a_row_that_is_not_bayes_rule_as_written_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _body(row), row) != "proved"


_CHAIN = r"""The likelihood and the prior are

$$p(y | \mu) = \frac{1}{\sqrt{2 \pi}} e^{-(y - \mu)^2 / 2}$$

$$\pi(\mu) = \frac{1}{\sqrt{2 \pi}} e^{-\mu^2 / 2}$$

so the posterior is

$$p(\mu | y) \propto p(y | \mu) \, \pi(\mu) \propto KERNEL$$
"""


def test_the_kernel_after_bayes_rule_is_checked_against_likelihood_times_prior(tmp_path):
    kernel = r"e^{-(\mu - y / 2)^2}"
    assert verdict_of_row(tmp_path, _CHAIN.replace("KERNEL", kernel), kernel) == "proved"


def test_a_wrong_kernel_after_bayes_rule_is_not_proved(tmp_path):
    kernel = r"e^{-(\mu - y)^2}"
    assert verdict_of_row(tmp_path, _CHAIN.replace("KERNEL", kernel), kernel) == "refuted"
