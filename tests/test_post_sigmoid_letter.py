"""sigma of the logistic sigmoid in posts that speak of the sigmoid (external40, notesonai's
Bradley-Terry page).

Logistic-regression, Bradley-Terry and neural-network posts write ``\\sigma(\\beta_i -
\\beta_j)`` and take it as known: the logistic sigmoid 1/(1 + e^{-x}). Read as an arbitrary
function, a row that uses what it is was left unchecked ("sigma(...) is not defined in the
post"), and notesonai's ``\\frac{1}{1+e^{\\beta_j-\\beta_i}} = \\sigma(\\beta_j-\\beta_i)`` (the
argument reversed: it is sigma(beta_i - beta_j)) was never caught. Failed at f31b68c (the
rows below were unchecked).

Read as the sigmoid only where the post's words speak of it ("sigmoid", "logistic function",
"logistic regression", ...), where the letter is written only before a bracket (a standard
deviation sigma, written bare or squared, is not) and no sentence names it another function -
the same conditions as Phi and phi of the normal (``tests/test_post_standard_normal_letters.py``).
A row that gives sigma a value still wins, as for every name of the table of special functions.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

SIGMOID = "Let $\\sigma$ be the sigmoid function.\n\n"


def _verdicts(tmp_path, body: str) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


ROWS = [
    ("$$P = \\frac{e^{a}}{e^{a}+e^{b}}$$\n\n$$P = \\frac{1}{1+e^{b-a}} = \\sigma(a-b)$$", "proved"),
    ("$$P = \\frac{e^{a}}{e^{a}+e^{b}}$$\n\n$$1 - P = 1 - \\sigma(b-a)$$", "refuted"),
    ("$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)(1-\\sigma(z))$$", "proved"),
    ("$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)(1+\\sigma(z))$$", "refuted"),
    ("$$\\log \\sigma(-z) = \\log \\sigma(z) - z$$", "proved"),
]


@pytest.mark.parametrize("row, verdict", ROWS)
def test_sigma_is_the_sigmoid_where_the_post_says_so(tmp_path, row, verdict):
    verdicts = _verdicts(tmp_path, SIGMOID + row + "\n")
    assert verdicts[-1] == verdict, verdicts


@pytest.mark.parametrize("row, verdict", ROWS)
def test_without_the_words_sigma_is_the_posts_own(tmp_path, row, verdict):
    verdicts = _verdicts(tmp_path, "Let $\\sigma$ be a function.\n\n" + row + "\n")
    assert verdicts[-1] not in ("proved", "refuted"), verdicts


def test_a_standard_deviation_sigma_is_not_the_sigmoid(tmp_path):
    body = (
        SIGMOID
        + "$$y \\sim N(0, \\sigma^2)$$\n\n"
        + "$$P = \\frac{e^{a}}{e^{a}+e^{b}}$$\n\n$$P = \\sigma(b-a)$$\n"
    )
    assert _verdicts(tmp_path, body)[-1] not in ("proved", "refuted")


def test_a_sentence_naming_sigma_another_function_wins(tmp_path):
    body = (
        "We fit a logistic regression. Here $\\sigma(x)$ is the softplus function.\n\n"
        "$$P = \\frac{e^{a}}{e^{a}+e^{b}}$$\n\n$$P = \\sigma(b-a)$$\n"
    )
    assert _verdicts(tmp_path, body)[-1] not in ("proved", "refuted")


def test_a_side_that_is_the_call_alone_is_never_refuted(tmp_path):
    # (the table's rule: the row may be the post's own definition of sigma)
    body = SIGMOID + "$$P = \\frac{e^{a}}{e^{a}+e^{b}}$$\n\n$$P = \\sigma(b-a)$$\n"
    assert _verdicts(tmp_path, body) == ["given", "unchecked"]


def test_the_posts_own_value_wins(tmp_path):
    body = SIGMOID + "$$\\sigma(x) = 2x$$\n\n$$\\sigma(a) + \\sigma(a) = 4a$$\n"
    assert _verdicts(tmp_path, body) == ["given", "proved"]


def test_a_post_that_defines_sigma_is_read_through_its_definition(tmp_path):
    # tests/test_post_conditions_of_other_letters.py: the post's own sigmoid, a slip refuted
    body = (
        "# Sigmoid\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$1 - \\sigma(z) = \\sigma(z)$$\n"
    )
    assert _verdicts(tmp_path, body) == ["given", "refuted"]
