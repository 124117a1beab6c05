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
sentence of its own that speaks of the normal. Elsewhere the rows stay as they were. A side
that is the call alone (``\\Phi(z) = ...``) may still be the post's own definition, as for the
other names of the table of special functions: such a row is never refuted through the table.
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
    ("$$1 - \\Phi(-z) = 1 - \\Phi(z)$$", "refuted"),
    ("$$2\\phi(-z) = 2\\phi(z)$$", "proved"),
    ("$$2\\phi(-z) = -2\\phi(z)$$", "refuted"),
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
        "be invertible.\n\n$$2\\phi(-z) = 2\\phi(z)$$",
    ],
)
def test_without_the_evidence_the_rows_stay_unchecked(tmp_path, body):
    assert _verdicts(tmp_path, body)[-1] != "proved"
    assert _verdicts(tmp_path, body)[-1] != "refuted"


def test_a_side_that_is_the_call_alone_is_never_refuted_through_the_table(tmp_path):
    assert _verdicts(tmp_path, NORMAL + "$$1 - \\Phi(-z) = \\Phi(-z)$$") == ["unchecked"]


def test_a_row_that_defines_Phi_wins(tmp_path):
    body = NORMAL + "$$\\Phi(z) = z^2$$\n\n$$\\frac{d}{dz}\\Phi(z) = 2z$$"
    assert _verdicts(tmp_path, body)[-1] == "proved"


#: external39 lines 30-40 (the probit note): the score of a log likelihood written with
#: X_i'\beta, the transpose, and X_i after the derivative.
PROBIT_SCORE = (
    "For binary Y, the conditional PMF can be written as:\n"
    "$$f(y|x) = P(Y=1|X=x)^y \\cdot (1-P(Y=1|X=x))^{(1-y)}$$\n\n"
    "Under the probit model, $P(Y=1|X=x) = \\Phi(x'\\beta)$, so:\n"
    "$$f(y|x;\\beta) = \\Phi(x'\\beta)^y \\cdot (1-\\Phi(x'\\beta))^{(1-y)}$$\n\n"
    "The log-likelihood function is:\n"
    "$$l_n(\\beta) = \\sum_{i=1}^n \\log(f(Y_i|X_i;\\beta)) = \\sum_{i=1}^n "
    "\\{Y_i\\log(\\Phi(X_i'\\beta)) + (1-Y_i)\\log(1-\\Phi(X_i'\\beta))\\}$$\n\n"
    "**First-order condition (score):**\n"
    "$$S_n(\\beta) = \\frac{\\partial l_n(\\beta)}{\\partial \\beta} = \\sum_{i=1}^n "
    "\\left(Y_i\\frac{\\phi(X_i'\\beta)}{\\Phi(X_i'\\beta)}X_i - "
    "(1-Y_i)\\frac{\\phi(X_i'\\beta)}{1-\\Phi(X_i'\\beta)}X_i\\right)$$\n"
)


def test_a_primed_name_before_a_factor_may_be_a_transpose(tmp_path):
    """``X_i'\\beta`` is ``X_i^T \\beta`` in econometrics: the probit score holds, but the
    reader takes ``X_i'`` for a name of its own (not ``X_i``), so with Phi and phi read the
    step failed and was refuted (external39 line 40); a primed name times a factor is a
    reading in doubt (._reading_doubts.primed_factor): never refuted."""
    assert _verdicts(tmp_path, PROBIT_SCORE)[-1] == "unchecked"


@pytest.mark.parametrize(
    "braced, bare",
    [
        ("X_{i}^{'}\\beta", "X_i^{'}\\beta"),
        ("\\frac{a-X_{i}^{'}\\beta}{\\sigma}", "\\frac{a-X_i^{'}\\beta}{\\sigma}"),
        ("x_{1}^{'} + 2", "x_1^{'} + 2"),
    ],
)
def test_a_braced_subscript_primed_is_the_primed_name(braced, bare):
    """The tobit notes write ``X_{i}^{'}\\beta`` (external39 lines 37-49): "unexpected
    "'"" where ``X_i^{'}\\beta`` and ``u_1^{'}`` are read as the primed name."""
    from derivations.post._parse import parse_expression

    assert parse_expression(braced)[0] == parse_expression(bare)[0]


def test_the_words_may_stand_in_bullets_under_another_heading(tmp_path):
    """The tobit notes name Phi and phi in bullets ("- $\\\\Phi(\\\\cdot)$ is standard normal
    cumulative density function (CDF)") under the likelihood's heading, and derive under the
    next headings: the words count wherever the post's body has them."""
    body = (
        "## Model\n\nwhere,\n- $\\phi(\\cdot)$ is standard normal probability density function\n"
        "- $\\Phi(\\cdot)$ is standard normal cumulative density function\n\n"
        "## Score\n\n$$\\frac{d}{dz}\\log \\Phi(z) = \\frac{\\phi(z)}{\\Phi(z)}$$\n"
    )
    assert _verdicts(tmp_path, body)[-1] == "proved"
