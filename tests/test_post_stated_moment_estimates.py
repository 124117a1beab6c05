"""A method-of-moments estimate stated for a uniform, beta or Laplace sample is weighed.

Probes of 2026-12-05 (evening), written before the fix; on fa1dc12 each correct row below was
"unchecked: states a result before (or without) the rows that derive it":
- the moment table knew only the normal, Poisson, Bernoulli and binomial laws;
- an estimate named ``\\hat\\theta_{MM}`` was weighed as a parameter ``theta_MM`` the model
  does not have;
- a domain said before it ("with $\\theta > 0$") stopped the weighing, as it rightly stops an
  MLE's (a maximum may sit on the boundary) - a moment equation's solution does not move;
- a Laplace scale's estimate, whose law's mean is free of it, was held to the first moment.
A wrong estimate is never proved, and never refuted either (another moment may be meant).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

UNIFORM = (
    "Let $X_1, \\dots, X_n$ be i.i.d. $\\text{Uniform}(0, \\theta)$ with $\\theta > 0$. "
    "Since $E[X] = \\theta/2$, the method of moments estimator is\n"
    "$$\\hat\\theta_{MM} = 2\\bar X.$$\n"
)
BETA = (
    "Let $X_1, \\dots, X_n$ be i.i.d. $\\text{Beta}(\\alpha, 1)$ with $\\alpha > 0$, so that "
    "the mean is $\\alpha/(\\alpha + 1)$. Matching it to the sample mean, the method of moments "
    "estimator is\n$$\\hat\\alpha_{MM} = \\frac{\\bar X}{1 - \\bar X}.$$\n"
)
LAPLACE = (
    "Let $X_1, \\dots, X_n$ be i.i.d. $\\text{Laplace}(0, b)$. Its second moment is $2b^2$, "
    "so the method of moments estimator from the second moment is\n"
    "$$\\hat b_{MM} = \\sqrt{\\frac{1}{2n}\\sum_{i=1}^n X_i^2}.$$\n"
)
CASES = [
    (UNIFORM, "2\\bar X", "3\\bar X"),
    (BETA, "{1 - \\bar X}", "{1 + \\bar X}"),
    (LAPLACE, "{2n}", "{n}"),
]


@pytest.mark.parametrize(("body", "right", "wrong"), CASES, ids=["uniform", "beta", "laplace"])
def test_a_stated_moment_estimate_is_proved(tmp_path, body, right, wrong):
    assert verdict_of_row(tmp_path, body, "_{MM}") == "proved"


@pytest.mark.parametrize(("body", "right", "wrong"), CASES, ids=["uniform", "beta", "laplace"])
def test_a_wrong_moment_estimate_is_neither_proved_nor_refuted(tmp_path, body, right, wrong):
    verdict = verdict_of_row(tmp_path, body.replace(right, wrong), "_{MM}")
    assert verdict == "unchecked"
