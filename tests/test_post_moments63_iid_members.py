"""Numbered members of a sample a sentence declares i.i.d. (helper moments63).

Written before the fix, against f70b355, where the tests marked so failed:

* "Suppose that $X_1, \\dots, X_n$ are iid $\\mathrm{Bernoulli}(p)$", then rows that write
  only numbered members (``E(X_1 X_2) = p^2``, ``\\mathrm{Var}(X_1 + X_2) = 2p(1-p)``, the
  form of held-out jimmyhickey 7.48 line 66, ``E[X_1 X_2 X_3 X_4] = p^4``): each member got
  the law, but not the independence the sentence states (only a sample written ``X_i``
  did), so the product's mean was "a moment of a variable the post declares random, which
  the reader cannot work out".

Properties, not examples only: the value each row states is worked out here by summing
over the joint masses of independent members (or it is the twin of such a value); a
correct row is proved, a twin never is; and where the sentence does not say independent
(a law for each, no i.i.d., no random sample) nothing about a product is proved or
refuted.
"""

from __future__ import annotations

import itertools
import math

import pytest

from derivations.post import check_post

P, LAM = 0.3, 1.7


def _bernoulli(k):
    return {0: 1 - P, 1: P}.get(k, 0.0)


def _poisson(k):
    return math.exp(-LAM) * LAM**k / math.factorial(k)


def _mean(mass, support, g, members):
    """``E[g(X_1, ..., X_m)]`` of independent members with one mass, summed exactly over
    the (truncated, for the Poisson) support."""
    total = 0.0
    for xs in itertools.product(support, repeat=members):
        w = math.prod(mass(x) for x in xs)
        total += w * g(*xs)
    return total


#: law, mass, support, the row's left side (LaTeX), g, members, the value (LaTeX), its number
CASES = [
    (
        "\\mathrm{Bernoulli}(p)",
        _bernoulli,
        range(2),
        "E(X_1 X_2)",
        lambda a, b: a * b,
        2,
        "p^2",
        P**2,
    ),
    ("\\mathrm{Bernoulli}(p)", _bernoulli, range(2), "E(X_1 X_2)", lambda a, b: a * b, 2, "p", P),
    (
        "\\mathrm{Bernoulli}(p)",
        _bernoulli,
        range(2),
        "E(X_1 X_2 X_3 X_4)",
        lambda a, b, c, d: a * b * c * d,
        4,
        "p^4",
        P**4,
    ),
    (
        "\\mathrm{Bernoulli}(p)",
        _bernoulli,
        range(2),
        "\\mathrm{Var}(X_1 + X_2)",
        None,
        2,
        "2p(1-p)",
        2 * P * (1 - P),
    ),
    (
        "\\mathrm{Bernoulli}(p)",
        _bernoulli,
        range(2),
        "\\mathrm{Var}(X_1 + X_2)",
        None,
        2,
        "4p(1-p)",
        4 * P * (1 - P),
    ),
    (
        "\\mathrm{Poisson}(\\lambda)",
        _poisson,
        range(40),
        "E(X_1^2 X_2)",
        lambda a, b: a * a * b,
        2,
        "(\\lambda + \\lambda^2)\\lambda",
        (LAM + LAM**2) * LAM,
    ),
    (
        "\\mathrm{Poisson}(\\lambda)",
        _poisson,
        range(40),
        "E(X_1^2 X_2)",
        lambda a, b: a * a * b,
        2,
        "\\lambda^3",
        LAM**3,
    ),
]
_SUBS = {"p": P, "lambda": LAM}


def _true_value(mass, support, g, members, lhs):
    if g is None:  # Var(X_1 + X_2)
        m1 = _mean(mass, support, lambda a, b: a + b, members)
        m2 = _mean(mass, support, lambda a, b: (a + b) ** 2, members)
        return m2 - m1**2
    return _mean(mass, support, g, members)


def _correct(case) -> bool:
    law, mass, support, lhs, g, members, _, number = case
    return abs(_true_value(mass, support, g, members, lhs) - number) < 1e-9


@pytest.mark.parametrize("case", CASES)
def test_the_cases_are_what_they_say(case):
    """Each case is correct or wrong by the joint masses, not by its label: both kinds
    are in the table."""
    assert {_correct(c) for c in CASES} == {True, False}
    assert isinstance(_correct(case), bool)


def _last(tmp_path, sentence: str, lhs: str, value: str) -> tuple[str, str]:
    p = tmp_path / "p.md"
    p.write_text(f"---\ntitle: t\n---\n\n{sentence}\n\n$$\n{lhs} = {value}\n$$\n", "utf-8")
    rows = check_post(p).rows
    return rows[-1].verdict, rows[-1].reason or ""


@pytest.mark.parametrize("case", CASES)
def test_members_of_an_iid_sample(tmp_path, case):
    """Failed before the fix for the correct rows ("cannot work out")."""
    law, _, _, lhs, _, _, value, _ = case
    sentence = f"Suppose that $X_1, \\dots , X_n$ are iid ${law}$."
    verdict, reason = _last(tmp_path, sentence, lhs, value)
    if _correct(case):
        assert verdict == "proved", reason
    else:
        assert verdict != "proved", reason


@pytest.mark.parametrize("case", CASES)
def test_without_independence_nothing_is_decided(tmp_path, case):
    """A law for each member and no word of independence: the product's mean depends on
    the joint law, which the post does not give."""
    law, _, _, lhs, _, _, value, _ = case
    sentence = f"Let $X_1, \\dots , X_n$ be ${law}$ variables."
    # the sentence does give each member its law (so the test can fail): one member's mean
    mean = "p" if "Bernoulli" in law else "\\lambda"
    assert _last(tmp_path, sentence, "E(X_1)", mean)[0] == "proved"
    verdict, reason = _last(tmp_path, sentence, lhs, value)
    assert verdict not in ("proved", "refuted"), (verdict, reason)
