r"""``{\rm d}x``: the differential's d in plain TeX's font switch (external48, Yaqi Dai's
Cauchy information ``\int_{-\infty}^{+\infty} \frac{(x-\theta)^2}{(1+(x-\theta)^2)^3} {\rm d}x``
and Wudai's gamma mixture ``C\int_0^\infty x^{\theta-1} e^{-x}\,{\rm d}x``).

``{\rm d}`` sets one upright d, as ``\mathrm{d}`` does; the reader read ``\mathrm{d}x`` as a
differential but not the braced switch ("an integral without its differential (dx) ..., and
a letter d inside it"). It now reads ``{\rm d}`` (and ``{\mathrm d}``) as ``\mathrm{d}``: the
same tree as the spelled-out forms. A braced d that is no differential's stays as before.
"""

from __future__ import annotations

import time

import pytest
import sympy as sp

from derivations.post._parse import parse_expression

_SPELLED = [
    (r"\int_0^1 x^2 {\rm d}x", r"\int_0^1 x^2 \mathrm{d}x"),
    (r"\int_0^1 x^2 \, {\rm d}x", r"\int_0^1 x^2 \, dx"),
    (
        r"\int_{-\infty}^{+\infty}\frac{x^2}{(1+x^2)^3}{\rm d}x",
        r"\int_{-\infty}^{\infty}\frac{x^2}{(1+x^2)^3}dx",
    ),
    (
        r"\int_0^1(1-u)^{\frac{1}{2}}u^{\frac{1}{2}}{\rm d}u",
        r"\int_0^1(1-u)^{\frac{1}{2}}u^{\frac{1}{2}}\,du",
    ),
    (r"\int_0^1 \theta^2 {\mathrm d}\theta", r"\int_0^1 \theta^2 d\theta"),
    (r"\int_0^\infty x^{t-1} e^{-x}\,{\rm d}x", r"\int_0^\infty x^{t-1} e^{-x}\,dx"),
    (r"\frac{{\rm d}}{{\rm d}\theta} \theta^3", r"\frac{d}{d\theta} \theta^3"),
]


@pytest.mark.parametrize(("braced", "spelled"), _SPELLED)
def test_the_braced_upright_d_reads_as_the_spelled_out_differential(braced, spelled):
    assert parse_expression(braced)[0] == parse_expression(spelled)[0]


@pytest.mark.parametrize("a", [0, 1, 2])
@pytest.mark.parametrize("b", [3, 5])
def test_the_value_does_not_depend_on_how_the_d_is_written(a, b):
    # a property over limits: the integral of x^2 from a to b, whichever d
    braced = parse_expression(rf"\int_{a}^{b} x^2 {{\rm d}}x")[0].doit()
    assert braced == parse_expression(rf"\int_{a}^{b} x^2 dx")[0].doit()
    assert braced == sp.Rational(b**3 - a**3, 3)


@pytest.mark.parametrize(
    "hostile",
    [
        r"\int_0^1 f(x) {\rm d}(x-\theta)",  # a measure, or a shifted variable: not read
        r"\int_0^1 f(x) {\rm d}",  # no variable after it
        r"\int_0^1 f(x) {\rm d}x {\rm d}y",  # two differentials, one sign
        r"\int_0^1 f(x) {\rm d}x_1",  # a variable with a script
        r"\int_0^1 f(x) {\rm d" + "{" * 500,
    ],
)
def test_hostile_differentials_stay_unread_with_a_column(hostile):
    start = time.perf_counter()
    with pytest.raises(ValueError) as err:
        parse_expression(hostile)
    assert time.perf_counter() - start < 10
    assert str(err.value)
    assert isinstance(getattr(err.value, "column", None), int)


def test_a_braced_upright_letter_other_than_d_is_read_as_before():
    # only the d of a differential is rewritten; {\rm E} and {\rm x} are left to the reader
    for text in (r"{\rm x} + 1", r"2{\rm y}"):
        assert parse_expression(text)[0] is not None


def test_many_braced_ds_read_as_many_upright_ds_in_bounded_time():
    start = time.perf_counter()
    braced = parse_expression(r"\int_0^1 " + r"{\rm d}" * 60 + "x")[0]
    assert braced == parse_expression(r"\int_0^1 " + r"\mathrm{d}" * 60 + "x")[0]
    assert time.perf_counter() - start < 20
