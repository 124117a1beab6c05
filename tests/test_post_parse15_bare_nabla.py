r"""``\nabla J``, ``\nabla^2 A(\theta)`` with the variable not written (PARSE15).

A gradient or Hessian written without its variable, in a post that differentiates by
several, was unparsed (7 held-out rows: GLM Hessians, Poisson regression, EM). Which
variable is meant is still not guessed: the operator is read as a function of its own
(``\nabla``, ``\nabla^{2}``) applied to what follows, which the reader gives no value, so a
row defining or using it is read and never proved nor refuted. Where the post
differentiates by one variable only, or ``\nabla f(\beta)`` names it, the gradient is by
that variable as before.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression

TWO = (r"\frac{\partial \ell}{\partial \lambda} = 0", r"\frac{\partial \ell}{\partial \mu} = 0")


@pytest.mark.parametrize(
    "text", [r"\nabla J", r"\nabla^2 \ell", r"(\nabla a)(\nabla a)^T", r"\nabla^{2} L + 1"]
)
def test_a_bare_nabla_is_a_function_with_no_guessed_variable(text):
    e, _ = parse_expression(text)
    assert not e.atoms(sp.Derivative), e
    assert any(str(f.func).startswith("\\nabla") for f in e.atoms(sp.Function)), e


def test_the_order_names_the_function():
    a, _ = parse_expression(r"\nabla J")
    b, _ = parse_expression(r"\nabla^2 J")
    assert a != b


@pytest.mark.parametrize(
    "row",
    [
        r"\nabla J = \frac{1}{m}\sum_{i=1}^m (y_i - \theta x_i) x_i",
        r"\nabla J = 0",
        r"\nabla^2 \ell = x x^T",
        r"\nabla J + \nabla J = 3 \nabla J",
    ],
)
def test_a_row_through_a_bare_nabla_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, *TWO, row)[9]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)


def test_an_identity_whatever_the_gradient_is_not_refuted(tmp_path):
    r = _rows(tmp_path, *TWO, r"\nabla J + \nabla J = 2 \nabla J")[9]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)


@pytest.mark.parametrize("text", [r"\nabla", r"\nabla^x J", r"\nabla + 1"])
def test_nabla_with_nothing_to_apply_to_stays_unparsed(text):
    with pytest.raises(ValueError, match=r"\\nabla"):
        parse_expression(text)
