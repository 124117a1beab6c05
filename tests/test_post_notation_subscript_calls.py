"""A function with a one-letter subscript applied to several arguments: ``p_X(x, \\theta)``.

A letter before a bracket that holds a comma is a function of those arguments
(``B(\\alpha, \\beta)``). The subscript letter of ``p_X(x, \\theta)`` stands before that
same bracket, and was made a function too: ``p`` with the subscript "function X" was
unparsed ("unexpected 'X'", a geometric-MLE post's pmf). The subscript is part of the
function's name, as it is with braces (``p_{X}(x, \\theta)``).
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("bare", "braced"),
    [
        (r"p_X(x,\theta)", r"p_{X}(x,\theta)"),
        (r"p_X(X,\theta)", r"p_{X}(X,\theta)"),
        (r"g_k(a, b)", r"g_{k}(a, b)"),
        (r"2 f_\theta(x, y) + 1", r"2 f_{\theta}(x, y) + 1"),
    ],
)
def test_a_subscript_before_a_call_reads_as_braced(bare, braced):
    assert parse_expression(bare)[0] == parse_expression(braced)[0]


def test_a_subscripted_call_is_one_function_of_all_arguments():
    e = parse_expression(r"p_X(x,\theta)")[0]
    assert len(e.args) == 2, e
