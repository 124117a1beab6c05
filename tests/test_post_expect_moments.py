"""Higher moments of declared laws (``derivations/post/_moments.py``, used by ``_expectation``).

A row ``E[X^3] = ...`` or ``E[(X - \\mu)^4] = 3\\sigma^4`` needs ``E[X^k]`` beyond the mean
and the variance. Each law's raw moments are compared here with values computed in the
test another way (exact sums of the mass function, numeric integration of the density,
at sampled parameters), and the expectation of random polynomials with the sum of their
coefficients times those values. End to end: the correct row is proved, the same row
with a wrong moment is not (refuted, or left open).
"""

from __future__ import annotations

import math
import random

import mpmath
import pytest
import sympy as sp

from derivations.post import _expectation as M
from derivations.post import _moments, check_post
from derivations.post._tosympy import evaluating, opaque

E = opaque("E")
X = sp.Symbol("X", real=True)

#: family -> (sampled arguments, mass function (discrete) or density (continuous), support)
_CHECKS = {
    "Poisson": ((2.3,), lambda x, lam: lam**x * math.exp(-lam) / math.factorial(x), (0, 120)),
    "Bernoulli": ((0.3,), lambda x, p: (1 - p, p)[x], (0, 1)),
    "binomial": ((7, 0.35), lambda x, n, p: math.comb(n, x) * p**x * (1 - p) ** (n - x), (0, 7)),
    "beta-binomial": (
        (7, 2.2, 3.1),
        lambda x, n, a, b: (
            math.comb(n, x) * float(mpmath.beta(x + a, n - x + b) / mpmath.beta(a, b))
        ),
        (0, 7),
    ),
    "geometric": ((0.4,), lambda x, p: (1 - p) ** (x - 1) * p, (1, 400)),
    "geometric (from 0)": ((0.4,), lambda x, p: (1 - p) ** x * p, (0, 400)),
    "negative binomial (p counted)": (
        (2.5, 0.3),
        lambda x, r, p: mpmath.binomial(x + r - 1, x) * p**x * (1 - p) ** r,
        (0, 400),
    ),
    "negative binomial (p stopping)": (
        (2.5, 0.7),
        lambda x, r, p: mpmath.binomial(x + r - 1, x) * (1 - p) ** x * p**r,
        (0, 400),
    ),
    "exponential (rate)": ((1.7,), lambda x, lam: lam * mpmath.exp(-lam * x), (0, mpmath.inf)),
    "exponential (scale)": ((0.6,), lambda x, th: mpmath.exp(-x / th) / th, (0, mpmath.inf)),
    "gamma (shape, rate)": (
        (2.5, 1.3),
        lambda x, a, b: b**a * x ** (a - 1) * mpmath.exp(-b * x) / mpmath.gamma(a),
        (0, mpmath.inf),
    ),
    "gamma (shape, scale)": (
        (2.5, 0.7),
        lambda x, k, th: x ** (k - 1) * mpmath.exp(-x / th) / (mpmath.gamma(k) * th**k),
        (0, mpmath.inf),
    ),
    "normal": (
        (0.4, 1.8),
        lambda x, mu, v: mpmath.exp(-((x - mu) ** 2) / (2 * v)) / mpmath.sqrt(2 * mpmath.pi * v),
        (-mpmath.inf, mpmath.inf),
    ),
    "normal (sd)": (
        (0.4, 1.3),
        lambda x, mu, s: (
            mpmath.exp(-((x - mu) ** 2) / (2 * s**2)) / mpmath.sqrt(2 * mpmath.pi * s**2)
        ),
        (-mpmath.inf, mpmath.inf),
    ),
    "uniform": ((-0.5, 2.0), lambda x, a, b: 1 / (b - a), (-0.5, 2.0)),
    "Rayleigh": ((1.4,), lambda x, s: x / s**2 * mpmath.exp(-(x**2) / (2 * s**2)), (0, mpmath.inf)),
    "Rayleigh (variance)": (
        (1.9,),
        lambda x, v: x / v * mpmath.exp(-(x**2) / (2 * v)),
        (0, mpmath.inf),
    ),
    "Maxwell": (
        (1.2,),
        lambda x, a: mpmath.sqrt(2 / mpmath.pi) * x**2 / a**3 * mpmath.exp(-(x**2) / (2 * a**2)),
        (0, mpmath.inf),
    ),
    "Laplace": (
        (0.3, 0.8),
        lambda x, mu, b: mpmath.exp(-abs(x - mu) / b) / (2 * b),
        (-mpmath.inf, mpmath.inf),
    ),
    "beta": (
        (2.2, 3.1),
        lambda x, a, b: x ** (a - 1) * (1 - x) ** (b - 1) / mpmath.beta(a, b),
        (0, 1),
    ),
    "Weibull": (
        (1.7, 1.1),
        lambda x, k, lam: k / lam * (x / lam) ** (k - 1) * mpmath.exp(-((x / lam) ** k)),
        (0, mpmath.inf),
    ),
    "Weibull (rate)": (
        (1.7, 1.1),
        lambda x, k, lam: lam * k * x ** (k - 1) * mpmath.exp(-lam * x**k),
        (0, mpmath.inf),
    ),
    "log-normal": (
        (0.1, 0.09),
        lambda x, mu, v: (
            mpmath.exp(-((mpmath.log(x) - mu) ** 2) / (2 * v))
            / (x * mpmath.sqrt(2 * mpmath.pi * v))
        ),
        (0, mpmath.inf),
    ),
    "log-normal (sd)": (
        (0.1, 0.3),
        lambda x, mu, s: (
            mpmath.exp(-((mpmath.log(x) - mu) ** 2) / (2 * s**2))
            / (x * s * mpmath.sqrt(2 * mpmath.pi))
        ),
        (0, mpmath.inf),
    ),
}

