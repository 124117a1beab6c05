"""An expression alone on its row, then a row opening with ``=``: the expression is the left
side of that chain, never the line before it (held-out batch 54, a Mathematics Stack Exchange
question on the Cauchy location family, lines 17-21).

After ``f(x;\\theta) = \\frac{1}{\\pi[1+(x-\\theta)^2]}``, a row ``\\log f(x;\\theta)`` (or a
derivative of it, ``\\frac{d}{dx}\\log g(x)``) alone is not read as continuing the definition
(it names a function's value or a derivative: a label, ``._build._bare_line``) and did not
become the line either; the ``= R`` row after it then went on from the definition above and
compared its right side with f itself. Correct rows (the log density, the score) were refuted.

Properties: the ``=`` row after such an expression is compared with the expression (proved when
it holds, never proved when it does not); when the expression has no value the reader can work
out, the ``=`` row is not compared with the line before it (never refuted, never proved)."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_F = "$$f(x;\\theta)=\\frac{1}{\\pi[1+(x-\\theta)^2]}$$"
_G = "$$g(x)=\\frac{1}{\\pi[1+x^2]}$$"

# (the definition above, the expression alone, a right side that holds, one that does not)
_CASES = [
    (
        _F,
        r"\log f(x;\theta)",
        r"-\log\pi - \log(1+(x-\theta)^2)",
        r"-\log\pi + \log(1+(x-\theta)^2)",
    ),
    (
        _F,
        r"\frac{\partial}{\partial\theta}\log f(x;\theta)",
        r"\frac{2(x-\theta)}{1+(x-\theta)^2}",
        r"f(x;\theta)",
    ),
    (_G, r"\frac{d}{dx}\log g(x)", r"\frac{-2x}{1+x^2}", r"\frac{2x}{1+x^2}"),
    (_G, r"\frac{d}{dx} g(x)", r"\frac{-2x}{\pi(1+x^2)^2}", r"g(x)"),
]


def _post(above: str, left: str, right: str) -> str:
    return f"---\ntitle: t\n---\n\n{above}\n\nso\n\n$${left}$$\n\n$$= {right}$$\n"


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_the_row_after_the_expression_goes_on_from_it(tmp_path, above, left, right, false):
    rows = rows_of_text(tmp_path, _post(above, left, right))
    assert rows[11].verdict == "proved", rows[11].reason


@pytest.mark.parametrize(("above", "left", "right", "false"), _CASES)
def test_a_false_row_after_the_expression_is_never_proved(tmp_path, above, left, right, false):
    rows = rows_of_text(tmp_path, _post(above, left, false))
    assert rows[11].verdict != "proved"


@pytest.mark.parametrize("left", [r"\frac{d}{dx}h(x)", r"\log h(x;\theta)"])
def test_an_expression_without_a_value_is_no_line_and_hides_none(tmp_path, left):
    # h is never given a value: the "=" row cannot be compared with it, and is not compared
    # with g's definition above it either (the right side is g's own value, so a comparison
    # with that line would prove it)
    rows = rows_of_text(tmp_path, _post(_G, left, r"\frac{1}{\pi[1+x^2]}"))
    assert rows[11].verdict not in ("proved", "refuted"), rows[11].reason
