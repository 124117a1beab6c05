"""Held-out batch 41 (miclukacova, 12 rows): ``E_{\\theta'} \\left(W_i | X = x \\right)``, the
conditional expectation under the parameter theta', was unparsed ("unexpected '|'"): the
expectation with a subscript took one bracketed expression, with no bar inside. It is read
as ``E(W_i | X = x)`` is, with the subscript kept as its last argument (as ``E_\\theta(X)``
keeps it): a quantity of its own, never the same as the expectation without the subscript
or under another parameter."""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex, Context())[0]


@pytest.mark.parametrize(
    "latex",
    [
        "E_{\\theta'} \\left(W_i | X = x \\right)",
        "E_{\\theta'}(W_i \\mid X = x)",
        "\\mathbb{E}_{\\theta}[X | Y]",
    ],
)
def test_a_conditional_expectation_with_a_subscript_is_read(latex):
    e = _read(latex)
    assert isinstance(e, sp.Function) and str(e.func) == "E"


def test_the_subscript_stays_an_argument():
    under_old = _read("E_{\\theta'}(W_i | X = x)")
    plain = _read("E(W_i | X = x)")
    under_new = _read("E_{\\theta}(W_i | X = x)")
    assert under_old != plain and under_old != under_new
    assert len(under_old.args) == len(plain.args) + 1


def test_one_argument_reads_as_before():
    assert _read("E_{\\theta}(X)") == _read("E_{\\theta}\\left(X\\right)")


_POST = (
    "$$\ng(\\mu) = \\sum_{i=1}^n -E_{\\theta'} \\left(W_i | X = x \\right)"
    "\\frac{1}{2}\\left(1+\\frac{(x_i-\\mu)^2}{\\nu \\sigma^2}\\right)\n$$\n"
    "$$\n\\frac{d}{d\\mu} g(\\mu) = ROW\n$$\n"
)


def test_the_m_step_rows_are_read(tmp_path):
    row = "\\sum_{i=1}^n E_{\\theta'} \\left(W_i | X = x \\right)\\frac{(x_i-\\mu)}{\\nu \\sigma^2}"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "unparsed"


def test_a_wrong_m_step_derivative_is_not_proved(tmp_path):
    """The expectation has no value the engine compares: read, never proved through it."""
    row = (
        "\\sum_{i=1}^n E_{\\theta'} \\left(W_i | X = x \\right)\\frac{(x_i-\\mu)}{2\\nu \\sigma^2}"
    )
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) not in ("proved", "unparsed")
