"""Generating functions of declared laws (EXPECT5, ``derivations/post/_mgf.py``).

``E[e^{tX}]`` after ``X \\sim N(\\mu, \\sigma^2)`` and ``E[z^X]`` after ``X \\sim
\\mathrm{Poisson}(\\lambda)`` were "a moment of a variable the post declares random, which
the reader cannot work out". Only entire generating functions get a value (normal, Poisson,
Bernoulli, binomial): the formula then holds for every ``t``. A law whose MGF exists on a
range only (gamma, exponential) gets none, nor a letter the post makes random.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdict(tmp_path, sentence: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n\n{sentence}\n\n$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[7]


_NORMAL = "Let $X \\sim N(\\mu, \\sigma^2)$."
_POISSON = "Let $X \\sim \\text{Poisson}(\\lambda)$."
_BERNOULLI = "Let $X \\sim \\text{Bernoulli}(p)$."
_BINOMIAL = "Let $X \\sim \\text{Bin}(n, p)$."

CASES = [
    (
        _NORMAL,
        "E[e^{tX}] = e^{\\mu t + \\sigma^2 t^2 / 2}",
        "E[e^{tX}] = e^{\\mu t + \\sigma^2 t^2}",  # the 1/2 lost
    ),
    (
        _NORMAL,
        "E[e^{s(X - \\mu)}] = e^{\\sigma^2 s^2 / 2}",
        "E[e^{s(X - \\mu)}] = e^{\\sigma s^2 / 2}",  # a missing square
    ),
    (
        _POISSON,
        "E[e^{tX}] = e^{\\lambda(e^t - 1)}",
        "E[e^{tX}] = e^{\\lambda e^t}",
    ),
    (
        _POISSON,
        "E[z^X] = e^{\\lambda(z - 1)}",
        "E[z^X] = e^{\\lambda z}",
    ),
    (
        _BERNOULLI,
        "E[e^{tX}] = 1 - p + p e^t",
        "E[e^{tX}] = p e^t",
    ),
    (
        _BINOMIAL,
        "E[e^{tX}] = (1 - p + p e^t)^n",
        "E[e^{tX}] = n(1 - p + p e^t)",
    ),
]


@pytest.mark.parametrize(("sentence", "good", "wrong"), CASES)
def test_a_generating_function_of_a_declared_law(tmp_path, sentence, good, wrong):
    assert _verdict(tmp_path, sentence, good)[0] == "proved"
    assert _verdict(tmp_path, sentence, wrong)[0] not in ("proved", "given", "plausible")


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # finite only for t < beta (or t < lambda): the post's t is not known to lie there
        (
            "Let $X \\sim \\text{Gamma}(\\alpha, \\beta)$ with density "
            "$f(x) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha - 1} e^{-\\beta x}$.",
            "E[e^{tX}] = \\left(\\frac{\\beta}{\\beta - t}\\right)^\\alpha",
        ),
        (
            "Let $X \\sim \\text{Exp}(\\lambda)$ with density $f(x) = \\lambda e^{-\\lambda x}$.",
            "E[e^{tX}] = \\frac{\\lambda}{\\lambda - t}",
        ),
    ],
)
def test_a_generating_function_on_a_range_only_is_not_proved(tmp_path, sentence, row):
    assert _verdict(tmp_path, sentence, row)[0] != "proved"


def test_a_letter_the_post_makes_random_is_no_argument(tmp_path):
    # T is declared random: E[e^{tX}] is not M_X(t) when t is a value of T
    sentence = "Let $X \\sim N(\\mu, \\sigma^2)$ and $T \\sim N(0, 1)$."
    row = "E[e^{tX}] = e^{\\mu t + \\sigma^2 t^2 / 2}"
    assert _verdict(tmp_path, sentence, row)[0] != "proved"
