"""A formula announced as "... of a <family> distribution:" is that distribution's density.

Held-out batch 14 (kezhi, line 15): "This article mainly derives the entropy of a univariate
Gaussian distribution:" then ``p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}
e^{-\\frac{(x-\\mu)^2}{2\\sigma}}``, with ``\\sigma`` where ``\\sigma^2`` belongs. Its
mass over the reals is ``\\sigma^{-1/2}``, not 1, but the row was "given": only a sentence
ending "follows / from / with / has ... distribution:" announced a density, not "of a ...
distribution:".

The properties: such a row that does not integrate to 1 for every value of its parameters
is refuted; the right density is not; a formula of another kind announced the same way
(a mean, a distribution function) is not refuted; a density whose support the post does
not state and that integrates to a constant other than 1 (a half-normal read over the
reals) is not refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"
GAUSS = (
    "This article mainly derives the entropy of a univariate Gaussian distribution:\n\n"
    "$$ {row} $$\n"
)
RIGHT = "p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-\\frac{(x-\\mu)^2}{2\\sigma^2}}"
WRONG = "p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-\\frac{(x-\\mu)^2}{2\\sigma}}"


def _row(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return max(check_post(path, jobs=1, cache=False).rows, key=lambda r: r.line)


def test_a_density_that_does_not_integrate_to_one_is_refuted(tmp_path):
    row = _row(tmp_path, GAUSS.format(row=WRONG))
    assert row.verdict == "refuted", row
    assert "integrate to 1" in row.reason, row


def test_the_right_density_is_not_refuted(tmp_path):
    row = _row(tmp_path, GAUSS.format(row=RIGHT))
    assert row.verdict in ("given", "proved"), row


@pytest.mark.parametrize(
    "text",
    [
        "We now compute the mean of the exponential distribution:\n\n"
        "$$ E[X] = \\frac{1}{\\lambda} $$\n",
        "Recall the distribution function of the exponential distribution:\n\n"
        "$$ F(x) = 1 - e^{-\\lambda x} $$\n",
        # a half-normal density over the reals has mass 2 whatever sigma: not refuted
        "Here is the density of a half-normal distribution:\n\n"
        "$$ p(x) = \\frac{\\sqrt{2}}{\\sigma\\sqrt{\\pi}} e^{-\\frac{x^2}{2\\sigma^2}} $$\n",
        "The standard form of a half-normal distribution:\n\n"
        "$$ p(x) = \\frac{\\sqrt{2}}{\\sigma\\sqrt{\\pi}} e^{-\\frac{x^2}{2\\sigma^2}} $$\n",
    ],
)
def test_other_formulas_announced_so_are_not_refuted(tmp_path, text):
    assert _row(tmp_path, text).verdict != "refuted"
