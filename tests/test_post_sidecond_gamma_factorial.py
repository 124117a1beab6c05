"""``(r - 1)!`` of a real ``r > 0`` is ``Gamma(r)`` (held-out rows: the negative binomial).

A post that writes ``\\Gamma(x) = (x-1)!`` and then ``\\frac{(r+y-1)!}{(r-1)!\\,y!}`` for a
real shape ``r > 0`` (a Gamma prior's) means the factorial's Gamma form. The row's open
conditions "r - 1 is a non-negative integer", "factorial(r - 1) != 0" then follow from
``r > 0``: ``u! = Gamma(u + 1)`` is defined and positive for every real ``u > -1``.
Without ``r > 0`` (or with a bound that lets ``r - 1`` reach ``-1``) they stay open.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains

r = sp.Symbol("r", real=True)
y = sp.Symbol("y", integer=True, nonnegative=True)


def _domains(domain: str | None) -> Domains:
    d = Derivation(
        "gamma-factorial",
        "gamma-factorial",
        [Assumption(r, "r", domain=domain), Assumption(y, "y")],
        [Step(r, "definition", "start")],
    )
    return Domains.of(d)


def _step(domain: str | None):
    d = Derivation(
        "gamma-factorial",
        "gamma-factorial",
        [Assumption(r, "r", domain=domain), Assumption(y, "y")],
        [
            Step(sp.gamma(r + y) / (sp.gamma(r) * sp.factorial(y)), "definition", "start"),
            Step(
                sp.factorial(r + y - 1) / (sp.factorial(r - 1) * sp.factorial(y)),
                "algebra",
                "=",
            ),
        ],
    )
    return d.check(seed=0).steps[1]


def test_a_factorial_above_minus_one_is_positive():
    assert _domains("r > 0").is_positive(sp.factorial(r - 1)) is True
    assert _domains("r > 0").is_nonzero(sp.factorial(r + y - 1)) is True


def test_a_factorial_that_may_reach_minus_one_is_not_known():
    assert _domains(None).is_nonzero(sp.factorial(r - 1)) is None
    assert _domains("r > -1").is_nonzero(sp.factorial(r - 1)) is None


def test_gamma_to_factorials_of_a_positive_real_is_proved_in_the_gamma_reading():
    res = _step("r > 0")
    assert res.verdict == "proved", (res.verdict, res.reason, res.side_conditions)
    read = [s for s in res.side_conditions if "reading" in s.reason]
    assert read and all(s.discharged for s in read)


def test_without_a_positive_shape_the_factorials_stay_open():
    for domain in (None, "r > -1"):
        res = _step(domain)
        assert res.verdict != "proved", (domain, res.verdict, res.reason)
        assert any(not s.discharged for s in res.side_conditions), res.side_conditions
