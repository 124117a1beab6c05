"""PARSE11: an ellipsis sum from any first index, and after one written term.

``x_0 + x_1 + \\cdots + x_n`` and ``x_2 + \\ldots + x_N`` were "unparsed: an ellipsis ...
only t(1) + t(2) + \\ldots + t(N) is read". The terms may now start at any number; one
written term is enough when its subscript is its only number and the last index is a
letter (plus a number), since ``x_2 + \\ldots + x_{2N}`` may go up by two.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from derivations.post._tosympy import PostSyntaxError


def _limits(e: sp.Basic) -> tuple[str, str]:
    assert isinstance(e, sp.Sum), sp.srepr(e)
    ((_, lower, upper),) = e.limits
    return str(lower), str(upper)


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        (r"x_1 + \ldots + x_n", "1", "n"),
        (r"x_2 + \ldots + x_N", "2", "N"),
        (r"x_0 + x_1 + \cdots + x_n", "0", "n"),
        (r"x_1 + \ldots + x_{n-1}", "1", "n - 1"),
        (r"x_1^2 + x_2^2 + \cdots + x_N^2", "1", "N"),
        (r"x_1 y_1 + \ldots + x_n y_n", "1", "n"),
    ],
)
def test_ellipsis_sums_are_read(text, lower, upper):
    e, _ = parse_expression(text)
    assert _limits(e) == (lower, upper)


@pytest.mark.parametrize(
    "text",
    [
        r"x_2 + \ldots + x_{2N}",  # one term: a step of one or of two?
        r"x_1 y_2 + \ldots + x_n y_n",  # two numbers in the one term
        r"x_1 + x_3 + \ldots + x_n",  # a step of two
        r"x_5 + \ldots + x_3",  # the last before the first
    ],
)
def test_unclear_ellipses_stay_unread(text):
    with pytest.raises(PostSyntaxError):
        parse_expression(text)


@pytest.mark.parametrize("start", [0, 1, 2, 3, 7])
@pytest.mark.parametrize("written", [1, 2, 3])
def test_property_the_sum_at_a_number_is_the_written_terms(start, written):
    terms = " + ".join(f"x_{{{start + j}}}" for j in range(written))
    e, _ = parse_expression(terms + r" + \cdots + x_{m}")
    x = sp.IndexedBase(sp.Symbol("x", real=True))
    m = next(s for s in e.free_symbols if s.name == "m")
    top = start + written + 2
    got = e.subs(m, top).doit()
    assert sp.expand(got - sum(x[j] for j in range(start, top + 1))) == 0
