"""A covariance written with a subscript or an accent (``\\Sigma_k``, ``\\hat\\Sigma_1``) is SPD.

A Gaussian mixture writes one covariance per component, ``\\Sigma_k``; its
gradient ``d/d mu sum (x_i - mu)^T Sigma_k^{-1} (x_i - mu) = -2 sum Sigma_k^{-1}
(x_i - mu)`` holds because ``Sigma_k`` is symmetric. Drawn as a general matrix,
the correct row was refuted (MATRIX, round 4): the subscript hid the letter from
the covariance rule. The false twin (the factor 2 dropped) stays refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_NOTATION = r"c = \mathbf{x}_i^\top \boldsymbol{\mu}^\top"


def _rows(tmp_path, row: str):
    body = f"---\ntitle: t\n---\n\nNotation: $$ {_NOTATION} $$\n\nA step:\n\n$$ {row} $$\n"
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return [r for r in check_post(p).rows if r.line > 5]


def _gradient(cov: str, factor: str) -> str:
    x, mu = r"\mathbf{x}_i", r"\boldsymbol{\mu}"
    return (
        rf"\frac{{\partial}}{{\partial {mu}}} \sum_{{i=1}}^N ({x} - {mu})^\top {cov}^{{-1}}"
        rf" ({x} - {mu}) = {factor} \sum_{{i=1}}^N {cov}^{{-1}} ({x} - {mu})"
    )


COVARIANCES = [r"\Sigma_k", r"\hat{\Sigma}_1", r"\Sigma_{j}"]


@pytest.mark.parametrize("cov", COVARIANCES)
def test_the_gradient_with_a_subscripted_covariance_is_not_refuted(tmp_path, cov):
    (r,) = _rows(tmp_path, _gradient(cov, "-2"))
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("cov", COVARIANCES)
def test_its_false_twin_is_not_proved(tmp_path, cov):
    (r,) = _rows(tmp_path, _gradient(cov, "-"))
    assert r.verdict == "refuted", (r.verdict, r.reason)


def test_the_report_names_the_subscripted_covariance_spd():
    from derivations.post._matrices import _covariance_name

    assert _covariance_name("Sigma_k") == "Sigma"
    assert _covariance_name("hat_Sigma_1") == "Sigma"
    assert _covariance_name("Sigma^-1") == "Sigma"
    assert _covariance_name("Sigma_k'") == "Sigma"
    assert _covariance_name("A_k") is None
    assert _covariance_name("k_Sigma") is None
