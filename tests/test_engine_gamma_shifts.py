"""Gamma (and factorial, polygamma) values whose arguments differ by an integer.

``Gamma(a + k) = a (a + 1) ... (a + k - 1) Gamma(a)`` and
``psi^(m)(a + k) = psi^(m)(a) + (-1)^m m! sum_{j<k} (a + j)^-(m + 1)`` hold wherever both
sides are defined. sympy's integral of ``t^(alpha - 1) log(t) e^-t`` comes back with
``Gamma(-alpha)^2 / Gamma(1 - alpha)^2`` and ``Gamma(alpha)^2 / Gamma(alpha + 1)^2``
beside its hypergeometric terms, which cancel only once both ratios are ``1/alpha^2``
(the digamma handout's rows ``Gamma'(alpha) = int t^(alpha-1) log t e^-t dt``).

Wrong twins: a shift off by one (``Gamma(r + y + 1)`` for ``Gamma(r + y)``), a sign, a
ratio of arguments that do not differ by an integer.
"""

from __future__ import annotations

import sympy as sp
from _post_rows import verdict_of_row

from derivations.engine._identities import shifts_vanish
from derivations.engine._symbolic_check import symbolic_check

al, r, y, a = sp.symbols("alpha r y a", positive=True)
z = sp.Symbol("z")


def _proved(prev: sp.Basic, cur: sp.Basic) -> bool:
    return symbolic_check(prev, cur, "=").status == "pass"


def test_a_gamma_ratio_of_shifted_arguments_is_a_product():
    assert _proved(sp.gamma(r + y) / sp.gamma(r + y - 2), (r + y - 1) * (r + y - 2))
    assert _proved(sp.factorial(y + 2) / sp.gamma(y + 1), (y + 1) * (y + 2))
    assert shifts_vanish(sp.gamma(-z) / sp.gamma(1 - z) + 1 / z)


def test_wrong_twin_a_shift_off_by_one_is_not_proved():
    assert not _proved(sp.gamma(r + y + 1) / sp.gamma(r + y - 2), (r + y - 1) * (r + y - 2))
    assert not shifts_vanish(sp.gamma(-z) / sp.gamma(1 - z) - 1 / z)
    assert not _proved(sp.factorial(y + 2) / sp.gamma(y + 1), (y + 1) * (y + 3))


def test_wrong_twin_arguments_that_differ_by_no_integer_are_not_shifted():
    assert not shifts_vanish(sp.gamma(y / 2 + 1) / sp.gamma(y / 2) - y)
    assert not shifts_vanish(sp.gamma(r + sp.Rational(1, 2)) / sp.gamma(r) - r)


def test_the_hypergeometric_terms_of_sympys_integral_cancel():
    h = sp.hyper((al, al), (al + 1, al + 1), -1)
    residue = (
        -(sp.gamma(-al) ** 2) * h / sp.gamma(1 - al) ** 2
        + sp.gamma(al) ** 2 * h / sp.gamma(al + 1) ** 2
        - sp.gamma(al) * sp.polygamma(0, al)
        + sp.gamma(al + 1) * sp.polygamma(0, al) / al
    )
    assert shifts_vanish(residue)
    # the twin: the second ratio's exponent changed
    twin = residue.subs(sp.gamma(al + 1) ** 2, sp.gamma(al + 1) ** 3)
    assert not shifts_vanish(twin)


def test_polygamma_shifts():
    assert shifts_vanish(sp.polygamma(0, a + 1) - sp.polygamma(0, a) - 1 / a)
    assert shifts_vanish(sp.polygamma(1, a + 2) - sp.polygamma(1, a) + 1 / a**2 + 1 / (a + 1) ** 2)
    assert not shifts_vanish(sp.polygamma(0, a + 1) - sp.polygamma(0, a) + 1 / a)
    assert not shifts_vanish(sp.polygamma(1, a + 1) - sp.polygamma(1, a) - 1 / a**2)


def test_large_shifts_are_not_expanded():
    # Gamma(a + 10^6) / Gamma(a) would be a product of a million factors: left alone
    assert not shifts_vanish(sp.gamma(a + 10**6) / sp.gamma(a) - 1)


def test_a_gamma_ratio_through_a_post_is_proved(tmp_path):
    body = (
        "Let $\\alpha > 0$.\n\n"
        "$$\\begin{aligned} D &= \\frac{\\Gamma(\\alpha + 3)}{\\Gamma(\\alpha + 1)} \\\\\n"
        "&= (\\alpha + 1)(\\alpha + 2) \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "(\\alpha + 1)(\\alpha + 2)") == "proved"


def test_wrong_twin_through_a_post_is_not_proved(tmp_path):
    body = (
        "Let $\\alpha > 0$.\n\n"
        "$$\\begin{aligned} D &= \\frac{\\Gamma(\\alpha + 3)}{\\Gamma(\\alpha + 1)} \\\\\n"
        "&= (\\alpha + 1)(\\alpha + 3) \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "(\\alpha + 1)(\\alpha + 3)") != "proved"


DIGAMMA = (
    "We begin with the usual $\\Gamma$ defined for $\\alpha > 0$.\n\n"
    "$$\n\\psi(\\alpha) \\equiv \\frac{d}{d\\alpha} \\log \\Gamma(\\alpha) = "
    "\\frac{\\Gamma'(\\alpha)}{\\Gamma(\\alpha)} = \\frac{1}{\\Gamma(\\alpha)} "
    "\\int_0^\\infty t^{\\alpha-1} (\\log t) e^{-t}\\, dt\n$$\n"
)


def test_the_digamma_integral_row_is_proved(tmp_path):
    assert verdict_of_row(tmp_path, DIGAMMA, "\\int_0^\\infty") == "proved"


def test_wrong_twin_of_the_digamma_integral_row_is_not_proved(tmp_path):
    for wrong in ("t^{\\alpha}", "t^{\\alpha-2}"):
        body = DIGAMMA.replace("t^{\\alpha-1}", wrong)
        assert verdict_of_row(tmp_path, body, "\\int_0^\\infty") != "proved", wrong
