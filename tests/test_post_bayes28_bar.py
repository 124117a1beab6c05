"""The conditioning bar is part of a call (helper bayes28; adversarial set 19, pairs 01-13).

The reader read ``p(z | x)``, ``p(z \\mid x)`` and ``p(z; x)`` as ``p(z, x)``: a conditional
density and the joint density of the same letters were one function, so a value given to one
was used for the other (``\\log p(x, \\theta)`` "restated" from ``p(x \\mid \\theta) = ...``,
the score of ``f(x, \\theta)`` from ``f(x \\mid \\theta)``, ``p(a \\mid b, c)`` from
``p(a, b \\mid c)``: three false steps proved). The properties:

- a call keeps how many arguments precede its bar (``;`` counts as one), and calls that
  differ only there are different sympy objects - never equal, never cancelled, never
  one cache key;
- a value given at one is never the other's (``Names.value_of``);
- a row writing one through the other is proved only when it is a law of probability (the
  definition of a conditional density, the product rule, Bayes' rule), else not checked;
- what read before still reads: ``f(x; \\theta)`` and ``f(x | \\theta)`` are one density,
  ``P(X = x | p)``, ``f(x_i | \\lambda)`` in a likelihood.
"""

from __future__ import annotations

import itertools

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.engine._cache import _keyed_srepr
from derivations.post._density_laws import density_law, same_letter_calls
from derivations.post._parse import parse_expression
from derivations.post._resolve import Names, Value
from derivations.post._tosympy import Context, bar_of, named_function


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex, Context())[0]


@pytest.mark.parametrize(
    ("latex", "bar"),
    [
        ("p(z|x)", 1),
        ("p(z \\mid x)", 1),
        ("p(z; x)", 1),
        ("p(z, x)", 0),
        ("p(a, b \\mid c)", 2),
        ("p(a \\mid b, c)", 1),
        ("p(x_1, \\dots, x_n \\mid \\theta)", 1),
        ("p(\\theta \\mid x_1, \\ldots, x_n)", 1),
        ("f(x | \\theta)", 1),
        ("L(\\theta | x)", 1),
        ("p(z)", 0),
    ],
)
def test_a_call_keeps_the_place_of_its_bar(latex, bar):
    assert bar_of(_read(latex)) == bar


def test_calls_that_differ_only_in_the_bar_are_different_objects():
    z, x, c = sp.symbols("z x c")
    calls = [
        named_function("p")(z, x, c),
        named_function("p", 1)(z, x, c),
        named_function("p", 2)(z, x, c),
    ]
    for a, b in itertools.combinations(calls, 2):
        assert a != b
        assert sp.Add(a, -b) != 0
        assert _keyed_srepr(a) != _keyed_srepr(b)  # the engine's cache key
    # the same call is one object, and prints as written without the bar
    assert named_function("p", 1)(z, x) == named_function("p", 1)(z, x)
    assert str(calls[1]) == "p(z, x, c)"
    # expressions without such keywords keep sympy's own printing (old cache keys hold)
    assert _keyed_srepr(sp.sin(z) + z**2) == sp.srepr(sp.sin(z) + z**2)


def test_a_value_given_at_one_call_is_never_the_others():
    z, x = sp.symbols("z x")
    joint, conditional = named_function("p")(z, x), named_function("p", 1)(z, x)
    for given, other in ((joint, conditional), (conditional, joint)):
        names = Names()
        names.set_quantity(given, Value(0, sp.exp(-z - x)))
        assert names.value_of(given)[0] == sp.exp(-z - x)
        assert names.value_of(other)[0] is None
        assert not names.has_value(other)


def test_semicolon_and_bar_are_one_density():
    x, t = sp.symbols("x theta")
    names = Names()
    names.set_quantity(_read("f(x; \\theta)"), Value(0, t * sp.exp(-t * x)))
    assert names.value_of(_read("f(x \\mid \\theta)"))[0] is not None


def _joint_reading_laws():
    """(left, right, is a law) of density rows under the letter p."""
    return [
        ("p(z \\mid x)", "\\frac{p(z, x)}{p(x)}", True),
        ("p(z \\mid x)", "\\frac{p(x, z)}{p(x)}", True),
        ("p(z, x)", "p(z \\mid x)\\, p(x)", True),
        ("p(z, x)", "p(x \\mid z)\\, p(z)", True),
        ("p(\\theta \\mid x)", "\\frac{p(x \\mid \\theta)\\, p(\\theta)}{p(x)}", True),
        ("p(a, b \\mid c)", "p(a \\mid b, c)\\, p(b \\mid c)", True),
        ("p(a, b, c)", "p(a \\mid b, c)\\, p(b \\mid c)\\, p(c)", True),
        ("p(z \\mid x)", "p(z, x)", False),
        ("p(z, x)", "p(z \\mid x)", False),
        ("p(z, x)", "p(z \\mid x)\\, p(z)", False),
        ("p(\\theta \\mid x)", "\\frac{p(x, \\theta)\\, p(\\theta)}{p(x)}", False),
        ("p(\\theta \\mid x)", "p(x \\mid \\theta)\\, p(\\theta)", False),
        ("p(a \\mid b, c)", "p(a, b \\mid c)", False),
        ("p(z \\mid x)", "2\\, \\frac{p(z, x)}{p(x)}", False),
    ]


