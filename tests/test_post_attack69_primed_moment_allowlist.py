"""A primed mu a sentence names a moment with words the reader does not know (adversarial41).

On 554d7160, after "We write $\\mu'_k$ for the $k$-th negative moment of $X$" (04) and
"let $\\mu'_k$ denote the $k$-th moment of the reciprocal of $X$" (05), X a gamma with a
rate, ``\\mu'_1 = \\alpha/\\beta`` and ``\\mu'_2 = \\alpha(\\alpha+1)/\\beta^2`` (the raw moments)
were proved and the correct ``\\beta/(\\alpha - 1)``, ``\\beta^2/((\\alpha-1)(\\alpha-2))``
refuted: attack68 listed the kinds of moment that are not raw (factorial, absolute,
standardised, central, cumulants, a moment of a formula), and any other word was read as the
raw moment. The list cannot be complete (negative, inverse, reciprocal, partial, log,
exponential, conditional, trimmed, L-moments...).

Probes after the first fix (53-59) found the same cause from other sides: "raw" anywhere in
the sentence kept the raw reading ("Unlike the raw moments, ..."), and so did a name
given in the next sentence ("It is the $k$-th inverse moment"), "the $k$-th moment
$\\mu'_k$ of $1/X$", "the moment of order $k$ of $1/X$" and "the $k$-th moment of $Y$"
for ``Y = 1/X``.

Properties: in a sentence that writes a primed mu (or the next, when it begins "It"), a word qualifying "moment" that is not
one of the words a raw moment is named with (raw, ordinary, population, theoretical, "k-th",
"first", ...), or a "moment of" something other than the variable or its law, makes the
primed mu no raw moment: its rows are neither proved nor refuted as ``E[X^k]``. The words
a raw moment is named with keep the reading (a right row proved, a wrong one refuted).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._moment_names import primed_moment_letters, primed_moments_redefined

_LAW = r"Let $X \sim \mathrm{Gamma}(\alpha, \beta)$ with shape $\alpha > 2$ and rate $\beta$. "
_RAW_ROW = r"\mu'_1 = \frac{\alpha}{\beta}"
_INVERSE_ROW = r"\mu'_1 = \frac{\beta}{\alpha - 1}"


@pytest.mark.parametrize(
    "words",
    [
        r"We write $\mu'_k$ for the $k$-th negative moment of $X$.",  # blind 04
        r"Let $\mu'_k$ denote the $k$-th moment of the reciprocal of $X$.",  # blind 05
        r"Let $\mu'_k$ be the $k$-th inverse moment.",
        r"Here $\mu'_k$ is the $k$-th log-moment of $X$.",
        r"We write $\mu'_k$ for the $k$-th lower partial moment.",
        r"Let $\mu'_k$ be the $k$-th conditional moment.",
        r"We write $\mu'_k$ for the $k$-th moment of the logarithm of $X$.",
        r"Let $\mu'_k$ be the $k$-th exponential moment of $X$.",
        r"Let $\mu_k'$ denote the $k$-th trimmed moment.",
        # probes 53-59, after the first fix: "raw" elsewhere in the sentence, the name in
        # the next sentence, the symbol or "of order $k$" between "moment" and "of", a
        # letter other than the law's, a parenthesis
        r"Unlike the raw moments, $\mu'_k$ here is the $k$-th negative moment of $X$.",
        r"We need one more quantity, $\mu'_k$. It is the $k$-th inverse moment of $X$.",
        r"We write the $k$-th moment $\mu'_k$ of $1/X$ in closed form.",
        r"Let $\mu'_k$ be the moment of order $k$ of $1/X$.",
        r"Let $\mu'_k$ denote the $k$-th raw moment of $X^{-1}$.",
        r"The inverse moments ($\mu'_k$ for the $k$-th) are finite for $k < \alpha$.",
        r"Let $Y = 1/X$ and let $\mu'_k$ be the $k$-th moment of $Y$.",
    ],
)
def test_a_moment_named_with_other_words_is_not_the_raw_moment(tmp_path, words):
    assert primed_moments_redefined(words) or primed_moment_letters(words) == {"Y"}
    body = f"\n{_LAW}{words} Then\n\n$${_RAW_ROW}$$\n"
    assert verdict_of_row(tmp_path, body, _RAW_ROW) != "proved"
    body = f"\n{_LAW}{words} Then\n\n$${_INVERSE_ROW}$$\n"
    assert verdict_of_row(tmp_path, body, _INVERSE_ROW) != "refuted"


@pytest.mark.parametrize(
    "words",
    [
        r"Let $\mu'_k$ be the $k$-th population moment.",
        r"Let $\mu'_k$ be the $k$th theoretical moment of the distribution.",
        r"Let $\mu'_k$ denote the $k$-th moment of the random variable $X$.",
        r"We write $\mu'_k$ for the ordinary moments of $X$.",
        r"By the method of moments we set $\mu'_1$ equal to the first sample moment.",
        r"The first two moments are $\mu'_1$ and $\mu'_2$.",
        r"Let $\mu'_k$ be the $k$-th moment.",
        r"Let $\mu'_k$ be the $k$-th raw moment of $X$.",
        # another symbol's words in its own clause (names paired "respectively" are read
        # as one sentence, and its "central" makes the primed mu no raw moment)
        r"We write $\mu'_k$ for the raw moments and $\mu_k$ for the central moments.",
    ],
)
def test_the_words_of_a_raw_moment_keep_the_reading(tmp_path, words):
    assert not primed_moments_redefined(words)
    body = f"\n{_LAW}{words} Then\n\n$${_RAW_ROW}$$\n"
    assert verdict_of_row(tmp_path, body, _RAW_ROW) == "proved"
    body = f"\n{_LAW}{words} Then\n\n$${_INVERSE_ROW}$$\n"
    assert verdict_of_row(tmp_path, body, _INVERSE_ROW) == "refuted"
