"""A formula in a conditional sentence ("If we had $a = 2b$", "When $\\theta = 1/2$",
"Assume, for a contradiction, that $x = y + 1$") is a hypothesis, not the post's definition
of the name: harvesting it as a value proved ``a^2 = 4b^2`` for arbitrary reals (adversarial
set 11, pairs 167, 209, 211). The claims reader refuses such sentences already
(``_inline_claims._CONDITIONAL``); the harvest of definitions now asks the same."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("If we set $u = 3v$, the ratio is simple; but $u$ and $v$ are any reals.", "u^2 = 9v^2"),
        (
            "When $\\rho = 1/3$ the curve is flat. For any $0 < \\rho < 1$,",
            "\\rho^2 = \\frac{1}{9}",
        ),
        ("Assume, to get a contradiction, that $s = t + 2$. Without it,", "s - t = 2"),
        ("Whenever $m = 2n$ holds the sum is even; in general", "m + n = 3n"),
    ],
)
def test_a_hypothesis_in_prose_defines_nothing(tmp_path, sentence, row):
    body = f"Let all letters be reals. {sentence}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) != "proved"


def test_a_plain_definition_in_prose_is_still_used(tmp_path):
    row = "u^2 = 9v^2"
    body = f"Let $u = 3v$ for reals $v$. Then\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"
