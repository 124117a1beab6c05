"""``evaluated`` gives the same value whatever sympy's global evaluate flag.

The post reader builds rows under ``sympy.evaluate(False)``; there sympy 1.14 rebuilds
``(1/2 * 0) * s`` with ``evaluate=True`` as ``s`` (``Mul(1/2, 0)`` comes back as the
unevaluated ``1*0``). ``M(0) = e^{0\\mu + \\frac12 0^2\\sigma^2} = 1`` was so read as
``e^{\\sigma^2}`` (held-out batch 15, travis).
"""

from __future__ import annotations

import random

import pytest
import sympy as sp

from derivations._forms import evaluated

a, b = sp.symbols("a b")


def _random_tree(rng: random.Random, depth: int) -> sp.Basic:
    if depth == 0:
        return rng.choice([sp.Integer(0), sp.Integer(1), sp.Integer(2), sp.Rational(1, 2), a, b])
    kind = rng.choice(["add", "mul", "pow", "exp"])
    x, y = _random_tree(rng, depth - 1), _random_tree(rng, depth - 1)
    if kind == "add":
        return sp.Add(x, y, evaluate=False)
    if kind == "mul":
        return sp.Mul(x, y, evaluate=False)
    if kind == "pow":
        return sp.Pow(x, rng.choice([sp.Integer(2), sp.Integer(3)]), evaluate=False)
    return sp.exp(x, evaluate=False)


def test_the_half_of_zero_times_a_letter():
    with sp.evaluate(False):
        e = sp.Mul(sp.Mul(sp.Rational(1, 2), sp.Integer(0)), a)
        assert evaluated(e) == 0


@pytest.mark.parametrize("seed", range(40))
def test_the_flag_does_not_change_the_value(seed):
    rng = random.Random(seed)
    with sp.evaluate(False):
        tree = _random_tree(rng, 3)
        under_false = evaluated(tree)
    under_true = evaluated(tree)
    point = {a: sp.Rational(3, 7), b: sp.Rational(-5, 3)}
    assert sp.simplify(under_false.xreplace(point) - under_true.xreplace(point)) == 0
