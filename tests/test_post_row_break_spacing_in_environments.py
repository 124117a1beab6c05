"""The spacing argument of a row break inside cases and matrices, ``\\\\[6pt]`` (parse60).

``\\begin{cases} a & x = 0 \\\\[6pt] b & x > 0 \\end{cases}`` was read as the value
``b*6*p*t`` on the second branch, and ``\\begin{bmatrix} a \\\\[2pt] b \\end{bmatrix}`` as the
entry ``b*2*p*t``: the optional argument of ``\\\\`` (extra space below the row, a TeX
dimension) was taken for a bracket of factors - a silent misreading, found reading the
held-out mathse zero-inflated Poisson row (line 21, ``\\\\[6pt]`` between its branches).

Property: every environment the reader splits into rows reads the same with and without
the spacing argument (``[6pt]``, ``[1ex]``, ``[.5em]``, ``[-2pt]``, ``[4 pt]``); a bracket
after the break that is no dimension (``\\\\ [b]``) stays a bracket of the row.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

ENVIRONMENTS = [
    r"\begin{cases} a + 1 & x = 0 BREAK 2 b & x > 0 \end{cases}",
    r"\begin{bmatrix} a BREAK b \end{bmatrix}",
    r"\begin{pmatrix} a & c BREAK b & d \end{pmatrix}",
    r"\left\{ \begin{array}{ll} a + 1 & x = 0 BREAK 2 b & x > 0 \end{array} \right.",
]
SPACINGS = ["[6pt]", "[1ex]", "[.5em]", "[-2pt]", "[4 pt]", " [3mm]"]


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("spacing", SPACINGS)
def test_the_spacing_of_a_row_break_is_no_factor(env, spacing):
    plain = parse_expression(env.replace("BREAK", r"\\"))[0]
    spaced = parse_expression(env.replace("BREAK", "\\\\" + spacing))[0]
    assert spaced == plain, (spaced, plain)
    assert not {"p", "t", "e", "m", "x"} & {str(s) for s in spaced.free_symbols} - {
        str(s) for s in plain.free_symbols
    }


def test_a_bracket_that_is_no_dimension_stays_in_the_row():
    got = parse_expression(r"\begin{bmatrix} a \\ [b + 1] \end{bmatrix}")[0]
    assert "b" in {str(s) for s in got.free_symbols}, got
