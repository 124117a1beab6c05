"""A pmf followed in its display by its support and parameter range:
``P(X = x) = ...,\\ x=1,2,\\cdots,\\ 0<\\theta<\\infty``.

The statement split cuts at every comma between relations, so the list
``x = 1, 2, \\cdots`` was cut into ``x = 1`` and ``2, \\cdots, 0 < \\theta``, and the
row was unparsed ("unexpected ','"). The list is one statement (the range or
support of x), the inequality another.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post._extract import Row
from derivations.post._parse import parse_row
from tests._post_rows import rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"


def _parsed(text: str):
    return parse_row(Row(text=text, line=1, block=0, index=0))


def test_the_pmf_row_has_three_statements():
    row = _parsed(
        r"P(X = x ) = \frac{\theta ^ x e^{- \theta} }{x ! \left ( 1 - e^{- \theta} \right )}"
        r",\ x=1,2,\cdots,\ 0<\theta<\infty"
    )
    assert row.ok, row.error
    assert [st.relations for st in row.statements] == [("=",), ("range",), ("<", "<")]
    assert row.statements[1].texts[0] == "x"


def test_the_head_is_read_as_without_the_tail():
    head = r"P(X = x) = \frac{\theta^x}{x!}"
    alone, tailed = _parsed(head), _parsed(head + r", \quad x = 0, 1, 2, \ldots")
    assert tailed.statements[0].sides == alone.statements[0].sides
    assert [st.relations for st in tailed.statements] == [("=",), ("range",)]


def test_a_list_that_is_a_value_is_not_a_range():
    # f(1, 2) = 3: the commas are inside brackets, nothing to take apart
    row = _parsed(r"y = f(1, 2), \ z = 3")
    assert [st.relations for st in row.statements] == [("=",), ("=",)]


def test_the_truncated_poisson_pmf_is_read():
    rows = rows_of(REPRO3 / "pmf-with-trailing-conditions-unparsed.md")
    assert rows[6].verdict != "unparsed", rows[6].reason
