"""A density written as a bare formula says which convention a declared law uses.

"The Gamma distribution of parameters $\\alpha>0$ and $\\beta>0$ has as a density function the
following: $\\frac{1}{\\Gamma(\\alpha)\\beta^\\alpha}x^{\\alpha-1}e^{-\\frac{x}{\\beta}}$", then
"the expected value of $X\\sim Gamma(\\alpha,\\beta)$ is $\\mathrm{E}[X]=\\beta\\alpha$": the
gamma by shape and scale, but only a density written ``f(x) = ...`` chose a convention, so
``E[X]`` had no value ("a moment the reader cannot work out"). A formula alone on its row,
in a paragraph that calls it a density, is one when it is a family's density in a letter.
A formula of the other convention, or a wrong mean, is not proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

SCALE = (
    "\\frac{1}{\\Gamma(\\alpha)\\beta^\\alpha}x^{\\alpha-1}e^{-\\frac{x}{\\beta}},"
    "\\quad 0<x<\\infty"
)
RATE = "\\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha-1}e^{-\\beta x},\\quad 0<x<\\infty"
POST = (
    "---\ntitle: t\n---\n\n"
    "The Gamma distribution of parameters $\\alpha>0$ and $\\beta>0$ has as a {word} the "
    "following:\n\n${density}$\n\n"
    "You can check that the expected value of $X\\sim Gamma(\\alpha,\\beta)$ is "
    "$\\mathrm{{E}}[X]={mean}$.\n"
)


def _row(tmp_path, density, mean, word="density function"):
    post = tmp_path / "post.md"
    post.write_text(POST.format(word=word, density=density, mean=mean), encoding="utf-8")
    rows = [r for r in check_post(str(post), jobs=1).rows if r.line == 9]
    return rows[-1]


def test_the_mean_of_the_written_convention_is_proved(tmp_path):
    row = _row(tmp_path, SCALE, "\\beta\\alpha")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    ("density", "mean", "word"),
    [
        (SCALE, "\\alpha/\\beta", "density function"),
        (RATE, "\\beta\\alpha", "density function"),
        (SCALE, "\\beta\\alpha", "formula"),  # not said to be a density
    ],
)
def test_another_convention_or_mean_is_not_proved(tmp_path, density, mean, word):
    row = _row(tmp_path, density, mean, word)
    assert row.verdict != "proved", row.reason