@pytest.mark.parametrize(("left", "right", "law"), _joint_reading_laws())
def test_a_law_of_probability_is_read_as_one_and_nothing_else_is(left, right, law):
    e0, e1 = _read(left), _read(right)
    assert same_letter_calls(e0, e1)
    assert density_law(e0, e1) is law


def test_any_chain_rule_order_is_a_law_and_dropping_a_factor_never_is():
    """Property: p(a, b, c) is the product of its chain-rule factors in every order of the
    letters; leaving any factor out is no law."""
    letters = ["a", "b", "c"]
    for order in itertools.permutations(letters):
        factors = []
        for k, v in enumerate(order):
            rest = order[k + 1 :]
            factors.append(f"p({v} \\mid {', '.join(rest)})" if rest else f"p({v})")
        e0 = _read("p(a, b, c)")
        assert density_law(e0, _read("\\, ".join(factors))), order
        for skip in range(len(factors)):
            kept = [f for k, f in enumerate(factors) if k != skip]
            e1 = _read("\\, ".join(kept))
            assert not (same_letter_calls(e0, e1) and density_law(e0, e1)), (order, skip)


_PAIRS = [
    # (body before the row, the row, verdicts it may have)
    (
        "Given $\\theta > 0$, let $x > 0$ have the density\n\n$$q(x \\mid \\theta) = \\theta "
        "e^{-\\theta x}$$\n\nThen\n\n",
        "$$\\log q(x, \\theta) = \\log \\theta - \\theta x$$",
        {"given", "unchecked", "unrelated"},
    ),
    (
        "Given $\\theta > 0$, let $x > 0$ have the density\n\n$$g(x \\mid \\theta) = \\theta "
        "e^{-\\theta x}$$\n\nso that\n\n",
        "$$\\frac{\\partial}{\\partial \\theta} \\log g(x, \\theta) = \\frac{1}{\\theta} - x$$",
        {"given", "unchecked", "unrelated"},
    ),
    (
        "For real $u, v, w$ let\n\n$$r(u, v \\mid w) = \\frac{1}{2\\pi} e^{-(u - w)^2/2 - "
        "(v - w)^2/2}$$\n\nThen\n\n",
        "$$r(u \\mid v, w) = \\frac{1}{2\\pi} e^{-(u - w)^2/2 - (v - w)^2/2}$$",
        {"given", "unchecked", "unrelated", "refuted"},
    ),
]


@pytest.mark.parametrize(("body", "row", "allowed"), _PAIRS)
def test_a_value_of_one_call_proves_nothing_of_the_other(tmp_path, body, row, allowed):
    assert verdict_of_row(tmp_path, body + row + "\n", row) in allowed


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("$$q(u \\mid v) = \\frac{q(u, v)}{q(v)}$$", "proved"),
        ("$$q(u, v) = q(u \\mid v)\\, q(v)$$", "proved"),
        ("$$q(t \\mid y) = \\frac{q(y \\mid t)\\, q(t)}{q(y)}$$", "proved"),
        ("$$q(u \\mid v) = q(u, v)$$", "unchecked"),
        ("$$q(u, v) = q(u \\mid v)\\, q(u)$$", "unchecked"),
        ("$$q(t \\mid y) = \\frac{q(y, t)\\, q(t)}{q(y)}$$", "unchecked"),
    ],
)
def test_rows_relating_densities_under_one_letter(tmp_path, row, verdict):
    body = "Let the variables have a joint density, with positive marginals.\n\n"
    assert verdict_of_row(tmp_path, body + row + "\n", row) == verdict


@pytest.mark.parametrize(
    ("body", "row", "verdict"),
    [
        (
            "For $x > 0$ and a rate $\\theta > 0$,\n\n$$f(x; \\theta) = \\theta e^{-\\theta x}$$"
            "\n\nand its log is\n\n",
            "$$\\log f(x \\mid \\theta) = \\log \\theta - \\theta x$$",
            "proved",
        ),
        (
            "For $x \\in \\{0, 1\\}$ and $0 < p < 1$,\n\n$$P(X = x \\mid p) = p^x (1 - p)^{1 - x}$$"
            "\n\nso\n\n",
            "$$\\log P(X = x \\mid p) = x \\log p + (1 - x) \\log(1 - p)$$",
            "proved",
        ),
        (
            "Let $x_1, \\dots, x_n > 0$ be independent with density\n\n$$f(x \\mid \\lambda) = "
            "\\lambda e^{-\\lambda x}$$\n\nfor $\\lambda > 0$. The likelihood is\n\n",
            "$$\\prod_{i=1}^n f(x_i \\mid \\lambda) = "
            "\\lambda^{n} e^{-\\lambda \\sum_{i=1}^n x_i}$$",
            "proved",
        ),
    ],
)
def test_readings_kept(tmp_path, body, row, verdict):
    assert verdict_of_row(tmp_path, body + row + "\n", row) == verdict
