"""Two small forms of subscripts that made rows of held-out posts unparsed.

- ``p_{}^{x + a - 1}`` (cv-binomial-beta-posterior-gamma-coefficients line 25): an empty
  subscript typesets as nothing, like the empty superscript ``x^{}`` already read;
- ``m_1' = \\mu_1'`` (techqa-inverse-square-density-method-of-moments line 22): a prime
  after a subscripted name is a name of its own (the first raw moment), as ``u_1^{'}``
  already is; before a bracket (``f_1'(x)``) it stays the derivative.
"""

from __future__ import annotations

import random

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


def _read(text: str) -> sp.Basic:
    return parse_expression(text)[0]


@pytest.mark.parametrize("seed", range(5))
def test_an_empty_subscript_reads_as_nothing(seed):
    rng = random.Random(seed)
    p, x, a = sp.symbols("p x a", real=True)
    at = {p: sp.Rational(rng.randint(1, 99), 100), x: rng.randint(0, 9), a: rng.randint(1, 9)}
    written = _read(r"\frac{1}{2} p_{}^{x + a - 1} (1 - p)")
    meant = sp.Rational(1, 2) * p ** (x + a - 1) * (1 - p)
    assert sp.simplify(written.xreplace(at) - meant.xreplace(at)) == 0
    assert _read(r"p_{}^{x}") == _read(r"p^{x}")


def test_a_primed_subscripted_name_is_a_name():
    m1, mu1 = _read(r"m_1'"), _read(r"\mu_1'")
    assert m1 == _read(r"m_1^{'}") and mu1 == _read(r"\mu_1^{\prime}")
    assert m1 != mu1 and not m1.atoms(sp.Derivative)
    assert sp.simplify(_read(r"m_1' - \mu_1'") - (m1 - mu1)) == 0


def test_a_primed_subscripted_function_is_still_a_derivative():
    # f_1'(x): a function's derivative, not the name f_1' times x
    e = _read(r"f_1'(x)")
    assert e.atoms(sp.Derivative) or not isinstance(e, sp.Mul)
