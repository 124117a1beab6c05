"""The normal form expands sines and cosines of sums, and reads tan as sin/cos."""

import pytest
import sympy as sp

from derivations.engine._normal import is_zero, normal

mu, kappa = sp.symbols("mu kappa", real=True)
n = sp.Symbol("n", integer=True, positive=True)
i = sp.Symbol("i", integer=True)
y = sp.IndexedBase("y", real=True)


def _sum(e):
    return sp.Sum(e, (i, 1, n))


def test_a_parameter_leaves_a_sum_of_sines_of_differences():
    written = -kappa * _sum(sp.sin(y[i] - mu))
    expanded = -kappa * _sum(sp.cos(mu) * sp.sin(y[i]) - sp.cos(y[i]) * sp.sin(mu))
    assert is_zero(sp.expand(normal(written) - normal(expanded))) is True


def test_tan_is_sine_over_cosine():
    assert is_zero(sp.expand(normal(sp.cos(mu) * sp.tan(mu)) - normal(sp.sin(mu)))) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # sign slips in the angle-sum formulas stay different
        (sp.sin(y[i] - mu), sp.sin(y[i]) * sp.cos(mu) + sp.cos(y[i]) * sp.sin(mu)),
        (sp.cos(y[i] + mu), sp.cos(y[i]) * sp.cos(mu) + sp.sin(y[i]) * sp.sin(mu)),
        (sp.tan(mu), sp.cos(mu) / sp.sin(mu)),
    ],
)
def test_wrong_angle_sums_are_not_zero(a, b):
    assert is_zero(sp.expand(normal(_sum(a)) - normal(_sum(b))), thorough=False) is not True
