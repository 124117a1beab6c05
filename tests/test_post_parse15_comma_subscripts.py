r"""A subscript listing several entries: ``\hat{p}_{i,\mathrm{MAP}}``, ``g_{\nu,\tau^2}(x)``,
``I_{X_1,...,X_n}(\theta)``, ``f_{(m, \Sigma)}(x)`` (PARSE15).

Unparsed before ("unexpected ','"). The whole is read as a function of its own of the
listed entries and of the call's arguments, with no value the engine compares: a row
defining it is read, a step through it is never proved nor refuted, and a derivative by
an entry is not 0 (the entries are its arguments). The subscripts of sums keep theirs.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def _opaque_calls(e: sp.Basic) -> list[sp.Basic]:
    return [f for f in e.atoms(sp.Function) if "_{," in str(f.func)]


@pytest.mark.parametrize(
    ("text", "arity"),
    [
        (r"\hat{p}_{i,\mathrm{MAP}}", 2),
        (r"g_{\nu, \tau^2}(x)", 3),
        (r"R(\vartheta, g_{\hat{a}, \hat{b}})", 2),
        (r"I_{X_1,...,X_n}(\theta)", 3),
        (r"f_{\left( m, \Sigma \right)}(x)", 3),
    ],
)
def test_the_entries_and_the_arguments_are_the_functions(text, arity):
    e, _ = parse_expression(text)
    (f,) = _opaque_calls(e)
    assert len(f.args) == arity, f


def test_a_call_and_a_name_differ():
    a, _ = parse_expression(r"h_{\nu, \tau}(x)")
    b, _ = parse_expression(r"h_{\nu, \tau} x")
    assert a != b


def test_the_derivative_by_an_entry_is_not_zero():
    e, _ = parse_expression(r"\frac{\partial}{\partial \nu} h_{\nu, \tau}(x)")
    assert e.doit() != 0, e


@pytest.mark.parametrize(
    "row",
    [
        r"\hat{p}_{i,\mathrm{MAP}} = \frac{\alpha_{i} - 1}{n - k}",
        r"h_{\nu, \tau}(x) = \frac{\nu + x}{\tau}",
        r"h_{\nu, \tau}(2x) = 2 h_{\nu, \tau}(x)",
        r"\frac{\partial}{\partial \nu} h_{\nu, \tau}(x) = 0",
        r"I_{X_1,...,X_n}(\theta) = \frac{n}{2\theta ^ 2}",
    ],
)
def test_a_row_through_it_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)


def test_a_sum_keeps_its_subscript():
    with pytest.raises(ValueError):
        parse_expression(r"\sum_{i,j} x_i")
