"""Estimates named by a method in their subscript: ``\\hat\\theta_{\\text{map}}``,
``\\hat a_{MoM}``, ``p_{\\mathrm{MLE}}`` name an estimate of theta, a, p.

``estimate_of`` read ``_MLE``/``_ML`` and ``_hat`` only, and not inside ``\\mathrm``
or ``\\text``: ``\\hat\\theta_{\\text{map}}`` was an estimate of a parameter
``theta_map`` the post never has, so the MAP result after the derivative it solves was
"states a result before (or without) the rows that derive it" (held-out external5
pml1-bernoulli-map-notebook line 28).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import rows_of

from derivations.post._resolve import estimate_of


@pytest.mark.parametrize("method", ["MLE", "ML", "MAP", "map", "MoM", "mom", "MOM", "mle"])
@pytest.mark.parametrize(
    "wrap", ["{}", "\\mathrm{{{}}}", "\\text{{{}}}", "{{{}}}", "{{\\mathrm{{{}}}}}"]
)
def test_a_method_subscript_names_an_estimate_of_the_parameter(method, wrap):
    tail = wrap.format(method)
    assert estimate_of(sp.Symbol(f"hat_theta_{tail}")) == "theta"
    assert estimate_of(sp.Symbol(f"theta_{tail}")) == "theta"


@pytest.mark.parametrize("name", ["theta", "x_i", "theta_0", "hat", "sigma_map_x", "_MAP"])
def test_other_names_are_not_estimates(name):
    assert estimate_of(sp.Symbol(name)) is None


MAP = (
    "The penalized negative log-likelihood is minimized at the root of its derivative.\n"
    "\n"
    "$$\\frac{d}{d\\theta}\\operatorname{NLL}(\\theta)=\\frac{-N_1}{\\theta}+"
    "\\frac{N_0}{1-\\theta}-\\frac{a-1}{\\theta}+\\frac{b-1}{1-\\theta}$$\n"  # 3
    "\n"
    "**MAP estimate:**\n"
    "$$\\hat{\\theta}_{\\text{map}}=RESULT$$\n"  # 6
)


def _post(tmp_path: Path, body: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return rows_of(p)


def test_a_map_result_is_compared_with_the_derivative_it_solves(tmp_path):
    rows = _post(tmp_path, MAP.replace("RESULT", r"\frac{N_1+a-1}{N_1+N_0+a+b-2}"))
    assert rows[6].verdict in ("proved", "plausible"), (rows[6].verdict, rows[6].reason)
    assert "a root of the derivative" in rows[6].how


def test_a_wrong_map_result_is_not_proved(tmp_path):
    rows = _post(tmp_path, MAP.replace("RESULT", r"\frac{N_1+a+1}{N_1+N_0+a+b-2}"))
    assert rows[6].verdict not in ("proved", "plausible", "given"), rows[6].verdict
    assert "not a root" in rows[6].reason
