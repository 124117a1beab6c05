"""A power after a function's bracket is a power of its value: sin(x)^2 is (sin x)^2.

The grammar gave a function the factor after it, and (x)^2 is one factor: sin(x)^2
was sin(x^2), and a gamma post's 1/Gamma(3)^n was 1/Gamma(3^n) - about 1e-470 at
n = 5, a line so small that its equation looked solved everywhere and a correct
next row was refuted. log(1-p)^k keeps its reading log((1-p)^k), which is how
posts write it.
"""

from __future__ import annotations

import sympy as sp

from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


def _read(tex: str) -> sp.Basic:
    e, _ = parse_expression(tex, Context())
    # plain symbols of the same names, evaluated, to compare with sympy's own forms
    with sp.evaluate(True):
        return e.xreplace({s: sp.Symbol(s.name) for s in e.free_symbols}).doit()


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    return sp.simplify(a - b) == 0


x, a, n, p, k = sp.symbols("x alpha n p k")


def test_a_power_after_the_bracket_is_a_power_of_the_value():
    assert _same(_read(r"\sin(x)^2"), sp.sin(x) ** 2)
    assert _same(_read(r"\cos(x)^{2} + \sin(x)^2"), sp.Integer(1))


def test_gamma_of_a_number_to_a_power():
    e = _read(r"\frac{1}{\Gamma(3)^n}")
    assert not any(isinstance(g, sp.gamma) and g.args[0] != 3 for g in e.atoms(sp.gamma))
    assert _same(e.subs(n, 2), sp.Rational(1, 4))


def test_the_argument_of_a_function_without_brackets_keeps_its_power():
    assert _same(_read(r"\sin x^2"), sp.sin(x**2))


def test_a_log_of_a_bracket_to_a_power_is_the_log_of_the_power():
    e = _read(r"\log(1-p)^{k}")
    assert e.has(sp.log) and not isinstance(e, sp.Pow)
