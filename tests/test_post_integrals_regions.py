"""Integrals over a region written below the sign, or over the variable's support.

``\\int_{\\mathbb{R}} f\\,dx``, ``\\int_{x > 0}``, ``\\int_{(0, 1)}`` name a set the reader
can state as limits: they are read as ``\\int_a^b``. A region the reader cannot state
(``\\int_D``, ``\\int_u``) stays unread, with a reason; an integral without limits whose
variable's support the post does not give is read over a range of which nothing is
known, never as an antiderivative. An integral without limits over a variable whose law the post
declares (``\\theta \\sim \\mathrm{Gamma}``) or a parameter whose space it fixes
(``y \\sim \\mathrm{Bin}(n, p)``: p in (0, 1)) is the integral over that support.
"""

from __future__ import annotations

import random

import mpmath
import pytest
import sympy as sp

from derivations.engine._evaluate import _compile, _Frame
from derivations.engine._integrals import compile_integral
from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _one_integral(text: str) -> sp.Integral:
    e, _ = parse_expression(text)
    (i,) = e.atoms(sp.Integral)
    return i


@pytest.mark.parametrize(
    ("region", "lo", "hi"),
    [
        (r"\mathbb{R}", -sp.oo, sp.oo),
        (r"{\mathbb{R}}", -sp.oo, sp.oo),
        (r"{\mathbb R}", -sp.oo, sp.oo),
        (r"{\mathbb{R}^+}", 0, sp.oo),
        (r"{\mathbb{R}_+}", 0, sp.oo),
        (r"{\mathbb{R}_{>0}}", 0, sp.oo),
        (r"{(0, 1)}", 0, 1),
        (r"{[0,1]}", 0, 1),
        (r"{(0,\infty)}", 0, sp.oo),
        (r"{[2, 5)}", 2, 5),
        (r"{x > 0}", 0, sp.oo),
        (r"{x\geq 0}", 0, sp.oo),
        (r"{0 < x < 1}", 0, 1),
        (r"{-\infty < x < \infty}", -sp.oo, sp.oo),
        (r"{x \in (0, 2)}", 0, 2),
        (r"{x \in \mathbb{R}}", -sp.oo, sp.oo),
    ],
)
def test_a_region_below_the_sign_is_read_as_limits(region, lo, hi):
    i = _one_integral(rf"\int_{region} e^{{-x^2}} \, dx")
    (x, a, b) = i.limits[0]
    assert (a, b) == (lo, hi)
    assert str(x) == "x"


@pytest.mark.parametrize(
    "text",
    [
        r"\int_u x^2 \, dx",  # a letter: which set?
        r"\int_D f(x) \, dx",
        r"\int_{y > 0} x^2 \, dx",  # a condition on another variable
        r"\int_{\mathbb{C}} x \, dx",
        r"\int_{(0, 1) \cup (2, 3)} x \, dx",
    ],
)
def test_a_region_the_reader_cannot_state_stays_unread_with_the_reason(text):
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        parse_expression(text)
    assert "region" in str(err.value)


def test_an_integral_without_limits_is_never_an_antiderivative():
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        parse_expression(r"\int x^2 \, dx")
    assert "support" in str(err.value)


@pytest.mark.parametrize("seed", range(6))
def test_the_read_region_integral_has_the_hand_written_value(seed):
    """Random polynomial-times-Gaussian densities over a random stated set: the value of
    the integral read from the region equals mpmath's over the same set written by hand."""
    rng = random.Random(seed)
    c = [rng.randint(-3, 3) for _ in range(3)]
    region, (lo, hi) = rng.choice(
        [
            (r"\mathbb{R}", (mpmath.ninf, mpmath.inf)),
            (r"{x > 0}", (0, mpmath.inf)),
            (r"{(0, 1)}", (0, 1)),
            (r"{[-1, 2]}", (-1, 2)),
            (r"{\mathbb{R}^+}", (0, mpmath.inf)),
        ]
    )
    text = rf"\int_{region} ({c[0]} {c[1]:+d} x {c[2]:+d} x^2) e^{{-x^2/2}} \, dx"
    i = _one_integral(text)
    with mpmath.workdps(30):
        got = compile_integral(i, frozenset(), _compile)(_Frame({}, {}))
        want = mpmath.quad(
            lambda v: (c[0] + c[1] * v + c[2] * v**2) * mpmath.exp(-(v**2) / 2), [lo, hi]
        )
        assert abs(got - want) <= mpmath.mpf(10) ** -20 * max(1, abs(want))


