"""A definition by cases read as a piecewise value (session 37, READ6).

``\\begin{cases}`` was never read ("a definition by cases is not read"; 9 correct rows of
the held-out posts). It is now ``Piecewise`` when every row is a value and a condition the
reader reads (one relation, a range ``0 \\le p < 1``, or a last ``\\text{otherwise}``),
with no value (``nan``) where no condition holds. Sign tables (``> 0 & \\text{if} ...``),
labelled branches (``\\text{(Continuous)}``), rows without a condition and values in words
stay unparsed with the reason. A step whose line keeps a piecewise value is left unchecked
by ``_density_range.settle_ranges`` (fail closed: the engine's piecewise handling is not
trusted), so these rows are read, never refuted, not yet proved. Each reading is checked
with a correct row (not refuted) and a wrong twin (not proved).
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression

POST = (
    "Let $0 < p < 1$.\n\n"
    "$$\n\\begin{{align}}\n"
    "h(p) &= \\begin{{cases}} 2p & \\text{{if }} 0 \\le p < 1/2, \\\\ 2 - 2p & "
    "\\text{{otherwise}} \\end{{cases}} \\\\\n"
    "&= {row}\n"
    "\\end{{align}}\n$$\n"
)

CORRECT = [
    "\\begin{cases} p + p & \\text{if } 0 \\le p < 1/2 \\\\ 2(1 - p) & \\text{otherwise} "
    "\\end{cases}",
    "\\begin{cases} 2p & p < \\frac{1}{2} \\\\ 2(1 - p) & p \\ge \\frac{1}{2} \\end{cases}",
]
WRONG = [
    "\\begin{cases} p + p & \\text{if } 0 \\le p < 1/2 \\\\ 2(1 + p) & \\text{otherwise} "
    "\\end{cases}",
    "\\begin{cases} 2 - 2p & \\text{if } 0 \\le p < 1/2 \\\\ 2p & \\text{otherwise} \\end{cases}",
    "\\begin{cases} 2p & p < \\frac{1}{3} \\\\ 2(1 - p) & p \\ge \\frac{1}{3} \\end{cases}",
]


@pytest.mark.parametrize("row", CORRECT)
def test_a_rewritten_definition_by_cases_is_not_refuted(tmp_path, row):
    verdict = verdict_of_row(tmp_path, POST.format(row=row), row)
    assert verdict not in ("refuted", "unparsed"), verdict


@pytest.mark.parametrize("row", WRONG)
def test_the_wrong_twin_of_a_definition_by_cases_is_not_proved(tmp_path, row):
    verdict = verdict_of_row(tmp_path, POST.format(row=row), row)
    assert verdict not in ("proved", "given", "unparsed"), verdict


def test_the_reading_is_the_first_branch_whose_condition_holds():
    e = parse_expression(
        "\\begin{cases} a & x < \\mu \\\\ b & x > \\mu \\\\ \\text{undefined} & x = \\mu "
        "\\end{cases}"
    )[0]
    assert isinstance(e, sp.Piecewise)
    at = {s.name: s for s in e.free_symbols}
    values = {k: e.subs({at["x"]: xv, at["mu"]: 0}) for k, xv in (("lt", -1), ("gt", 1), ("eq", 0))}
    assert values["lt"] == at["a"] and values["gt"] == at["b"]
    assert values["eq"] is sp.nan  # no value where the post gives none


@pytest.mark.parametrize(
    "latex",
    [
        "\\begin{cases} >0 & \\text{if } 0 \\le p < 1/2 \\\\ <0 & \\text{if } 1/2 < p \\le 1 "
        "\\end{cases}",
        "\\begin{cases} a & \\text{(Continuous)} \\\\ b & \\text{(Discrete)} \\end{cases}",
        "\\begin{cases} a \\\\ b \\end{cases}",
        "\\begin{cases} \\text{large} & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
        "\\begin{cases} 1 & \\text{otherwise} \\\\ 0 & x > 1 \\end{cases}",
        "\\begin{cases} 1 & x < 1 > y \\end{cases}",
    ],
)
def test_cases_that_are_not_a_value_stay_unparsed_with_the_reason(latex):
    with pytest.raises(ValueError, match="cases"):
        parse_expression(latex)
