"""Moments of the binomial theorem: ``sum_{x=0}^{n} C(n, x) c^x x^k`` in closed form.

For a non-negative integer ``n``, ``sum_x C(n, x) c^x x(x - 1)...(x - j + 1) =
n(n - 1)...(n - j + 1) c^j (1 + c)^(n - j)`` (differentiate the binomial theorem ``j``
times), and ``x^k`` is a combination of those falling factorials (Stirling numbers).
The binomial Fisher information ``sum_x C(n, x) p^x (1 - p)^(n - x) (x - np)^2 /
(p^2 (1 - p)^2) = n / (p (1 - p))`` timed out in sympy's summation.

Wrong twins: a sum from 1 (not 0), a binomial whose top is not the upper limit, a
count not known to be a non-negative integer, and a planted error in the result.
"""

from __future__ import annotations

import sympy as sp

from derivations._report import PASS
from derivations.engine._identities import binomial_sums
from derivations.engine._symbolic_check import symbolic_check
from tests._domains import domains_of
from tests._post_rows import verdict_of_row

x = sp.Symbol("x")
n = sp.Symbol("n", integer=True, nonnegative=True)
m = sp.Symbol("m")
p, c = sp.symbols("p c")
DOM = domains_of("0 < p < 1")


def _pmf(k=x, top=n):
    return sp.binomial(top, k) * p**k * (1 - p) ** (top - k)


def _proved(prev, cur, domains=DOM) -> bool:
    return symbolic_check(prev, cur, "=", domains, thorough=False).status == PASS


def test_the_mean_and_second_moment_of_the_binomial():
    assert _proved(sp.Sum(x * _pmf(), (x, 0, n)), n * p)
    assert _proved(sp.Sum(x**2 * _pmf(), (x, 0, n)), n * p * (1 - p) + n**2 * p**2)
    assert _proved(sp.Sum(_pmf(), (x, 0, n)), sp.S.One)


def test_the_binomial_fisher_information_sum():
    prev = sp.Sum(_pmf() * (x - n * p) ** 2 / (p**2 * (1 - p) ** 2), (x, 0, n))
    assert _proved(prev, n / (p * (1 - p)))
    assert not _proved(prev, n / (p * (1 - p) ** 2))


def test_a_general_ratio_c():
    # sum_x C(n, x) c^x x = n c (1 + c)^(n - 1), with 1 + c != 0
    e = sp.Sum(sp.binomial(n, x) * c**x * x, (x, 0, n))
    assert binomial_sums(e, domains_of("c > 0")) == n * c * (1 + c) ** (n - 1)
    # without a sign of 1 + c the closed form may meet 0^(negative): left alone
    assert binomial_sums(e, domains_of("c != 1")).has(sp.Sum)


def test_wrong_twins_are_not_proved():
    assert not _proved(sp.Sum(x * _pmf(), (x, 0, n)), n * p + 1)
    assert not _proved(sp.Sum(x**2 * _pmf(), (x, 0, n)), n * p * (1 - p))
    # from 1: the closed form of the sum from 0 does not apply to sum of pmf
    assert binomial_sums(sp.Sum(_pmf(), (x, 1, n)), DOM).has(sp.Sum)
    # the top of the binomial is not the upper limit
    assert binomial_sums(sp.Sum(_pmf(top=n + 1), (x, 0, n)), DOM).has(sp.Sum)
    # m is not known to be a non-negative integer
    assert binomial_sums(sp.Sum(_pmf(top=m), (x, 0, m)), DOM).has(sp.Sum)


def test_a_huge_power_is_left_alone():
    e = sp.Sum(x**500 * _pmf(), (x, 0, n))
    assert binomial_sums(e, DOM).has(sp.Sum)


def test_binomial_mean_through_a_post(tmp_path):
    body = (
        "Let $X \\sim \\mathrm{Bin}(n, p)$ with $0 < p < 1$ and $n$ a positive integer.\n\n"
        "$$\\begin{aligned} E &= \\sum_{x=0}^{n} x {n \\choose x} p^x (1-p)^{n-x} \\\\\n"
        "&= np \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "&= np") == "proved"
    wrong = body.replace("&= np", "&= np(1-p)")
    assert verdict_of_row(tmp_path, wrong, "&= np(1-p)") != "proved"
