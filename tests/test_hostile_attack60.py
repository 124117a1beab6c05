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

import pytest

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


@pytest.mark.parametrize(
    ("n", "seconds", "budget"),
    [(120, 1.0, 6.0), (120, 0.0, 3.0)],  # a budget of nothing reads no row
)
def test_a_slow_build_stops_at_the_post_budget_and_loses_no_row(tmp_path, n, seconds, budget):
    rows = _rows(n)
    _, out = check_hostile(
        tmp_path,
        f"{n} slow densities",
        "A sample.",
        rows,
        never_proved=False,
        post_seconds=seconds,
        budget=budget,
    )
    # every display row has its verdict, at its line (the rows start on the post's line 6)
    assert [r.line for r in out] == [k + 5 for k in _display_lines(rows)]
    assert all(r.verdict == "unchecked" for r in out[-min(n, 100) :])
    said = rf"timed out after {seconds:g} s|the post's time budget \({seconds:g} s"
    assert all(re.search(said, r.reason) for r in out)


def test_a_budget_not_reached_changes_no_verdict(tmp_path):
    rows = "$$(a + b)^2 = a^2 + 2ab + b^2$$\n\n$$(a + b)^2 = a^2 + b^2$$"
    _, free = check_hostile(tmp_path, "free", "Numbers.", rows, never_proved=False)
    _, bound = check_hostile(
        tmp_path, "bound", "Numbers.", rows, never_proved=False, post_seconds=60.0
    )
    assert [r.verdict for r in free] == [r.verdict for r in bound] == ["proved", "refuted"]


def test_the_post_budget_is_no_step_limit_for_the_work_that_has_its_own(tmp_path):
    """An integral bounded by its own limit unless a step's limit bounds it took the post's
    budget for a step's (both are timers): the density of a coefficient 10^400 ran for the
    whole budget (606 s, tests/test_hostile_attack59.py) instead of about 3 s."""
    took, _ = check_hostile(
        tmp_path,
        "a density of a coefficient 10^400 under a budget",
        "A density for $x > 0$.",
        "$$f(x | \\mu) = e^{10^{400} (x - \\mu)^2}$$",
        never_proved=False,
        post_seconds=40.0,
        budget=30.0,
    )
