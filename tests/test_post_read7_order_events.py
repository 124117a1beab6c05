"""Order relations inside a probability: ``P(X \\ge 2)``, ``\\Pr(-\\ln U \\le y)``,
``P(\\epsilon < -X\\beta \\mid X)`` (helper READ7: filehippo-mse-poisson...,
mathhelpforum-minus-log-uniform..., cv-tobit-censored...). Read as the probability of the
event, as ``P(X = 0)`` is:
an unknown function of the event, which has no value the engine can compare - so a row of
them is read, never proved or refuted by the event's value. ``a > b`` is the event ``a > b``
(not ``a < b``). A chain (``P(a < X < b)``), two relations in one bracket, or a relation
outside a probability stays unparsed with its reason.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    "text, event",
    [
        (r"P(X \geq 2)", lambda X, y: sp.Ge(X, 2)),
        (r"P(X < 2)", lambda X, y: sp.Lt(X, 2)),
        (r"P(X > y)", lambda X, y: sp.Gt(X, y)),
        (r"\mathbb{P}(X \le y)", lambda X, y: sp.Le(X, y)),
        (r"\Bbb{P}(X\leq y)", lambda X, y: sp.Le(X, y)),
        (r"P \left( X \ge y \right)", lambda X, y: sp.Ge(X, y)),
    ],
)
def test_an_order_event_in_a_probability_is_read_with_its_direction(text, event):
    e = _read(text)
    (arg,) = e.args
    assert isinstance(arg, sp.core.relational.Relational)
    names = {s.name: s for s in arg.free_symbols}
    assert arg == event(names["X"], names.get("y", sp.Integer(2)))


def test_the_condition_after_the_bar_is_an_argument():
    e = _read(r"P(\epsilon < - X \beta \mid X)")
    assert isinstance(e.args[0], sp.StrictLessThan) and len(e.args) == 2


def test_pr_is_a_probability_too():
    e = _read(r"\Pr(- \ln U \leq y)")
    assert isinstance(e.args[0], sp.LessThan)


@pytest.mark.parametrize(
    "text",
    [
        r"P(a < X < b)",  # a chain
        r"P(X < a, Y > b)",  # two events in one bracket
        r"f(X < a)",  # not a probability
        r"X < a + P(Y = 1)",  # outside the bracket
        r"P(X < a) < 1",
    ],
)
def test_other_order_relations_stay_unparsed(text):
    with pytest.raises(ValueError, match="relation sign|unexpected"):
        _read(text)


_POST = (
    "Let $X$ be Poisson with rate $\\lambda$.\n\n"
    "$$ P(X \\geq 2) = 1 - P(X = 0) - P(X = 1) = {rhs} $$\n"
)


def test_a_row_of_order_events_is_read_and_not_refuted(tmp_path):
    body = _POST.format(rhs="1 - e^{-\\lambda} - \\lambda e^{-\\lambda}")
    assert verdict_of_row(tmp_path, body, "geq 2") not in ("unparsed", "refuted")


def test_its_wrong_twin_is_not_proved(tmp_path):
    body = _POST.format(rhs="1 - e^{-\\lambda} + \\lambda e^{-\\lambda}")
    assert verdict_of_row(tmp_path, body, "geq 2") != "proved"


def test_two_different_events_are_never_proved_equal(tmp_path):
    body = "$$ Q = P(X \\le 2) $$\n\n$$ = P(X < 2) $$\n"
    assert verdict_of_row(tmp_path, body, "P(X < 2)") != "proved"
