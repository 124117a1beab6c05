"""``\\int g = 1`` with a constant C in g is the condition that fixes C (held-out batch 48).

Surya Teja Eada and Kristen Sandberg's homework (external48, lines 194-200) writes a density
``g(x) = C*(2 x^{\\theta - 1} + x^{\\theta - \\frac{1}{2}}) e^{-x}`` with C to be found, then
"since g is a density": ``\\int_0^\\infty g(x) dx = 1`` and ``\\int_0^\\infty C*(...) e^{-x} dx = 1``.
The first was compared as a restatement of the integral, with C drawn at random, and refuted;
the second as an identity of its two sides, refuted the same way. A letter that no row gives a
value, a constant factor of the function, makes the row an equation that fixes it (a premise),
as a moment equation in unknown parameters already is; the rows after it are equation steps.

Properties: the normalising condition and the steps that follow from it are never refuted;
a step that contradicts it is never proved; an integral of a function with no such letter
that is not 1 is still refuted.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_G = "$$ g(x) = C*(2 x^{\\theta - 1} + x^{\\theta - \\frac{1}{2}}) e^{-x} $$\n"
_FIRST = "\\int_{0}^{\\infty} g(x) dx &= 1"
_BODY = (
    _G
    + "Since $g(x)$ is a density function, its integral is 1:\n\n"
    + "\\begin{align*} "
    + _FIRST
    + " \\\\\n{tail}\n\\end{align*}\n"
)
_FOLLOWS = [
    "\\int_{0}^{\\infty} C*(2 x^{\\theta - 1} + x^{\\theta - \\frac{1}{2}}) e^{-x} dx &= 1",
    "C \\int_{0}^{\\infty} (2 x^{\\theta - 1} + x^{\\theta - \\frac{1}{2}}) e^{-x} dx &= 1",
]
_CONTRADICTS = [
    "\\int_{0}^{\\infty} C*(2 x^{\\theta - 1} + x^{\\theta - \\frac{1}{2}}) e^{-x} dx &= 2",
]


@pytest.mark.parametrize("tail", _FOLLOWS)
def test_the_condition_is_not_refuted(tmp_path, tail):
    assert verdict_of_row(tmp_path, _BODY.replace("{tail}", tail), _FIRST) != "refuted"


@pytest.mark.parametrize("tail", _FOLLOWS)
def test_a_step_from_the_condition_is_not_refuted(tmp_path, tail):
    assert verdict_of_row(tmp_path, _BODY.replace("{tail}", tail), tail) != "refuted"


@pytest.mark.parametrize("tail", _CONTRADICTS)
def test_a_step_that_contradicts_it_is_not_proved(tmp_path, tail):
    assert verdict_of_row(tmp_path, _BODY.replace("{tail}", tail), tail) != "proved"


def test_an_integral_without_such_a_letter_is_still_refuted(tmp_path):
    body = "$$ g(x) = 2 e^{-x} $$\n\n$$\\int_{0}^{\\infty} g(x) dx = 1$$\n"
    assert verdict_of_row(tmp_path, body, "\\int_{0}^{\\infty} g(x) dx = 1") == "refuted"
