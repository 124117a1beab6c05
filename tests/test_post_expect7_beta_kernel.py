"""Moments under a written density of the beta form on (0, 1) (``_beta_kernel.py``).

"i.i.d random variables on the interval [0,1] with the density function $f(x|\\alpha) =
\\frac{\\Gamma(2\\alpha)}{\\Gamma(\\alpha)^2}[x(1-x)]^{\\alpha-1}$" (a symmetric beta, one
parameter, so no two-parameter family of the reader matches it) gave ``X`` no law: the
formula implied no support, and sympy's integral of the kernel took ~5 s (past the 2 s
limit). The kernel ``x^p (1-x)^q`` on (0, 1) has the closed integral ``B(p+1, q+1)``, and
a non-integer power of ``x(1-x)`` is real only there, so the stated moments are checked.
"""

from __future__ import annotations

import sympy as sp

from derivations.post import check_post
from derivations.post._beta_kernel import beta_integral, unit_interval


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_SYMMETRIC = (
    "Suppose that $X_1, \\ldots, X_n$ are i.i.d random variables with the density function\n\n"
    "$$ f(x|\\alpha) = \\frac{\\Gamma(2\\alpha)}{\\Gamma(\\alpha)^2}[x(1-x)]^{\\alpha - 1} $$\n\n"
    "where $\\alpha > 0$. It can be shown that\n\n"
)


def _moments(mean: str, variance: str, second: str) -> str:
    return (
        _SYMMETRIC
        + f"\\begin{{align}}\nE(X) &= {mean} \\\\\n"
        + f"\\text{{Var}}(X) &= {variance}\n\\end{{align}}\n\n"
        + "The second moment is\n\n"
        + "\\begin{align}\n\\mu_2 &= E(X^2) \\\\\n&= \\text{Var}(X) + (E(X))^2 \\\\\n"
        + f"&= {second}\n\\end{{align}}\n"
    )


_VAR = "\\frac 1 {4(2\\alpha +1)}"
_VAR_PLUS = "\\frac 1 {{4(2\\alpha {sign} 1)}} + \\frac 1 {mean2}"


def _rows(tmp_path, text):
    rows = _verdicts(tmp_path, text)
    return [rows[k] for k in sorted(rows) if k > 9]


def test_the_stated_moments_of_a_symmetric_beta_are_proved(tmp_path):
    text = _moments("\\frac 1 2", _VAR, _VAR_PLUS.format(sign="+", mean2="4"))
    rows = _rows(tmp_path, text)
    verdicts = [v for v, _ in rows]
    assert verdicts[0] == "proved", rows  # E(X) = 1/2
    assert verdicts[1] == "proved", rows  # Var(X) = 1/(4(2 alpha + 1))
    assert verdicts[-1] == "proved", rows  # Var + mean^2
    assert "refuted" not in verdicts, rows


def test_a_wrong_variance_of_a_symmetric_beta_is_not_proved(tmp_path):
    # planted: 2 alpha - 1 for 2 alpha + 1
    text = _moments("\\frac 1 2", _VAR.replace("+", "-"), _VAR_PLUS.format(sign="-", mean2="4"))
    rows = _rows(tmp_path, text)
    assert rows[0][0] == "proved", rows
    assert rows[1][0] not in ("proved", "given", "plausible"), rows
    assert rows[-1][0] not in ("proved", "given", "plausible"), rows


def test_a_wrong_mean_is_not_proved(tmp_path):
    text = _moments("\\frac 1 3", _VAR, _VAR_PLUS.format(sign="+", mean2="9"))
    rows = _rows(tmp_path, text)
    assert rows[0][0] not in ("proved", "given", "plausible"), rows


def test_the_kernel_integral_matches_sympy():
    x = sp.Symbol("x", positive=True)
    a = sp.Symbol("a", positive=True)
    b = sp.Symbol("b", positive=True)
    for e in (x ** (a - 1) * (1 - x) ** (b - 1), x**2 * (x * (1 - x)) ** (a - 1), 6 * x * (1 - x)):
        mine = beta_integral(e, x)
        assert mine is not None
        at = {a: sp.Rational(5, 2), b: sp.Rational(7, 3)}
        want = sp.Integral(e.subs(at), (x, 0, 1)).evalf(30)
        assert abs(sp.N(mine.subs(at), 30) - want) < 1e-20


def test_what_is_no_beta_kernel_gets_no_value():
    x = sp.Symbol("x", positive=True)
    a = sp.Symbol("a", positive=True)
    assert beta_integral(sp.exp(-x) * x**a, x) is None
    assert beta_integral(x ** (a - 1) * (2 - x) ** a, x) is None
    assert beta_integral(sp.log(x) * x**a, x) is None
    # divergent: x^{-2} on (0, 1)
    assert beta_integral(x ** (-a - 1) * (1 - x), x) is None


def test_the_unit_interval_is_implied_only_by_a_non_integer_power():
    x = sp.Symbol("x")
    a = sp.Symbol("alpha", positive=True)
    assert unit_interval((x * (1 - x)) ** (a - 1), x)
    assert unit_interval(x ** (a - 1) * (1 - x) ** (a - 1), x)
    assert not unit_interval(6 * x * (1 - x), x)  # a polynomial: real everywhere
    assert not unit_interval(x ** (a - 1) * sp.exp(-x), x)  # (0, oo), not (0, 1)
    assert not unit_interval((x * (2 - x)) ** (a - 1), x)
