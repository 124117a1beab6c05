"""``E[h(X)]`` written as the integral of ``h`` against the density of ``X``
(``derivations/post/_expectation_lotus.py``).

"$M_X(t) = E(e^{tX}) = \\int_0^\\infty e^{tx} \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}
x^{\\alpha-1} e^{-\\beta x} dx$" after the gamma density: the mean of a function of a variable
whose density the reader knows is, by definition, the integral of that function times the
density over the support. The reader could not close the integral (it converges only for
``t < \\beta``), so the row was "a moment of a variable the post declares random, which the
reader cannot work out". The integral is compared as written, never evaluated; a failure is
no refutation (``disputed``).
"""

from __future__ import annotations

import sympy as sp

from derivations.post import check_post
from derivations.post._expectation import Law
from derivations.post._expectation_lotus import lotus
from derivations.post._tosympy import opaque

_BAD = ("proved", "given", "plausible")


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_GAMMA = (
    "The density of a gamma distribution with shape $\\alpha$ and rate $\\beta$ is\n\n"
    "$$ f(x; \\alpha, \\beta) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha-1} "
    "e^{-\\beta x}, \\quad x > 0 $$\n\n"
    "The moment generating function is\n\n"
)
_LINE = 11  # the MGF row: after the front matter, the prose, the density, the prose


def _mgf(integrand: str, lower: str = "0") -> str:
    return (
        f"$$ M_X(t) = E\\left(e^{{tX}}\\right) = \\int_{{{lower}}}^{{\\infty}} {integrand} "
        "\\, dx $$\n"
    )


_RIGHT = "e^{tx} \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha-1} e^{-\\beta x}"


def test_the_mgf_as_the_integral_against_the_density_is_proved(tmp_path):
    rows = _verdicts(tmp_path, _GAMMA + _mgf(_RIGHT))
    assert rows[_LINE][0] == "proved", rows


def test_the_integrand_rearranged_is_proved_too(tmp_path):
    # e^{tx} e^{-beta x} = e^{-(beta - t) x}: the same function, written another way
    rearranged = "\\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha-1} e^{-(\\beta - t) x}"
    rows = _verdicts(tmp_path, _GAMMA + _mgf(rearranged))
    assert rows[_LINE][0] == "proved", rows


def test_the_next_row_continues_from_the_integral(tmp_path):
    nxt = (
        "so\n\n$$ M_X(t) = \\int_{0}^{\\infty} \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} "
        "x^{\\alpha-1} e^{-(\\beta - t) x} \\, dx $$\n"
    )
    rows = _verdicts(tmp_path, _GAMMA + _mgf(_RIGHT) + "\n" + nxt)
    assert rows[_LINE][0] == "proved", rows
    assert rows[_LINE + 4][0] == "proved", rows


def test_a_closed_value_after_the_integral_is_not_refuted(tmp_path):
    # the chain goes on from the integral, not from the integrand compared
    nxt = "so\n\n$$ M_X(t) = \\left(\\frac{\\beta}{\\beta - t}\\right)^{\\alpha} $$\n"
    rows = _verdicts(tmp_path, _GAMMA + _mgf(_RIGHT) + "\n" + nxt)
    assert rows[_LINE][0] == "proved", rows
    assert rows[_LINE + 4][0] != "refuted", rows
    wrong = nxt.replace("\\beta - t", "\\beta + t")
    rows = _verdicts(tmp_path, _GAMMA + _mgf(_RIGHT) + "\n" + wrong)
    assert rows[_LINE + 4][0] not in _BAD, rows


def test_the_function_forgotten_is_not_proved(tmp_path):
    # wrong twin: the integral of the density alone is 1, not E(e^{tX})
    alone = "\\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha-1} e^{-\\beta x}"
    rows = _verdicts(tmp_path, _GAMMA + _mgf(alone))
    assert rows[_LINE][0] not in _BAD, rows


def test_a_sign_slip_in_the_function_is_not_proved(tmp_path):
    slipped = "e^{-tx} \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} x^{\\alpha-1} e^{-\\beta x}"
    rows = _verdicts(tmp_path, _GAMMA + _mgf(slipped))
    assert rows[_LINE][0] not in _BAD, rows


def test_the_wrong_range_is_not_proved(tmp_path):
    # over the whole line, where the formula is no density (it is 0 below 0)
    rows = _verdicts(tmp_path, _GAMMA + _mgf(_RIGHT, lower="-\\infty"))
    assert rows[_LINE][0] not in _BAD, rows


def test_a_correct_row_is_never_refuted(tmp_path):
    for integrand in (
        _RIGHT,
        "e^{tx} \\beta^\\alpha x^{\\alpha-1} e^{-\\beta x} / \\Gamma(\\alpha)",
    ):
        rows = _verdicts(tmp_path, _GAMMA + _mgf(integrand))
        assert rows[_LINE][0] != "refuted", rows


