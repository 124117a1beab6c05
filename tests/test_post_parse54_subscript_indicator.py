"""An indicator whose event is its subscript (``1_{y_i=1}``, ``\\mathbb{1}_{x > 0}``,
``I_{y_i = 0}``; held-out batch 37) is the indicator of that event, as ``1\\{y_i = 1\\}`` and
``I(y_i = 0)`` are (the rows were unparsed at the ``_``). A subscript without an event
(``1_n``, a vector of ones; ``I_n``, an identity) is left as it was."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("written", "same"),
    [
        (r"\sum_{i=1}^{N} 1_{y_i=1}", r"\sum_{i=1}^{N} 1\{y_i=1\}"),
        (
            r"\frac{1}{\pi}1_{y_i=1}-\frac{1}{1-\pi}1_{y_i=0}",
            r"\frac{1}{\pi}1(y_i=1)-\frac{1}{1-\pi}1(y_i=0)",
        ),
        (r"\mathbb{1}_{x_i > 0} x_i", r"\mathbb{1}(x_i > 0) x_i"),
        (r"I_{y_i = 0} + I_{\{y_i = 1\}}", r"I(y_i = 0) + I(y_i = 1)"),
    ],
)
def test_an_event_in_the_subscript_is_the_indicator_of_that_event(written, same):
    assert parse_expression(written)[0] == parse_expression(same)[0]


@pytest.mark.parametrize("written", [r"1_n^T x", r"x_{1}", r"I_n A", r"2^{1}"])
def test_a_subscript_without_an_event_is_no_indicator(written):
    try:
        e = parse_expression(written)[0]
    except ValueError:
        return
    assert "mathbb{1}" not in str(e)


def test_the_score_of_a_bernoulli_prior_with_indicators_is_read_and_never_refuted(tmp_path):
    rows = display_rows(
        tmp_path,
        r"\mathcal{L} = \sum_{i=1}^{N} \left(1_{y_i=1}\log\pi + 1_{y_i=0}\log(1-\pi)\right)",
        r"\frac{\partial \mathcal{L}}{\partial \pi}"
        r"=\sum_{i=1}^{N}\left(\frac{1}{\pi}1_{y_i=1}-\frac{1}{1-\pi}1_{y_i=0}\right)",
        r"\frac{\partial \mathcal{L}}{\partial \pi}"
        r"=\sum_{i=1}^{N}\left(\frac{1}{\pi}1_{y_i=1}+\frac{1}{1-\pi}1_{y_i=0}\right)",
    )
    assert rows[7].verdict not in ("unparsed", "refuted"), rows[7].reason
    assert rows[9].verdict not in ("unparsed", "proved"), rows[9].reason
