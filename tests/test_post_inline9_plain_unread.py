"""Plain-text equation lines of a post with no TeX that the reader cannot read are unparsed
rows with a reason (INLINE9, ``._plain_unread``), not silence.

Held-out: a Chinese homework answer writes ``=a^n *e^[-a*(x1+x2+…+xn)]`` and
``lnL=n *lna -a*(x1+x2+…+xn)`` on lines of their own; none of its lines had a row. Such lines
are now rows that say why they are not read (an ellipsis, ``e^[...]``, a run of letters that
may be a product, words in another script). They are never read as claims: nothing is proved
or refuted by them, and a readable plain equation (a list item) is read as before.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._extract import extract, split_front_matter
from derivations.post._plain_unread import unread_equation

NO_TEX = (
    "设L(a)=f(x1)*f(x2)...f(xn)\n"
    "=a^n *e^[-a*(x1+x2+…+xn)]\n"
    "取对数得到\n"
    "lnL=n *lna -a*(x1+x2+…+xn)\n"
    "所以\n"
    "lnL=n lna - a S\n"
)


def _rows(body: str) -> list:
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    return [r for r in rows if r.role == "row"]


def _report(tmp_path: Path, body: str) -> list:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


def test_each_unreadable_equation_line_is_an_unparsed_row_with_its_reason(tmp_path):
    rows = _report(tmp_path, NO_TEX)
    by_line = {r.line: r for r in rows}
    assert sorted(by_line) == [4, 5, 7, 9]  # the prose lines 6 and 8 are no rows
    assert all(r.verdict == "unparsed" for r in rows)
    assert "ellipsis" in by_line[5].reason
    assert "implicit multiplication" in by_line[9].reason  # lnL, lna: not guessed


@pytest.mark.parametrize(
    "line",
    [
        "The estimate is the sample mean = average of the data",
        "see https://example.com/?a=b",
        "a == b",
        "x >= 0",
        "=",
        "取对数得到 =",
        "",
    ],
)
def test_prose_and_non_equations_are_no_rows(line):
    assert unread_equation(line) == ""


def test_a_readable_list_item_is_read_as_before(tmp_path):
    body = "- (a + b)^2 = a^2 + 2*a*b + b^2\n- (a + b)^2 = a^2 + a*b + b^2\n"
    rows = _report(tmp_path, body)
    assert [r.verdict for r in rows][0] == "proved"
    assert rows[1].verdict != "proved"  # the wrong twin


def test_beside_tex_math_plain_lines_stay_as_they_were():
    body = "The model is\n\n$$f(x) = a e^{-a x}$$\n\nlnL=n *lna -a*(x1+x2+…+xn)\n"
    assert [r.line for r in _rows(body)] == [6]


def test_a_hostile_line_costs_its_length():
    line = "a" * 3 + "=" + "(b c) " * 40_000
    t0 = time.process_time()  # CPU: load does not stretch it
    unread_equation(line)
    unread_equation("=" + "x y " * 70)
    assert time.process_time() - t0 < 1.0
