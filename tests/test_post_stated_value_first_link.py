"""A row that opens by stating the value of something the engine cannot evaluate, then
rewrites that value: ``Var(g(\\hat\\lambda)) \\approx g'(\\lambda) \\frac{\\lambda}{n} =
-\\frac{\\lambda e^{-\\lambda}}{n}`` (the delta method with g' not squared: false) was reported
**proved** as a whole, because only a stated value *after* the first proved link lowered a row
(lead's probe p6, 2026-12-07). The first link is the author's claim as much as a later one:
``\\partial L / \\partial w = A`` for an L the post does not define, ``I(\\theta) = n \\int
...``. A row with such a link anywhere is given, not proved; a new name's definition
(``T(X) = ...``, "not defined in the post: this row gives it a value") still does not lower
it."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """# Delta method

Let $X_1, \\dots, X_n$ be i.i.d. Poisson with mean $\\lambda > 0$, and $\\hat\\lambda = \\bar X$.

By the delta method, for $g(\\lambda) = e^{{-\\lambda}}$,

$$\\operatorname{{Var}}(g(\\hat\\lambda)) \\approx {claim}$$
"""


def _last(tmp_path, claim: str):
    rows = rows_of_text(tmp_path, _POST.format(claim=claim))
    return rows[max(rows)]


@pytest.mark.parametrize(
    "claim",
    [
        # g' not squared; n squared: both false, both rewrite their own value correctly
        "g'(\\lambda) \\frac{\\lambda}{n} = -\\frac{\\lambda e^{-\\lambda}}{n}",
        "g'(\\lambda)^2 \\frac{\\lambda}{n^2} = \\frac{\\lambda e^{-2\\lambda}}{n^2}",
    ],
)
def test_a_false_stated_value_in_the_first_link_is_not_proved(tmp_path, claim):
    row = _last(tmp_path, claim)
    assert row.verdict not in ("proved", "plausible"), (row.verdict, row.reason)


def test_the_true_row_is_given_not_refuted(tmp_path):
    row = _last(
        tmp_path,
        "g'(\\lambda)^2 \\frac{\\lambda}{n} = \\frac{\\lambda e^{-2\\lambda}}{n}",
    )
    assert row.verdict == "given", (row.verdict, row.reason)
    assert "has no value the engine can compare" in row.reason, row.reason


def test_a_wrong_rewrite_after_the_stated_value_is_not_proved(tmp_path):
    # (the second look leaves it unchecked: it disagrees with a link taken as given)
    row = _last(
        tmp_path,
        "g'(\\lambda)^2 \\frac{\\lambda}{n} = \\frac{\\lambda e^{-\\lambda}}{n}",
    )
    assert row.verdict not in ("proved", "plausible"), (row.verdict, row.reason)


def test_a_derivative_of_an_undefined_loss_is_a_claim(tmp_path):
    body = (
        "# Gradient\n\nLet $\\hat y = \\sigma(w x)$ be the model's output.\n\n"
        "$$\\frac{\\partial L}{\\partial w} = -(y - \\hat y) x + 0 = -(y - \\hat y) x$$\n"
    )
    rows = rows_of_text(tmp_path, body)
    row = rows[max(rows)]
    assert row.verdict not in ("proved", "plausible", "refuted"), (row.verdict, row.reason)
