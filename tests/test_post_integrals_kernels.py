"""Beta and Gamma kernels have exact values: ``\\int_0^1 p^{a-1} (1-p)^{b-1} dp = B(a, b)``
and ``\\int_0^\\infty x^{a-1} e^{-b x} dx = \\Gamma(a) / b^a``, where they converge.

A posterior predictive or a model evidence integrates a Beta kernel; with an exponent
below 0 near an end the quadrature does not settle and the step ran out of time
(gnpalencia, statproofbook: "limit: timed out"). The kernels are read exactly in the
normal form, with their convergence (``a > 0``, ``b > 0``) a condition of it, and in
the numeric check; a wrong constant, range or exponent is still refuted or not proved.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from derivations.engine._evaluate import _compile, _Frame
from derivations.engine._integrals import compile_integral, normal_integrals
from derivations.post import check_post

HEAD = "---\ntitle: t\nassume:\n  - a > 0\n  - b > 0\n  - c > 0\n---\n\n"
#: a Beta kernel whose second exponent is below 0 (0 < c < 1 below): singular at 1
BETA = r"F &= \int_0^1 p^{a-1} (1-p)^{c-1} \, dp"
GAMMA = r"G &= \int_0^{\infty} x^{a-1} e^{-b x} \, dx"


def _rows(tmp_path, *rows: str, head: str = HEAD):
    post = tmp_path / "post.md"
    text = head + "$$\n\\begin{aligned}\n" + "\\\\\n".join(rows) + "\n\\end{aligned}\n$$\n"
    post.write_text(text, encoding="utf-8")
    return check_post(post, jobs=1).rows


@pytest.mark.parametrize(
    ("first", "row"),
    [
        (BETA, r"&= \frac{\Gamma(a) \Gamma(c)}{\Gamma(a + c)}"),
        (GAMMA, r"&= \frac{\Gamma(a)}{b^{a}}"),
        (
            r"H &= \int_0^1 \binom{m}{k} p^{k} (1-p)^{m-k} \frac{p^{a-1} (1-p)^{c-1}}{B(a, c)} dp",
            r"&= \binom{m}{k} \frac{\Gamma(a + k) \Gamma(m - k + c)}{\Gamma(a + m + c) B(a, c)}",
        ),
    ],
)
def test_a_kernel_equal_to_its_closed_form_is_proved(tmp_path, first, row):
    head = HEAD.replace("---\n\n", "  - m > 0\n  - k > 0\n---\n\n")
    rows = _rows(tmp_path, first, row, head=head)
    assert rows[-1].verdict == "proved", rows[-1].reason


@pytest.mark.parametrize(
    ("first", "row"),
    [
        (BETA, r"&= \frac{\Gamma(a) \Gamma(c)}{\Gamma(a + c + 1)}"),  # wrong constant
        (BETA, r"&= \frac{\Gamma(a + 1) \Gamma(c)}{\Gamma(a + c)}"),  # wrong exponent
        (GAMMA, r"&= \frac{\Gamma(a)}{b^{a + 1}}"),  # wrong exponent
        (GAMMA, r"&= \frac{2 \Gamma(a)}{b^{a}}"),  # wrong constant
    ],
)
def test_a_wrong_closed_form_is_refuted(tmp_path, first, row):
    rows = _rows(tmp_path, first, row)
    assert rows[-1].verdict == "refuted", rows[-1].reason


@pytest.mark.parametrize(
    ("first", "row"),
    [
        (r"F &= \int_0^2 p^{a-1} (1-p)^{c-1} \, dp", BETA.replace("F &", "&")),  # range
        (r"G &= \int_1^{\infty} x^{a-1} e^{-b x} \, dx", r"&= \frac{\Gamma(a)}{b^{a}}"),
        (r"G &= \int_0^{\infty} x^{a-1} e^{b x} \, dx", r"&= \frac{\Gamma(a)}{b^{a}}"),
    ],
)
def test_a_wrong_range_or_sign_is_not_proved(tmp_path, first, row):
    rows = _rows(tmp_path, first, row)
    assert rows[-1].verdict not in ("proved", "plausible"), rows[-1].reason


def test_a_kernel_whose_convergence_is_not_known_is_not_proved(tmp_path):
    # d undeclared: int_0^1 p^{d-1} dp = 1/d only for d > 0
    head = "---\ntitle: t\n---\n\n"
    rows = _rows(tmp_path, r"F &= \int_0^1 p^{d-1} \, dp", r"&= \frac{1}{d}", head=head)
    assert rows[-1].verdict not in ("proved", "refuted"), rows[-1].reason


def _value(e: sp.Basic, env: dict, dps: int = 30) -> mpmath.mpf:
    with mpmath.workdps(dps):
        return compile_integral(e, frozenset(), _compile)(_Frame(env, {}))


@pytest.mark.parametrize(("a", "b"), [(0.4, 1.5), (1.5, 0.4), (0.1, 0.05), (2.5, 3.25)])
def test_a_singular_beta_kernel_has_its_exact_value(a, b):
    p, s, t = sp.Symbol("p", real=True), sp.Symbol("s"), sp.Symbol("t")
    e = sp.Integral(3 * p ** (s - 1) * (1 - p) ** (t - 1), (p, 0, 1))
    for dps in (30, 200):
        got = _value(e, {s: mpmath.mpf(a), t: mpmath.mpf(b)}, dps)
        with mpmath.workdps(dps):
            assert abs(got - 3 * mpmath.beta(a, b)) <= mpmath.mpf(10) ** (5 - dps) * abs(got)


@pytest.mark.parametrize(("a", "b"), [(-0.5, 2), (1.5, -0.5), (0, 1)])
def test_a_divergent_beta_kernel_has_no_value(a, b):
    p, s, t = sp.Symbol("p", real=True), sp.Symbol("s"), sp.Symbol("t")
    e = sp.Integral(p ** (s - 1) * (1 - p) ** (t - 1), (p, 0, 1))
    with pytest.raises(ValueError):
        _value(e, {s: mpmath.mpf(a), t: mpmath.mpf(b)})


@pytest.mark.parametrize(("a", "b"), [(0.3, 2), (4, 0.5)])
def test_a_gamma_kernel_has_its_exact_value(a, b):
    x, s, r = sp.Symbol("x", real=True), sp.Symbol("s"), sp.Symbol("r")
    e = sp.Integral(x ** (s - 1) * sp.exp(-r * x), (x, 0, sp.oo))
    got = _value(e, {s: mpmath.mpf(a), r: mpmath.mpf(b)})
    with mpmath.workdps(30):
        assert abs(got - mpmath.gamma(a) / mpmath.mpf(b) ** a) <= mpmath.mpf(10) ** -25 * abs(got)


@pytest.mark.parametrize(("a", "b"), [(-0.5, 2), (2, -1), (2, 0)])
def test_a_divergent_gamma_kernel_has_no_value(a, b):
    x, s, r = sp.Symbol("x", real=True), sp.Symbol("s"), sp.Symbol("r")
    e = sp.Integral(x ** (s - 1) * sp.exp(-r * x), (x, 0, sp.oo))
    with pytest.raises(ValueError):
        _value(e, {s: mpmath.mpf(a), r: mpmath.mpf(b)})


@pytest.mark.parametrize(
    "integral",
    [
        r"\int_0^1 p^{a-1} (1-p)^{c-1} \, dp",
        r"\int_0^1 \sqrt{p} \, p^{a-1} (1-p)^{c-1} \, dp",
    ],
)
def test_the_integrand_is_defined_where_the_integral_runs(tmp_path, integral):
    # p > 0 and 1 - p > 0 hold on (0, 1): no condition the written line needs
    closed = r"\frac{\Gamma(a) \Gamma(c)}{\Gamma(a + c)}"
    if "sqrt" in integral:
        closed = r"\frac{\Gamma(a + 1/2) \Gamma(c)}{\Gamma(a + c + 1/2)}"
    rows = _rows(tmp_path, f"H &= {closed}", f"&= {integral}")
    assert rows[-1].verdict == "proved", rows[-1].reason


def test_an_integrand_undefined_on_part_of_the_range_is_not_proved(tmp_path):
    # log(p) needs p > 0, which fails on (-1, 0): the written line is not proved
    rows = _rows(
        tmp_path, r"H &= 2 \int_{-1}^1 \log(p + 1) \, dp", r"&= \int_{-1}^1 2 \log(p) \, dp"
    )
    assert rows[-1].verdict not in ("proved", "plausible"), rows[-1].reason


def test_a_kernel_with_a_huge_exponent_keeps_its_integral():
    # Gamma(10^6 + 1) would be worked out as a factorial: the closed form is not taken
    p = sp.Symbol("p", real=True)
    e = sp.Integral(p ** (10**6) * (1 - p), (p, 0, 1))
    assert normal_integrals(e, sp.expand).has(sp.Integral)
    small = normal_integrals(sp.Integral(p**3 * (1 - p), (p, 0, 1)), sp.expand)
    assert small == sp.Rational(1, 20)


def test_a_kernel_written_with_a_product_of_powers_is_read():
    # prod_i e^{-t} t^{y_i} is t^{sum y_i} e^{-n t} only for t > 0, which holds on (0, oo)
    from derivations.engine._normal import normal

    t = sp.Symbol("theta", real=True)
    a, b = sp.symbols("alpha beta", positive=True)
    n = sp.Symbol("n", integer=True, positive=True)
    i = sp.Symbol("i", integer=True)
    y = sp.IndexedBase("y")
    prod = sp.Product(sp.exp(-t) * t ** y[i], (i, 1, n))
    e = sp.Integral(prod * t ** (a - 1) * sp.exp(-b * t), (t, 0, sp.oo))
    s = sp.Sum(y[i], (i, 1, n))
    closed = sp.gamma(s + a) / (n + b) ** (s + a)
    assert not normal(e).has(sp.Integral)
    assert sp.expand(normal(e) - normal(closed)) == 0
