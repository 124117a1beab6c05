"""Differences too small for the 30-digit comparison (``engine._numeric_check.fine_probe``).

Written before the fix from tests/posts/incoming/repro/tiny-perturbation-plausible.md:
``N/S * 1/(1 + 10^{-50}) = N/S`` was "plausible" - the 30-digit values agree to
1e-18 and sympy proves nothing - although the lines differ by a relative 1e-50
everywhere. A difference that stays the same at 100 and 200 digits is the lines'.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from derivations.engine import _numeric_check, _sampling
from derivations.engine._domains import Domains
from derivations.post import check_post

x = sp.Symbol("x", positive=True)
t = sp.Symbol("t", real=True)


def probe(a, b):
    ctx = _sampling.Context([a, b], np.random.default_rng(0), domains=Domains())
    return _numeric_check.fine_probe(a, b, ctx)


@pytest.mark.parametrize("k", [20, 50, 75])
def test_a_tiny_constant_factor_is_found(k):
    out = probe(x / (1 + sp.Integer(10) ** -k), x)
    assert out is not None and out[0].status == "fail"
    assert "the same at 100 and 200 digits" in out[1]["note"]


@pytest.mark.parametrize(
    "a, b",
    [
        (sp.atan(x) + sp.atan(1 / x), sp.pi / 2),  # true for x > 0
        (sp.log(sp.exp(t) + sp.exp(-t)), t + sp.log(1 + sp.exp(-2 * t))),
        (sp.exp(sp.Integer(10) ** 3) - sp.exp(sp.Integer(10) ** 3), sp.Integer(0)),
        ((1 + x) ** 40 - x**40, sum(sp.binomial(40, j) * x**j for j in range(40))),
    ],
)
def test_true_identities_are_not_refuted(a, b):
    assert probe(a, b) is None


def test_written_decimals_are_not_probed():
    assert probe(x * sp.Float("1.0000000000000000000001", 30), x) is None


def test_post_false_refuted_and_true_twin_proved(tmp_path):
    body = (
        "---\nassume: x_n > 0\n---\n$$S = \\sum_{n=1}^{N} x_n$$\n\n"
        "$$\\frac{N}{S}\\cdot\\frac{1}{1 + 10^{-50}} = {RHS}$$\n"
    )
    false = tmp_path / "false.md"
    false.write_text(body.replace("{RHS}", "\\frac{N}{S}"))
    true = tmp_path / "true.md"
    true.write_text(body.replace("{RHS}", "\\frac{N}{S (1 + 10^{-50})}"))
    assert [r.verdict for r in check_post(false, jobs=1).rows][-1] == "refuted"
    assert [r.verdict for r in check_post(true, jobs=1).rows][-1] == "proved"