_DISCRETE = {"Poisson", "Bernoulli", "binomial", "beta-binomial", "geometric", "geometric (from 0)"}
_DISCRETE |= {"negative binomial (p counted)", "negative binomial (p stopping)"}


def _reference(family: str, k: int) -> float:
    """``E[X^k]`` computed here: an exact sum of the mass, or the density integrated."""
    args, f, (lo, hi) = _CHECKS[family]
    if family in _DISCRETE:
        return float(sum(x**k * f(x, *args) for x in range(lo, hi + 1)))
    points = [lo, args[0], hi] if family == "Laplace" else [lo, hi]  # the kink at mu
    with mpmath.workdps(30):
        return float(mpmath.quad(lambda x: x**k * f(x, *args), points))


def _law(family: str) -> M.Law:
    args = _CHECKS[family][0]
    law = M._FAMILY_LAWS[family]
    values = tuple(sp.Integer(a) if isinstance(a, int) else sp.Float(a, 30) for a in args)
    return M.Law(law.family, law.mean, law.variance, values, raw=law.raw)


def test_every_family_has_its_check():
    assert set(M._FAMILY_LAWS) == set(_CHECKS)


@pytest.mark.parametrize("family", sorted(_CHECKS))
@pytest.mark.parametrize("k", range(1, _moments.MAX_MOMENT + 1))
def test_raw_moments_agree_with_sums_and_integrals(family, k):
    if family.startswith("log-normal") and k > 4:
        pytest.skip("the log-normal's tail makes quadrature of high moments slow")
    mine = _law(family).moment(k)
    assert mine is not None, (family, k)
    ref = _reference(family, k)
    assert float(mine) == pytest.approx(ref, rel=1e-6, abs=1e-9), (family, k, mine, ref)


@pytest.mark.parametrize("family", sorted(_CHECKS))
def test_the_mean_and_variance_are_the_first_two_moments(family):
    law = M._FAMILY_LAWS[family]
    args = sp.symbols(f"a0:{len(_CHECKS[family][0])}", positive=True)
    bound = M.Law(law.family, law.mean, law.variance, args, raw=law.raw)
    with evaluating(True):
        first, second = _moments.raw_moment(bound, 1), _moments.raw_moment(bound, 2)
        assert sp.simplify(first - law.mean(*args)) == 0
        assert sp.simplify(second - law.variance(*args) - law.mean(*args) ** 2) == 0


def test_no_moment_beyond_the_bound_or_of_a_negative_power():
    law = _law("exponential (rate)")
    assert law.moment(_moments.MAX_MOMENT + 1) is None
    assert law.moment(-1) is None  # E[1/X]: not a raw moment of this table


