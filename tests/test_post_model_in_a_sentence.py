"""A likelihood is weighed against a model the post declares in a sentence, not on a row.

Held-out batch 16 (imathworks-glrt, line 23): "Let $X_1, \\ldots, X_n$ a sample from an
exponential distribution $X \\sim \\text{Exp}(\\theta)$ with $\\theta = E[X]$", then
``L(\\theta) = \\theta^{-n} \\exp\\{-\\theta^{-1} \\bar X\\}``: the exponent lacks its
factor n. The model was read only from a display row (``x_i \\sim ...`` or a density), so
a model stated inline left the likelihood "given", and the mistake went unseen.

The properties: a likelihood that is not the product of the declared family's density is
refuted (whichever of the family's conventions it is checked in); the right one is not;
``\\bar X`` is the mean of the declared sample; with no law declared, or two laws for the
letter, or words that alter the law (truncated, mixture), nothing is refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"

EXP = (
    "Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution "
    "$X \\sim \\text{{Exp}}(\\theta)$ with $\\theta = E[X]$.\n\n"
    "The likelihood function for $\\theta$ is given by:\n\n$$ {row} $$\n"
)
POISSON = (
    "Let $Y_1, \\dots, Y_n$ be a random sample from Poisson($\\lambda$).\n\n"
    "The log-likelihood is\n\n$$ {row} $$\n"
)
NORMAL = (
    "The data $x_1, \\ldots, x_n$ are independent draws from $\\mathcal{{N}}(\\mu, \\sigma^2)$.\n\n"
    "The likelihood is\n\n$$ {row} $$\n"
)

SLOPPY = (
    "The maximum likelihood estimate gives $\\mu = \\sum_k x_k / N = \\bar X$.\n\n"
    "Since $X$ is Gaussian distributed $p(X\\mid \\mu)\\sim \\mathcal N(\\mu, \\sigma^2)$, "
    "the likelihood function is\n\n$$ {row} $$\n"
)
GAUSS_PRODUCT = (
    "\\prod_{{k=1}}^N p(x_k\\mid \\mu)=(2\\pi\\sigma^2)^{{{power}}}"
    "\\exp\\left(-\\frac{{1}}{{2}}\\sum_{{k=1}}^N\\left(\\frac{{x_k-\\mu}}{{\\sigma}}\\right)^2\\right)"
)
FACTORIALS = "\\sum_{i=1}^n \\log(y_i!)"
EXP_ROW = "L(\\theta) = \\theta^{-n} \\exp\\{ -\\theta^{-1} \\bar{X} \\}"

#: (template, correct row, its wrong twin)
CASES = {
    "exp-scale-mean": (
        EXP,
        "L(\\theta) = \\theta^{-n} \\exp\\{ -\\theta^{-1} n \\bar{X} \\}",
        "L(\\theta) = \\theta^{-n} \\exp\\{ -\\theta^{-1} \\bar{X} \\}",
    ),
    "exp-scale-sum": (
        EXP,
        "L(\\theta) = \\theta^{-n} e^{-\\sum_{i=1}^n x_i / \\theta}",
        "L(\\theta) = \\theta^{-n+1} e^{-\\sum_{i=1}^n x_i / \\theta}",
    ),
    "poisson-log": (
        POISSON,
        "\\log L(\\lambda) = -n\\lambda + \\log\\lambda \\sum_{i=1}^n y_i - " + FACTORIALS,
        "\\log L(\\lambda) = -\\lambda + \\log\\lambda \\sum_{i=1}^n y_i - " + FACTORIALS,
    ),
    # held-out batch 4 (linlinzhao, line 18): the density named sloppily, the mean's MLE
    # said in words before it (not a value of mu to put in), the power's sign flipped
    "normal-sloppy": (
        SLOPPY,
        GAUSS_PRODUCT.format(power="-\\frac{N}{2}"),
        GAUSS_PRODUCT.format(power="\\frac{N}{2}"),
    ),
    "normal-power": (
        NORMAL,
        "L(\\mu, \\sigma^2) = (2\\pi\\sigma^2)^{-n/2} "
        "\\exp\\left(-\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2\\right)",
        "L(\\mu, \\sigma^2) = (2\\pi\\sigma^2)^{n/2} "
        "\\exp\\left(-\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2\\right)",
    ),
}


def _row_list(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return check_post(path, jobs=1, cache=False).rows


def _row(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return max(check_post(path, jobs=1, cache=False).rows, key=lambda r: r.line)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_wrong_likelihood_is_refuted_against_the_model_in_words(tmp_path, case):
    template, _, wrong = CASES[case]
    row = _row(tmp_path, template.format(row=wrong))
    assert row.verdict == "refuted", row
    # weighed against the law in words (another check may refute it too: a joint density
    # that does not integrate to 1)
    reasons = [link["reason"] for link in row.links] or [row.reason]
    assert any("not the likelihood of the law" in r and "in words" in r for r in reasons), row


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_right_likelihood_is_not_refuted(tmp_path, case):
    template, right, _ = CASES[case]
    row = _row(tmp_path, template.format(row=right))
    assert row.verdict in ("proved", "given"), row


@pytest.mark.parametrize(
    "prose",
    [
        # no law declared at all
        "Let $X_1, \\ldots, X_n$ be a sample with mean $\\theta$.\n\n",
        # a law the words alter: not the plain exponential
        "Let $X_1, \\ldots, X_n$ be a sample from a truncated exponential distribution "
        "$\\text{Exp}(\\theta)$.\n\n",
        # two laws for one letter: which one the likelihood is of is not guessed
        "Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution "
        "$\\text{Exp}(\\theta)$.\n\nLater, let $X_1, \\ldots, X_n$ be a sample from "
        "Poisson($\\theta$).\n\n",
    ],
)
def test_without_one_plain_law_in_words_nothing_is_refuted(tmp_path, prose):
    text = prose + f"The likelihood is\n\n$$ {EXP_ROW} $$\n"
    row = _row(tmp_path, text)
    assert row.verdict != "refuted", row


def test_a_posterior_is_not_weighed_as_a_likelihood(tmp_path):
    text = (
        "Let $Y_1, \\dots, Y_n$ be a random sample from Poisson($\\lambda$).\n\n"
        "With a flat prior the posterior is\n\n"
        "$$ L(\\lambda) = e^{-\\lambda} \\lambda^{\\sum_{i=1}^n y_i} $$\n"
    )
    assert _row(tmp_path, text).verdict != "refuted"


def test_a_normal_law_with_a_second_argument_not_a_variance_refutes_nothing(tmp_path):
    # N(mu, sigma): the standard deviation or the variance, by the author's convention
    text = (
        "The data $x_1, \\ldots, x_n$ are independent draws from $\\mathcal{N}(\\mu, \\sigma)$.\n\n"
        "The likelihood is\n\n$$ L(\\mu, \\sigma) = (2\\pi\\sigma^2)^{-n/2} "
        "\\exp\\left(-\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2\\right) $$\n"
    )
    assert _row(tmp_path, text).verdict != "refuted"


def test_a_law_said_of_another_letter_weighs_nothing(tmp_path):
    # the sentence declares Y; the likelihood is of the x_i
    text = (
        "Let $Y_1, \\dots, Y_n$ be a random sample from Poisson($\\lambda$).\n\n"
        "The likelihood of the other sample is\n\n"
        "$$ L(\\lambda) = \\lambda^{n} e^{-\\lambda \\sum_{i=1}^n x_i} $$\n"
    )
    assert _row(tmp_path, text).verdict != "refuted"


def test_censored_data_said_anywhere_weighs_nothing(tmp_path):
    # a censored likelihood is not the product of the law's density
    text = (
        "Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution "
        "$\\text{Exp}(\\theta)$.\n\nThe likelihood is\n\n"
        "$$ L(\\theta) = \\theta^{-n+1} e^{-\\sum_{i=1}^n x_i / \\theta} $$\n\n"
        "because the experiment stopped at the last failure, so one observation is censored.\n"
    )
    row = min(_row_list(tmp_path, text), key=lambda r: r.line)
    assert row.verdict != "refuted", row
