"""A proviso on the data is met where the check needs it in another form (held-out rows).

``b (Q - S^2/n) = T`` to ``b = T / (Q - S^2/n)`` (least squares' slope, a beta's
moments) is right wherever the written line means something: it assumes the data
condition ``Q - S^2/n != 0``. The equation step's residual ratio is ``n / (n Q - S^2)``,
the same condition multiplied out; it must be read as that proviso, or the step stays
plausible with "not shown non-zero". A different expression stays open.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains

b = sp.Symbol("b", real=True)
Q = sp.Symbol("Q", real=True)
S = sp.Symbol("S", real=True)
T = sp.Symbol("T", real=True)
n = sp.Symbol("n", positive=True, integer=True)


def _step(before: sp.Basic, after: sp.Basic, relation: str = "<=>"):
    d = Derivation(
        "proviso",
        "proviso",
        [Assumption(s, str(s)) for s in (b, Q, S, T, n)],
        [
            Step(before, "definition", "start"),
            Step(after, "algebra", relation, params={"unknown": b}),
        ],
    )
    return d.check(seed=0).steps[1]


def test_an_assumed_condition_gives_its_multiples_cleared_of_denominators():
    assumed = Domains().assuming_nonzero([Q - S**2 / n])
    assert assumed.is_nonzero(n * Q - S**2) is True
    assert assumed.is_nonzero(S**2 - n * Q) is True
    assert assumed.is_nonzero(3 * (n * Q - S**2)) is True


def test_another_expression_or_no_assumption_stays_undecided():
    assert Domains().is_nonzero(n * Q - S**2) is None
    assumed = Domains().assuming_nonzero([Q - S**2 / n])
    assert assumed.is_nonzero(n * Q + S**2) is None
    assert assumed.is_nonzero(Q - S**2) is None


def test_solving_by_a_spread_is_proved_with_the_proviso_named():
    spread = Q - S**2 / n
    r = _step(sp.Eq(b * spread, T), sp.Eq(b, T / spread))
    assert r.verdict == "proved", (r.verdict, r.reason)
    assert "assuming" in r.reason and "!= 0" in r.reason


def test_a_wrong_division_is_still_refuted():
    r = _step(sp.Eq(b * (Q - S**2 / n), T), sp.Eq(b, T / (Q - S**2)))
    assert r.verdict == "refuted", (r.verdict, r.reason)


def test_a_data_condition_both_equations_need_is_not_this_steps_business():
    # b (Q - m) / m = T / m  <=>  b (Q - m) / m^2 = T / m^2: the residual ratio 1/m is
    # finite wherever either equation means something.
    m = sp.Symbol("m", real=True)
    d = Derivation(
        "shared",
        "shared",
        [Assumption(s, str(s)) for s in (b, Q, T, m)],
        [
            Step(sp.Eq(b * (Q - m) / m, T / m), "definition", "start"),
            Step(sp.Eq(b * (Q - m) / m**2, T / m**2), "algebra", "<=>", params={"unknown": b}),
        ],
    )
    r = d.check(seed=0).steps[1]
    assert r.verdict == "proved", (r.verdict, r.reason)


def test_a_shared_condition_on_the_unknown_stays_open():
    # Q / b = T / b  <=>  Q / b^2 = T / b^2: the ratio 1/b may lose or add the root b = 0.
    d = Derivation(
        "shared",
        "shared",
        [Assumption(s, str(s)) for s in (b, Q, T)],
        [
            Step(sp.Eq(Q / b, T / b), "definition", "start"),
            Step(sp.Eq(Q / b**2, T / b**2), "algebra", "<=>", params={"unknown": b}),
        ],
    )
    r = d.check(seed=0).steps[1]
    assert r.verdict != "proved", (r.verdict, r.reason)