@pytest.mark.parametrize("family", sorted(_CHECKS))
def test_random_polynomials_by_linearity(family):
    rng = random.Random(family)
    law = _law(family)
    laws = M.Laws({X: law})
    for _ in range(3):
        degree = rng.randint(1, 5)
        coeffs = [rng.randint(-4, 4) for _ in range(degree)] + [rng.choice((-2, -1, 1, 3))]
        c = sp.Integer(rng.randint(-3, 3))
        with evaluating(True):
            poly = sum(a * (X + c) ** j for j, a in enumerate(coeffs))
        got = M.by_linearity(E(poly), frozenset(), laws)
        assert got is not None and M.determined(got), (family, poly, got)
        ref = sum(
            a
            * sum(
                math.comb(j, i) * float(c) ** (j - i) * _reference(family, i) for i in range(j + 1)
            )
            for j, a in enumerate(coeffs)
        )
        assert float(got) == pytest.approx(ref, rel=1e-6, abs=1e-6), (family, poly)


# ------------------------------------------------------------------ end to end


def _rows(tmp_path, text: str):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def _last(tmp_path, declared: str, row: str):
    rows = _rows(tmp_path, f"{declared}\n\n$$ {row} $$\n")
    last = rows[max(rows)]
    return last.verdict, last.reason


_CASES = [
    # (declaration, correct row, the same row with a wrong moment)
    ("$$ X \\sim \\mathrm{Bern}(p) $$", "E[X^3] = p", "E[X^2] = p^2"),
    (
        "$$ X \\sim \\mathrm{Bin}(n, p) $$",
        "\\mathrm{Var}(X) = n p (1 - p)",
        "\\mathrm{Var}(X) = n p",
    ),
    (
        "$$ X \\sim \\mathrm{Bin}(n, p) $$",
        "E[X^3] = n p (1 - 3p + 3np + 2p^2 - 3np^2 + n^2p^2)",
        "E[X^3] = n^3 p^3",
    ),
    (
        "$$ X \\sim \\mathrm{Poisson}(\\lambda) $$",
        "E[X^3] = \\lambda^3 + 3\\lambda^2 + \\lambda",
        "E[X^3] = \\lambda^3 + \\lambda",
    ),
    (
        "$$ X \\sim N(\\mu, \\sigma^2) $$",
        "E[(X - \\mu)^4] = 3\\sigma^4",
        "E[(X - \\mu)^4] = \\sigma^4",
    ),
    (
        "$$ X \\sim N(\\mu, \\sigma^2) $$",
        "E[X^3] = \\mu^3 + 3\\mu\\sigma^2",
        "E[X^3] = \\mu^3 + \\mu\\sigma^2",
    ),
    (
        "$$ X \\sim U(a, b) $$",
        "E[X^3] = \\frac{(a + b)(a^2 + b^2)}{4}",
        "E[X^3] = \\frac{(a + b)^3}{8}",
    ),
    (
        "$$ X \\sim \\mathrm{Geom}(p) $$\n\nThe mass function is\n\n$$ f(x) = (1-p)^{x-1} p $$",
        "\\mathrm{Var}(X) = \\frac{1 - p}{p^2}",
        "\\mathrm{Var}(X) = \\frac{1}{p^2}",
    ),
    (
        "The density is\n\n$$ f(x) = \\lambda e^{-\\lambda x} $$",
        "E[X^3] = \\frac{6}{\\lambda^3}",
        "E[X^3] = \\frac{3}{\\lambda^3}",
    ),
    (
        "The density is\n\n$$ f(x) = \\frac{x}{\\sigma^2} e^{-x^2/(2\\sigma^2)} $$",
        "E[X^4] = 8\\sigma^4",
        "E[X^4] = 4\\sigma^4",
    ),
    (
        "The density is\n\n"
        "$$ f(x) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha - 1} e^{-\\beta x} $$",
        "E[X^2] - E[X]^2 = \\frac{\\alpha}{\\beta^2}",
        "E[X^2] - E[X]^2 = \\frac{\\alpha}{\\beta}",
    ),
]


@pytest.mark.parametrize(("declared", "right", "wrong"), _CASES)
def test_a_correct_moment_row_is_proved_and_a_wrong_one_is_not(tmp_path, declared, right, wrong):
    got, reason = _last(tmp_path, declared, right)
    assert got == "proved", (right, got, reason)
    got, reason = _last(tmp_path, declared, wrong)
    assert got not in ("proved", "given"), (wrong, got, reason)


def test_a_fourth_central_moment_of_a_wrong_value_is_refuted(tmp_path):
    got, reason = _last(tmp_path, "$$ X \\sim N(\\mu, \\sigma^2) $$", "E[(X - \\mu)^4] = \\sigma^4")
    assert got == "refuted", reason


def test_without_a_law_a_high_moment_stays_open(tmp_path):
    got, reason = _last(tmp_path, "Some text.", "E[X^3] = \\lambda^3")
    assert got not in ("proved", "refuted"), reason
