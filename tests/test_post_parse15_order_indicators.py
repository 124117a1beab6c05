r"""The indicator of an order event: ``I(|x| \le \theta)``, ``\mathbb{1}(x > 0)`` (PARSE15).

A uniform(-theta, theta) post writes its density ``\frac{1}{2\theta} I(|x| \le \theta)``; an
inequality inside a bracket was "relation sign inside an expression" (2 held-out rows).
As ``I(y = 0)`` is, it is now the indicator of the event, an unknown function of it: a
density defined with it is read, a step through it never proved nor refuted by what the
indicator is worth. The event keeps its direction.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._indicators import INDICATOR
from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (r"I(|x|\le\theta)", sp.Le),
        (r"\mathbb{1}(x > 0)", sp.Gt),
        (r"\mathbf{1}(x \geq c)", sp.Ge),
        (r"I(\theta \ge \max_i |x_i|)", sp.Ge),
    ],
)
def test_an_order_event_makes_an_indicator(text, event):
    e, _ = parse_expression(text)
    (f,) = [f for f in e.atoms(sp.Function) if str(f.func) == INDICATOR]
    assert isinstance(f.args[0], event), f


def test_the_direction_is_kept():
    a, _ = parse_expression(r"I(x \le c)")
    b, _ = parse_expression(r"I(x \ge c)")
    assert a != b


@pytest.mark.parametrize(
    "row",
    [
        r"f(x) = \frac{1}{2\theta} I(|x| \le \theta)",
        r"I(x \le c) = 1",
        r"I(x \le c) = 1 - I(x > c)",
        r"I(x \le c) = I(x \ge c)",
    ],
)
def test_a_row_through_it_is_read_never_refuted_or_proved(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("unparsed", "refuted", "proved"), (r.verdict, r.reason)


def test_two_signs_read_as_both_events_and_a_probability_of_them_stays_unread():
    # parse62: the indicator of a chain is the product of the indicators of its relations
    # (test_post_chained_indicator_events); a probability of a chain is no product
    both = parse_expression(r"\mathbb{1}(a < x) \mathbb{1}(x < b)")[0]
    assert parse_expression(r"I(a < x < b)")[0] == both
    with pytest.raises(ValueError):
        parse_expression(r"P(a < X < b)")
