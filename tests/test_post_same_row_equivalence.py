"""A relation written between two equations of one row (``A \\iff B``) relates those two: B is
checked as a step from A, never from another equation of the system above.

Found by ``benchmarks/bench_mutants.py --post external35 --seed 60`` on 2026-12-06: in Sven
Laur's regression notebook, line 26 slipped to ``y_i = ax_i - b + e_i <=> e_i = y_i - ax_i - b``
was proved, "follows from the equation of line 16" (``y_i = ax_i + b + e_i``): the row's own
first equation was given as an estimating equation, and the second was proved from the older
one, although the row says it is equivalent to the first."""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, first_verdicts

POST = (
    Path(__file__).parent
    / "posts/incoming/external35/swenlaur-notebook-univariate-regression-noise-sigma-align-star.md"
)
ROW = r"y_i=ax_i+b+\varepsilon_i \qquad \Longleftrightarrow"


def test_a_slipped_first_equation_does_not_leave_the_second_proved(tmp_path):
    slipped = edited_copy(tmp_path, POST, ROW, ROW.replace("+b+", "-b+"))
    assert first_verdicts(slipped)[26] != "proved"


def test_a_slipped_second_equation_is_not_proved(tmp_path):
    old = r"\varepsilon_i= y_i-ax_i-b"
    slipped = edited_copy(tmp_path, POST, old, r"\varepsilon_i= y_i-ax_i+b")
    assert first_verdicts(slipped)[26] != "proved"


def test_the_row_as_written_is_not_refuted():
    assert first_verdicts(POST)[26] != "refuted"
