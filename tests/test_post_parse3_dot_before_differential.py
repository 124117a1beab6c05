"""A multiplication sign before an integral's differential (``\\int f(x) \\cdot \\mathrm{d}x``,
``\\int_0^1 x \\times dx``) multiplies the integrand by dx: the same integral as without it
(read as a factor of the integrand the differential was "unexpected")."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "written",
    [
        r"\int_0^1 x^2 \cdot \mathrm{d}x",
        r"\int_0^1 x^2 \cdot dx",
        r"\int_0^1 x^2 \times dx",
        r"\int_0^1 e^{-x}\cdot\,\mathrm{d}x",
    ],
)
def test_a_dot_before_the_differential_is_the_same_integral(written):
    plain = written.replace(r"\cdot", "").replace(r"\times", "")
    assert parse_expression(written) == parse_expression(plain)


def test_a_dot_between_factors_of_the_integrand_stays_a_product():
    got = parse_expression(r"\int_0^1 x \cdot x \, dx")[0]
    assert str(got.function) == "x*x" and got.limits[0][1:] == (0, 1)


def test_a_row_with_it_is_proved(tmp_path: Path):
    row = r"\int_0^1 2x \cdot \mathrm{d}x = 1"
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) == "proved"


def test_its_wrong_twin_is_refuted(tmp_path: Path):
    row = r"\int_0^1 2x \cdot \mathrm{d}x = 2"
    assert verdict_of_row(tmp_path, f"$$ {row} $$\n", row) != "proved"
