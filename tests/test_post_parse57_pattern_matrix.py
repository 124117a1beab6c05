r"""A matrix written by its pattern (``X = \begin{bmatrix} x_{11} & \cdots & x_{1n} \\ \vdots &
\ddots & \vdots \\ x_{m1} & \cdots & x_{mn} \end{bmatrix}``, ``\beta = \begin{pmatrix}
\beta_1 \\ \vdots \\ \beta_p \end{pmatrix}``): its entries are not all written, so its size
and cells are not known, and the side was unparsed ("a matrix whose cells cannot be read").
A matrix of symbolic size was tried once and crashed the engine; the side is instead read as
a whole, as a tuple is (PARSE13, ._tuples): ``name = [pattern]`` is taken as given with no
value taken from it, and any other step through it is unchecked, naming the pattern (only a
side that is the matrix alone: ``2 [pattern]`` is unparsed as before). No row
after it reads differently: the name gets no value (a step that uses it stays as it was)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

PATTERNS = [
    r"\begin{bmatrix} x_{11} & \cdots & x_{1n} \\ \vdots & \ddots & \vdots \\ "
    r"x_{m1} & \cdots & x_{mn} \end{bmatrix}",
    r"\begin{pmatrix} \beta_{1} \\ \vdots \\ \beta_{p} \end{pmatrix}",
    r"\begin{bmatrix} a_1 & a_2 & \ldots & a_p \end{bmatrix}^T",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_name_defined_by_a_pattern_is_given_without_a_value(tmp_path, pattern):
    rows = display_rows(tmp_path, rf"X = {pattern}", r"X + X = 3 X")
    assert rows[5].verdict == "given", rows[5].reason
    assert "pattern" in rows[5].reason, rows[5].reason
    # X has no value the reader can sample: since posts60b (a data set named as a tuple was
    # sampled as a number, and a correct row refuted) the wrong step after it is not refuted
    # through X, nor proved
    assert rows[7].verdict not in ("proved", "refuted"), rows[7].reason
    assert "does not take a value from" in rows[7].reason, rows[7].reason


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_step_through_a_pattern_is_unchecked(tmp_path, pattern):
    row = display_rows(tmp_path, rf"2 X = {pattern}")[5]
    assert row.verdict == "unchecked" and "pattern" in row.reason, row.reason


def test_a_determinant_written_by_its_pattern_stays_unread(tmp_path):
    # \begin{vmatrix} is a number (a determinant), not a matrix: not read as a whole
    row = display_rows(tmp_path, r"D = \begin{vmatrix} a_1 & \cdots \\ \vdots & a_n \end{vmatrix}")
    assert row[5].verdict == "unparsed", row[5].reason
