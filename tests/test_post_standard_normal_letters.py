"""Phi and phi of the standard normal in posts that speak of the normal (external39).

Probit, tobit and censored-normal derivations write ``\\Phi(x'\\beta)`` and ``\\phi(z)`` and
take them as known: the standard normal cdf and density. Read as two unrelated arbitrary
functions, every step that uses what they are (``\\Phi' = \\phi``, ``1 - \\Phi(-z) =
\\Phi(z)``, ``\\phi'(z) = -z \\phi(z)``) was left unchecked ("normal forms differ by
-phi(z) + Derivative(Phi(z), z)"), and a slip in such a step (a lost sign in the probit
score) was never caught. Failed at 047f722 (the rows below were unchecked).

Read as the standard normal's only where the post's words speak of the normal (standard
normal, normal distribution/cdf/density, normality, probit, tobit, Mills ratio), where the
letter is written only before a bracket, and where no row gives the letter a value of its
own and no sentence names it another function; ``\\phi`` also needs ``\\Phi`` read so, or a
sentence of its own that speaks of the normal. Elsewhere the rows stay as they were.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

NORMAL = "Let $\\Phi$ and $\\phi$ be the standard normal cdf and density.\n\n"


def _verdicts(tmp_path, body: str) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


ROWS = [
    # (row, verdict in a post that names Phi and phi the standard normal's)
    ("$$\\frac{d}{dz}\\Phi(z) = \\phi(z)$$", "proved"),
    ("$$\\frac{d}{dz}\\Phi(z) = -\\phi(z)$$", "refuted"),
    ("$$1 - \\Phi(-z) = \\Phi(z)$$", "proved"),
    ("$$1 - \\Phi(-z) = \\Phi(-z)$$", "refuted"),
    ("$$\\phi(-z) = \\phi(z)$$", "proved"),
    ("$$\\frac{d}{dz}\\phi(z) = -z\\phi(z)$$", "proved"),
    ("$$\\frac{d}{dz}\\phi(z) = z\\phi(z)$$", "refuted"),
    (
        "$$\\frac{d}{d b} \\log \\Phi(x b) = \\frac{\\phi(x b)}{\\Phi(x b)} x$$",
        "proved",
    ),
    (
        "$$\\frac{d}{d b} \\log (1 - \\Phi(x b)) = \\frac{\\phi(x b)}{1 - \\Phi(x b)} x$$",
        "refuted",
    ),
    (
        "$$\\frac{d}{d b} \\log (1 - \\Phi(x b)) = -\\frac{\\phi(x b)}{1 - \\Phi(x b)} x$$",
        "proved",
    ),
]


@pytest.mark.parametrize("row, verdict", ROWS)
def test_phi_and_Phi_are_the_standard_normals_where_the_post_says_so(tmp_path, row, verdict):
    assert _verdicts(tmp_path, NORMAL + row) == [verdict]


@pytest.mark.parametrize(
    "words",
    [
        "Under the probit model the response probability is $\\Phi(x b)$.\n\n",
        "The errors are normal; the log-likelihood uses the normal distribution.\n\n",
        "Here $\\lambda(z) = \\phi(z)/\\Phi(z)$ is the inverse Mills ratio.\n\n",
    ],
)
def test_other_words_for_the_normal_are_evidence_too(tmp_path, words):
    row = "$$\\frac{d}{dz}\\Phi(z) = \\phi(z)$$"
    assert _verdicts(tmp_path, words + row)[-1] == "proved"


@pytest.mark.parametrize(
    "body",
    [
        # no word of the normal: two arbitrary functions, as before
        "$$\\frac{d}{dz}\\Phi(z) = \\phi(z)$$",
        "$$\\frac{d}{dz}\\Phi(z) = -\\phi(z)$$",
        # a sentence names Phi another function
        "Let $\\Phi$ be the cdf of the exponential law; the noise is normal.\n\n"
        "$$1 - \\Phi(-z) = \\Phi(z)$$",
        # phi is a feature map (Phi the design matrix, written alone): phi is not read
        "The posterior is normal. Let $\\Phi$ have rows $\\phi(x_n)^T$ and $\\Phi^T \\Phi$ "
        "be invertible.\n\n$$\\phi(-z) = \\phi(z)$$",
    ],
)
def test_without_the_evidence_the_rows_stay_unchecked(tmp_path, body):
    assert _verdicts(tmp_path, body)[-1] != "proved"
    assert _verdicts(tmp_path, body)[-1] != "refuted"


def test_a_row_that_defines_Phi_wins(tmp_path):
    body = NORMAL + "$$\\Phi(z) = z^2$$\n\n$$\\frac{d}{dz}\\Phi(z) = 2z$$"
    assert _verdicts(tmp_path, body)[-1] == "proved"
