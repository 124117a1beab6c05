"""Sums over the terms a condition selects (session 37, READ6).

Held-out posts write ``\\sum_{i: y_i = 0}``, ``\\sum_{i: y_i > 0}``, ``\\sum_{y_i = 0}`` and
``\\sum_{y_i \\ne 0}`` (zero-inflated Poisson likelihoods); the reader refused them ("a sum
or product over the indices a condition (':') selects is not read"), and with them every
row that continued one. Such a sum is the sum over every index of the indicator of the
condition times the term: ``\\sum_{i: y_i = 0} t_i = \\sum_i 1\\{y_i = 0\\} t_i``. The
indicator is the reader's one unknown function of the event (``_indicators``), so a row is
proved only when it holds for every function of the event, and ``1\\{y_i \\ne 0\\}`` is
``1 - 1\\{y_i = 0\\}`` exactly.

Not read (unparsed with a reason): a product over a condition, a condition on an element
whose subscript is not one index letter, ``\\sum_{x_i = 0}^{1}`` is still a range of values.
Each reading is checked with a correct row (not refuted) and a wrong twin (not proved).
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression

POST = (
    "We observe counts $y_1, \\dots, y_n$ from a zero-inflated Poisson model.\n\n"
    "$$\n\\begin{{align}}\n"
    "\\ell(\\pi, \\lambda) &= {first} \\\\\n"
    "&= {second}\n"
    "\\end{{align}}\n$$\n"
)

A = "\\log\\left(\\pi + (1-\\pi)e^{-\\lambda}\\right)"
B = "\\left(\\log(1-\\pi) - \\lambda + y_i \\log \\lambda\\right)"
# (\\mathbb{I}: in a Markdown display, \\{ may lose its backslash to the Markdown escapes)
WRITTEN = (
    f"\\sum_{{i=1}}^{{n}} \\mathbb{{I}}(y_i = 0) {A} "
    f"+ \\sum_{{i=1}}^{{n}} (1 - \\mathbb{{I}}(y_i = 0)) {B}"
)

CORRECT = [
    f"\\sum_{{i: y_i=0}} {A} + \\sum_{{i: y_i \\ne 0}} {B}",
    f"\\sum_{{y_i=0}} {A} + \\sum_{{y_i \\ne 0}} {B}",
    f"\\sum_{{i : y_i = 0}} {A} + \\sum_{{i=1}}^{{n}} {B} - \\sum_{{y_i = 0}} {B}",
]
WRONG = [
    f"\\sum_{{i: y_i=1}} {A} + \\sum_{{i: y_i \\ne 0}} {B}",  # another event
    f"\\sum_{{y_i=0}} {A} + \\sum_{{y_i = 0}} {B}",  # = where \ne was meant
    f"\\sum_{{i: y_i=0}} 2{A} + \\sum_{{i: y_i \\ne 0}} {B}",  # a planted factor
    f"\\sum_{{i: y_i > 0}} {A} + \\sum_{{i: y_i \\ne 0}} {B}",  # > 0 is not = 0
]


@pytest.mark.parametrize("row", CORRECT)
def test_a_sum_over_a_condition_is_read_and_proved(tmp_path, row):
    verdict = verdict_of_row(tmp_path, POST.format(first=WRITTEN, second=row), row)
    assert verdict == "proved", verdict


@pytest.mark.parametrize("row", WRONG)
def test_the_wrong_twin_of_a_conditional_sum_is_not_proved(tmp_path, row):
    verdict = verdict_of_row(tmp_path, POST.format(first=WRITTEN, second=row), row)
    assert verdict not in ("proved", "given", "unparsed"), verdict


DERIV = (
    "We observe counts $y_1, \\dots, y_n$.\n\n"
    "$$\n\\begin{{align}}\n"
    "\\ell(\\lambda) &= \\sum_{{i: y_i > 0}} \\left(y_i \\log\\lambda - \\lambda\\right) \\\\\n"
    "\\frac{{\\partial \\ell}}{{\\partial \\lambda}} &= {row}\n"
    "\\end{{align}}\n$$\n"
)


def test_a_derivative_of_a_sum_over_a_strict_inequality_is_proved(tmp_path):
    row = "\\sum_{i: y_i > 0} \\left(\\frac{y_i}{\\lambda} - 1\\right)"
    assert verdict_of_row(tmp_path, DERIV.format(row=row), row) == "proved"


def test_its_wrong_twin_is_not_proved(tmp_path):
    row = "\\sum_{i: y_i > 0} \\left(\\frac{y_i}{\\lambda} + 1\\right)"
    verdict = verdict_of_row(tmp_path, DERIV.format(row=row), row)
    assert verdict not in ("proved", "given", "unparsed"), verdict


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex)[0]


def _same(a: str, b: str) -> bool:
    return sp.simplify(sp.expand(_read(a).doit() - _read(b).doit())) == 0


def test_the_condition_becomes_an_indicator_factor_of_every_index():
    assert _same("\\sum_{i: y_i = 0} w_i", "\\sum_{i} 1\\{y_i = 0\\} w_i")
    assert _same("\\sum_{y_i = 0} w_i", "\\sum_{i} 1\\{y_i = 0\\} w_i")
    assert _same("\\sum_{y_i \\ne 0} w_i", "\\sum_{i} (1 - 1\\{y_i = 0\\}) w_i")
    assert not _same("\\sum_{i: y_i = 0} w_i", "\\sum_{i} 1\\{y_i = 1\\} w_i")
    assert not _same("\\sum_{i: y_i = 0} w_i", "\\sum_{i} w_i")


def test_greater_and_less_are_different_events():
    gt = _read("\\sum_{i: y_i > 0} w_i")
    lt = _read("\\sum_{i: 0 < y_i} w_i")
    ge = _read("\\sum_{i: y_i \\ge 0} w_i")
    assert sp.simplify(gt.doit() - lt.doit()) == 0  # the same event, written both ways
    assert sp.simplify(gt.doit() - ge.doit()) != 0


@pytest.mark.parametrize(
    "latex",
    [
        "\\prod_{y_i = 0} a",  # a product over a condition
        "\\sum_{i: y_j = 0} w_i",  # the condition is on another index
        "\\sum_{y_{ij} = 0} w_i",  # which index runs?
        "\\sum_{i: y_i = 0 = z_i} w_i",  # two relations
    ],
)
def test_what_is_not_read_stays_unparsed_with_a_reason(latex):
    with pytest.raises(ValueError) as err:
        _read(latex)
    assert str(err.value) and hasattr(err.value, "column")


def test_a_range_of_an_element_s_values_is_not_a_condition():
    # \sum_{x_1=0}^{1}: x_1 runs over 0 and 1 (a range with an upper limit), no indicator
    try:
        e = _read("\\sum_{x_1=0}^{1} p")
    except ValueError:
        return
    assert "mathbb{1}" not in str(e)


# ------------------------------------------------ the indicator is compared, never refuted

IDEM = (
    "We observe counts $y_1, \\dots, y_n$.\n\n"
    "$$\n\\begin{{align}}\n"
    "\\ell(\\pi) &= \\sum_{{i=1}}^{{n}} \\mathbb{{I}}(y_i = 0)^2 \\log \\pi \\\\\n"
    "&= {row}\n"
    "\\end{{align}}\n$$\n"
)


def test_a_row_that_needs_what_an_indicator_is_is_not_refuted(tmp_path):
    # 1{A}^2 = 1{A}: true of an indicator, not of every function of the event
    row = "\\sum_{i: y_i = 0} \\log \\pi"
    verdict = verdict_of_row(tmp_path, IDEM.format(row=row), row)
    assert verdict not in ("refuted", "unparsed"), verdict


def test_an_indicator_written_by_the_post_is_compared(tmp_path):
    row = "\\log \\pi \\sum_{i=1}^{n} \\mathbb{I}(y_i = 0)^2"
    assert verdict_of_row(tmp_path, IDEM.format(row=row), row) == "proved"
    bad = "\\log \\pi \\sum_{i=1}^{n} \\mathbb{I}(y_i = 1)^2"
    assert verdict_of_row(tmp_path, IDEM.format(row=bad), bad) not in ("proved", "given")
