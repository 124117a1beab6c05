"""An equation step that takes the log of both sides (``._symbolic_check._log_of_both_sides``).

StatProofBook's FWHM solves ``e^{-u^2/2} = 1/2`` by ``-u^2/2 = \\ln(1/2)``: both sides are
positive, the log is one-to-one there, and the two equations are equivalent. Before, the
residual ratio (``(-u^2/2 - \\ln(1/2)) / (e^{-u^2/2} - 1/2)``) was not a finite function, and
the row stayed unchecked.

Properties: the log of positive sides is proved, as an equation step from the row above;
a log with a wrong sign or factor is not proved; sides that may be zero or negative prove
nothing by it (``x^2 = 4`` to ``2\\ln x = \\ln 4`` loses the root ``x = -2``).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.engine._domains import Domains
from derivations.engine._symbolic_check import symbolic_check

u, x, m = sp.symbols("u x m", real=True)
s = sp.Symbol("s", positive=True)


def _check(prev, cur, relation="<=>"):
    return symbolic_check(prev, cur, relation, domains=Domains())


@pytest.mark.parametrize(
    "prev, cur",
    [
        (
            sp.Eq(sp.exp(-(u**2) / 2), sp.Rational(1, 2)),
            sp.Eq(-(u**2) / 2, sp.log(sp.Rational(1, 2))),
        ),
        (
            sp.Eq(sp.exp(-(((x - m) / s) ** 2) / 2), sp.Rational(1, 2)),
            sp.Eq(((x - m) / s) ** 2, 2 * sp.log(2)),
        ),
        (sp.Eq(s**2, 4 * sp.exp(m)), sp.Eq(2 * sp.log(s), sp.log(4) + m)),
    ],
)
def test_the_log_of_positive_sides_is_proved(prev, cur):
    out = _check(prev, cur)
    assert out.status == "pass", out


@pytest.mark.parametrize(
    "prev, cur",
    [
        (sp.Eq(sp.exp(-(u**2) / 2), sp.Rational(1, 2)), sp.Eq(-(u**2) / 2, sp.log(2))),
        (sp.Eq(sp.exp(-(u**2) / 2), sp.Rational(1, 2)), sp.Eq(-(u**2), sp.log(sp.Rational(1, 2)))),
        (sp.Eq(x**2, 4), sp.Eq(2 * sp.log(x), sp.log(4))),
        (sp.Eq(x * m, 4), sp.Eq(sp.log(x) + sp.log(m), sp.log(4))),
    ],
)
def test_no_proof_without_the_log_of_both_positive_sides(prev, cur):
    out = _check(prev, cur, "=>")
    assert out.status != "pass", out
