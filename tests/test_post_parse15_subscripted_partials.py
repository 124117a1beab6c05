r"""A partial sign with a subscript before a bracket: ``\partial_j(mJ)``, ``\partial_{jk}(mJ)``,
``\partial_k \partial_j(mJ)`` (PARSE15).

The subscript may be the variable (``\partial_\theta``) or the index of one (``\partial_j``
for the derivative by the j-th parameter); read as a derivative by ``j`` the rows of a
logistic-regression post (3 held-out rows, unparsed) would have been refuted. The sign is
read as a function of its own with no value: the rows are read, never proved nor refuted.
A derivative written as a fraction keeps its reading.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "text",
    [r"\partial_j(mJ)", r"\partial_{jk}(mJ)", r"-\partial_k\partial_j(mJ)", r"\partial_1(x^2)"],
)
def test_a_subscripted_partial_is_a_function_with_no_derivative(text):
    e, _ = parse_expression(text)
    assert not e.atoms(sp.Derivative), e
    assert any(str(f.func).startswith("\\partial_") for f in e.atoms(sp.Function)), e


def test_a_fraction_is_still_a_derivative():
    e, _ = parse_expression(r"\frac{\partial f}{\partial x_j}")
    assert isinstance(e, sp.Derivative), e


@pytest.mark.parametrize(
    "row",
    [
        r"-\partial_j(mJ) = x_j y (1 - g)",
        r"\partial_x(x^2) = 2x",
        r"\partial_x(x^2) = 3x",
        r"\partial_j(x_j^2) = 0",
    ],
)
def test_a_step_through_it_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)