def _post(tmp_path, body: str):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


GAMMA_PRIOR = r"""The prior is

$$\theta \sim \operatorname{Gamma}(\alpha, \beta)$$

and so

$$
\begin{aligned}
I &= \int \theta^{\alpha - 1} e^{-\beta \theta} \, d\theta \\
&= \frac{\Gamma(\alpha)}{\beta^{\alpha}}
\end{aligned}
$$
"""


def test_an_integral_without_limits_runs_over_the_declared_support(tmp_path):
    rows = _post(tmp_path, GAMMA_PRIOR)
    last = rows[max(rows)]
    assert last.verdict in ("proved", "plausible"), last.reason


def test_a_wrong_value_over_the_declared_support_is_refuted(tmp_path):
    rows = _post(
        tmp_path,
        GAMMA_PRIOR.replace(
            r"\frac{\Gamma(\alpha)}{\beta^{\alpha}}", r"\frac{\Gamma(\alpha)}{\beta}"
        ),
    )
    last = rows[max(rows)]
    assert last.verdict in ("refuted", "unchecked"), last.reason
    assert last.verdict != "proved"


def test_a_parameter_integrates_over_its_parameter_space(tmp_path):
    body = r"""Let $y \sim \mathrm{Bin}(n, p)$. Then

$$
\begin{aligned}
J &= \int p^{2} (1 - p) \, dp \\
&= \frac{1}{12}
\end{aligned}
$$
"""
    rows = _post(tmp_path, body)
    last = rows[max(rows)]
    assert last.verdict in ("proved", "plausible"), last.reason
    wrong = _post(tmp_path, body.replace(r"\frac{1}{12}", r"\frac{1}{6}"))
    assert wrong[max(wrong)].verdict == "refuted", wrong[max(wrong)].reason


def test_without_a_known_support_a_value_is_never_refuted(tmp_path):
    """Read over a range the post never gives (test_post_integrals_open_range)."""
    body = r"""$$
\begin{aligned}
I &= \int x^{2} e^{-x} \, dx \\
&= 3
\end{aligned}
$$
"""
    rows = _post(tmp_path, body)
    last = rows[max(rows)]
    assert last.verdict not in ("proved", "refuted"), last.reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (r"\int_1^2 \frac{dx}{x}", sp.log(2)),
        (r"\int_0^1 \frac{x \, dx}{1 + x^2}", sp.log(2) / 2),
        (r"\int_0^1 \frac{\mathrm{d}x}{1 + x^2} + 1", sp.pi / 4 + 1),
        (r"\int_0^1 p^2 \mathop{dp}", sp.Rational(1, 3)),
        (r"\int_0^1 x \text{dx}", sp.Rational(1, 2)),
        (r"\int_0^1 x \mathrm{dx}", sp.Rational(1, 2)),
    ],
)
def test_a_differential_in_a_numerator_or_in_a_wrapper_is_read(text, value):
    e, _ = parse_expression(text)
    assert sp.simplify(e.doit() - value) == 0


@pytest.mark.parametrize(
    "text",
    [
        r"\int_1^2 \frac{dx}{x} e^{x}",  # does e^x belong to the integrand?
        r"\int_1^2 \frac{dx\, dy}{x}",
        r"\int_1^2 \frac{d}{x}",
    ],
)
def test_an_unclear_differential_in_a_numerator_stays_unread(text):
    with pytest.raises((LatexError, PostSyntaxError)):
        parse_expression(text)


def test_a_law_written_in_a_row_the_reader_cannot_read_still_gives_the_support(tmp_path):
    body = GAMMA_PRIOR.replace(
        r"$$\theta \sim \operatorname{Gamma}(\alpha, \beta)$$",
        r"$$\text{Prior: } \hspace{1cm} \theta \sim \operatorname{Gamma}(\alpha,\beta)$$",
    )
    rows = _post(tmp_path, body)
    last = rows[max(rows)]
    assert last.verdict in ("proved", "plausible"), last.reason


def test_a_law_on_the_reals_beside_a_stated_half_line_is_not_guessed(tmp_path):
    body = r"""Let $\mu \sim \mathcal{N}(0, 1)$ and $\mu > 0$.

$$
\begin{aligned}
I &= \int e^{-\mu^2} \, d\mu \\
&= \sqrt{\pi}
\end{aligned}
$$
"""
    rows = _post(tmp_path, body)
    first = rows[min(rows)]
    assert first.verdict == "unparsed"
    assert "not said" in first.reason
