"""A negative binomial mass the post writes out gives its variable the family's moments.

"Let the pmf of the Negative Binomial be $$f(x) = {x+r-1 \\choose x} p^x
(1-p)^r$$", then ``\\mathbb{E}(X)/\\mathbb{V}(X) = 1 - p``: the family was not among the
densities the reader recognises, so every moment of ``X`` was "given" (a moment of the
distribution stated). Both conventions (``p`` with the counted outcomes or with the ``r``
others) are read from the formula; a mean of the other convention is not proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = (
    "---\ntitle: t\n---\n\nLet the pmf of the Negative Binomial be\n\n"
    "$$f(x) = {{x+r-1 \\choose x}} {mass}$$\n\n$${claim}$$\n"
)
COUNTED = "p^x (1-p)^r"
OTHERS = "(1-p)^x p^r"


def _row(tmp_path, mass, claim):
    post = tmp_path / "post.md"
    post.write_text(POST.format(mass=mass, claim=claim), encoding="utf-8")
    return [r for r in check_post(str(post), jobs=1).rows if r.line == 9][-1]


@pytest.mark.parametrize(
    ("mass", "claim"),
    [
        (COUNTED, "E(X) = \\frac{rp}{1-p}"),
        (COUNTED, "\\frac{\\mathbb{E}(X)}{\\mathrm{Var}(X)} = 1-p"),
        (OTHERS, "E(X) = \\frac{r(1-p)}{p}"),
        (OTHERS, "\\mathrm{Var}(X) = \\frac{r(1-p)}{p^2}"),
    ],
)
def test_the_moments_of_the_written_convention_are_proved(tmp_path, mass, claim):
    row = _row(tmp_path, mass, claim)
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    ("mass", "claim"),
    [
        (COUNTED, "E(X) = \\frac{r(1-p)}{p}"),
        (OTHERS, "E(X) = \\frac{rp}{1-p}"),
        (COUNTED, "\\mathrm{Var}(X) = \\frac{rp}{1-p}"),
    ],
)
def test_a_moment_of_the_other_convention_is_refuted(tmp_path, mass, claim):
    row = _row(tmp_path, mass, claim)
    assert row.verdict == "refuted", row.reason
