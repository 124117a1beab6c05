"""A post's time budget: every row is bounded by the step limit, but a post is not.

Forty rows that each use their whole step limit took 724 s on a loaded machine (attack32's
hostile post), and a post may hold up to ``max_post_rows`` rows. ``Settings.post_seconds``
bounds the checking of one post (wall-clock, from the start of ``check_post``): a step not
started by then is "unchecked" with the limit named, so the post still ends with a verdict
per row, none of them a proof or a refutation it did not earn. Such a verdict is the
machine's, not the post's: it is never kept in a cache, so a later run with time to spare
checks the row.
"""

from __future__ import annotations

import time

import pytest

from derivations._settings import DEFAULT
from derivations.post import check_post

FRONT = "---\nassume: a > 0; b > 0\n---\n\n"
TRUE_ROWS = [
    r"\log(a b) = \log a + \log b",
    r"(a + b)^2 = a^2 + 2 a b + b^2",
    r"\log(a^2 b) = 2\log a + \log b",
    r"(a - b)^2 = a^2 - 2 a b + b^2",
]
FALSE_ROWS = [
    r"\log(a + b) = \log a + \log b",
    r"(a + b)^2 = a^2 + b^2",
    r"\log(a^2 b) = \log a + 2\log b",
    r"e^{a + b} = e^a + e^b",
]
SPENT = "time budget"


def _post(tmp_path, rows, name="p.md"):
    p = tmp_path / name
    p.write_text(FRONT + "\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    return p


def test_the_default_budget_is_documented_and_generous():
    # Every bundled and corpus post is checked well inside it (the slowest takes under a
    # minute), so the default changes no verdict there.
    assert DEFAULT.post_seconds >= 300


def test_no_time_left_leaves_every_row_unchecked_naming_the_budget(tmp_path):
    report = check_post(_post(tmp_path, TRUE_ROWS + FALSE_ROWS), jobs=1, post_seconds=0)
    assert len(report.rows) == len(TRUE_ROWS + FALSE_ROWS)
    for row in report.rows:
        assert row.verdict == "unchecked", row
        assert SPENT in row.reason and "0 s" in row.reason, row.reason
    assert not report.ok


@pytest.mark.parametrize("rows", [TRUE_ROWS, FALSE_ROWS])
def test_with_time_the_same_rows_get_their_verdicts(tmp_path, rows):
    want = "proved" if rows is TRUE_ROWS else "refuted"
    report = check_post(_post(tmp_path, rows), jobs=1)
    assert [r.verdict for r in report.rows] == [want] * len(rows)


def _slow_rows(n: int) -> list[str]:
    """Rows that each use up the step limit (an oscillating integral at infinity)."""
    return [
        rf"\int_0^{{\infty}} x^{{{k}}} e^{{-x}} \sin(x^{{{k}}}) \, dx = "
        rf"\left[-\cos(x^{{{k}}}) e^{{-x^{{{k}}}}} \ln(1 + x)\right]_0^{{\infty}}"
        for k in range(1, n + 1)
    ]


def test_a_budget_spent_on_slow_rows_bounds_the_post_and_names_the_rest(tmp_path):
    rows = _slow_rows(5)
    began = time.perf_counter()
    report = check_post(_post(tmp_path, rows), jobs=1, post_seconds=1)
    seconds = time.perf_counter() - began
    # A row that starts inside the budget ends at its own step limit at the latest; the
    # rows after the budget are never started. Five rows at the step limit take 15 s or more.
    assert "proved" not in {r.verdict for r in report.rows}
    skipped = [k for k, r in enumerate(report.rows) if SPENT in r.reason]
    assert skipped and skipped == list(range(skipped[0], len(rows))), report.rows
    assert all(report.rows[k].verdict == "unchecked" for k in skipped)
    assert report.budget_spent and report.to_json()["budget_spent"]
    assert seconds < 4 * DEFAULT.step_seconds, seconds


def test_a_verdict_of_the_budget_is_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))
    p = _post(tmp_path, TRUE_ROWS)
    starved = check_post(p, jobs=1, post_seconds=0, cache=True)
    assert {r.verdict for r in starved.rows} == {"unchecked"}
    again = check_post(p, jobs=1, cache=True)
    assert [r.verdict for r in again.rows] == ["proved"] * len(TRUE_ROWS)


def test_a_negative_budget_is_refused():
    with pytest.raises(ValueError, match="post_seconds"):
        check_post("nonexistent.md", post_seconds=-1)


def test_the_command_takes_the_budget_and_says_when_it_ran_out(tmp_path, capsys, monkeypatch):
    from derivations.__main__ import main

    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))
    p = _post(tmp_path, TRUE_ROWS[:1])
    assert main(["check-post", "--post-seconds", "0", str(p)]) == 1
    out = capsys.readouterr().out
    assert "unchecked" in out and "time budget ran out" in out
    # not cached: the next run with the default budget checks the row
    assert main(["check-post", str(p)]) == 0


@pytest.mark.parametrize("bad", ["-3", "inf", "nan", "soon"])
def test_the_command_refuses_a_budget_that_is_not_a_number_of_seconds(tmp_path, capsys, bad):
    from derivations.__main__ import main

    with pytest.raises(SystemExit) as exit_:
        main(["check-post", "--post-seconds", bad, str(_post(tmp_path, TRUE_ROWS[:1]))])
    assert exit_.value.code == 2
    assert "--post-seconds" in capsys.readouterr().err
