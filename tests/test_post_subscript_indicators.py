r"""An indicator with its event in a subscript: ``1_{\theta \le X_{(1)}}``, ``I_{(X_1 \le 1)}``,
``\mathbb{1}_{\{x > 0\}}`` (external32).

A shifted-exponential answer writes its likelihood ``\exp(n\theta) \exp(-\sum_1^n x_k)
1_{\theta \leq X_{(1)}}``; the relation in the subscript was "relation sign inside an
expression" and the row unparsed. As ``\mathbb{1}(x \le c)`` is (PARSE15), the subscript form
is now the indicator of the event, an unknown function of it: the same expression as the
bracket form, a step through it never proved or refuted by what the indicator is worth. A
subscript with no order sign, two signs, or an ``=`` is read as before.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._indicators import INDICATOR
from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("sub", "bracket"),
    [
        (r"1_{\theta \leq X_{(1)}}", r"\mathbb{1}(\theta \leq X_{(1)})"),
        (r"I_{(X_1\le 1)}", r"\mathbb{1}(X_1\le 1)"),
        (r"\mathbb{1}_{\{x > 0\}}", r"\mathbb{1}(x > 0)"),
        (r"\mathbf{1}_{x \ge c}", r"\mathbf{1}(x \ge c)"),
        (r"2 x \, \mathbb{1}_{\{0 < x\}}", r"2 x \, \mathbb{1}(0 < x)"),
        (r"e^{n\theta} 1_{\theta \le y}", r"e^{n\theta} \mathbb{1}(\theta \le y)"),
    ],
)
def test_the_subscript_form_reads_as_the_bracket_form(sub, bracket):
    assert parse_expression(sub)[0] == parse_expression(bracket)[0]


def test_the_event_keeps_its_direction():
    a = parse_expression(r"1_{x \le c}")[0]
    b = parse_expression(r"1_{x \ge c}")[0]
    assert a != b
    (f,) = [f for f in a.atoms(sp.Function) if str(f.func) == INDICATOR]
    assert isinstance(f.args[0], sp.Le), f


@pytest.mark.parametrize(
    "text",
    [r"x_{i \le n}", r"x_{a < i < b}", r"I_{n}", r"\sum_{i \le n} x_i", r"y_{1_{k}}"],
)
def test_other_subscripts_are_not_indicators(text):
    try:
        e = parse_expression(text)[0]
    except ValueError:
        return
    assert INDICATOR not in str(e), e


@pytest.mark.parametrize(
    "row",
    [
        r"L(\theta) = \exp(n\theta) \exp(-\sum_{k=1}^n x_k) 1_{\theta \leq X_{(1)}}",
        r"1_{x \le c} = 1 - 1_{x > c}",
        r"1_{x \le c} = 1_{x \ge c}",
        r"I_{(X_1 \le 1)} = 1",
    ],
)
def test_a_row_through_it_is_read_never_refuted_or_proved(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "refuted", "proved"), (r.verdict, r.reason)


def test_an_identity_through_it_holds_for_any_function(tmp_path):
    rows = _rows(
        tmp_path,
        r"g(\theta) = e^{n\theta} 1_{\theta \le y} + e^{n\theta} 1_{\theta \le y}",
        r"g(\theta) = 2 e^{n\theta} 1_{\theta \le y}",
        r"g(\theta) = 3 e^{n\theta} 1_{\theta \le y}",
    )
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)
    assert rows[9].verdict != "proved", (rows[9].verdict, rows[9].reason)
