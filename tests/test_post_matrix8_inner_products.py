"""Regression posts' inner products and class indicators in matrix rows (MATRIX8).

Two classes of correct rows that were checked only as 1x1 matrices (numbers):

- an indicator ``\\mathbb{1}(y_i = 0)`` beside a vector (Gaussian discriminant
  analysis: ``Sigma^{-1} sum_i 1(y_i = 0)(x_i - mu_0)``): an applied function of
  the reader's own made the matrix path fail on every such line;
- a logistic or Poisson regression's score and Hessian by one entry ``w_j``:
  ``w^T x_i`` is a number, ``d (w^T x_i) / d w_j = x_{ij}``
  (:mod:`derivations.post._inner_atoms`).

Each mechanism: the correct row proved, its wrong twins (one planted error) not
proved, the correct twins not refuted.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post

_INDICATOR = r"""---
title: t
---

Let $\Sigma$ be the covariance matrix and $\mathbf{{x}}_i$ the feature vectors.

$$
\ell(\mu_0) = -\frac{{1}}{{2}} \sum_{{i=1}}^n \mathbb{{1}}(y_i = 0) (\mathbf{{x}}_i - \mu_0)^T \Sigma^{{-1}} (\mathbf{{x}}_i - \mu_0)
$$

$$
\nabla_{{\mu_0}} \ell(\mu_0) = {row}
$$
"""


def _rows(tmp_path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(p, jobs=1).rows}


def test_the_gradient_with_a_class_indicator_is_proved(tmp_path):
    row = r"\Sigma^{-1} \sum_{i=1}^n \mathbb{1}(y_i = 0) (\mathbf{x}_i - \mu_0)"
    r = _rows(tmp_path, _INDICATOR.format(row=row))[12]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        # a sign
        r"-\Sigma^{-1} \sum_{i=1}^n \mathbb{1}(y_i = 0) (\mathbf{x}_i - \mu_0)",
        # the other class
        r"\Sigma^{-1} \sum_{i=1}^n \mathbb{1}(y_i = 1) (\mathbf{x}_i - \mu_0)",
        # Sigma for its inverse
        r"\Sigma \sum_{i=1}^n \mathbb{1}(y_i = 0) (\mathbf{x}_i - \mu_0)",
        # a row for the column
        r"\sum_{i=1}^n \mathbb{1}(y_i = 0) (\mathbf{x}_i - \mu_0)^T \Sigma^{-1}",
    ],
)
def test_its_wrong_twins_are_not_proved(tmp_path, row):
    r = _rows(tmp_path, _INDICATOR.format(row=row))[12]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_a_correct_twin_with_the_indicator_outside_is_not_refuted(tmp_path):
    row = r"\sum_{i=1}^n \mathbb{1}(y_i = 0) \Sigma^{-1} \mathbf{x}_i - \sum_{i=1}^n \mathbb{1}(y_i = 0) \Sigma^{-1} \mu_0"
    r = _rows(tmp_path, _INDICATOR.format(row=row))[12]
    assert r.verdict != "refuted", (r.verdict, r.reason)


_ENTRY = r"""---
title: t
---

The model is $\log \lambda_i = \beta^\top x_i$ with covariate vectors $x_i$.

