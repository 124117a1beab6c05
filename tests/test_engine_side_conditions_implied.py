"""Side conditions and residues the declared assumptions decide.

The held-out posts left correct rows "plausible" with a residue that vanishes once
the bases of its roots and powers are known positive (``pi/(2 sqrt(t^3)) -
pi/(2 t^(3/2))``, ``beta^alpha/(beta - t)^alpha - (beta/(beta - t))^alpha``,
``sqrt(-1/(2s - 1)) - 1/sqrt(1 - 2s)``) or with a side condition that always holds
(``(x - 1)! != 0``) or follows from a declared bound (``1/(1 - t/beta) > 0`` with
``t < beta``). What must hold:

- a residue is decided zero only where every base it rewrites is *proved* positive
  (or non-negative) by the declared facts: each correct twin is proved, each wrong
  twin (no assumption, or the assumption that does not give the sign, or a planted
  error) is not;
- a sign is decided only when it holds at every point of the domain (checked here
  against random points), and never by sampling;
- a fact about ``t^3`` (an odd power) is a fact about ``t``; one about ``t^2`` is not.
"""

from __future__ import annotations

import random

import pytest
import sympy as sp

from derivations._report import PASS
from derivations.engine._domains import Domains, implied
from derivations.engine._symbolic_check import symbolic_check
from derivations.post import check_post
from tests._domains import domains_of

t, s, a, b, x, y, n = sp.symbols("t s alpha beta x y n")
HALF = sp.Rational(1, 2)


def _proved(prev: sp.Basic, cur: sp.Basic, domains: Domains) -> bool:
    return symbolic_check(prev, cur, "=", domains).status == PASS


# -- residues: (previous, written, statements that make them equal, statements that do not)
CASES = [
    # sqrt(t^3) = t^(3/2) for t >= 0; at t = -1 they are i and -i
    (sp.pi / (2 * sp.sqrt(t**3)), sp.pi / (2 * t ** sp.Rational(3, 2)), ["t > 0"], []),
    (sp.sqrt(t**3), t ** sp.Rational(3, 2), ["t >= 0"], ["t != 0"]),
    (3 * sp.pi / (4 * t * sp.sqrt(t**3)), 3 * sp.pi / (4 * sp.sqrt(t**5)), ["t > 0"], []),
    # (b/(b - t))^a = b^a/(b - t)^a needs b > 0 and b - t > 0
    (
        (b / (b - t)) ** a,
        b**a / (b - t) ** a,
        ["beta > 0", "t < beta"],
        ["beta > 0"],
    ),
    ((b / (b - t)) ** a, 1 / (1 - t / b) ** a, ["beta > 0", "t < beta"], ["t < beta"]),
    # sqrt(-1/(2s - 1)) = 1/sqrt(1 - 2s) needs s < 1/2
    (sp.sqrt(-1 / (2 * s - 1)), 1 / sp.sqrt(1 - 2 * s), ["s < 1/2"], ["s > 1/2", "s != 1/2"]),
    # log(1/(G(y+1) G(n-y+1))) = -log G(y+1) - log G(n-y+1) needs the Gammas positive
    (
        sp.log(1 / (sp.gamma(y + 1) * sp.gamma(n - y + 1))),
        -sp.log(sp.gamma(y + 1)) - sp.log(sp.gamma(n - y + 1)),
        ["0 <= y <= n"],
        [],
    ),
]


@pytest.mark.parametrize("prev, cur, good, bad", CASES)
def test_a_residue_vanishing_where_its_bases_are_positive_is_proved(prev, cur, good, bad):
    assert _proved(prev, cur, domains_of(*good))


@pytest.mark.parametrize("prev, cur, good, bad", CASES)
def test_without_the_sign_of_the_bases_it_is_not_proved(prev, cur, good, bad):
    assert not _proved(prev, cur, Domains())
    for statement in bad:
        assert not _proved(prev, cur, domains_of(statement)), statement


@pytest.mark.parametrize("prev, cur, good, bad", CASES)
def test_a_planted_error_is_not_proved_under_the_assumptions(prev, cur, good, bad):
    for wrong in (2 * cur, cur + 1, cur.subs(t, 2 * t) if cur.has(t) else cur * 3):
        assert not _proved(prev, wrong, domains_of(*good)), wrong