def test_a_normal_declared_by_name(tmp_path):
    text = (
        "Let $X \\sim N(\\mu, \\sigma^2)$.\n\n"
        "$$ E\\left(e^{tX}\\right) = \\int_{-\\infty}^{\\infty} e^{tx} "
        "\\frac{1}{\\sqrt{2\\pi\\sigma^2}} e^{-(x-\\mu)^2/(2\\sigma^2)} \\, dx $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[7][0] == "proved", rows
    wrong = text.replace("{2\\pi\\sigma^2}", "{2\\pi}")  # the 1/sigma of the density dropped
    rows = _verdicts(tmp_path, wrong)
    assert rows[7][0] not in _BAD, rows


# -- the function itself: properties -------------------------------------------


def _gamma_law() -> tuple[sp.Symbol, dict]:
    a, b = sp.symbols("alpha beta", positive=True)
    X = sp.Symbol("X")
    law = Law("gamma (shape, rate)", lambda a, b: a / b, lambda a, b: a / b**2, args=(a, b))
    return X, {X: law}


def _E(*args: sp.Basic) -> sp.Basic:
    return opaque("E")(*args)  # the reader's operator, as a row's E[...] is read


def test_lotus_writes_the_integral_over_the_support():
    X, laws = _gamma_law()
    t, x = sp.Symbol("t"), sp.Symbol("x")
    a, b = list(laws[X].args)
    got = lotus(_E(sp.exp(t * X)), set(), laws, x)
    assert isinstance(got, sp.Integral)
    ((var, lo, hi),) = got.limits
    assert (var, lo, hi) == (x, 0, sp.oo)
    # the integrand is e^{tx} times the density, at random points
    want = sp.exp(t * x) * b**a * x ** (a - 1) * sp.exp(-b * x) / sp.gamma(a)
    for vals in ({t: 0.3, x: 1.7, a: 2.5, b: 1.2}, {t: -1.1, x: 0.4, a: 0.7, b: 3.0}):
        assert abs(complex((got.function - want).subs(vals).evalf())) < 1e-12


def test_lotus_refuses_what_it_cannot_write():
    X, laws = _gamma_law()
    Y, x = sp.Symbol("Y"), sp.Symbol("x")
    assert lotus(_E(X * Y), set(), laws, x) is None  # a second random variable
    assert lotus(_E(X), set(), {}, x) is None  # no law
    cond = _E(X, Y)  # E[X | Y]: conditional, not the law's mean
    assert lotus(cond, set(), laws, x) is None
    assert lotus(sp.Symbol("c") + 1, set(), laws, x) is None  # no expectation at all


def test_every_family_density_is_the_tables_law():
    """The density written for a named law must be that law's: it integrates to 1 on the
    support used and has the table's mean, at random values of its parameters (a family's
    arguments in another order would prove a wrong integral)."""
    import random

    import mpmath

    from derivations.post._expectation import _FAMILY_LAWS
    from derivations.post._expectation_lotus import _DENSITIES, _SUPPORTS
    from derivations.post._parameter_space import sample_value
    from derivations.post._tosympy import evaluating

    x = sp.Symbol("x")
    rng = random.Random(8)
    checked = 0
    for name, family in _DENSITIES.items():
        law = _FAMILY_LAWS.get(name)
        if law is None:
            continue
        values = [sp.nsimplify(sample_value(role, rng)) for role in family.roles]
        with evaluating(True):
            g = sp.lambdify(x, family.density(x, *values), "mpmath")
            lo, hi = (mpmath.mpf(float(b)) for b in _SUPPORTS[family.support])
            points = [lo, hi] if lo != -mpmath.inf else [lo, values[0], hi]  # the location
            mass = float(mpmath.quad(g, points))
            mean = float(mpmath.quad(lambda t, g=g: t * g(t), points))
            want = float(sp.sympify(law.mean(*values)).evalf())
        assert abs(mass - 1) < 1e-5, name
        assert abs(mean - want) < 1e-5 * max(1.0, abs(want)), name
        checked += 1
    assert checked >= 10


def test_one_integrand_takes_one_integral_only():
    from derivations.post._expectation_lotus import one_integrand

    x, c = sp.Symbol("x"), sp.Symbol("c")
    one = sp.Integral(sp.exp(-x), (x, 0, sp.oo))
    got = one_integrand(c * one, x)
    assert got is not None and got[1] == (0, sp.oo)
    assert sp.simplify(got[0] - c * sp.exp(-x)) == 0
    # a sum of integrals (each may diverge where the merged one converges) is not merged
    assert one_integrand(one + sp.Integral(x, (x, 0, sp.oo)), x) is None
    assert one_integrand(one + 1, x) is None
    assert one_integrand(x * one, x) is None  # the variable outside its integral
