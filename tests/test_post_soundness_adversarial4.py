"""The readings the fourth adversarial set (tests/posts/incoming/adversarial4/) fooled, each
as a small post: the false version is never proved and the correct one never refuted.

Each case is written twice, a correct row and the same row with a slip, in the words a
post uses. Where the reader now has no way to tell them apart it must say so (unchecked,
given, unrelated); where it can, the slip is refuted and the correct row proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (what, post body with {row}, the correct row, the row with a slip)
CASES = [
    (
        "a conditional expectation E[X_1 | Xbar] is not the plain mean",
        "Let $X_1, \\dots, X_n$ be i.i.d. with $X_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$.\n\n"
        "$$ {row} $$\n",
        "\\mathbb{E}[X_1 \\mid \\bar X] = \\bar X",
        "\\mathbb{E}[X_1 \\mid \\bar X] = \\mu",
    ),
    (
        "E[X_1 | T] with T a statistic of the sample",
        "Let $X_i \\sim \\mathrm{Poisson}(\\lambda)$ i.i.d. and $T = \\sum_{i=1}^n X_i$.\n\n"
        "$$ {row} $$\n",
        "\\mathbb{E}[X_1 \\mid T] = \\frac{T}{n}",
        "\\mathbb{E}[X_1 \\mid T] = \\lambda",
    ),
    (
        "Gam by name in a post that says its third argument is a scale",
        "Here $\\mathrm{Gam}(x; k, \\theta)$ is the gamma density with shape $k$ and scale "
        "$\\theta$.\n\n$$ {row} $$\n",
        "\\mathrm{Gam}(x; k, \\theta) = \\frac{x^{k-1} e^{-x/\\theta}}{\\Gamma(k)\\theta^k}",
        "\\mathrm{Gam}(x; k, \\theta) = \\frac{\\theta^k x^{k-1} e^{-\\theta x}}{\\Gamma(k)}",
    ),
    (
        "a loss that depends on w through a name defined per observation",
        "For one weight $w$, let\n\n$$z_i = y_i w x_i$$\n\n"
        "$$J(w) = \\frac{\\lambda}{2} w^2 + \\sum_{i=1}^n \\log(1 + e^{-z_i})$$\n\n"
        "Differentiating,\n\n$$ {row} $$\n",
        "\\frac{dJ}{dw} = \\lambda w - \\sum_{i=1}^n \\frac{y_i x_i e^{-z_i}}{1 + e^{-z_i}}",
        "\\frac{dJ}{dw} = \\lambda w",
    ),
    (
        "a law stated in a sentence that also truncates it",
        "Let $X \\sim \\mathrm{Poisson}(\\lambda)$ conditioned on $X > 0$.\n\n$$ {row} $$\n",
        "\\mathbb{E}[X] = \\frac{\\lambda}{1 - e^{-\\lambda}}",
        "\\mathbb{E}[X] = \\lambda",
    ),
    (
        "a density in the variable's letter but in another parameter fixes no convention",
        "Let $T \\sim \\mathrm{Exp}(\\lambda)$ with rate $\\lambda$; with $\\beta = 1/\\lambda$\n\n"
        "$$f(t) = \\frac{1}{\\beta} e^{-t/\\beta}$$\n\nso\n\n$$ {row} $$\n",
        "\\mathbb{E}[T] = \\frac{1}{\\lambda}",
        "\\mathbb{E}[T] = \\lambda",
    ),
    (
        "a law written with the declaration's index, asked of another index",
        "Let $Y_i \\sim \\mathcal{N}(\\beta x_i, \\sigma^2)$ independently.\n\n$$ {row} $$\n",
        "\\mathbb{E}[Y_1^2] = \\beta^2 x_1^2 + \\sigma^2",
        "\\mathbb{E}[Y_1^2] = \\sigma^2",
    ),
    (
        "a value before an arrow is a special case, not the general law",
        "Let $X \\sim \\mathrm{Bin}(n, p)$. For a fair coin,\n\n$$ {row} $$\n",
        "\\text{if } p = \\tfrac{1}{2} \\implies \\mathrm{Var}(X) = \\frac{n}{4}",
        "\\text{if } p = \\tfrac{1}{2} \\implies \\mathrm{Var}(X) = \\frac{n}{2}",
    ),
    (
        "p(x) after p(x | mu) is the marginal, not the likelihood restated",
        "$$p(\\mu) = \\frac{1}{\\sqrt{2\\pi}} e^{-\\mu^2/2}$$\n\n"
        "$$p(x \\mid \\mu) = \\frac{1}{\\sqrt{2\\pi}} e^{-(x - \\mu)^2/2}$$\n\n"
        "Integrating $\\mu$ out,\n\n$$ {row} $$\n",
        "p(x) = \\frac{1}{\\sqrt{4\\pi}} e^{-x^2/4}",
        "p(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-(x - \\mu)^2/2}",
    ),
]

_NORMAL = (
    "$$\\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
    "\\sum_{i=1}^n (x_i - \\mu)^2$$\n\n"
    "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + "
    "\\frac{1}{2\\sigma^4}\\sum_{i=1}^n (x_i - \\mu)^2 = 0$$\n\n"
    "$$\\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^n (x_i - \\mu) = 0 "
    "\\implies \\hat\\mu = \\bar x$$\n\n"
)

CASES += [
    (
        "an equation after one that holds for any sigma^2 at mu-hat does not follow from it",
        _NORMAL + "The unbiased estimator instead solves\n\n$$ {row} $$\n",
        "(n - 1)\\sigma^2 = \\sum_{i=1}^n (x_i - \\bar x)^2",
        "(n + 1)\\sigma^2 = \\sum_{i=1}^n (x_i - \\bar x)^2",
    ),
    (
        "a result that solves the equation above but not the score equation",
        _NORMAL
        + "The unbiased estimator instead solves\n\n"
        + "$$(n - 1)\\sigma^2 = \\sum_{i=1}^n (x_i - \\bar x)^2$$\n\n"
        + "but the maximum-likelihood estimate is\n\n$$ {row} $$\n",
        "\\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\bar x)^2",
        "\\hat\\sigma^2 = \\frac{1}{n - 1}\\sum_{i=1}^n (x_i - \\bar x)^2",
    ),
]


CASES += [
    (
        "a false reason after because is a slip in the row",
        "$$\\ell(\\lambda) = \\sum_{i=1}^n x_i \\log\\lambda - n\\lambda$$\n\nso\n\n$$ {row} $$\n",
        "\\frac{d\\ell}{d\\lambda} = \\frac{1}{\\lambda}\\sum_{i=1}^n x_i - n \\quad "
        "\\because \\frac{d}{d\\lambda}\\log\\lambda = \\frac{1}{\\lambda}",
        "\\frac{d\\ell}{d\\lambda} = \\frac{1}{\\lambda}\\sum_{i=1}^n x_i - n \\quad "
        "\\because \\frac{d}{d\\lambda}\\log\\lambda = \\lambda",
    ),
    (
        "a parameter given a number makes the law's moments unknown, not taken at any value",
        "Let $X \\sim \\mathrm{Poisson}(\\lambda)$; for example, with $\\lambda = 2$ the mean "
        "is $2$. In general,\n\n$$ {row} $$\n",
        "\\mathbb{E}[X^2] = \\lambda + \\lambda^2",
        "\\mathbb{E}[X^2] = 3\\lambda",
    ),
    (
        "a first link that states a moment leaves the row given, not proved",
        "Let $X_i \\sim \\mathrm{Poisson}(\\lambda)$ independent, $i = 1, \\dots, n$.\n\n$$ {row} $$\n",
        "\\mathrm{Var}(\\bar X) = \\frac{1}{n^2}\\sum_{i=1}^n \\mathrm{Var}(X_i) = \\frac{\\lambda}{n}",
        "\\mathrm{Var}(\\bar X) = \\frac{1}{n}\\sum_{i=1}^n \\mathrm{Var}(X_i) = \\lambda",
    ),
    (
        "a function read at a reflected argument is its value there",
        "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\nso\n\n$$ {row} $$\n",
        "\\sigma(-z) = 1 - \\sigma(z)",
        "\\sigma(-z) = \\sigma(z)",
    ),
    (
        "a function defined in a sentence is a function",
        "The loss is $-\\log\\sigma(z)$, where $\\sigma(z) = 1/(1 + e^{-z})$:\n\n"
        "$$\\ell(z) = -\\log\\sigma(z)$$\n\n$$ {row} $$\n",
        "\\frac{d\\ell}{dz} = \\sigma(z) - 1",
        "\\frac{d\\ell}{dz} = \\sigma(z)",
    ),
    (
        "the density of the sample after the density of one observation, a known shape",
        "The density is $$f(x) = \\frac{1}{\\Gamma(\\alpha)} \\beta^\\alpha x^{\\alpha - 1} "
        "e^{-\\beta x}$$\n\nFor a sample, where the shape $\\alpha$ is known,\n\n$$ {row} $$\n",
        "f(\\boldsymbol x \\mid \\alpha,\\beta) = \\prod_{i=1}^n f(x_i \\mid \\alpha,\\beta) "
        "\\propto \\beta^{n \\alpha} \\exp\\left(-\\beta \\sum_{i=1}^n x_i \\right)",
        "f(\\boldsymbol x \\mid \\alpha,\\beta) = \\prod_{i=1}^n f(x_i \\mid \\alpha,\\beta) "
        "\\propto \\beta^{\\alpha} \\exp\\left(-\\beta \\sum_{i=1}^n x_i \\right)",
    ),
]


@pytest.mark.parametrize("what, body, good, bad", CASES, ids=[c[0] for c in CASES])
def test_the_slip_is_never_proved_and_the_correct_row_never_refuted(
    tmp_path, what, body, good, bad
):
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) != "proved", what
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) != "refuted", what


def test_an_unconditional_expectation_with_its_parameter_after_a_semicolon_is_still_read(
    tmp_path,
):
    body = "Let $X \\sim \\mathrm{Poisson}(\\lambda)$.\n\n$$ {row} $$\n"
    good = "\\mathbb{E}[X^2; \\lambda] = \\lambda + \\lambda^2"
    bad = "\\mathbb{E}[X^2; \\lambda] = \\lambda^2"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


def test_gam_by_name_is_still_the_rate_density_when_the_post_says_nothing_of_a_scale(tmp_path):
    body = "The gamma prior of a Poisson rate:\n\n$$ {row} $$\n"
    good = "\\mathrm{Gam}(x; a, b) = \\frac{b^a x^{a-1} e^{-b x}}{\\Gamma(a)}"
    bad = "\\mathrm{Gam}(x; a, b) = \\frac{b^a x^{a-1} e^{-x/b}}{\\Gamma(a)}"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


def test_a_law_without_the_index_is_used_for_every_numbered_sample(tmp_path):
    body = "Let $Y_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$ independently.\n\n$$ {row} $$\n"
    good = "\\mathbb{E}[Y_1^2] = \\mu^2 + \\sigma^2"
    bad = "\\mathbb{E}[Y_1^2] = \\sigma^2"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


_SLR = (
    "$$\\mathrm{RSS}(\\beta_0,\\beta_1) = \\sum_{i=1}^n (y_i - \\beta_0 - \\beta_1 x_i)^2$$\n\n"
    "$$\\begin{split}\n"
    "\\frac{d\\mathrm{RSS}(\\beta_0,\\beta_1)}{d\\beta_0} &= -2 \\sum_{i=1}^n "
    "(y_i - \\beta_0 - \\beta_1 x_i) \\\\\n"
    "\\frac{d\\mathrm{RSS}(\\beta_0,\\beta_1)}{d\\beta_1} &= -2 \\sum_{i=1}^n "
    "(x_i y_i - \\beta_0 x_i - \\beta_1 x_i^2)\n\\end{split}$$\n\n"
    "and setting these derivatives to zero\n\n$$\\begin{split}\n"
    "0 &= -2 \\sum_{i=1}^n (y_i - \\hat{\\beta}_0 - \\hat{\\beta}_1 x_i) \\\\\n"
    "0 &= -2 \\sum_{i=1}^n (x_i y_i - \\hat{\\beta}_0 x_i - {slip}\\hat{\\beta}_1 x_i^2)\n"
    "\\end{split}$$\n"
)


def test_a_block_of_conditions_is_matched_with_the_derivatives_it_sets_to_zero(tmp_path):
    """Each row of a block ``0 = ...`` is the derivative it is a multiple of, set to zero (not
    the latest one, nor the row above): both proved; a slip in the second refuted."""
    good = _SLR.replace("{slip}", "")
    assert verdict_of_row(tmp_path, good, "0 &= -2 \\sum_{i=1}^n (y_i") == "proved"
    assert verdict_of_row(tmp_path, good, "0 &= -2 \\sum_{i=1}^n (x_i y_i") == "proved"
    bad = _SLR.replace("{slip}", "2")
    assert verdict_of_row(tmp_path, bad, "0 &= -2 \\sum_{i=1}^n (x_i y_i") == "refuted"


def test_a_derivative_of_a_name_without_a_value_is_never_taken_for_zero(tmp_path):
    body = "Setting the score to zero,\n\n$$ {row} $$\n"
    for row in (
        "\\frac{d \\log L}{d \\theta} = \\frac{n}{\\theta} - \\frac{\\sum_{i=1}^n x_i}{1-\\theta} = 0",
        "\\frac{d \\log L}{d \\theta} = 0",
    ):
        assert verdict_of_row(tmp_path, body.replace("{row}", row), row) not in (
            "proved",
            "refuted",
        )
