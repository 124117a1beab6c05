"""A zero denominator in a post is a row's verdict, never a crash of the whole post.

``$$\\frac{1}{0} = 2$$`` made ``check-post`` fail on the post ("the checker failed on this
post (ZeroDivisionError)"): the row is also read as an assumption ("1 < ..." shapes), and the
assumption reader built ``Fraction(1, 0)``. A statement with a zero denominator is no
assumption (a clear AssumptionError), and every row of such a post gets a verdict.
"""

from __future__ import annotations

import pytest

from derivations.assumptions import AssumptionError, parse
from derivations.post import check_post


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{1}{0} = 2",
        r"\frac{0}{0} = 1",
        r"1/0 = 2",
        r"x < \frac{1}{0}",
        r"0 < x < 1/0",
        r"-\frac{3}{0} \le y",
    ],
)
def test_every_row_gets_a_verdict(tmp_path, row):
    path = tmp_path / "post.md"
    path.write_text(f"# Zero\n\nLet ${row}$.\n\n$$x + 1 = 1 + x$$\n\n$${row}$$\n", "utf-8")
    report = check_post(path, jobs=1)
    rows = list(report.rows)
    assert [r.line for r in rows][-2:] == [5, 7], [(r.line, r.verdict) for r in rows]
    assert rows[-1].verdict != "proved", rows[-1]


@pytest.mark.parametrize("text", [r"x < \frac{1}{0}", "0 < x < 1/0", r"\frac{2}{0} < x"])
def test_an_assumption_with_a_zero_denominator_is_refused_with_a_message(text):
    with pytest.raises(AssumptionError, match="zero"):
        parse(text)
