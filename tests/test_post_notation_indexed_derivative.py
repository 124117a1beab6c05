"""Derivatives with respect to one element of an indexed name: ``d/dz_i``, ``d/dw_1``.

A subscripted name is read as an indexed sample (``z_i`` is ``z[i]``); differentiating
in one element of it is a plain partial derivative in that element. The reading is
sound only where sympy's answer is the author's: the readings below that are not
(the element's name bound by a sum over its index, two elements with different
symbolic indices, an operand that does not mention the name at all) stay unparsed
with a reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro5"
INDEXED = REPRO / "derivative-with-respect-to-indexed-variable-unparsed.md"


def _post(tmp_path: Path, *rows: str) -> dict:
    path = tmp_path / "post.md"
    path.write_text("\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    # rows are on lines 1, 3, 5, ...
    return rows_of(path)


def test_the_repro_rows_are_proved():
    rows = rows_of(INDEXED)
    assert rows[6].verdict == "proved", rows[6].reason
    assert rows[8].verdict == "proved", rows[8].reason


# (the term f(z) as LaTeX, its derivative f'(z) as LaTeX), in the letter z
TERMS = [
    (r"\ln(1 + e^{-z})", r"\frac{-e^{-z}}{1 + e^{-z}}"),
    (r"z^{3}", r"3z^{2}"),
    (r"e^{2z}", r"2e^{2z}"),
    (r"(1 - y_i) z", r"1 - y_i"),
]


@pytest.mark.parametrize(("term", "derivative"), TERMS)
@pytest.mark.parametrize("index", ["i", "k", "1"])
def test_the_derivative_in_one_element_is_the_terms_derivative(tmp_path, term, derivative, index):
    element = f"z_{{{index}}}"
    lhs = rf"\frac{{d}}{{d{element}}}\left[{term.replace('z', element)}\right]"
    rhs = derivative.replace("z", element)
    rows = _post(tmp_path, f"{lhs} = {rhs}")
    assert rows[1].verdict == "proved", rows[1].reason


@pytest.mark.parametrize(("term", "derivative"), TERMS)
def test_a_slip_in_the_derivative_is_refuted(tmp_path, term, derivative):
    lhs = rf"\frac{{d}}{{dz_i}}\left[{term.replace('z', 'z_i')}\right]"
    rhs = "2" + r"\left(" + derivative.replace("z", "z_i") + r"\right)"
    rows = _post(tmp_path, f"{lhs} = {rhs}")
    assert rows[1].verdict == "refuted", rows[1].reason


def test_a_coefficient_element_and_its_slip(tmp_path):
    good = r"\frac{d}{dw_1}[w_1x_{i1} + w_2x_{i2} + b] = x_{i1}"
    slip = r"\frac{d}{dw_1}[w_1x_{i1} + w_2x_{i2} + b] = x_{i2}"
    rows = _post(tmp_path, good, slip)
    assert rows[1].verdict == "proved", rows[1].reason
    assert rows[3].verdict == "refuted", rows[3].reason


def test_the_element_is_the_sample_element():
    e = parse_expression(r"\frac{\partial}{\partial z_i} z_i^2")[0]
    assert isinstance(e, sp.Derivative)
    (v,) = e.variables
    assert isinstance(v, sp.Indexed) and v.base.label.name == "z"
    assert sp.simplify(e.doit() - 2 * v) == 0


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # (a sum over the elements is read: tests/test_post_elements_derivative.py)
        (r"\frac{d}{dz_i}\prod_{i=1}^{n} z_i^2", "sum or product"),
        (r"\frac{\partial}{\partial w_1}\sum_{i=1}^{n} w_{i+1} x_i", "sum or product"),
        # z_i and z_j may be the same element
        (r"\frac{\partial}{\partial z_j} z_i^2", "same element"),
        # z (the whole vector, or a symbol of its own) beside its element z_i
        (r"\frac{\partial}{\partial z_i} (z + z_i^2)", "z itself"),
    ],
)
def test_unsure_readings_are_unparsed_with_a_reason(text, why):
    with pytest.raises(ValueError, match=why):
        parse_expression(text)


def test_an_operand_not_written_in_the_element_has_no_value():
    # the operand is not written in w at all: its dependence on w_1 is implicit. It was
    # unparsed; PARSE15 reads a value with no number (never 0, never compared)
    e = parse_expression(r"\frac{d}{dw_1}\ln(1 + e^{-z_i})")[0]
    assert not e.atoms(sp.Derivative) and e.doit() != 0, e
    assert "not written" in str(e.func), e


def test_a_constant_differentiated_is_zero():
    e = parse_expression(r"\frac{d}{dz_i}(1)")[0]
    assert e.doit() == 0


@pytest.mark.parametrize(
    "text",
    [
        # does the derivative take z too? d/dz [(1 - y) z] = 1 - y, d/dz (1 - y) times z = 0
        r"\frac{d}{dz}(1 - y)z",
        r"\frac{d}{dz_i}(z_i - y_i)z_i",
        r"\frac{\partial}{\partial \mu}(x - \mu) \mu^2",
    ],
)
def test_a_bracket_then_a_factor_in_the_variable_is_unclear(text):
    with pytest.raises(ValueError, match="bracket"):
        parse_expression(text)


def test_a_bracket_then_a_factor_free_of_the_variable_is_read():
    # the factor after the bracket is free of the variable: both readings agree
    e = parse_expression(r"\frac{d}{dz}(z^2) y")[0]
    names = {s.name: s for s in e.free_symbols}
    assert sp.simplify(e.doit() - 2 * names["z"] * names["y"]) == 0
