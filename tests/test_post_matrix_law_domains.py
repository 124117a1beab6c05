"""A law's parameter space says nothing of a matrix parameter.

``x_i \\sim \\mathcal{N}(\\mu, \\Sigma)`` in the prose gave ``\\Sigma > 0`` (the normal's
variance is positive) as a scalar statement; put on the matrix ``\\Sigma``, it replaced the
covariance's symmetric positive definite domain, ``\\Sigma`` was sampled as a general matrix,
and the multivariate normal's score ``\\sum_i \\Sigma^{-1}(x_i - \\mu)`` - right only for a
symmetric ``\\Sigma`` - was refuted. All four sentences below did so before the fix
(the list law since 8d83657, the others before it); the wrong score stays refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

LOGLIK = (
    r"$$\ell(\mu, \Sigma) = -\frac{nd}{2}\log(2\pi) - \frac{n}{2}\log|\Sigma| "
    r"- \frac{1}{2}\sum_{i=1}^n (x_i - \mu)^T \Sigma^{-1} (x_i - \mu)$$"
)

SENTENCES = [
    r"Let $x_i \sim \mathcal{N}(\mu, \Sigma)$.",
    r"Let $x_1, \ldots, x_n$ be iid $\mathcal{N}(\mu, \Sigma)$.",
    r"Let $x_1, \ldots, x_n \sim \mathcal{N}(\mu, \Sigma)$.",
    r"Let $x_1, \ldots, x_n \in \mathbb{R}^d$ be iid $\mathcal{N}(\mu, \Sigma)$ with $\Sigma$ "
    r"symmetric positive definite.",
]


def _score(tmp_path, sentence, score):
    row = f"$$\\frac{{\\partial \\ell}}{{\\partial \\mu}} = {score}$$"
    text = f"# MVN\n\n{sentence}\n\n{LOGLIK}\n\n{row}\n"
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}[7]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_score_of_a_declared_multivariate_normal_is_proved(tmp_path, sentence):
    row = _score(tmp_path, sentence, r"\sum_{i=1}^n \Sigma^{-1}(x_i - \mu)")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_wrong_sign_stays_refuted(tmp_path, sentence):
    row = _score(tmp_path, sentence, r"\sum_{i=1}^n \Sigma^{-1}(\mu - x_i)")
    assert row.verdict == "refuted", row.reason


def test_a_scalar_variance_of_a_declared_normal_is_still_positive(tmp_path):
    """The scalar case keeps its domain: log(sigma^2)/2 = log(sigma) needs sigma^2 > 0 only
    through the law (sigma^2 is not otherwise known positive when written as s)."""
    text = "# N\n\nLet $x_i \\sim \\mathcal{N}(\\mu, v)$.\n\n$$\\log v^2 = 2\\log v$$\n"
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    row = {r.line: r for r in check_post(path, jobs=1).rows}[5]
    assert row.verdict == "proved", row.reason
