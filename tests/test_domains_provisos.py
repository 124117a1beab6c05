"""Conditions on the data that only the written line of an equation step needs (issue 11).

``0 = S - n m p`` to ``p = S / (n m)`` is right wherever it means something: the
written line has no value at ``m = 0``. Such a step is "proved, assuming m != 0",
and the verdict names the proviso. The same freedom for a condition on the unknown
would lose roots (``y (y - 1) = 0`` to ``(y - 1) y / y = 0`` drops ``y = 0``): that one
stays open. And the natural domain of ``\\binom{m}{k}`` (integers ``0 <= k <= m``).
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains

y = sp.Symbol("y", real=True)
m = sp.Symbol("m", real=True)
c = sp.Symbol("c", real=True)
p = sp.Symbol("p", real=True)
S = sp.Symbol("S", real=True)
n = sp.Symbol("n", positive=True, integer=True)


def _step(before: sp.Basic, after: sp.Basic, unknown: sp.Symbol, symbols, relation="<=>"):
    d = Derivation(
        "proviso",
        "proviso",
        [Assumption(s, str(s)) for s in symbols],
        [
            Step(before, "definition", "start"),
            Step(after, "algebra", relation, params={"unknown": unknown}),
        ],
    )
    return d.check(seed=0).steps[1]


def test_dividing_by_data_the_written_line_needs_is_proved_with_the_proviso_named():
    r = _step(sp.Eq(0, S - n * m * p), sp.Eq(p, S / (n * m)), p, (S, m, p, n))
    assert r.verdict == "proved", (r.verdict, r.reason)
    assert "assuming m != 0" in r.reason
    listed = {s.condition: s for s in r.side_conditions}
    assert "m != 0" in listed and listed["m != 0"].reason.startswith("assumed")


def test_a_wrong_division_by_data_is_still_refuted():
    # p = S / m drops the n: wrong wherever it is defined.
    r = _step(sp.Eq(0, S - n * m * p), sp.Eq(p, S / m), p, (S, m, p, n))
    assert r.verdict == "refuted", (r.verdict, r.reason)


def test_a_condition_on_the_unknown_is_never_a_proviso():
    # y (y - 1) = 0 <=> (y - 1) y / y = 0 loses the root y = 0.
    r = _step(sp.Eq(y * (y - 1), 0), sp.Eq((y - 1) * y / y, 0, evaluate=False), y, (y,))
    assert r.verdict != "proved", (r.verdict, r.reason)
    assert not any(s.reason.startswith("assumed") for s in r.side_conditions)


def test_a_rewrite_gets_no_proviso():
    # Only equation steps solving for an unknown: 1 -> m/m needs m != 0 and says so.
    d = Derivation(
        "rewrite",
        "rewrite",
        [Assumption(m, "m"), Assumption(c, "c")],
        [Step(c, "definition", "start"), Step(c * m / m, "algebra", "=")],
    )
    r = d.check(seed=0).steps[1]
    assert not any(s.reason.startswith("assumed") for s in r.side_conditions)


def test_without_a_declared_unknown_the_condition_stays_open():
    d = Derivation(
        "no-unknown",
        "no-unknown",
        [Assumption(s, str(s)) for s in (S, m, p, n)],
        [
            Step(sp.Eq(0, S - n * m * p), "definition", "start"),
            Step(sp.Eq(p, S / (n * m)), "algebra", "<=>"),
        ],
    )
    r = d.check(seed=0).steps[1]
    assert r.verdict != "proved", (r.verdict, r.reason)


# --------------------------------------------------------------------------- binomial


def test_binomial_coefficient_gives_its_natural_domain():
    k = sp.IndexedBase("k", real=True)
    i = sp.Symbol("i", integer=True)
    M = sp.Symbol("M", real=True)
    q = sp.Symbol("q", real=True)
    line = sp.Sum(sp.log(sp.binomial(M, k[i]) * q ** k[i]), (i, 1, n))
    d = Derivation(
        "binomial",
        "binomial",
        [Assumption(M, "M"), Assumption(q, "q"), Assumption(k, "k")],
        [Step(line, "definition", "start")],
        infer_domains=True,
    )
    doms = Domains.of(d)
    assert doms.decide(sp.StrictGreaterThan(sp.binomial(M, k[i]), 0)) is True
    assert doms.decide(sp.Contains(M, sp.Naturals0)) is True
    assert doms.decide(sp.GreaterThan(M - k[i], 0)) is not False
    # Without the coefficient nothing is known of M.
    bare = Derivation(
        "bare",
        "bare",
        [Assumption(M, "M"), Assumption(q, "q"), Assumption(k, "k")],
        [Step(sp.Sum(k[i] * sp.log(q) + M, (i, 1, n)), "definition", "start")],
        infer_domains=True,
    )
    assert Domains.of(bare).decide(sp.Contains(M, sp.Naturals0)) is None
