"""A definition by cases with empty alignment cells (parse60).

Held-out rows left unparsed with "a definition by cases (\\begin{cases}) is not read: a row
is not a value and its condition":

- mathse zero-inflated Poisson line 21: ``\\pi + (1-\\pi) \\cdot \\exp(- \\lambda) & & &
  \\quad x = 0, \\\\[6pt] (1-\\pi) \\cdot \\frac{\\lambda^x}{x!} \\exp(- \\lambda) & & &
  \\quad x > 0.``
- imathworks UMVUE of lambda e^{-lambda} line 16: ``1, & \\quad X_1 = 1 && \\\\ 0, &
  \\text{otherwise}``

An empty cell (nothing but spacing) typesets as nothing: a row that is a value, empty cells
and one condition - in any order after the value - is that value and its condition, the same
piecewise value as the row written with one ``&``. Near misses stay unparsed with the reason:
a first cell that is empty (no value), and two non-empty cells after the value.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

PLAIN = r"\begin{cases} a + 1 & x = 0 \\ 2 b & x > 0 \end{cases}"


@pytest.mark.parametrize(
    "written",
    [
        r"\begin{cases} a + 1 & & & \quad x = 0, \\ 2 b & & & \quad x > 0. \end{cases}",
        r"\begin{cases} a + 1 & x = 0 && \\ 2 b & x > 0 \end{cases}",
        r"\begin{cases} a + 1, & \quad x = 0 & \\ 2 b & \; & x > 0 \end{cases}",
        r"\begin{cases} a + 1 & \quad & x = 0 \\[6pt] 2 b & & x > 0 \end{cases}",
    ],
)
def test_empty_cells_read_as_the_plain_cases(written):
    assert parse_expression(written)[0] == parse_expression(PLAIN)[0]


def test_the_umvue_row_form_reads_with_its_otherwise_branch():
    got = parse_expression(
        r"\begin{cases} 1, & \quad X_1 = 1 && \\ 0, & \text{otherwise} \end{cases}"
    )[0]
    want = parse_expression(r"\begin{cases} 1 & X_1 = 1 \\ 0 & \text{otherwise} \end{cases}")[0]
    assert got == want


@pytest.mark.parametrize(
    "written, why",
    [
        # no value: the first cell is empty
        (r"\begin{cases} & a + 1 & x = 0 \\ 2 b & x > 0 \end{cases}", "not a value"),
        # two cells after the value: which is the condition?
        (r"\begin{cases} a + 1 & x = 0 & y = 1 \\ 2 b & x > 0 \end{cases}", "not a value"),
        # only a value
        (r"\begin{cases} a + 1 & & \\ 2 b & x > 0 \end{cases}", "not a value"),
    ],
)
def test_near_misses_stay_unparsed_with_the_reason(written, why):
    with pytest.raises(ValueError) as err:
        parse_expression(written)
    assert why in str(err.value)
