"""``\\nabla f(\\beta)`` without a subscript: the gradient with respect to f's only argument.

A ridge answer writes ``\\nabla f(\\beta) = x(x\\beta - y) + \\lambda\\beta`` for a
function of one named argument; the variable is the argument, so the row reads as
``\\nabla_\\beta f(\\beta)``. With several arguments, or an argument that is not a
name, the variable is not known and the row stays unparsed, saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"


@pytest.mark.parametrize(
    ("bare", "subscripted"),
    [
        (r"\nabla f(\beta)", r"\nabla_\beta f(\beta)"),
        (r"\nabla \ell(\theta) + 1", r"\nabla_{\theta} \ell(\theta) + 1"),
        (r"2\nabla L(\mu)", r"2\nabla_\mu L(\mu)"),
        (r"\nabla f\left(\beta\right)", r"\nabla_\beta f\left(\beta\right)"),
    ],
)
def test_the_gradient_of_a_function_of_one_name_is_by_that_name(bare, subscripted):
    assert parse_expression(bare)[0] == parse_expression(subscripted)[0]


@pytest.mark.parametrize("text", [r"\nabla f(\beta, \lambda)", r"\nabla f(x\beta)", r"\nabla f"])
def test_the_variable_is_not_guessed(text):
    with pytest.raises(ValueError, match=r"\\nabla"):
        parse_expression(text)


def test_the_ridge_gradient_is_proved():
    rows = rows_of(REPRO3 / "nabla-without-subscript-unparsed.md")
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)
