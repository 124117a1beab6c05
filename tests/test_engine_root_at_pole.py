"""A root of one equation where the other is 0/0 is no counterexample.

Multiplying an equation by its denominator (StatProofBook's beta-binomial method of
moments, held-out batch 10, line 83) adds the root where that denominator vanishes.
The numeric check solved the multiplied equation, found that root, and evaluated the
line above a hair away from it, where the 0/0 has its limit: the correct row was
refuted. At such a root the line above is undefined, as at any other point outside
its domain. A multiplied equation that is really wrong is still refuted.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine import check_step

c = sp.Symbol("c", real=True)
a = sp.Symbol("alpha", real=True)
m = sp.Symbol("m", positive=True)


def _verdict(prev: sp.Eq, nxt: sp.Eq) -> str:
    d = Derivation(
        "pole-test",
        "a test",
        [Assumption(s, str(s)) for s in (c, a, m)],
        [Step(prev, "definition", "start"), Step(nxt, "algebra", "<=>")],
    )
    return check_step(d, 1).verdict


def test_multiplying_by_a_denominator_that_vanishes_at_a_root_is_not_refuted():
    with sp.evaluate(False):
        # c = (alpha + m) / (alpha/m + 1): the right side is m except at alpha = -m (0/0)
        prev = sp.Eq(c, (a + m) / (a / m + 1))
        nxt = sp.Eq(c * (a / m + 1), a + m)  # multiplied out: adds the root alpha = -m
    assert _verdict(prev, nxt) != "refuted"


def test_a_wrong_multiplied_equation_is_still_refuted():
    with sp.evaluate(False):
        prev = sp.Eq(c, (a + m) / (a / m + 1))
        nxt = sp.Eq(c * (a / m + 1), a + 2 * m)
    assert _verdict(prev, nxt) == "refuted"
