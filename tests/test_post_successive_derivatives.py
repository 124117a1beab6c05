"""A display the sentence before it calls derivatives ("The derivatives calculated were as
follows:") may join a row and its derivative with '=': each row is the derivative of the one
above, not equal to it. Read as equations, the correct rows were refuted (held-out batch 26,
imathworks-cv line 47; ``tests/posts/incoming/repro28/``). A row that is neither equal to the
row above nor its derivative is never proved. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# (the variable, a function, its derivative, its second derivative, a row that is neither)
_CHAINS = [
    (
        "\\beta",
        "n\\alpha\\ln(\\beta) - \\beta s",
        "\\frac{n\\alpha}{\\beta} - s",
        "-\\frac{n\\alpha}{\\beta^2}",
        "\\frac{n\\alpha}{\\beta} - \\beta",
    ),
    ("x", "x^3 + 2x", "3x^2 + 2", "6x", "3x^2 + 2x"),
    ("t", "a e^{k t} + t", "a k e^{k t} + 1", "a k^2 e^{k t}", "a e^{k t} + 1"),
]

_SAID = [
    "The derivatives calculated were as follows:",
    "Differentiating twice, the derivatives are:",
]


def _post(said: str, v: str, rows: list[str]) -> str:
    body = " \\\\\n".join(f"&= {r}" for r in rows)
    return (
        f"The log-likelihood is $\\ell({v}) = {rows[0]}$, where $s$, $a$ and $k$ are constants.\n\n"
        f"{said}\n\\begin{{align}}\n{body}\n\\end{{align}}\n"
    )


@pytest.mark.parametrize(("v", "f", "d1", "d2", "other"), _CHAINS)
@pytest.mark.parametrize("said", _SAID)
def test_a_row_and_its_derivative_joined_by_equals_is_not_refuted(
    tmp_path, said, v, f, d1, d2, other
):
    assert verdict_of_row(tmp_path, _post(said, v, [f, d1]), d1) != "refuted"
    assert verdict_of_row(tmp_path, _post(said, v, [f, d1, d2]), d2) != "refuted"


@pytest.mark.parametrize(("v", "f", "d1", "d2", "other"), _CHAINS)
@pytest.mark.parametrize("said", _SAID)
def test_a_row_neither_equal_nor_the_derivative_is_never_proved(
    tmp_path, said, v, f, d1, d2, other
):
    assert verdict_of_row(tmp_path, _post(said, v, [f, other]), other) != "proved"


@pytest.mark.parametrize(("v", "f", "d1", "d2", "other"), _CHAINS)
def test_without_the_words_a_derivative_under_equals_is_not_proved(tmp_path, v, f, d1, d2, other):
    # No sentence says the rows are derivatives: '=' is an equation, never a proof of it.
    assert verdict_of_row(tmp_path, _post("Then:", v, [f, d1]), d1) != "proved"
