"""Sums and products written without index or limits over the sample (``\\prod{x!}``,
``\\sum(x_{i})``) where the prose says what the index runs over.

A truncated-Poisson question writes ``L(\\lambda) = \\lambda^{\\sum(x_{i})} / ((e^\\lambda - 1)^n
\\prod{x!})`` after the sentence "the product of each instance of $x_i$ from 1 to n".
The range comes from the sentence; ``\\prod{x!}`` (no index at all) is the product of
``x_i!`` because x is the post's sample. Nothing is guessed when the post says neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._extract import extract
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context
from tests._post_rows import no_range_guessed, rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"

PROSE = r"""$$f(x) = \frac{\lambda^x}{x!}$$

I need to take the product of each instance of $x_i$ from 1 to n.

$$L(\lambda) = \prod_{i=1}^{n} f(x_i)$$
"""


def _ctx(text: str) -> Context:
    rows, _ = extract(text)
    return post_context(rows, Context())


@pytest.mark.parametrize(
    ("bare", "written"),
    [
        (r"\sum(x_{i})", r"\sum_{i=1}^{n}(x_{i})"),
        (r"\sum x_i", r"\sum_{i=1}^{n} x_i"),
        (r"\prod{x!}", r"\prod_{i=1}^{n}{x_i!}"),
        (r"\log\left(\prod{x!}\right)", r"\log\left(\prod_{i=1}^{n}{x_i!}\right)"),
    ],
)
def test_the_prose_range_and_the_sample_are_read(bare, written):
    ctx = _ctx(PROSE.replace(r"\prod_{i=1}^{n} f(x_i)", "f(x_i)"))
    assert parse_expression(bare, ctx)[0] == parse_expression(written, _ctx(PROSE))[0]


@pytest.mark.parametrize(
    "sentence",
    [
        r"for $i = 1, \ldots, n$ independent draws.",
        r"where $i$ runs from 1 to $n$.",
        r"with $i=1,2,\dots,n$.",
    ],
)
def test_other_ways_of_saying_the_range(sentence):
    text = PROSE.replace(
        "I need to take the product of each instance of $x_i$ from 1 to n.", sentence
    )
    text = text.replace(r"\prod_{i=1}^{n} f(x_i)", "f(x_i)")
    assert (
        parse_expression(r"\sum x_i", _ctx(text))[0]
        == parse_expression(r"\sum_{i=1}^{n} x_i", _ctx(PROSE))[0]
    )


def test_without_a_range_nothing_is_guessed():
    text = "$$f(x) = \\frac{\\lambda^x}{x!}$$\n\nThe data are $x_i$.\n\n$$L = f(x_1)$$\n"
    assert no_range_guessed(r"\sum x_i", _ctx(text))


def test_a_bare_letter_that_is_no_sample_is_not_made_one():
    # the post writes no x_i: \prod{x!} has no index to run over
    text = "$$f(x) = \\frac{\\lambda^x}{x!}$$\n\nfor $i = 1, \\ldots, n$.\n\n$$L = f(y)$$\n"
    with pytest.raises(ValueError, match="index"):
        parse_expression(r"\prod{x!}", _ctx(text))


def test_the_truncated_poisson_rows_are_read():
    rows = rows_of(REPRO3 / "unindexed-product-of-factorials-unparsed.md")
    for line in (10, 12):
        assert rows[line].verdict not in ("unparsed", "refuted"), (line, rows[line].reason)
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $X_1, X_2,…,X_n$ be iid random variables.",
        r"Let $x_1, \ldots, x_n$ be the data.",
        r"a sample $x_{1},\dots,x_{n}$ from the model",
    ],
)
def test_a_sample_listed_from_1_to_n_gives_the_range(sentence):
    text = PROSE.replace(
        "I need to take the product of each instance of $x_i$ from 1 to n.", sentence
    )
    text = text.replace(r"\prod_{i=1}^{n} f(x_i)", "f(x_i)")
    assert str(parse_expression(r"\sum(x_{i}-\mu)^{2}", _ctx(text))[0]) == str(
        parse_expression(r"\sum_{i=1}^{n}(x_{i}-\mu)^{2}", _ctx(PROSE))[0]
    )


def test_the_normal_sigma_rows_with_a_listed_sample_are_read():
    rows = rows_of(
        REPRO3.parent / "repro4" / "sum-without-limits-sample-named-in-prose-unparsed.md"
    )
    assert rows[8].verdict == "given", (rows[8].verdict, rows[8].reason)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
