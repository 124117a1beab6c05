"""Words that free a letter a sentence gave a number, or that let sigma be negative
(adversarial38, 04, 12, 21 and 42-47).

On de44787 these false rows were proved:

- ``\\int_0^\\infty \\lambda x^2 e^{-\\lambda x} dx = 2`` after "Take $\\lambda = 1$ in the first
  example. In general, for all rates $\\lambda > 0$," - the release of a sentence's number read
  "for all $\\lambda$" but not a noun between ("all rates", "any choice of the rate"), nor
  "unknown" ("an unknown rate $\\theta > 0$", "$\\lambda$ be unknown") nor "in general" after the
  formula; the number stayed, and a row true only at it was proved (also under a later heading,
  21 and 47).
- ``\\log(\\sigma^2) = 2\\log\\sigma`` after "$\\sigma$ is a nonzero real parameter that can be
  negative" ("may be negative", "of arbitrary sign"): the words were not read as sigma's domain,
  so sigma stayed the standard deviation.

Properties: after each phrasing, a row true only at the sentence's number is never proved and a
row true for every value is never refuted; words that keep the number (another letter varies)
keep it; only words about sigma itself state its domain.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._assume import read_prose

_AT_ONE = r"\int_0^\infty \lambda x^2 e^{-\lambda x}\,dx = 2"
_EVERY = r"\int_0^\infty \lambda x^2 e^{-\lambda x}\,dx = \frac{2}{\lambda^2}"

_FREEING = [
    r"In general, for all rates $\lambda > 0$,",
    r"For every rate $\lambda > 0$,",
    r"For any choice of the rate $\lambda > 0$,",
    r"For an unknown $\lambda > 0$,",
    r"For an unknown rate $\lambda > 0$,",
    r"Now let $\lambda > 0$ be unknown:",
    r"For a rate $\lambda > 0$ in general,",
]


@pytest.mark.parametrize("words", _FREEING)
def test_words_that_free_the_letter(tmp_path, words):
    """The number ends: a row true only at lambda = 1 is not proved, one true for every
    lambda is not refuted."""
    said = r"In the first example $\lambda = 1$. "
    assert verdict_of_row(tmp_path, f"\n{said}{words}\n\n$${_AT_ONE}$$\n", _AT_ONE) != "proved"
    assert verdict_of_row(tmp_path, f"\n{said}{words}\n\n$${_EVERY}$$\n", _EVERY) != "refuted"


@pytest.mark.parametrize(
    "heading_words", [r"an unknown rate $\lambda > 0$", r"a rate $\lambda > 0$ in general"]
)
def test_words_under_a_later_heading(tmp_path, heading_words):
    """A number under one heading, the words under the next (adversarial38, 21 and 47)."""
    body = (
        "\n## A worked example\n\nWith the rate $\\lambda = 1$ the mean is $1$.\n\n"
        f"## General rate\n\nThe waiting times are exponential with {heading_words}, and\n\n"
    )
    assert verdict_of_row(tmp_path, f"{body}$${_AT_ONE}$$\n", _AT_ONE) != "proved"
    assert verdict_of_row(tmp_path, f"{body}$${_EVERY}$$\n", _EVERY) != "refuted"


@pytest.mark.parametrize(
    "words",
    [
        r"only the sample size $n$ may vary.",
        r"for every sample size $n$,",
        r"for an unknown count $n$,",
    ],
)
def test_words_about_another_letter_keep_the_number(tmp_path, words):
    """A row true at lambda = 2 is not refuted when the words free another letter."""
    row = r"\int_0^\infty n\lambda x e^{-\lambda x}\,dx = \frac{n}{2}"
    body = f"\nFix the rate at $\\lambda = 2$; {words}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) != "refuted"


@pytest.mark.parametrize(
    "sentence",
    [
        r"The scale $\sigma$ is a nonzero real parameter that can be negative.",
        r"Here $\sigma$ may be negative.",
        r"Let $\sigma$ be nonzero, of arbitrary sign.",
        r"Here $\sigma$ is a nonzero real number.",
        r"Here $\sigma$ is real, not necessarily positive.",
    ],
)
def test_sigma_said_possibly_negative(tmp_path, sentence):
    """The words state sigma's domain as ``\\sigma \\in \\mathbb{R}`` does: 2 log sigma is not
    log sigma^2 there, and 2 log|sigma| is."""
    assert [(d.name, d.lower, d.upper) for d in read_prose(sentence)] == [("sigma", None, None)]
    false, true = r"\log(\sigma^2) = 2\log\sigma", r"\log(\sigma^2) = 2\log|\sigma|"
    assert verdict_of_row(tmp_path, f"\n{sentence} Then\n\n$${false}$$\n", false) != "proved"
    assert verdict_of_row(tmp_path, f"\n{sentence} Then\n\n$${true}$$\n", true) != "refuted"


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [
        # the negative words are about the residuals, not sigma
        (r"Here $\sigma$ is positive, but the residuals can be negative.", [("sigma", 0, None)]),
        # only sigma: every other letter is real already
        (r"Here $b$ may be negative.", []),
    ],
)
def test_negative_words_about_something_else(sentence, domains):
    assert [(d.name, d.lower, d.upper) for d in read_prose(sentence)] == domains
