"""Hostile input against the post's time budget (``--post-seconds``, ``post_seconds``):
the budget bounded only the checking of steps, not the reading and building of the post
before them (attack59's "left alone"; attack60).

Measured blind at 2758026 (attack60): 40 lognormal-like density rows, each identified as a
family while the post is built, took 5.4 s to build under a 1 s budget, 100 normal-like ones
4.9 s; the build's time grows with the rows, whatever the budget. Bounded now: past the
budget the reading and building stop, and every display row is "unchecked", naming the
budget's seconds, none lost.
"""

from __future__ import annotations

import re

from tests._hostile import check_hostile

#: rows whose building is slow (each density is identified as a family), distinct per row
_DENSITY = (
    r"$$p(x \mid \mu, \sigma) = \frac{1}{\sigma\sqrt{2\pi}} "
    r"\exp\left(-\frac{(\log x - \mu)^2}{2\sigma^2}\right) x^{@}$$"
)


def _rows(n: int) -> str:
    return "\n\n".join(_DENSITY.replace("@", str(k)) for k in range(1, n + 1))


def _display_lines(text: str) -> list[int]:
    return [k + 1 for k, line in enumerate(text.splitlines()) if line.startswith("$$")]


def test_a_slow_build_stops_at_the_post_budget_and_loses_no_row(tmp_path):
    rows = _rows(120)
    took, out = check_hostile(
        tmp_path,
        "120 slow densities",
        "A sample.",
        rows,
        never_proved=False,
        post_seconds=1.0,
        budget=12.0,
    )
    # every display row has its verdict, at its line (the post's text starts on line 4)
    assert [r.line for r in out] == [k + 5 for k in _display_lines(rows)]
    assert all(r.verdict == "unchecked" for r in out[-100:])
    assert all(re.search(r"timed out after 1 s|the post's time budget", r.reason) for r in out)


def test_a_budget_of_nothing_reads_no_row_and_loses_none(tmp_path):
    rows = _rows(30)
    took, out = check_hostile(
        tmp_path,
        "no budget",
        "A sample.",
        rows,
        never_proved=False,
        post_seconds=0.0,
        budget=6.0,
    )
    assert len(out) == 30
    assert all(r.verdict == "unchecked" and "timed out after 0 s" in r.reason for r in out)


def test_a_budget_not_reached_changes_no_verdict(tmp_path):
    rows = "$$(a + b)^2 = a^2 + 2ab + b^2$$\n\n$$(a + b)^2 = a^2 + b^2$$"
    _, free = check_hostile(tmp_path, "free", "Numbers.", rows, never_proved=False)
    _, bound = check_hostile(
        tmp_path, "bound", "Numbers.", rows, never_proved=False, post_seconds=60.0
    )
    assert [r.verdict for r in free] == [r.verdict for r in bound] == ["proved", "refuted"]
