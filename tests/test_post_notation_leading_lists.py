"""A comma before an inequality: ``\\alpha, \\beta > 0`` and ``g(x), \\quad 0 < x < \\infty``.

An inequality splits a row into sides at its signs, so ``\\alpha, \\beta > 0`` had the
side ``\\alpha, \\beta`` ("unexpected ','"), and a density written without a left side,
``\\frac{x^{\\alpha-1} e^{-x/\\beta}}{\\Gamma(\\alpha)\\beta^\\alpha}, \\quad 0<x<\\infty``
(a gamma MLE question), had the side ``... , \\quad 0``. A list of names before the
sign is a condition on each name; a formula, a comma and then the chain is the formula
(a row without a relation) and the condition on what follows the comma.
"""

from __future__ import annotations

import pytest

from derivations.post._extract import Row
from derivations.post._parse import parse_row
from derivations.post._stated_not_claimed import CLAIMS_NOTHING


def _reading(text: str):
    p = parse_row(Row(text=text, line=1, block=0, index=0))
    assert not p.error, p.error
    return [(s.relations, s.sides) for s in p.statements]


@pytest.mark.parametrize(
    ("listed", "separate"),
    [
        (r"\alpha, \beta > 0", [r"\alpha > 0", r"\beta > 0"]),
        (r"a,b \ge 1", [r"a \ge 1", r"b \ge 1"]),
        (r"\sigma_1, \sigma_2 > 0", [r"\sigma_1 > 0", r"\sigma_2 > 0"]),
    ],
)
def test_a_list_of_names_before_an_inequality_is_a_condition_on_each(listed, separate):
    assert _reading(listed) == [st for text in separate for st in _reading(text)]


@pytest.mark.parametrize(
    ("written", "formula", "condition"),
    [
        (
            r"\frac{1}{\Gamma(\alpha)\beta^\alpha}x^{\alpha-1}e^{-\frac{x}{\beta}},\quad 0<x<\infty",
            r"\frac{1}{\Gamma(\alpha)\beta^\alpha}x^{\alpha-1}e^{-\frac{x}{\beta}}",
            r"0<x<\infty",
        ),
        (r"\theta e^{-\theta x}, \ x \ge 0", r"\theta e^{-\theta x}", r"x \ge 0"),
    ],
)
def test_a_formula_then_a_condition_reads_as_both(written, formula, condition):
    assert _reading(written) == _reading(formula) + _reading(condition)


def test_other_commas_keep_their_reading():
    # the comma inside brackets is an argument list; a list without a relation is no
    # condition; a name list after '=' was split into statements before
    assert _reading(r"f(a, b) > 0") == _reading(r"f(a,b) > 0")
    assert len(_reading(r"f(a, b) > 0")) == 1
    # (PARSE57: the list is read as a list that claims nothing, not as a condition)
    listed = parse_row(Row(text="a, b, c", line=1, block=0, index=0))
    assert [st.relations for st in listed.statements] == [(CLAIMS_NOTHING,)], listed
    assert _reading(r"x = a, b > 0") == _reading("x = a") + _reading("b > 0")


def test_a_condition_on_a_name_after_a_formula_is_split_too():
    assert _reading(r"g(x), \quad a < x") == _reading("g(x)") + _reading("a < x")


def test_names_with_powers_are_names_and_one_name_is_no_formula():
    assert _reading(r"\mu, \sigma^2 > 0") == _reading(r"\mu > 0") + _reading(r"\sigma^2 > 0")
