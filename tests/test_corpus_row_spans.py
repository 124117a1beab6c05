"""A truth line inside a row that spans several lines takes that row's verdict.

The reader joins a display's lines into one row when they continue one statement
(``A = 0`` on one line, ``\\quad\\Longrightarrow\\quad`` on the next, ``b = R`` on a third);
a truth table may judge the line that holds ``b = R`` on its own. It was scored "missing"
(neither proved nor refuted) although the row that holds it has a verdict, and that verdict
covers every link of the row: proved only if each link is, refuted if one is.

Properties: a row reports the line it ends on; a line inside it takes its verdict (correct
and proved, correct and refuted - counted against the reader -, wrong and caught); a line
past every row stays missing; a row starting on the line wins over one spanning it.
"""

from __future__ import annotations

import dataclasses

from test_corpus import Truth, score

from derivations.post._run import RowResult


def _row(line: int, last: int, verdict: str) -> RowResult:
    return RowResult(
        line=line, label="B1.1", text="x", kind="step", verdict=verdict, last_line=last
    )


@dataclasses.dataclass
class _Report:
    rows: tuple


def _scored(rows, truth):
    return score("k", _Report(tuple(rows)), truth)


def test_a_line_inside_a_row_takes_its_verdict():
    s = _scored([_row(10, 13, "proved")], [Truth(12, "correct", "")])
    assert s.correct_proved == [12] and s.missing == []


def test_a_correct_line_inside_a_refuted_row_counts_as_refuted():
    s = _scored([_row(10, 13, "refuted")], [Truth(13, "correct", "")])
    assert s.correct_refuted == [13]


def test_a_wrong_line_inside_a_refuted_row_is_caught():
    s = _scored([_row(10, 13, "refuted")], [Truth(11, "wrong", "")])
    assert s.mistakes_caught == [11]


def test_a_wrong_line_inside_a_proved_row_is_a_wrong_row_proved():
    s = _scored([_row(10, 13, "proved")], [Truth(11, "wrong", "")])
    assert s.wrong_proved == [11]


def test_a_line_past_every_row_is_missing():
    s = _scored([_row(10, 13, "proved")], [Truth(14, "correct", ""), Truth(9, "correct", "")])
    assert s.missing == [14, 9] and s.correct_proved == []


def test_a_row_starting_on_the_line_wins():
    rows = [_row(10, 14, "proved"), _row(12, 12, "unparsed")]
    s = _scored(rows, [Truth(12, "correct", "")])
    assert s.correct_other and s.correct_other[0][1] == "unparsed"


def test_a_multi_line_row_reports_its_last_line(tmp_path):
    from derivations.post import check_post

    post = tmp_path / "p.md"
    post.write_text(
        "Solve:\n\n$$\nn - \\lambda s = 0\n\\quad\\Longrightarrow\\quad\n"
        "\\lambda = \\frac{n}{s}\n$$\n",
        encoding="utf-8",
    )
    rows = check_post(post, jobs=1).rows
    assert [(r.line, r.last_line) for r in rows] == [(4, 6)]