$$ {row} $$
"""

_LOGLIK = r"\sum_{i=1}^n \left( y_i \beta^\top x_i - \exp(\beta^\top x_i) \right)"


@pytest.mark.parametrize(
    "row",
    [
        # the Poisson score, one entry
        rf"\frac{{\partial}}{{\partial \beta_j}} {_LOGLIK} = \sum_{{i=1}}^n x_{{ij}} (y_i - \exp(\beta^\top x_i))",
        # its Hessian, two entries
        rf"\frac{{\partial^2}}{{\partial \beta_j \partial \beta_k}} {_LOGLIK} = -\sum_{{i=1}}^n x_{{ij}} x_{{ik}} \exp(\beta^\top x_i)",
        # the logistic loss of one sample
        r"\frac{\partial}{\partial \beta_j} \log(1 + e^{-\beta^\top x_i}) = \frac{-x_{ij} e^{-\beta^\top x_i}}{1 + e^{-\beta^\top x_i}}",
        # algebra with the inner products as numbers (no derivative)
        r"\sum_{i=1}^n x_{ij} \frac{y_i (1 + e^{-\beta^\top x_i}) - 1}{1 + e^{-\beta^\top x_i}} = \sum_{i=1}^n x_{ij} \left(y_i - \frac{1}{1 + e^{-\beta^\top x_i}}\right)",
    ],
)
def test_derivatives_by_an_entry_of_the_coefficients_are_proved(tmp_path, row):
    r = _rows(tmp_path, _ENTRY.format(row=row))[7]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        # a sign
        rf"\frac{{\partial}}{{\partial \beta_j}} {_LOGLIK} = \sum_{{i=1}}^n x_{{ij}} (y_i + \exp(\beta^\top x_i))",
        # the entry of the other coefficient
        rf"\frac{{\partial^2}}{{\partial \beta_j \partial \beta_k}} {_LOGLIK} = -\sum_{{i=1}}^n x_{{ij}} x_{{ij}} \exp(\beta^\top x_i)",
        # the chain rule's factor dropped
        r"\frac{\partial}{\partial \beta_j} \log(1 + e^{-\beta^\top x_i}) = \frac{-e^{-\beta^\top x_i}}{1 + e^{-\beta^\top x_i}}",
        # a sign inside
        r"\sum_{i=1}^n x_{ij} \frac{y_i (1 + e^{-\beta^\top x_i}) - 1}{1 + e^{-\beta^\top x_i}} = \sum_{i=1}^n x_{ij} \left(y_i + \frac{1}{1 + e^{-\beta^\top x_i}}\right)",
    ],
)
def test_their_wrong_twins_are_not_proved(tmp_path, row):
    r = _rows(tmp_path, _ENTRY.format(row=row))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_an_entry_used_outside_the_inner_products_is_not_read(tmp_path):
    # beta_j^2 beside beta^T x_i: the link of beta_j to the inner product is lost
    row = r"\frac{\partial}{\partial \beta_j} \sum_{i=1}^n \left( y_i \beta^\top x_i - \beta_j^2 \right) = \sum_{i=1}^n (x_{ij} y_i - 2\beta_j)"
    r = _rows(tmp_path, _ENTRY.format(row=row))[7]
    assert r.verdict not in ("proved", "plausible", "refuted"), (r.verdict, r.reason)


# -- the reading itself ----------------------------------------------------------------


def _reader_lines():
    from derivations.post._tosympy import Transposed

    w = sp.Symbol("w", commutative=False)
    x = sp.IndexedBase("x", commutative=False)
    xe = sp.IndexedBase("x")
    i, j = sp.symbols("i j")
    wj = sp.Symbol("w_j")
    u = sp.Mul(Transposed(w), x[i], evaluate=False)
    return Transposed, w, x, xe, i, j, wj, u


def test_the_derivative_by_an_entry_brings_down_that_entry():
    from derivations.post._inner_atoms import inner_product_reading

    _, _, _, xe, i, j, wj, u = _reader_lines()
    out = inner_product_reading(sp.Derivative(sp.exp(u), wj), xe[i, j])
    assert out is not None
    lhs, _ = out[0]
    atom = next(iter(lhs.atoms(sp.Indexed) - {xe[i, j]}))
    # d/dw_j e^{w^T x_i} = x_ij e^{w^T x_i}: the difference vanishes at any value
    assert sp.simplify(lhs - xe[i, j] * sp.exp(atom)) == 0
    assert "no counterexample" in out[1]  # a derivative by entries: no refutation


def test_without_a_derivative_a_failure_refutes():
    from derivations.post._inner_atoms import inner_product_reading

    _, _, _, xe, i, j, _, u = _reader_lines()
    out = inner_product_reading(sp.exp(u) * xe[i, j], sp.exp(u))
    assert out is not None and out[1] == ""


def test_an_outer_product_or_a_bare_vector_is_not_an_inner_product():
    from derivations.post._inner_atoms import inner_product_reading

    Transposed, w, x, _, i, _, _, _ = _reader_lines()
    outer = sp.Mul(x[i], Transposed(w), evaluate=False)  # x_i w^T: a matrix
    assert inner_product_reading(outer, outer) is None
    assert inner_product_reading(sp.Mul(2, w, evaluate=False), w) is None


def test_a_derivative_by_the_whole_vector_is_not_read():
    from derivations.post._inner_atoms import inner_product_reading

    _, w, _, _, _, _, _, u = _reader_lines()
    assert inner_product_reading(sp.Derivative(sp.exp(u), w), sp.exp(u)) is None


def test_a_hostile_order_is_not_taken():
    from derivations.post._inner_atoms import inner_product_reading

    _, _, _, xe, i, j, wj, u = _reader_lines()
    high = sp.Derivative(sp.exp(u), (wj, 10**6))
    assert inner_product_reading(high, xe[i, j]) is None


def test_the_inner_product_by_its_entries_is_not_read():
    # w^T x_i = sum_k w_k x_ik is correct: the entries w_k beside the number u_i would
    # make it fail at independent values (a correct row refuted)
    from derivations.post._inner_atoms import inner_product_reading

    _, _, _, xe, i, _, _, u = _reader_lines()
    k, p = sp.symbols("k p")
    by_entries = sp.Sum(sp.IndexedBase("w")[k] * xe[i, k], (k, 1, p))
    assert inner_product_reading(u, by_entries) is None
    assert inner_product_reading(sp.exp(u), sp.exp(sp.Symbol("w_1") * xe[i, 1])) is None
