r"""The indicator of a set, ``1_{[0,1]}(x)``, ``\mathbb{1}_{(0,1)}(\vartheta)`` (PARSE15).

Bayes-risk and posterior posts multiply a density by the indicator of its support; the
rows were unparsed ("unexpected '_'", 4 held-out rows). The whole is read as a function of
its own named after the written set, with no value the engine compares: a density defined
with it is read, a step through it is never proved nor refuted (whether the point lies in
the set is not read). Two spellings of one set are one function; different sets differ.
A one before a subscript and no bracket (``1_n``, a vector of ones) is not an indicator.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def _called(e: sp.Basic) -> set[str]:
    return {str(f.func) for f in e.atoms(sp.Function)}


@pytest.mark.parametrize(
    "text",
    [
        r"1_{[0,1]}(x)",
        r"\mathbb{1}_{[0,1]}(x)",
        r"\vartheta^x 1_{(0,1)}(\vartheta)",
        r"\binom n x \vartheta^x 1_{ \lbrace 0, \dots n \rbrace }(x)",
    ],
)
def test_the_indicator_of_a_set_is_a_function_of_the_point(text):
    e, _ = parse_expression(text)
    (name,) = [n for n in _called(e) if n.startswith("1_")]
    assert any(str(f.func) == name and len(f.args) == 1 for f in e.atoms(sp.Function))


def test_one_set_is_one_function_two_sets_two():
    a, _ = parse_expression(r"1_{[0,1]}(x)")
    b, _ = parse_expression(r"\mathbb{1}_{[0, 1]}(x)")
    c, _ = parse_expression(r"1_{(0,1)}(x)")
    assert a == b and a != c


def test_a_power_after_the_indicator_is_its_values():
    e, _ = parse_expression(r"1_{[0,1]}(x)^2")
    assert isinstance(e, sp.Pow) and str(e.base.func).startswith("1_"), e


@pytest.mark.parametrize(
    "row",
    [
        r"1_{[0,1]}(x)^2 = 1_{[0,1]}(x)",
        r"1_{[0,1]}(x) = 1",
        r"1_{[0,1]}(x) = 0",
        r"1_{[0,1]}(x) 1_{[0,1]}(y) = 1_{[0,1]}(x)",
        r"f(x) = 2x 1_{[0,1]}(x)",
    ],
)
def test_a_step_through_an_indicator_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)


def test_an_identity_whatever_the_indicator_is_not_refuted(tmp_path):
    r = _rows(tmp_path, r"2 \cdot 1_{[0,1]}(x) = 1_{[0,1]}(x) + 1_{[0,1]}(x)")[5]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)


def test_a_vector_of_ones_is_no_indicator():
    with pytest.raises(ValueError):
        parse_expression(r"(y - 1_n \bar{y})")
