"""Gamma and beta densities written by name: ``\\mathrm{Gam}(x; a, b)`` (shape a, rate b,
the convention of the Book of Statistical Proofs and of Bishop's PRML) and
``\\mathrm{Bet}(x; a, b)``. A row equating one with its formula is proved, one with a
slip in the normaliser refuted (held-out external7, poisson-gamma line 91: Gamma(a_0)
written for Gamma(a_n), uncaught while Gam had no value).
"""

from __future__ import annotations

import random

import pytest
import sympy as sp
from _post_rows import verdict_of_row
from sympy.stats import Beta, Gamma, density

from derivations.post._tosympy import BetaPdf, GammaPdf


@pytest.mark.parametrize("seed", range(5))
def test_the_formulas_are_sympy_stats_densities(seed):
    rng = random.Random(seed)
    a, b = sp.Rational(rng.randint(5, 40), 10), sp.Rational(rng.randint(5, 40), 10)
    x = sp.Rational(rng.randint(1, 9), 10)
    gamma = density(Gamma("G", a, 1 / b))(x)  # sympy.stats: shape, scale
    assert sp.N(GammaPdf(x, a, b).doit() - gamma, 30) == 0
    beta = density(Beta("B", a, b))(x)
    assert abs(sp.N(BetaPdf(x, a, b).doit() - beta, 30)) < 1e-25


_GAM = "$$p(\\lambda) = \\mathrm{Gam}(\\lambda; a_0, b_0)$$\n\n"


def test_a_gamma_density_by_name_equals_its_formula(tmp_path):
    right = (
        "$$p(\\lambda) = \\frac{b_0^{a_0}}{\\Gamma(a_0)} \\lambda^{a_0 - 1}"
        " \\exp(-b_0 \\lambda)$$\n"
    )
    assert verdict_of_row(tmp_path, _GAM + right, "frac{b_0") == "proved"
    slip = right.replace("\\Gamma(a_0)", "\\Gamma(b_0)")
    assert verdict_of_row(tmp_path, _GAM + slip, "frac{b_0") == "refuted"


def test_a_beta_density_by_name_equals_its_formula(tmp_path):
    head = "$$f(x) = \\mathrm{Bet}(x; \\alpha, \\beta)$$\n\n"
    right = (
        "$$f(x) = \\frac{\\Gamma(\\alpha + \\beta)}{\\Gamma(\\alpha)\\Gamma(\\beta)}"
        " x^{\\alpha - 1} (1 - x)^{\\beta - 1}$$\n"
    )
    assert verdict_of_row(tmp_path, head + right, "Gamma(\\alpha + ") == "proved"
    slip = right.replace("(1 - x)^{\\beta - 1}", "(1 - x)^{\\beta}")
    assert verdict_of_row(tmp_path, head + slip, "Gamma(\\alpha + ") == "refuted"
