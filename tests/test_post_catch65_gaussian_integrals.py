"""Integrals with an exact value in number rows: the Gamma, Beta and Gaussian kernels (catch65).

catch64 took integrals out of the numbers the reader weighs (``._arith``): the engine's
quadrature gave ``\\int e^{-(x-500)^2} dx`` over the whole line as 6.7e-40076 and
``\\int_{-20}^{20} \\phi`` as exactly 1. An integral has a value there only where it is
certain: the exact closed form of a kernel the engine knows (``engine._integrals.kernel``):
``t^{a-1} (1-t)^{b-1}`` over (0, 1), ``t^{a-1} e^{-b t}`` over (0, oo), and now
``t^{a-1} e^{-b t^2}`` over (0, oo) (the Gamma kernel in ``t^2``) and ``t^k e^{-b t^2 + s t}``
over the whole line. Anything else (a finite range, another integrand) has no value.

external51 (mjtsai, Gamma(1/2)): ``\\sqrt2 \\int_0^\\infty e^{-z^2/2} z\\,dz`` after ``\\int_0^\\infty
\\sqrt2 z^{-1} e^{-z^2/2} z\\,dz`` (the wrong ``z`` cancelled: sqrt 2, not sqrt pi),
``2\\sqrt\\pi \\int_0^\\infty \\phi(z) z\\,dz = 2\\sqrt\\pi \\cdot \\frac12`` (sqrt 2, not sqrt pi)
and the claim ``\\int_0^\\infty \\phi(z) z\\,dz = \\frac12`` (it is 1/sqrt(2 pi)).
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._arith import evaluate
from derivations.post._tosympy import Bound

Z = Bound("z", real=True)

_POST = r"""---
title: Gaussian integrals in number rows
---

By $x = z^2/2$:

>$\int_0^\infty x^{-\frac{1}{2}}\cdot e^{-x}\operatorname dx$
>$=\int_0^\infty \sqrt2\cdot z^{-1}\cdot e^{-\frac {z^2}{2}}z\operatorname dz$
>$=\sqrt2\int_0^\infty e^{-\frac {z^2}{2}}SLIP\operatorname dz$

A half-normal mean:

>$\sqrt2\int_0^\infty e^{-\frac {z^2}{2}}z\operatorname dz$
>$=2\cdot\sqrt\pi\int_0^\infty \frac {1}{\sqrt{2\cdot\pi}}\cdot e^{-\frac {z^2}{2}}z\operatorname dz$
>$=2\cdot\sqrt\pi\cdot HALF$

$$\int_0^\infty \frac {1}{\sqrt{2\cdot\pi}}\cdot e^{-\frac {z^2}{2}}z\operatorname dz=CLAIM$$
"""

_CASES = {
    "wrong": {"SLIP": "z", "HALF": r"\frac {1}{2}", "CLAIM": r"\frac {1}{2}"},
    "right": {
        "SLIP": "",
        "HALF": r"\frac {1}{\sqrt{2\cdot\pi}}",
        "CLAIM": r"\frac{1}{\sqrt{2\pi}}",
    },
}
_LINES = (9, 15, 17)


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    out = {}
    for case, fill in _CASES.items():
        text = _POST
        for key, value in fill.items():
            text = text.replace(key, value)
        path = tmp_path_factory.mktemp("catch65") / f"{case}.md"
        path.write_text(text)
        out[case] = {r.line: r for r in check_post(path, jobs=1).rows}
    return out


@pytest.mark.parametrize("line", _LINES)
def test_the_wrong_rows_are_refuted(posts, line):
    assert posts["wrong"][line].verdict == "refuted", posts["wrong"][line].reason


@pytest.mark.parametrize("line", _LINES)
def test_their_correct_twins_are_not_refuted(posts, line):
    assert posts["right"][line].verdict != "refuted", posts["right"][line].reason


# -- the values --------------------------------------------------------------------------


def _integral(f, lo, hi):
    with sp.evaluate(False):
        return sp.Integral(f, (Z, lo, hi))


def _quad(f, lo, hi):
    g = sp.lambdify(Z, f, "mpmath")
    return mpmath.quad(g, [lo, 0, hi] if lo < 0 < hi else [lo, hi])


@pytest.mark.parametrize("k", range(0, 6))
@pytest.mark.parametrize("b", [sp.Rational(1, 2), 1, 3])
def test_a_gaussian_kernel_s_value_is_its_integral(k, b):
    # property: the exact value agrees with a quadrature where one is reliable (centred bump)
    for lo in (0, -sp.oo):
        f = Z**k * sp.exp(-b * Z**2)
        with mpmath.workdps(40):
            got = evaluate(_integral(f, lo, sp.oo))
            want = _quad(f, -mpmath.inf if lo == -sp.oo else 0, mpmath.inf)
        assert got is not None and abs(got - want) < mpmath.mpf(10) ** -25, (k, b, lo)


def test_a_far_bump_over_the_whole_line_has_its_exact_value():
    # adversarial7/54: the quadrature gave 6.7e-40076; the square completed gives sqrt(pi)
    e = _integral(sp.exp(-((Z - 500) ** 2)), -sp.oo, sp.oo)
    with mpmath.workdps(40):
        assert abs(evaluate(e) - mpmath.sqrt(mpmath.pi)) < mpmath.mpf(10) ** -30


@pytest.mark.parametrize(
    "f, lo, hi",
    [
        (sp.exp(-(Z**2) / 2) / sp.sqrt(2 * sp.pi), -20, 20),  # a finite range: no kernel
        (sp.exp(-((Z - 500) ** 2)), 0, 1000),
        (sp.exp(Z**2), 0, sp.oo),  # diverges
        (Z * sp.exp(-(Z**2) + Z), -sp.oo, sp.oo),  # a shifted bump with a power: not read
        (sp.exp(-(Z**2)) / (1 + Z**2), 0, sp.oo),
        (Z**-1 * sp.exp(-(Z**2)), 0, sp.oo),  # diverges at 0
    ],
)
def test_an_integral_without_an_exact_value_has_none(f, lo, hi):
    assert evaluate(_integral(f, lo, hi)) is None


def test_the_engine_s_normal_form_keeps_gaussian_integrals_as_integrals():
    # only the reader's numbers take the Gaussian closed form: in the engine's normal form it
    # made an integral row's proof depend on the kernel's convergence, an open condition
    # (imathworks chi-square mgf line 34 fell from proved to plausible)
    from derivations.engine._integrals import kernel

    t = sp.Symbol("t", real=True)
    for lo in (0, -sp.oo):
        assert kernel(t * sp.exp(-(t**2)), t, lo, sp.oo) is None
        assert kernel(t * sp.exp(-(t**2)), t, lo, sp.oo, squares=True) is not None
    assert kernel(t**2 * sp.exp(-3 * t), t, 0, sp.oo) is not None  # the Gamma kernel stays
