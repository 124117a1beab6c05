"""A primed mu the post defines as something else than the raw moment (adversarial39, 72).

On 4ae2e340, after "write $\\mu'_k = \\mathbb{E}[(X - 1)^k]$ for the moments about the point
1", the row ``\\mu'_2 = 2`` was proved and ``\\mu'_2 = 1`` refuted: catch66's reading of a
fresh ``\\mu'_k`` as ``E[X^k]`` did not look at what the post says its ``\\mu'`` is.

Properties: where the post gives ``\\mu'_k`` (or ``\\mu_k'``) a formula that is not the raw
moment ``E[X^k]``, or speaks of moments about a point other than the origin, a row
``\\mu'_2 = ...`` is neither proved nor refuted as ``E[X^2]``; where it defines it as
``E[X^k]``, or says nothing, the reading stays (a right row proved, a wrong one refuted).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._moment_names import primed_moments_redefined

_LAW = r"For $X \sim \mathrm{Exp}(1)$ "


@pytest.mark.parametrize(
    "words",
    [
        r"write $\mu'_k = \mathbb{E}[(X - 1)^k]$ for the moments about the point 1.",
        r"let $\mu_k' = E\left[(X - 1)^k\right]$ be the moments about one.",
        r"take the moments $\mu'_k$ about the point $a = 1$.",
        # probes 98, 99: words that name it a central moment; a prime written as a command
        r"let $\mu'_k$ denote the $k$-th central moment.",
        r"write $\mu^{\prime}_k = \mathbb{E}[(X - 1)^k]$ for the shifted moments.",
    ],
)
def test_a_primed_mu_defined_otherwise_is_not_read_as_the_raw_moment(tmp_path, words):
    assert primed_moments_redefined(words)
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = 2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = 2") != "proved"
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = 1$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = 1") != "refuted"


@pytest.mark.parametrize(
    "words",
    [
        r"write $\mu'_k = \mathbb{E}[X^k]$ for the raw moments.",
        r"let $\mu_k' = E(X^k)$ be the moments about the origin.",
        r"take its raw moments.",
    ],
)
def test_the_raw_moment_reading_stays(tmp_path, words):
    assert not primed_moments_redefined(words)
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = 2$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = 2") == "proved"
    body = f"\n{_LAW}{words} Then\n\n$$\\mu'_2 = 1$$\n"
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = 1") == "refuted"


def test_a_definition_in_a_display_row(tmp_path):
    """Probe 103: ``$$\\mu'_k = \\mathbb{E}[(X - 1)^k]$$`` as a row, no words about it."""
    body = (
        f"\n{_LAW}write\n\n$$\\mu'_k = \\mathbb{{E}}[(X - 1)^k]$$\n\nso that\n\n$$\\mu'_2 = 2$$\n"
    )
    assert verdict_of_row(tmp_path, body, r"\mu'_2 = 2") != "proved"
    assert verdict_of_row(tmp_path, body.replace("= 2$$", "= 1$$"), r"\mu'_2 = 1") != "refuted"
