"""Limits the post reader enforces before a row reaches sympy's evaluation or the engine."""

from __future__ import annotations

import pytest

from derivations._errors import PostError
from derivations._settings import DEFAULT
from derivations.assumptions import parse as parse_domain
from derivations.post import check_post

FRONT = "---\nassume: a > 0; b > 0\n---\n\n"
GOOD = r"\log(a b) = \log a + \log b"


def _post(tmp_path, body: str):
    p = tmp_path / "p.md"
    p.write_text(FRONT + body, encoding="utf-8")
    return check_post(p)


@pytest.mark.parametrize(
    "row",
    [
        r"e^{e^{e^{e^{100}}}} = e^{e^{e^{e^{100}}}} + 0",  # would be evaluated for a cache key
        r"\frac{1}{10^{10^{10}}} = 0",  # an unrelated row: never reaches a step
        r"L := \mu^{10^{10^{10}}}",  # a definition: taken as given, but carried forward
    ],
)
def test_a_row_over_a_limit_is_unchecked_naming_it_and_the_next_block_is_checked(tmp_path, row):
    report = _post(tmp_path, f"$${row}$$\n\nThen:\n\n$${GOOD}$$\n")
    first, good = report.rows
    assert first.verdict == "unchecked" and "limit" in first.reason
    assert good.verdict == "proved"
    assert not report.ok


def test_the_row_after_an_over_limit_row_says_why_it_is_not_compared(tmp_path):
    rows = [r"\log(a b) &= \log a + \log b + \mu^{10^{10^{10}}} - \mu^{10^{10^{10}}}", r"&= \log a"]
    body = "$$\\begin{align}\n" + " \\\\\n".join(rows) + "\n\\end{align}$$\n"
    first, second = _post(tmp_path, body).rows
    assert first.verdict == "unchecked" and "limit" in first.reason
    # Never compared with an older line, never refuted: the line it continues is not there.
    assert second.verdict == "unrelated" and "over a limit" in second.reason


def test_a_row_within_the_limits_is_still_checked(tmp_path):
    # The same shapes with small numbers: the limit is about size, not about the notation.
    report = _post(tmp_path, "$$\\mu^{10^{2}} = \\mu^{100}$$\n\n$$e^{e^{1}} = e^{e}$$\n")
    assert [r.verdict for r in report.rows] == ["proved", "proved"]


def test_a_post_with_more_rows_than_the_limit_is_refused_before_parsing(tmp_path):
    limit = DEFAULT.max_post_rows
    p = tmp_path / "big.md"
    p.write_text(FRONT + f"$${GOOD}$$\n\n" * (limit + 1), encoding="utf-8")
    with pytest.raises(PostError, match=rf"big\.md: {limit + 1} display rows, over the limit"):
        check_post(p)


def test_bare_greek_names_in_an_assumption_are_the_letters():
    (d,) = parse_domain("lambda > 0")
    (e,) = parse_domain(r"\lambda > 0")
    assert (d.name, d.lower, d.lower_strict) == (e.name, e.lower, e.lower_strict)
    # A longer word is not a Greek letter with something after it.
    with pytest.raises(ValueError, match="no name found"):
        parse_domain("lambdax > 0")


def test_relating_a_row_is_bounded_by_the_time_limit(tmp_path, monkeypatch):
    # A post that solved for alpha and beta in turn nested each definition into the
    # other until check-post never finished: relating one row had no limit at all.
    import dataclasses
    import time

    from derivations.post import _build

    slow = dataclasses.replace(DEFAULT, step_seconds=0.2)
    monkeypatch.setattr(_build, "DEFAULT", slow)
    original = _build._Builder._statement

    def spin(self, pr, st):
        if "spin" in pr.row.text:
            t0 = time.process_time()
            while time.process_time() - t0 < 30:
                pass
        return original(self, pr, st)

    monkeypatch.setattr(_build._Builder, "_statement", spin)
    report = _post(tmp_path, f"$$\\mathrm{{spin}} = 1$$\n\nThen:\n\n$${GOOD}$$\n")
    first, good = report.rows
    assert first.verdict == "unchecked"
    assert "timed out after 0.2 s" in first.reason
    assert good.verdict == "proved"
