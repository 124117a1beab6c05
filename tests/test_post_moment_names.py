"""A primed moment name given a formula, in a post about moments, is a claim, not a definition.

Held-out external11 (techqa, an inverse-square density by the method of moments): once
evaluations between two ends were read, ``\\mu_1' = \\int_\\theta^x u \\theta u^{-2} du = \\ldots
= [\\theta \\ln u]_\\theta^x = \\ldots`` was proved - a definition (given) followed by right
rewrites - though the first moment is the integral to infinity: a wrong row proved.

Properties: in a post that speaks of moments, such a row is never proved and never refuted;
the moment equation after it still reads the name's formula; without the word, or for another
name (``m_1'``, the sample moment), the row is read as before.
"""

from __future__ import annotations

import pytest

_ROWS = (
    r"$$m_1' = \bar{X}$$"
    "\n\n"
    r"$$\mu_1' = \int_\theta^x u\theta u^{-2}\mathrm{d}u = \big[\theta \ln u\big]_\theta^x"
    r" = \theta\ln x - \theta\ln\theta$$"
    "\n"
)


def _verdicts(tmp_path, text: str) -> dict[int, str]:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize(
    "prose",
    [
        "Using the method of moments, find the estimator.\n\n",
        "The first moment of the density is\n\n",
    ],
)
def test_a_primed_moment_given_a_formula_is_not_proved(tmp_path, prose):
    verdicts = _verdicts(tmp_path, prose + _ROWS)
    line = 3 + prose.count("\n")
    assert verdicts[line] == "unchecked"


def test_without_moments_in_the_prose_it_is_a_definition(tmp_path):
    verdicts = _verdicts(tmp_path, "Let $\\theta > 0$ and $x > \\theta$.\n\n" + _ROWS)
    assert verdicts[5] == "proved"  # defines mu_1', then three right rewrites


def test_the_sample_moment_stays_a_definition(tmp_path):
    verdicts = _verdicts(tmp_path, "By the method of moments,\n\n" + _ROWS)
    assert verdicts[3] == "given"
