"""PARSE11: ``\\Sigma_{i=1}^{n} x_i`` is a sum wherever it is written with a sum's limits.

A post that writes ``\\Sigma`` as a covariance somewhere keeps it a symbol (see
._extract's ``_sigma_is_a_sum_sign``), and then ``\\Sigma_{i=1}^n x_i`` was "unexpected
'='". A lower limit ``k = a`` and an upper limit are a sum's and no covariance's, so the
capital sigma with both is read as ``\\sum``; with one or none it stays the letter.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("sigma", "plain"),
    [
        (r"\Sigma_{i=1}^n x_i", r"\sum_{i=1}^n x_i"),
        (r"\Sigma_{i=1}^{n} (x_i - \mu)^2", r"\sum_{i=1}^{n} (x_i - \mu)^2"),
        (r"\Sigma^{N}_{n=1} x_n^2", r"\sum^{N}_{n=1} x_n^2"),
    ],
)
def test_capital_sigma_with_limits_is_the_sum(sigma, plain):
    a, _ = parse_expression(sigma)
    b, _ = parse_expression(plain)
    assert a == b and isinstance(a, sp.Sum)


@pytest.mark.parametrize(
    "text", [r"\Sigma_{1}^{-1} x", r"\Sigma_k^{-1}", r"\Sigma^{-1} x", r"\Sigma x"]
)
def test_capital_sigma_without_a_sums_limits_is_a_letter(text):
    e, _ = parse_expression(text)
    assert not e.has(sp.Sum)
    assert any(s.name.startswith("Sigma") for s in e.free_symbols)


@pytest.mark.parametrize("n", [1, 2, 5])
def test_property_the_sum_at_a_number_adds_the_terms(n):
    e, _ = parse_expression(r"\Sigma_{i=1}^{m} i^2")
    m = next(s for s in e.free_symbols if s.name == "m")
    assert e.subs(m, n).doit() == sum(i * i for i in range(1, n + 1))