@pytest.mark.parametrize("prev, cur, good, bad", CASES)
def test_the_proved_cases_hold_at_random_points(prev, cur, good, bad):
    # the correct twins are correct: equal at points where the assumptions hold
    rng = random.Random(7)
    d = domains_of(*good)
    checked = 0
    for _ in range(400):
        env = {v: sp.Rational(rng.randint(-40, 40), 7) for v in (t, s, a, b)}
        env[n] = sp.Integer(rng.randint(0, 9))
        env[y] = sp.Integer(rng.randint(0, 9))
        names = {str(k): v for k, v in env.items()}
        if not all(_holds_at(st, names) for st in good):
            continue
        checked += 1
        va, vb = (complex(sp.N(e.subs(env), 30)) for e in (prev, cur))
        assert abs(va - vb) <= 1e-9 * (1 + abs(va)), (env, va, vb)
    assert checked >= 5
    assert d is not None


def _holds_at(statement: str, names: dict) -> bool:
    lhs, op, rhs = statement.split(" ", 2) if statement.count(" ") == 2 else (None,) * 3
    if statement == "0 <= y <= n":
        return 0 <= names["y"] <= names["n"]
    value = {"t": names["t"], "s": names["s"], "beta": names["beta"]}
    left = value.get(lhs, None)
    right = value.get(rhs, None) if rhs in value else sp.Rational(rhs)
    return {">": left > right, ">=": left >= right, "<": left < right, "!=": left != right}[op]


# -- side conditions -------------------------------------------------------------------


def test_a_factorial_is_never_zero_where_it_is_defined():
    # where x - 1 may be a negative integer the factorial is not defined there, and nothing
    # is known (tests/test_post_sidecond_gamma_factorial.py); for x > 0 it is Gamma(x) > 0
    assert Domains().decide(sp.Unequality(sp.factorial(x - 1), 0)) is not True
    d = domains_of("x > 0")
    assert d.decide(sp.Unequality(sp.factorial(x - 1), 0)) is True
    # the wrong twin: (x - 1)! - 1 is 0 at x = 1 and x = 2
    assert d.decide(sp.Unequality(sp.factorial(x - 1) - 1, 0)) is not True
    # a factorial's sign is not known where its argument may be below -1
    assert Domains().decide(sp.factorial(x - 1) > 0) is not True


def test_a_bound_between_two_names_gives_the_sign_of_a_ratio():
    d = domains_of("beta > 0", "t < beta")
    assert d.decide(1 / (1 - t / b) > 0) is True
    assert d.decide(sp.Unequality(1 - t / b, 0)) is True
    assert d.decide(t - b < 0) is True
    # wrong twins: without t < beta, or with t > beta, the sign is not that
    assert domains_of("beta > 0").decide(1 / (1 - t / b) > 0) is not True
    assert domains_of("beta > 0", "t > beta").decide(1 / (1 - t / b) > 0) is not True
    assert d.decide(1 / (1 - t / b) < 0) is not True


def test_the_signs_decided_hold_at_random_points():
    rng = random.Random(3)
    d = domains_of("beta > 0", "t < beta")
    for cond in (1 / (1 - t / b) > 0, t - b < 0, sp.Unequality(1 - t / b, 0)):
        assert d.decide(cond) is True
        for _ in range(200):
            bv = sp.Rational(rng.randint(1, 400), 17)
            tv = bv - sp.Rational(rng.randint(1, 400), 13)
            assert bool(cond.subs({b: bv, t: tv})) is True


def test_a_fact_about_an_odd_power_is_a_fact_about_its_base():
    assert implied(sp.GreaterThan(t, 0), [sp.GreaterThan(t**3, 0)])
    assert implied(sp.StrictGreaterThan(t, 0), [sp.StrictGreaterThan(t**5, 0)])
    assert implied(sp.Unequality(t, 0), [sp.Unequality(t**3, 0)])
    # an even power says nothing of the sign of its base
    assert not implied(sp.GreaterThan(t, 0), [sp.GreaterThan(t**2, 0)])
    assert not implied(sp.StrictGreaterThan(t, 0), [sp.StrictGreaterThan(t**4, 0)])
    # and the odd power's fact is not turned around
    assert not implied(sp.StrictGreaterThan(t, 0), [sp.GreaterThan(t**3, 0)])


# -- a post ------------------------------------------------------------------------------

POST = r"""---
title: t
---

DECLARE

$$
\begin{align}
\frac{d}{dt} \int_{-\infty}^\infty \frac{1}{t + u^2} du &= \frac{d}{dt} \frac{\pi}{\sqrt{t}} \\
&= LAST
\end{align}
$$
"""


def _last(tmp_path, last: str, declare: str = "", post: str = POST):
    path = tmp_path / "post.md"
    path.write_text(post.replace("LAST", last).replace("DECLARE", declare))
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


