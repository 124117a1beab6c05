"""``\\nabla f(\\beta)`` without a subscript: the gradient with respect to f's only argument.

A ridge answer writes ``\\nabla f(\\beta) = x(x\\beta - y) + \\lambda\\beta`` for a
function of one named argument; the variable is the argument, so the row reads as
``\\nabla_\\beta f(\\beta)``. With several arguments, or an argument that is not a
name, the variable is not known: the row was unparsed; PARSE15 reads the gradient as a
function of its own (``\\nabla``) with no value, so the variable is still not guessed and a
step through it is never proved nor refuted.
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
    import sympy as sp

    e = parse_expression(text)[0]
    assert not e.atoms(sp.Derivative), e  # PARSE15: no derivative by a guessed variable
    assert any(str(f.func) == "\\nabla" for f in e.atoms(sp.Function)), e


def test_the_ridge_gradient_is_proved():
    rows = rows_of(REPRO3 / "nabla-without-subscript-unparsed.md")
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)


GRADIENT_POST = r"""$$\ell(\theta) = n \log \theta - \theta \sum_{i=1}^n x_i$$

$$\frac{d\ell}{d\theta} = \frac{n}{\theta} - \sum_{i=1}^n x_i$$

$$\nabla \ell = \frac{n}{\theta} - \sum_{i=1}^n x_i$$
"""


def test_nabla_alone_is_by_the_one_variable_the_post_differentiates_by(tmp_path):
    p = tmp_path / "grad.md"
    p.write_text(GRADIENT_POST, encoding="utf-8")
    rows = rows_of(p)
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)


def test_nabla_alone_with_two_variables_is_not_guessed(tmp_path):
    two = GRADIENT_POST.replace(
        r"$$\nabla \ell",
        r"$$\frac{\partial \ell}{\partial \lambda} = 0$$" + "\n\n" + r"$$\nabla \ell",
    )
    p = tmp_path / "grad2.md"
    p.write_text(two, encoding="utf-8")
    rows = rows_of(p)
    # PARSE15: read as the function \nabla of l, with no value (it was unparsed)
    assert rows[7].verdict not in ("unparsed", "proved", "refuted"), rows[7].verdict
    assert "nabla" in rows[7].reason
