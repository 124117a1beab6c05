"""A primed mu a sentence names a moment of another kind than the raw one (adversarial40, 09).

On 2bcc6bbc, after "we write $\\mu'_k$ for the $k$-th factorial moment
$\\mathbb{E}[X(X-1)\\cdots(X-k+1)]$" (X Poisson), ``\\mu'_2 = \\lambda + \\lambda^2`` was proved
and the correct ``\\mu'_2 = \\lambda^2`` refuted: attack67's reading of what a post says its
``\\mu'`` is knew formulas written ``\\mu'_k = ...``, moments "about" a point and "central"
moments, not other kinds named in words, nor a formula the sentence names it by without ``=``.

Properties: a sentence that writes a primed mu beside a kind of moment other than the raw
one (factorial, central, absolute, standardised), or beside an expectation or integral
other than ``E[X^k]``, makes ``\\mu'_2`` no raw moment: a row for it is neither
proved nor refuted as ``E[X^2]``; a sentence that names it the raw moment (or the "k-th
moment", or ``E[X^k]``) keeps the reading (a right row proved, a wrong one refuted).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._moment_names import primed_moments_redefined

_LAW = r"Let $X \sim \mathrm{Poisson}(\lambda)$. "


@pytest.mark.parametrize(
    "words",
    [
        r"We write $\mu'_k$ for the $k$-th factorial moment $\mathbb{E}[X(X-1)\cdots(X-k+1)]$.",
        r"We write $\mu'_k$ for the $k$-th factorial moment.",
        r"Here $\mu_k'$ is the $k$-th absolute moment.",
        r"Let $\mu'_k$ be the standardised moment of order $k$.",
        r"We write $\mu'_k$ for $\mathbb{E}[X(X - 1)]$ when $k = 2$.",
        r"Below, $\mu'_k$ stands for $\int (x - 1)^k dF(x)$.",
        # probes 61-63: a moment of another variable, a cumulant, a falling power
        r"Let $\mu'_k$ be the $k$-th moment of $X - 1$.",
        r"We write $\mu'_k$ for its $k$-th cumulant.",
        r"Here $\mu'_k$ denotes $\mathbb{E}[X^{\underline{k}}]$, the falling power.",
        r"We write $\mu'_k$ for $E|X - 1|^k$.",
        r"Let $\mu'_k$ be the $k$-th moment of $|X|$.",  # probe 68
    ],
)
def test_a_primed_mu_named_another_moment_is_not_the_raw_moment(tmp_path, words):
    assert primed_moments_redefined(words)
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = \\lambda + \\lambda^2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = \lambda + \lambda^2") != "proved"
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = \\lambda^2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = \lambda^2") != "refuted"


@pytest.mark.parametrize(
    "words",
    [
        r"We write $\mu'_k$ for the $k$-th raw moment $\mathbb{E}[X^k]$.",
        r"We write $\mu'_k$ for the $k$-th moment $\mathbb{E}[X^k]$.",
        r"Let $\mu'_k$ be the $k$-th moment about the origin.",
        # a method of moments: the sample moment it is set equal to, the mean
        r"Set $\mu'_k$ equal to the sample moment $\frac{1}{n}\sum_{i=1}^n X_i^k$.",
        r"The first, $\mu'_1$, is the mean $\mathbb{E}[X]$.",
        r"Let $\mu'_k$ be the $k$-th moment of $X$.",
    ],
)
def test_the_raw_moment_reading_stays(tmp_path, words):
    assert not primed_moments_redefined(words)
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = \\lambda + \\lambda^2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = \lambda + \lambda^2") == "proved"
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = \\lambda^2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = \lambda^2") == "refuted"


def test_the_e_of_a_law_name_is_no_expectation():
    words = r"For $X \sim \mathrm{Exp}(\lambda)$ and $k \ge 1$, $\mu'_k$ is the $k$-th moment."
    assert not primed_moments_redefined(words)
