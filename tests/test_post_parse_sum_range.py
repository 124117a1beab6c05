"""A sum whose range is written as inequalities below it (``\\sum_{0 \\le k < n}``,
``\\sum_{1 \\le i \\le n}``) runs over the whole numbers between: a strict sign leaves its
bound out. Only both bounds around the index letter are read (``\\sum_{k < n}``: from where?)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex)[0]


@pytest.mark.parametrize(
    ("latex", "value"),
    [
        (r"\sum_{0 \le k < 5} k", 10),
        (r"\sum_{1 \leq k \leq 5} k", 15),
        (r"\sum_{0 < k \le 5} k^2", 55),
        (r"\sum_{2 < k < 5} k", 7),
        (r"\prod_{1 \le k \le 4} k", 24),
    ],
)
def test_a_range_written_as_inequalities_is_read(latex, value):
    assert _read(latex).doit() == value


@pytest.mark.parametrize(
    "latex",
    [
        r"\sum_{k < 5} k",  # no lower bound
        r"\sum_{0 \le k < 5}^{9} k",  # two upper bounds
        r"\sum_{0 \le k > 5} k",
        r"\sum_{0 \le x_k < 5} k",
    ],
)
def test_other_inequalities_below_a_sum_are_not_read(latex):
    with pytest.raises(ValueError):
        _read(latex)


def test_a_half_open_range_is_proved_and_its_twin_refuted(tmp_path: Path):
    good = "The first five whole numbers add up to\n\n$$\\sum_{0 \\le k < 5} k = 10$$\n"
    assert verdict_of_row(tmp_path, good, "= 10") == "proved"
    bad = good.replace("= 10", "= 15")
    assert verdict_of_row(tmp_path, bad, "= 15") == "refuted"


def test_a_range_with_a_count_reads_as_the_same_sum_written_with_limits(tmp_path: Path):
    body = "For a count $n \\ge 1$,\n\n$$\\sum_{0 \\le k < n} 1 = n$$\n"
    limits = body.replace("\\sum_{0 \\le k < n}", "\\sum_{k=0}^{n-1}")
    assert verdict_of_row(tmp_path, body, "= n$$") == verdict_of_row(tmp_path, limits, "= n$$")
