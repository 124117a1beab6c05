"""Words among a density's trailing conditions:
``, \\ for \\ x>x_0, \\ \\theta > 1, \\ \\& \\ x_0``.

A Pareto question writes its density with its conditions in the same formula, joined
by the words 'for' and '\\&' ('and x_0 is known', the rest outside the math). 'for'
was read as the product f*o*r of a condition f o r x > x_0, and '\\&' was an unsupported
command that left the whole row unparsed. A word that starts a condition is prose;
'\\&' and what follows it in that condition are prose.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from derivations.post._extract import Row
from derivations.post._parse import parse_row
from tests._post_rows import rows_of

REPRO4 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro4"


def _texts(text: str) -> list[tuple[str, ...]]:
    """Each statement's sides as written, TeX spacing (\\quad, \\ ) left out."""
    row = parse_row(Row(text=text, line=1, block=0, index=0))
    assert row.ok, row.error
    return [
        tuple(" ".join(re.sub(r"\\[ ,;:!]|\\q?quad", " ", t).split()) for t in st.texts)
        for st in row.statements
    ]


def _read(text: str) -> list[tuple]:
    row = parse_row(Row(text=text, line=1, block=0, index=0))
    assert row.ok, row.error
    return [(st.sides, st.relations) for st in row.statements]


def test_the_pareto_conditions_are_read():
    texts = _texts(
        r"f(x, x_0, \theta)=\theta x_{0}^{\theta} x^{-(1+\theta)}, \ for \ x>x_0, "
        r"\ \theta > 1, \ \& \ x_0"
    )
    assert texts[1:] == [("x", "x_0"), ("\\theta", "1")]


@pytest.mark.parametrize("word", ["for", "where", "with", "when", "and"])
def test_a_word_before_a_condition_is_prose(word):
    plain = _read(r"f(x) = e^{-x}, \quad x > 0")
    worded = _read(rf"f(x) = e^{{-x}}, \quad {word} \ x > 0")
    assert worded == plain


def test_a_product_of_letters_is_not_taken_for_a_word():
    # "ab x > 0" has no word of the list: the letters stay a product
    assert _texts(r"y = 1, \quad ab x > 0")[1] == ("ab x", "0")


def test_the_pareto_density_row_is_read():
    rows = rows_of(REPRO4 / "ampersand-in-density-conditions-unparsed.md")
    assert rows[6].verdict != "unparsed", rows[6].reason
