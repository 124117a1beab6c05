"""Signs of ``1 - e^{-lambda} - lambda e^{-lambda}`` from ``e^v >= 1 + v + ... `` (held-out row).

A Poisson's ``P(X >= 2) = 1 - e^{-\\lambda}(1 + \\lambda)`` is positive for ``\\lambda > 0``;
a row that takes its log needs that. Interval arithmetic cannot see it (both terms
span (0, 1)). ``e^v`` lies above its Taylor polynomials (of odd degree for every real
``v``, of any degree for ``v >= 0``, strictly where ``v != 0``), so ``A e^v + B`` with
``A > 0`` is positive when ``A T(v) + B >= 0`` and ``v != 0``. Where ``lambda`` may be 0,
or the polynomial is not below, the sign stays open.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains

lam = sp.Symbol("lambda", real=True)


def _domains(domain: str | None) -> Domains:
    d = Derivation(
        "exp-bound",
        "exp-bound",
        [Assumption(lam, "lambda", domain=domain)],
        [Step(lam, "definition", "start")],
    )
    return Domains.of(d)


def test_the_poisson_tail_beyond_one_is_positive():
    tail = 1 - sp.exp(-lam) - lam * sp.exp(-lam)
    assert _domains("\\lambda > 0").is_positive(tail) is True
    assert _domains("\\lambda > 0").is_nonzero(tail) is True


def test_the_tail_beyond_two_needs_the_second_degree():
    tail = 1 - sp.exp(-lam) * (1 + lam + lam**2 / 2)
    assert _domains("\\lambda > 0").is_positive(sp.expand(tail)) is True


def test_where_lambda_may_be_zero_the_tail_is_only_non_negative():
    tail = 1 - sp.exp(-lam) - lam * sp.exp(-lam)
    assert _domains(None).is_positive(tail) is None
    assert _domains(None).is_nonnegative(tail) is True


def test_a_difference_that_changes_sign_stays_open():
    for e in (
        1 - sp.exp(-lam) * (1 + 2 * lam),  # about -lambda near 0
        sp.expand(1 - sp.exp(-lam) * (1 + lam + lam**2 / 2 + lam**3)),
    ):
        assert _domains("\\lambda > 0").is_positive(e) is None, e
        assert _domains("\\lambda > 0").is_nonzero(e) is None, e
