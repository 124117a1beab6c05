"""A function word with nothing to apply to (``\\lvert x_i - \\text{median} \\rvert``) is a
named quantity, not a function missing its argument.

A Laplace-scale post writes the estimate as ``\\frac{1}{n}\\sum \\lvert x_i - \\text{median}
\\rvert``: ``median`` is a function word, and with the bar after it the row was unparsed
("unexpected '|'"). Where an argument follows (``\\text{median}(x)``, ``\\det A``) it is
the function as before; only rows that could not be read change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._lexer import tokenize
from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO4 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro4"


@pytest.mark.parametrize(
    "text",
    [
        r"\lvert x_i - \text{median} \rvert",
        r"|x_i - \text{median}|",
        r"(x - \mathrm{median})^2",
        r"\text{median} + 1",
        r"\operatorname{median}",
    ],
)
def test_a_word_with_no_argument_is_a_name(text):
    read = parse_expression(text)[0]
    assert any("median" in str(s) for s in read.free_symbols), read


@pytest.mark.parametrize(
    ("text", "kind"), [(r"\text{median}(x)", "FUNC"), (r"\det A", "FUNC"), (r"\det |A|", "FUNC")]
)
def test_a_word_with_an_argument_is_still_the_function(text, kind):
    assert tokenize(text)[0][0].type == kind


def test_the_laplace_scale_estimate_is_read():
    rows = rows_of(REPRO4 / "text-inside-absolute-value-unparsed.md")
    assert rows[8].verdict != "unparsed", rows[8].reason
