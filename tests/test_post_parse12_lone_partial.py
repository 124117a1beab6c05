r"""``\frac{\partial}{o_k}``: the partial sign left out of a derivative's denominator.

Authors type ``\dfrac{\partial}{o_k}(-\log p_k)`` for the derivative by ``o_k``
(held-out external21, a softmax gradient: 7 rows "unexpected 'o'"). A lone
``\partial`` over a single variable (a letter or Greek letter, with an optional
subscript) has no other meaning, so it is read as ``\frac{\partial}{\partial o_k}``
and the reading is reported as a slip. Anything else over a lone ``\partial``
(``\frac{\partial}{2}``, ``\frac{\partial}{x^2}``, ``\frac{\partial}{x y}``) stays
as written. A wrong derivative stays unproved.
"""

from __future__ import annotations

import pytest
import sympy
from _post_rows import display_rows as _rows

from derivations.post._lexer import tokenize


@pytest.mark.parametrize(
    ("row", "proved"),
    [
        (r"\frac{\partial}{x}\left(x^3 + a x\right) = 3x^2 + a", True),
        (r"\frac{\partial}{x}\left(x^3 + a x\right) = 3x^2", False),
        (r"\dfrac{\partial}{o_k}\left(o_k^2 + a o_k\right) = 2 o_k + a", True),
        (r"\dfrac{\partial}{o_k}\left(o_k^2 + a o_k\right) = 2 o_k + 1", False),
        (r"\frac{\partial}{\theta}\log\theta = \frac{1}{\theta}", True),
        (r"\frac{\partial}{\theta}\log\theta = \theta", False),
    ],
)
def test_the_missing_partial_is_read_and_only_the_right_derivative_proved(tmp_path, row, proved):
    r = _rows(tmp_path, row)[5]
    assert r.verdict != "unparsed", r.reason
    assert (r.verdict == "proved") is proved, r.reason


@pytest.mark.parametrize("c", [1, 2, 3])
def test_the_reading_is_the_derivative_written_in_full(tmp_path, c):
    """Property: the slipped row gets the verdict of the row written with both partial
    signs, and is proved exactly when sympy's derivative agrees."""
    x = sympy.Symbol("x")
    truth = sympy.expand(sympy.diff(x**3 + 2 * x, x) - (3 * x**2 + c)) == 0
    short = _rows(tmp_path, rf"\frac{{\partial}}{{x}}\left(x^3 + 2x\right) = 3x^2 + {c}")[5]
    full = _rows(tmp_path, rf"\frac{{\partial}}{{\partial x}}\left(x^3 + 2x\right) = 3x^2 + {c}")[5]
    assert short.verdict == full.verdict, (short.reason, full.reason)
    assert (short.verdict == "proved") is truth


@pytest.mark.parametrize(
    "text", [r"\frac{\partial}{2} x", r"\frac{\partial}{x^2} x", r"\frac{\partial}{x y} x"]
)
def test_other_denominators_are_not_read_as_derivatives(text):
    try:
        tokens, slips = tokenize(text)
    except Exception:  # noqa: BLE001 - unparsed is the expected outcome
        return
    assert not any("partial" in s.message for s in slips), slips


def test_the_reading_is_reported_as_a_slip():
    _, slips = tokenize(r"\frac{\partial}{o_k} o_k^2")
    assert any("\\partial" in s.message for s in slips), slips
