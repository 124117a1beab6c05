"""``_arith.identically_equal`` answers as sympy's evaluated arithmetic does, whatever the
global ``evaluate`` flag of the caller (the reader builds rows under ``evaluate(False)``).

Found by adversarial35, 08: comparing the claim ``\\sum_i x_i = 0`` took 11-20 s of the build,
for ``is_zero`` ran outside ``evaluating(True)`` and sympy's ``cancel`` expanded the
unevaluated ``Mul(1, x_i)`` of the sum without end; it also answered False for identities
(``\\sum_i (x_i - \\bar x) = 0``, two sums with other bound letters).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._arith import identically_equal

X = sp.IndexedBase(sp.Symbol("x", real=True))
IX, JX = (sp.Symbol(s, integer=True, positive=True) for s in "ij")
N = sp.Symbol("n", integer=True, positive=True)


def _pairs():
    """(a, b, equal for every sample), built unevaluated as the reader builds them."""
    with sp.evaluate(False):
        mean = sp.Mul(sp.Pow(N, -1), sp.Sum(X[JX], (JX, 1, N)))
        total = sp.Sum(sp.Mul(sp.Integer(1), X[IX]), (IX, 1, N))
        return [
            (sp.Sum(sp.Add(X[IX], sp.Mul(-1, mean)), (IX, 1, N)), sp.Integer(0), True),
            (total, sp.Sum(X[JX], (JX, 1, N)), True),
            (total, sp.Mul(N, mean), True),
            (total, sp.Integer(0), False),
            (total, sp.Mul(sp.Integer(2), mean), False),
        ]


@pytest.mark.parametrize("k", range(5))
def test_the_answer_does_not_depend_on_the_evaluate_flag(k):
    a, b, equal = _pairs()[k]
    with sp.evaluate(False):
        unevaluated = identically_equal(a, b)
    assert unevaluated is identically_equal(a, b) is equal
