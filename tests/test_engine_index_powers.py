"""Powers whose exponent is a sum's index: ``(a b)^n = a^n b^n`` inside ``sum_n``.

A sum's index takes integer values only, and for an integer ``n`` the power of a
product is the product of the powers (``((1 - theta) e^t)^n = (1 - theta)^n e^(t n)``)
whatever the signs of the factors. sympy does this for a symbol declared integer, but a
sum's index read from a post is a plain symbol, so the geometric MGF's
``sum_n e^(t n) (1 - theta)^n`` and ``sum_n ((1 - theta) e^t)^n`` never met.

The wrong twins: an exponent off by one, a power of a product outside any sum (its
exponent is not known to be an integer, so the rule does not hold for negative
factors), and a sum over a fractional exponent of the index.
"""

from __future__ import annotations

import sympy as sp
from _post_rows import verdict_of_row

from derivations.engine._normal import normal
from derivations.engine._symbolic_check import symbolic_check

t, theta, a, b, y = sp.symbols("t theta a b y", real=True)
n, x, N = sp.symbols("n x N")


def _proved(prev: sp.Basic, cur: sp.Basic) -> bool:
    return symbolic_check(prev, cur, "=").status == "pass"


def _geometric(k: sp.Basic, lo=1, hi=sp.oo):
    return sp.Sum(sp.exp(t * k) * (1 - theta) ** k, (k, lo, hi))


def test_a_power_of_a_product_over_the_index_is_split():
    prev = theta * _geometric(n)
    cur = theta * sp.Sum(((1 - theta) * sp.exp(t)) ** n, (n, 1, sp.oo))
    assert _proved(prev, cur)
    # the same with a finite symbolic range and the index named x
    prev = theta * _geometric(x, 1, N)
    cur = theta * sp.Sum(((1 - theta) * sp.exp(t)) ** x, (x, 1, N))
    assert _proved(prev, cur)


def test_an_affine_integer_exponent_of_the_index_is_split():
    # (a b)^(2n - 1) = a^(2n - 1) b^(2n - 1) for every integer n
    prev = sp.Sum((a * b) ** (2 * n - 1), (n, 1, N))
    cur = sp.Sum(a ** (2 * n - 1) * b ** (2 * n - 1), (n, 1, N))
    assert _proved(prev, cur)


def test_wrong_twin_exponent_off_by_one_is_not_proved():
    prev = theta * _geometric(n)
    cur = theta * sp.Sum(((1 - theta) * sp.exp(t)) ** (n + 1), (n, 1, sp.oo))
    assert not _proved(prev, cur)
    cur = theta * sp.Sum((1 - theta) ** n * sp.exp(t) ** (n + 1), (n, 1, sp.oo))
    assert not _proved(prev, cur)


def test_wrong_twin_a_power_outside_a_sum_is_not_split():
    # y is a real number, not an index: (a b)^y = a^y b^y fails at a = b = -1, y = 1/2
    assert not _proved((a * b) ** y, a**y * b**y)
    # a sum over another index leaves the power of y alone
    assert not _proved(sp.Sum((a * b) ** y * n, (n, 1, N)), sp.Sum(a**y * b**y * n, (n, 1, N)))


def test_wrong_twin_a_fractional_exponent_of_the_index_is_not_split():
    # n/2 is not an integer for odd n: ((-1)(-1))^(1/2) = 1 but (-1)^(1/2) (-1)^(1/2) = -1
    prev = sp.Sum((a * b) ** (n / 2), (n, 1, N))
    cur = sp.Sum(a ** (n / 2) * b ** (n / 2), (n, 1, N))
    assert not _proved(prev, cur)


def test_the_normal_form_keeps_a_free_symbol_of_the_index_name_apart():
    # a free n outside the sum is not the sum's index
    e = n * sp.Sum((a * b) ** n, (n, 1, N))
    out = normal(e)
    assert n in out.free_symbols
    assert out.has(sp.Sum)


def test_index_power_through_a_post_is_proved(tmp_path):
    body = (
        "Let $0 < \\theta < 1$ and $t < 0$.\n\n"
        "$$\\begin{aligned} M(t) &= \\sum_{n=1}^{N} e^{tn} (1-\\theta)^{n}\\theta \\\\\n"
        "&= \\theta \\sum_{n=1}^{N} ((1-\\theta)e^t)^n \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "((1-\\theta)e^t)^n") == "proved"


def test_wrong_twin_through_a_post_is_not_proved(tmp_path):
    body = (
        "Let $0 < \\theta < 1$ and $t < 0$.\n\n"
        "$$\\begin{aligned} M(t) &= \\sum_{n=1}^{N} e^{tn} (1-\\theta)^{n}\\theta \\\\\n"
        "&= \\theta \\sum_{n=1}^{N} ((1-\\theta)e^t)^{n+1} \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "((1-\\theta)e^t)^{n+1}") != "proved"