@pytest.mark.parametrize("declare", ["For $t > 0$,", "Then"])
def test_a_root_of_a_power_rewritten_under_the_sign_is_proved(tmp_path, declare):
    # without a declaration, the previous line's sqrt(t) (in a denominator) needs t > 0,
    # and the written line's sqrt(t^3) needs t^3 > 0: both lines live on t > 0
    row = _last(tmp_path, r"\frac{-\pi}{2} \frac{1}{\sqrt{t^3}}", declare)
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("declare", ["For $t > 0$,", "Then"])
def test_its_wrong_twins_are_not_proved(tmp_path, declare):
    row = _last(tmp_path, r"\frac{-\pi}{2} \frac{1}{\sqrt{t^5}}", declare)
    assert row.verdict != "proved", row.reason
    row = _last(tmp_path, r"\frac{\pi}{2} \frac{1}{\sqrt{t^3}}", declare)
    assert row.verdict != "proved", row.reason


ROOT = r"""---
title: t
---

DECLARE

$$
\begin{align}
g(t) &= \sqrt{t^3} \\
&= LAST
\end{align}
$$
"""


def test_a_root_of_an_odd_power_is_not_rewritten_without_the_sign(tmp_path):
    # sqrt(t^3) and t^(3/2) differ at t = -1 (i and -i on the principal branch): the
    # previous line's sqrt(t^3) gives t^3 >= 0, which is not taken as a fact about t
    row = _last(tmp_path, r"t^{3/2}", "Then", ROOT)
    assert row.verdict != "proved", row.reason
    assert row.verdict != "refuted", row.reason
    row = _last(tmp_path, r"t^{3/2}", "For $t > 0$,", ROOT)
    assert row.verdict == "proved", row.reason


def test_membership_of_a_power_is_not_that_of_its_base():
    n0 = sp.Naturals0
    assert not implied(sp.Contains(t, n0), [sp.Contains(t**3, n0)])
    assert implied(sp.Unequality(t, 0), [sp.StrictGreaterThan(t**2, 0)])
    assert not implied(sp.Unequality(t, 0), [sp.GreaterThan(t**2, 0)])


def test_the_domain_of_a_root_of_a_reciprocal_bounds_its_name():
    from derivations.engine._domains import _single_name_fact

    sym, dom = _single_name_fact(sp.GreaterThan(-1 / (2 * s - 1), 0), "test")
    assert sym == s and dom.upper == sp.Rational(1, 2) and dom.upper_strict
    sym, dom = _single_name_fact(sp.GreaterThan(3 / (2 * s - 1) ** 3, 0), "test")
    assert sym == s and dom.lower == sp.Rational(1, 2) and dom.lower_strict
    sym, dom = _single_name_fact(sp.GreaterThan(2 * sp.pi / (1 - 2 * s), 0), "test")
    assert sym == s and dom.upper == sp.Rational(1, 2) and dom.upper_strict
    sym, dom = _single_name_fact(sp.GreaterThan(-sp.pi / (1 - 2 * s), 0), "test")
    assert sym == s and dom.lower == sp.Rational(1, 2) and dom.lower_strict
    # an even power of the reciprocal says nothing of the sign
    assert _single_name_fact(sp.GreaterThan(1 / (2 * s - 1) ** 2, 0), "test") is None
    # a sum of a reciprocal and a number is not this case
    fact = _single_name_fact(sp.GreaterThan(1 - 1 / (2 * s - 1), 0), "test")
    assert fact is None or fact[1].upper != sp.Rational(1, 2)


CHI = r"""---
title: t
---

DECLARE

$$
\begin{align}
g(s) &= FIRST \\
&= LAST
\end{align}
$$
"""


@pytest.mark.parametrize(
    "first",
    [r"\sqrt{-\frac{1}{2s - 1}}", r"\frac{\sqrt{2 \pi (1-2s)^{-1}}}{\sqrt{2 \pi} }"],
)
def test_a_root_rewritten_on_the_previous_lines_domain_is_proved(tmp_path, first):
    # sqrt(-1/(2s - 1)) is real only where s < 1/2, where it is 1/sqrt(1 - 2s)
    chi = CHI.replace("FIRST", first)
    row = _last(tmp_path, r"\frac{1}{\sqrt{1 - 2s}}", "Then", chi)
    assert row.verdict == "proved", row.reason
    for wrong in (
        r"\frac{1}{\sqrt{2s - 1}}",
        r"\frac{1}{\sqrt{1 - s}}",
        r"\frac{-1}{\sqrt{1 - 2s}}",
    ):
        row = _last(tmp_path, wrong, "Then", chi)
        assert row.verdict != "proved", (wrong, row.reason)
