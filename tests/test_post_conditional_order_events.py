"""Order relations in the condition of a probability or an expectation (external39).

Tobit notes write ``\\Pr(y > 0 | \\mathbf{x})``, ``E(y | \\mathbf{x}, y > 0)`` and
``E(u | \\mathbf{x}, u/\\sigma > -\\mathbf{x}\\beta/\\sigma)``: 13 rows of one post were
unparsed ("relation sign '>' inside an expression"), where ``P(X > 1)`` alone is read
(helper READ7, ._order_events). A condition after the bar is read as the event is: an
argument of the unknown function, with no value the engine can compare, so a row of them is
read but never proved or refuted by what the events are worth. Only one relation before the
bar (the event; none for an expectation) and at most one in each part of the condition after
it; a chain, two events before the bar (``P(X < a, Y > b)``) and a relation outside the
brackets stay unparsed as before. Failed at 047f722 (these rows were unparsed).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


def _verdicts(tmp_path, body: str) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize(
    "text, conditions",
    [
        (r"P(X > 1 | X > 0)", 1),
        (r"P(X > 1 \mid X > 0, Y \le 2)", 2),
        (r"E(X | X > 0)", 1),
        (r"\mathrm{E}\left( y|\mathbf{x},y>0\right)", 1),
        (r"\Pr \left( y>0|\mathbf{x}\right)", 0),
        (r"\mathbb{E}(u \mid x, u/\sigma > -x b/\sigma)", 1),
    ],
)
def test_a_relation_in_the_condition_is_an_event_argument(text, conditions):
    e = _read(text)
    events = [a for a in e.args if isinstance(a, sp.core.relational.Relational)]
    assert len(events) == conditions + (1 if "P" in text.split("(")[0] else 0)


@pytest.mark.parametrize(
    "text",
    [
        r"P(a < X < b | Y > 0)",  # a chain before the bar
        r"P(X < a, Y > b | Z > 0)",  # two events before the bar
        r"P(X > 1 | a < Y < b)",  # a chain in the condition
        r"E(X > 0)",  # an expectation of a relation
        r"E(X > 0 | Y)",
        r"f(X < a | Y > 0)",  # not a probability or an expectation
    ],
)
def test_other_relations_stay_unparsed(text):
    with pytest.raises(ValueError, match="relation sign|unexpected"):
        _read(text)


def test_a_row_of_them_is_read_and_never_refuted_by_the_events(tmp_path):
    body = (
        "$$\\Pr(y > 0 | x) = \\Pr(y^{s} > 0 | x) = \\Pr(x b + u > 0)$$\n\n"
        "$$E(y | x, y > 0) = x b + E(u | x, u > -x b)$$\n"
    )
    got = _verdicts(tmp_path, body)
    assert "unparsed" not in got and "refuted" not in got, got


def test_arithmetic_after_a_conditional_expectation_is_still_checked(tmp_path):
    body = "$$E(X | X > 0) = 2 + 2 = 5$$\n"
    assert _verdicts(tmp_path, body) == ["refuted"]
