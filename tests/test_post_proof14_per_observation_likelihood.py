"""A likelihood whose parameter changes with the observation (mu_i, p_i) is the model's.

Regression posts state the law of one response (``P(Y = y | mu) = mu^y e^{-mu}/y!``)
and then write the likelihood of ``n`` independent responses with a parameter of their
own each: ``L(mu | y) = prod_i mu_i^{y_i} e^{-mu_i}/y_i!`` (held-out post
external20/jonminton-html-poisson-regression-log-likelihood-log-link, line 40; the GLM
and logistic posts write the same with p_i). The reader took the row as a definition
("given"): a likelihood was only weighed against the model when its one parameter was
shared by every observation. Now the model's parameter may carry the observation's
index: the claim is ``prod_i g(y_i; mu_i)`` (or the sum of its logs), proved only when
the written value equals it; a value that differs (an exponent lost, a sign flipped,
a factor of the parameter dropped) is never proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"
POISSON = (
    "The counts follow the Poisson law\n\n"
    "$$P(Y = y \\mid \\mu) = \\frac{\\mu^y e^{-\\mu}}{y!}$$\n\n"
    "Assuming independence, the total likelihood is the product:\n\n"
)
BERNOULLI = (
    "Each label follows the Bernoulli law\n\n"
    "$$p(y \\mid p) = p^{y} (1-p)^{1-y}$$\n\n"
    "With independent labels the likelihood is\n\n"
)
NORMAL = (
    "Each response is normal with its own mean and a common variance:\n\n"
    "$$f(y ; \\mu, \\sigma) = \\frac{1}{\\sqrt{2\\pi}\\sigma}"
    " e^{-\\frac{(y-\\mu)^2}{2\\sigma^2}}$$\n\n"
    "so the log-likelihood of the sample is\n\n"
)

CASES = [
    # (model, right row, wrong twin)
    (
        POISSON,
        "$$L(\\boldsymbol{\\mu} \\mid \\mathbf{y}) = \\prod_{i=1}^{n}"
        " \\frac{\\mu_i^{y_i} e^{-\\mu_i}}{y_i!}$$\n",
        "$$L(\\boldsymbol{\\mu} \\mid \\mathbf{y}) = \\prod_{i=1}^{n}"
        " \\frac{\\mu_i^{y_i} e^{\\mu_i}}{y_i!}$$\n",
    ),
    (
        POISSON,
        "$$\\ln L = \\sum_{i=1}^{n} \\left( y_i \\ln \\mu_i - \\mu_i - \\ln(y_i!) \\right)$$\n",
        "$$\\ln L = \\sum_{i=1}^{n} \\left( y_i \\ln \\mu_i - y_i \\mu_i - \\ln(y_i!) \\right)$$\n",
    ),
    (
        BERNOULLI,
        "$$L = \\prod_{i=1}^{n} p_i^{y_i} (1-p_i)^{1-y_i}$$\n",
        "$$L = \\prod_{i=1}^{n} p_i^{y_i} (1-p_i)^{y_i}$$\n",
    ),
    (
        BERNOULLI,
        "$$\\log L = \\sum_{i=1}^{n} \\left[ y_i \\log p_i + (1-y_i) \\log(1-p_i) \\right]$$\n",
        "$$\\log L = \\sum_{i=1}^{n} \\left[ y_i \\log p_i + y_i \\log(1-p_i) \\right]$$\n",
    ),
    (
        NORMAL,
        "$$\\ln L = \\sum_{i=1}^{n} \\left( -\\ln(\\sqrt{2\\pi}\\sigma)"
        " - \\frac{(y_i-\\mu_i)^2}{2\\sigma^2} \\right)$$\n",
        "$$\\ln L = \\sum_{i=1}^{n} \\left( -\\ln(\\sqrt{2\\pi}\\sigma)"
        " - \\frac{(y_i-\\mu_i)^2}{\\sigma^2} \\right)$$\n",
    ),
]


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    return max(rows, key=lambda r: r.line)


@pytest.mark.parametrize("model, right, wrong", CASES)
def test_the_likelihood_with_a_parameter_per_observation_is_proved(tmp_path, model, right, wrong):
    row = _last(tmp_path, model + right)
    assert row.verdict == "proved", row


@pytest.mark.parametrize("model, right, wrong", CASES)
def test_a_wrong_twin_is_never_proved(tmp_path, model, right, wrong):
    row = _last(tmp_path, model + wrong)
    assert row.verdict not in ("proved", "plausible"), row


def test_a_parameter_indexed_by_another_letter_is_not_the_model(tmp_path):
    # mu_j inside a product over i is one fixed mean, not the i-th observation's
    text = POISSON + ("$$L = \\prod_{i=1}^{n} \\frac{\\mu_j^{y_i} e^{-\\mu_j}}{y_i!}$$\n")
    row = _last(tmp_path, text)
    assert row.verdict != "proved", row


ONE = "The likelihood of observing count $y_i$ given rate $\\mu_i$ is:\n\n"
EXPONENTIAL = (
    "Each waiting time has the density\n\n$$f(x ; \\theta) = \\theta e^{-\\theta x}$$\n\n"
    "so one observation contributes\n\n"
)
SINGLE = [
    (
        POISSON + ONE,
        "$$L(\\mu_i \\mid y_i) = \\frac{\\mu_i^{y_i} e^{-\\mu_i}}{y_i!}$$\n",
        "$$L(\\mu_i \\mid y_i) = \\frac{\\mu_i^{y_i} e^{-y_i}}{y_i!}$$\n",
    ),
    (
        EXPONENTIAL,
        "$$L(\\theta \\mid x_i) = \\theta e^{-\\theta x_i}$$\n",
        "$$L(\\theta \\mid x_i) = e^{-\\theta x_i}$$\n",
    ),
    (
        BERNOULLI,
        "$$\\log L(p_i ; y_i) = y_i \\log p_i + (1 - y_i) \\log (1 - p_i)$$\n",
        "$$\\log L(p_i ; y_i) = y_i \\log p_i + (1 + y_i) \\log (1 - p_i)$$\n",
    ),
]


@pytest.mark.parametrize("model, right, wrong", SINGLE)
def test_the_likelihood_of_one_observation_is_the_models_density_there(
    tmp_path, model, right, wrong
):
    assert _last(tmp_path, model + right).verdict == "proved"
    assert _last(tmp_path, model + wrong).verdict not in ("proved", "plausible")


def test_one_observations_density_under_the_samples_name_is_not_proved(tmp_path):
    # L(theta) names the likelihood of the sample: theta e^{-theta x_i} may be a product
    # the author forgot, so the row is not proved from the model of one observation
    text = EXPONENTIAL + "$$L(\\theta) = \\theta e^{-\\theta x_i}$$\n"
    assert _last(tmp_path, text).verdict != "proved"


@pytest.mark.parametrize("case", [CASES[0], CASES[1], SINGLE[0], SINGLE[1]])
def test_a_wrong_twin_the_model_weighs_is_refuted(tmp_path, case):
    model, _, wrong = case
    row = _last(tmp_path, model + wrong)
    assert row.verdict == "refuted", row
    assert "density" in row.reason
