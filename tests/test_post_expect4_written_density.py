"""Expectations under a density the post writes out, of no named family
(``derivations/post/_written_density.py``).

"The pdf is $f_X(t) = \\lambda\\alpha t^{\\alpha-1} e^{-\\lambda t^\\alpha}$" names no
family the reader knows, so ``E(X)`` had no value: a correct ``E(X) = ...`` and a wrong
one (the ``t`` of ``\\int t f_X(t) dt`` forgotten) were both "given". ``E[h(X)]`` is the
integral of ``h`` against the density over its support; the density must integrate to 1
there, and only closed integrals give values.
"""

from __future__ import annotations

import sympy as sp

from derivations.post import check_post
from derivations.post._written_density import density_integrals


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_WEIBULL = (
    "The PDF is\n\n$$ f_X(t) = \\lambda \\alpha t^{\\alpha - 1} e^{-\\lambda t^{\\alpha}} $$\n\n"
    "so the mean is\n\n"
)


def test_the_mean_under_a_written_density_is_proved(tmp_path):
    row = "$$ E(X) = \\frac{\\Gamma(1 + 1/\\alpha)}{\\lambda^{1/\\alpha}} $$\n"
    rows = _verdicts(tmp_path, _WEIBULL + row)
    assert rows[11][0] == "proved", rows


def test_a_wrong_mean_under_a_written_density_is_not_proved(tmp_path):
    # the t of int t f_X(t) dt forgotten: the total mass 1, not the mean
    row = (
        "$$ E(X) = \\int_0^\\infty \\lambda \\alpha t^{\\alpha - 1} "
        "e^{-\\lambda t^{\\alpha}} dt $$\n"
    )
    rows = _verdicts(tmp_path, _WEIBULL + row)
    assert rows[11][0] not in ("proved", "given", "plausible"), rows


_INVERSE_SQUARE = (
    "The density is $f(x) = \\theta x^{-2}$ for $x \\ge \\theta$.\n\n"
    "$$ f(x) = \\theta x^{-2} $$\n\n"
)


def test_a_function_of_the_variable_under_a_written_density(tmp_path):
    rows = _verdicts(tmp_path, _INVERSE_SQUARE + "$$ E(1/X) = \\frac{1}{2\\theta} $$\n")
    assert rows[9][0] == "proved", rows


def test_a_wrong_function_of_the_variable_is_not_proved(tmp_path):
    rows = _verdicts(tmp_path, _INVERSE_SQUARE + "$$ E(1/X) = \\frac{1}{\\theta} $$\n")
    assert rows[9][0] not in ("proved", "given", "plausible"), rows


def test_a_function_that_is_no_density_gives_no_law():
    x = sp.Symbol("x", real=True)
    lam = sp.Symbol("lambda", real=True)
    assert density_integrals(x, 2 * lam * sp.exp(-lam * x), (sp.S.Zero, sp.oo)) is None
    found = density_integrals(x, lam * sp.exp(-lam * x), (sp.S.Zero, sp.oo))
    assert found is not None and sp.simplify(found.raw(1) - 1 / lam) == 0


def test_a_conditional_density_of_a_family_gives_no_unconditional_mean(tmp_path):
    # f(x | y) = y e^{-yx} with y random (a density of its own): its mean 1/y is
    # E[X | Y = y], and E(X) = E(1/Y) is infinite here (this was proved before)
    text = (
        "The conditional density is\n\n$$ f(x \\mid y) = y e^{-y x}, \\quad x > 0 $$\n\n"
        "and the density of $Y$ is\n\n$$ g(y) = e^{-y}, \\quad y > 0 $$\n\nThen\n\n"
        "$$ E(X) = \\frac{1}{y} $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[15][0] != "proved", rows


def test_a_written_conditional_density_gives_no_unconditional_mean(tmp_path):
    # 3x^2/y^3 on 0 < x < y given y: E[X | Y = y] = 3y/4, not E(X)
    text = (
        "The conditional density is\n\n$$ f(x \\mid y) = \\frac{3 x^2}{y^3}, \\quad 0 < x < y $$"
        "\n\nand the density of $Y$ is\n\n$$ g(y) = e^{-y}, \\quad y > 0 $$\n\nThen\n\n"
        "$$ E(X) = \\frac{3 y}{4} $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[15][0] != "proved", rows


def test_a_second_random_variable_is_no_parameter_of_the_integral(tmp_path):
    # Y is random (a capital letter with no law): E(Y/X) is not Y E(1/X)
    rows = _verdicts(tmp_path, _INVERSE_SQUARE + "$$ E(Y/X) = \\frac{Y}{2\\theta} $$\n")
    assert rows[9][0] != "proved", rows
