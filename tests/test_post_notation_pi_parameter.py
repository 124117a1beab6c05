"""``\\pi`` as a parameter (a mixing probability) in a post that differentiates by it.

The zero-inflated Poisson notebook (held-out external9, 4 rows) writes
``p(y) = \\pi I(y=0) + (1-\\pi) e^{-\\lambda}\\lambda^y/y!`` and ``\\partial l/\\partial \\pi``:
there \\pi is the probability of a structural zero, not 3.14159. Decided once per post: a post
that differentiates by \\pi and never writes it as the circle constant (``2\\pi``,
``\\sqrt{\\pi}``) reads it as a symbol; every other post keeps the constant.
"""

from __future__ import annotations

import sympy as sp

from derivations.post._extract import extract
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context
from tests._post_rows import verdict_of_row

_MIXTURE = r"""The pmf is

$$p(y) = \pi I(y=0) + (1-\pi) e^{-\lambda}$$

$$\frac{\partial}{\partial \pi} \pi(1-\pi)e^{-\lambda} = SIDE$$
"""


def _pi(text: str) -> sp.Basic:
    rows, _ = extract(text)
    return parse_expression(r"\pi", post_context(rows, Context()))[0]


def test_pi_differentiated_by_is_a_parameter():
    assert _pi(_MIXTURE) != sp.pi
    assert isinstance(_pi(_MIXTURE), sp.Symbol)


def test_pi_of_a_post_that_writes_the_circle_constant_stays_the_constant():
    text = _MIXTURE + "\n$$f(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$$\n"
    assert _pi(text) == sp.pi


def test_pi_of_a_post_that_never_differentiates_by_it_stays_the_constant():
    assert _pi("$$A = \\pi r^2$$\n\n$$\\frac{dA}{dr} = 2\\pi r$$\n") == sp.pi
    assert _pi("$$p(y) = \\pi + (1-\\pi) e^{-\\lambda}$$\n") == sp.pi


def test_the_derivative_by_pi_is_checked(tmp_path):
    right = r"(1-2\pi)e^{-\lambda}"
    assert verdict_of_row(tmp_path, _MIXTURE.replace("SIDE", right), right) == "proved"
    slip = r"(1-\pi)e^{-\lambda}"
    assert verdict_of_row(tmp_path, _MIXTURE.replace("SIDE", slip), slip) == "refuted"
