"""An integral whose differential is written in its last factor (parse60).

Held-out rows left unparsed with "an integral without its differential (dx) after the
integrand, and a letter d inside it":

- astrophysicsandpython (Maxwell mean speed) line 63:
  ``A(v) = \\int\\limits_{0}^{\\infty} v\\cdot u\\exp\\left[-bu\\right]\\,\\frac{du}{2v}``
- imathworks (exponential, E(n / sum x_i)) line 25:
  ``\\int_0^\\infty (\\lambda u)^{n-2} e^{-\\lambda u} (\\lambda\\,du)``

A fraction whose numerator ends with the differential (``\\frac{du}{2v}``), or a bracket
whose contents end with it (``(\\lambda\\,du)``), written as the integrand's last factor,
is the differential times the rest of that factor: the integral of the factors before it
times the fraction (or the bracket) without the ``du``. Properties: the reading equals the
integral with the differential written after the integrand; a wrong value of it is not
proved; and forms whose reading would be a guess stay unparsed with a reason - a measure
applied to the differential (``P(dx)``, ``\\pi(d\\vartheta)``), a derivative
(``\\frac{du}{dv}``), a bracket holding only the differential, a sum before the
differential inside the bracket, a factor after the fraction.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post, parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _read(text: str) -> sp.Basic:
    expr, _ = parse_expression(text)
    return expr


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    """Equal integrals: the same variable and limits, integrands equal as expressions."""
    if not (isinstance(a, sp.Integral) and isinstance(b, sp.Integral)):
        return sp.simplify(a - b) == 0
    return a.limits == b.limits and sp.simplify(a.function - b.function) == 0


TWINS = [
    # the held-out rows' forms, and the integral as it is usually written
    (
        r"\int\limits_{0}^{\infty} v\cdot u\exp\left[-bu\right]\,\frac{du}{2v}",
        r"\int_{0}^{\infty} \frac{v u \exp(-bu)}{2v} \, du",
    ),
    (
        r"\int_0^\infty (\lambda u)^{n-2} e^{-\lambda u} (\lambda\,du)",
        r"\int_0^\infty \lambda (\lambda u)^{n-2} e^{-\lambda u} \, du",
    ),
    (r"\int_1^2 x^2 \frac{dx}{x}", r"\int_1^2 x \, dx"),
    (r"\int_1^2 3 x \frac{x\,dx}{1 + x}", r"\int_1^2 \frac{3 x^2}{1 + x} \, dx"),
    (r"\int_0^1 e^{t} \dfrac{\mathrm{d}t}{2}", r"\int_0^1 \frac{e^{t}}{2} \, dt"),
    (r"\int_0^1 t^2 \left(4\, dt\right)", r"\int_0^1 4 t^2 \, dt"),
    (r"\int_0^1 t^2 \, (4 \cdot dt)", r"\int_0^1 4 t^2 \, dt"),
]


@pytest.mark.parametrize("written, usual", TWINS)
def test_the_differential_in_the_last_factor_reads_as_the_usual_integral(written, usual):
    got, want = _read(written), _read(usual)
    assert isinstance(got, sp.Integral), got
    assert _same(got, want), (got, want)


@pytest.mark.parametrize("written, usual", TWINS)
def test_the_value_is_the_integral_of_the_factors_times_the_rest_of_the_last(written, usual):
    # a property, not the tokens: with the limits numbers, both evaluate to the same number
    got, want = _read(written), _read(usual)
    free = sorted(got.free_symbols | want.free_symbols, key=str)
    at = {s: sp.Rational(3 + k, 2) for k, s in enumerate(free)}
    a, b = got.subs(at), want.subs(at)
    if any(isinstance(x, sp.Integral) and x.limits[0][2] == sp.oo for x in (a, b)):
        return  # an improper integral: the structural comparison above covers it
    assert sp.N(a.doit(), 20) == pytest.approx(float(sp.N(b.doit(), 20)), rel=1e-12)


REFUSED = [
    # a measure applied to the differential: P(dx) is no product P * dx
    r"\int_0^1 L(x) P(dx)",
    r"\int_0^1 L(\vartheta) \pi(d\vartheta)",
    r"\int_0^1 L(\vartheta) Q^{\theta}(d\vartheta)",
    # the bracket holds only the differential, or a sum before it
    r"\int_0^1 x^2 (dx)",
    r"\int_0^1 x^2 (1 + dx)",
    # a derivative, not a differential
    r"\int_0^1 u \frac{du}{dv}",
    # the fraction is not the last factor: is e^x integrated?
    r"\int_0^1 x \frac{dx}{2} e^x",
    # two differentials
    r"\int_0^1 x \frac{dx\,dy}{2}",
]


@pytest.mark.parametrize("written", REFUSED)
def test_a_form_whose_reading_would_be_a_guess_stays_unparsed_with_a_reason(written):
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        _read(written)
    assert str(err.value).strip()


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


ROWS = [
    (r"\int_0^1 x^3 \frac{dx}{2}", r"\int_0^1 \frac{x^3}{2} \, dx", ["1/8", "1/4"]),
    (r"\int_1^2 x^2 \frac{dx}{x}", r"\int_1^2 x \, dx", ["3/2", "7/3"]),
    (r"\int_0^1 t^2 (4\, dt)", r"\int_0^1 4 t^2 \, dt", ["4/3", "1/3"]),
    (
        r"\int_0^1 e^{-t} \left(2 \cdot dt\right)",
        r"\int_0^1 2 e^{-t} \, dt",
        [r"2 - 2 e^{-1}", "2"],
    ),
]


@pytest.mark.parametrize("written, usual, values", ROWS)
def test_a_row_gets_the_verdict_of_the_usual_integral_and_a_wrong_value_is_not_proved(
    tmp_path, written, usual, values
):
    for value in values:
        got = _rows(tmp_path, f"$$I = {written} = {value}$$\n")[5]
        want = _rows(tmp_path, f"$$I = {usual} = {value}$$\n")[5]
        assert got.verdict == want.verdict, (value, got.reason, want.reason)
    wrong = _rows(tmp_path, f"$$I = {written} = {values[1]}$$\n")[5]
    assert wrong.verdict in ("refuted", "unchecked"), wrong.reason
    right = _rows(tmp_path, f"$$I = {written} = {values[0]}$$\n")[5]
    assert right.verdict != "unparsed", right.reason
