r"""A definition by cases written as an array in a left brace: ``\left\{ \begin{array}{lr}
e^{\theta-x} & , x \geq\theta \\ 0 & , \text{otherwise} \end{array} \right.`` (external32).

Before ``cases`` existed in LaTeX's amsmath, and still on many Stack Exchange posts, a
piecewise density is an ``array`` of two columns between ``\left\{`` and ``\right.``. The
reader read ``\begin{cases}`` (READ6) but not this ("bracket \left/\right{ is never closed").
It now reads it as the same ``cases``: the same piecewise value, so a row through it gets the
verdict the ``cases`` row gets. An array of one or three columns, or one not between
``\left\{`` and ``\right.``, is read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression

_PAIRS = [
    (
        r"\left\{ \begin{array}{lr} e^{\theta-x} & , x \geq\theta\\ 0 & , \text{otherwise} "
        r"\end{array} \right.",
        r"\begin{cases} e^{\theta-x} & , x \geq\theta\\ 0 & , \text{otherwise} \end{cases}",
    ),
    (
        r"\left\{\begin{array}{ll} 2x & 0 \le x \le 1 \\ 0 & \text{otherwise}\end{array}\right.",
        r"\begin{cases} 2x & 0 \le x \le 1 \\ 0 & \text{otherwise}\end{cases}",
    ),
    (
        r"\left\{ \begin{array}{cc} \lambda e^{-\lambda x} & x > 0 \\ 0 & x \le 0 "
        r"\end{array}\right.",
        r"\begin{cases} \lambda e^{-\lambda x} & x > 0 \\ 0 & x \le 0 \end{cases}",
    ),
]


@pytest.mark.parametrize(("array", "cases"), _PAIRS)
def test_the_array_reads_as_cases(array, cases):
    assert parse_expression(array)[0] == parse_expression(cases)[0]


@pytest.mark.parametrize(
    "text",
    [
        r"\left\{ \begin{array}{l} a \\ b \end{array} \right.",
        r"\left\{ \begin{array}{lll} a & b & c \\ d & e & f \end{array} \right.",
        r"\begin{array}{lr} 1 & x > 0 \\ 0 & x \le 0 \end{array}",
        r"\left( \begin{array}{lr} 1 & 2 \\ 3 & 4 \end{array} \right)",
    ],
)
def test_other_arrays_are_read_as_before(text):
    try:
        e = parse_expression(text)[0]
    except ValueError:
        return
    assert "Piecewise" not in str(e.func), e


_ROWS = [
    (r"\int_{0}^{1} f(x) \, dx = 1", True),
    (r"\int_{0}^{1} f(x) \, dx = 2", False),
    (r"f(\tfrac{1}{2}) = 1", True),
    (r"f(\tfrac{1}{2}) = \tfrac{1}{2}", False),
    (r"f(2) = 0", True),
    (r"f(2) = 4", False),
]


@pytest.mark.parametrize(("row", "true"), _ROWS)
def test_a_row_gets_the_verdict_it_gets_with_cases(tmp_path, row, true):
    array = (
        r"f(x) = \left\{ \begin{array}{ll} 2x & 0 \le x \le 1 \\ 0 & \text{otherwise} "
        r"\end{array} \right."
    )
    cases = r"f(x) = \begin{cases} 2x & 0 \le x \le 1 \\ 0 & \text{otherwise} \end{cases}"
    (tmp_path / "a").mkdir()
    (tmp_path / "c").mkdir()
    a = _rows(tmp_path / "a", array, row)[7]
    c = _rows(tmp_path / "c", cases, row)[7]
    assert a.verdict == c.verdict, (a.verdict, a.reason, c.verdict, c.reason)
    assert a.verdict != ("refuted" if true else "proved"), (a.verdict, a.reason)
    assert _rows(tmp_path / "a", array, row)[5].verdict != "unparsed"
