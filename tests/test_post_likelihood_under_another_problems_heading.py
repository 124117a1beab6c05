"""A likelihood is not refuted by a density stated under another heading (held-out batch 46).

Jimmy Hickey's ST702 page (external46, problems 10.1 and 10.3) states the density
``f(x|\\theta) = \\frac{1}{2}(1 + \\theta x)`` under the heading of problem 10.1; problem 10.3,
under its own heading, is a sample from n(theta, theta), said in words the reader does not take
for a law, and its log-likelihood (line 77, correct) was weighed against 10.1's density and
refuted. A stated estimate is already weighed only against the density under its own heading
(``_build._estimate_model``, adversarial set 7); a likelihood is weighed the same way: against
a density of another heading a disagreement is no refutation (the model may be another), and
under the density's own heading a likelihood that is not its product is refuted as before.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_DENSITY = "A sample from the density below.\n\n$$f(x|\\theta) = \\frac{1}{2}(1 + \\theta x)$$\n\n"
_LIKELIHOODS = (
    "\\ell = -\\frac{n}{2}\\log(2\\pi\\theta) - \\sum_{i=1}^n \\frac{(x_i - \\theta)^2}{2\\theta}",
    "\\ell = \\sum_{i=1}^n \\log(1 + 2\\theta x_i)",
)


@pytest.mark.parametrize("likelihood", _LIKELIHOODS)
def test_a_likelihood_under_another_problems_heading_is_not_refuted(tmp_path, likelihood):
    body = "# 1\n\n" + _DENSITY + f"# 2\n\nA sample from another population.\n\n$${likelihood}$$\n"
    assert verdict_of_row(tmp_path, body, likelihood) != "refuted"


def test_a_wrong_likelihood_under_the_densitys_own_heading_is_refuted(tmp_path):
    likelihood = _LIKELIHOODS[1]
    body = "# 1\n\n" + _DENSITY + f"$${likelihood}$$\n"
    assert verdict_of_row(tmp_path, body, likelihood) == "refuted"


def test_a_right_likelihood_under_the_densitys_own_heading_is_not_refuted(tmp_path):
    likelihood = "\\ell = \\sum_{i=1}^n \\log(1 + \\theta x_i) - n \\log 2"
    body = "# 1\n\n" + _DENSITY + f"$${likelihood}$$\n"
    assert verdict_of_row(tmp_path, body, likelihood) != "refuted"
