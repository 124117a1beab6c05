"""A split by linearity counts only when each piece converges.

``\\int_1^\\infty (1/x - 1/(x+1)) dx`` converges (to log 2) but ``\\int_1^\\infty dx/x`` does
not: "normal forms agree" between the two would prove a line that has no value. The
normal form splits an integrand into terms, and names the convergence of each piece it
cannot show as a condition (the verdict stays plausible with it); pieces that converge
for certain (a polynomial over finite limits) need none.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine._integrals import normal_integrals
from derivations.post import check_post


def _conds(e: sp.Basic) -> list:
    conds: list = []
    normal_integrals(e, sp.expand, conds)
    return conds


def test_a_split_over_an_infinite_range_names_the_convergence_of_each_piece():
    x = sp.Symbol("x", real=True)
    conds = _conds(sp.Integral(1 / x - 1 / (x + 1), (x, 1, sp.oo)))
    assert len(conds) == 2
    assert all("converges" in str(c) for c in conds)


def test_a_polynomial_over_finite_limits_needs_no_condition():
    x, a = sp.symbols("x a", real=True)
    assert _conds(sp.Integral(x**2 + a * x + 1, (x, 0, a))) == []


def test_a_rational_piece_without_poles_that_decays_fast_needs_no_condition():
    x = sp.Symbol("x", real=True)
    e = sp.Integral(1 / (1 + x**2) ** 2 - 2 * x**2 / (1 + x**2) ** 3, (x, -sp.oo, sp.oo))
    assert _conds(e) == []


def test_a_rational_piece_with_a_pole_in_the_range_is_a_condition():
    x = sp.Symbol("x", real=True)
    assert len(_conds(sp.Integral(1 / (x - 1) + x, (x, 0, 2)))) == 1


def test_bounded_factors_and_decaying_exponentials_converge():
    x = sp.Symbol("x", real=True)
    odd = sp.Integral((1 + x * sp.exp(-(x**2))) / (1 + x**2), (x, -sp.oo, sp.oo))
    assert _conds(odd) == []
    cauchy = sp.Integral((sp.atan(x) + 1) / (sp.pi * (1 + x**2)), (x, -sp.oo, sp.oo))
    assert _conds(cauchy) == []
    moments = sp.Integral((x**3 + x) * sp.exp(-x), (x, 0, sp.oo))
    assert _conds(moments) == []


def test_a_piece_that_decays_too_slowly_is_a_condition():
    x = sp.Symbol("x", real=True)
    assert len(_conds(sp.Integral((1 + x) / (1 + x**2), (x, -sp.oo, sp.oo)))) == 1
    grows = sp.Integral(x * sp.exp(x) + sp.exp(-x), (x, 0, sp.oo))
    assert len(_conds(grows)) == 1


def test_one_term_with_constants_out_needs_no_condition():
    x, a = sp.symbols("x a", positive=True)
    assert _conds(sp.Integral(3 * a * x * sp.exp(-a * x), (x, 0, sp.oo))) == []


def test_the_divergent_split_is_not_proved(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\n$$"
        "\\int_1^{\\infty} \\left(\\frac{1}{x} - \\frac{1}{x + 1}\\right) dx"
        " = \\int_1^{\\infty} \\frac{1}{x} dx - \\int_1^{\\infty} \\frac{1}{x + 1} dx$$\n",
        encoding="utf-8",
    )
    (row,) = check_post(post, jobs=1).rows
    assert row.verdict != "proved", row.reason
    assert "converges" in row.reason
