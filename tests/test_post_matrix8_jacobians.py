"""Hessians of vector parameters: the derivative of a column by a column (MATRIX8).

``\\nabla^2_{\\mu} \\ell = -n \\Sigma^{-1}`` (the Gaussian discriminant analysis notes,
line 182) differentiates the gradient ``\\Sigma^{-1}(\\sum_i x_i - n\\mu)``, a column,
by the column ``\\mu``: the matrix path read a derivative only of a number, and the
row was checked as 1x1 matrices. The derivative of a column ``v`` by a column ``x``
is now its Jacobian ``dv/dx^T`` (:class:`derivations.engine._matrix_expr.Jacobian`),
checked by the engine's differential symbolically and by central differences
numerically. A post may mean the other layout (the transpose), so a failure is no
refutation; a Hessian is symmetric, and either layout proves it.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post

_HESSIAN = r"""---
title: t
---

Let $\Sigma$ be the covariance matrix of the vectors $\mathbf{{x}}_i$.

$$
\nabla_{{\boldsymbol{{\mu}}}} \ell(\theta) = \Sigma^{{-1}} \left( \sum_{{i=1}}^n \mathbf{{x}}_i - n \boldsymbol{{\mu}} \right)
$$

The second derivative is:

$$
\nabla_{{\boldsymbol{{\mu}}}}^2 \ell(\theta) = {row}
$$
"""

_POISSON = r"""---
title: t
---

Samples $\mathbf{{x}}_i$ and coefficients $\boldsymbol{{\beta}}$.

$$ \frac{{\partial}}{{\partial \boldsymbol{{\beta}}}} \sum_{{i=1}}^n (y_i - e^{{\boldsymbol{{\beta}}^T \mathbf{{x}}_i}}) \mathbf{{x}}_i = {row} $$
"""


def _row(tmp_path, text: str, line: int):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(p, jobs=1).rows}[line]


@pytest.mark.parametrize(
    ("post", "line", "row"),
    [
        (_HESSIAN, 14, r"-n \Sigma^{-1}"),
        (_HESSIAN, 14, r"-\Sigma^{-1} n"),
        (
            _POISSON,
            7,
            r"-\sum_{i=1}^n e^{\boldsymbol{\beta}^T \mathbf{x}_i} \mathbf{x}_i \mathbf{x}_i^T",
        ),
    ],
)
def test_hessians_of_vector_parameters_are_proved(tmp_path, post, line, row):
    r = _row(tmp_path, post.format(row=row), line)
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    ("post", "line", "row"),
    [
        (_HESSIAN, 14, r"n \Sigma^{-1}"),  # a sign
        (_HESSIAN, 14, r"-n \Sigma"),  # Sigma for its inverse
        (_HESSIAN, 14, r"-\Sigma^{-1}"),  # the count of the samples dropped
        # the outer product turned into the inner one
        (
            _POISSON,
            7,
            r"-\sum_{i=1}^n e^{\boldsymbol{\beta}^T \mathbf{x}_i} \mathbf{x}_i^T \mathbf{x}_i",
        ),
        (
            _POISSON,
            7,
            r"\sum_{i=1}^n e^{\boldsymbol{\beta}^T \mathbf{x}_i} \mathbf{x}_i \mathbf{x}_i^T",
        ),  # a sign
    ],
    ids=["sign", "sigma-for-inverse", "count-dropped", "inner-for-outer", "poisson-sign"],
)
def test_their_wrong_twins_are_not_proved(tmp_path, post, line, row):
    r = _row(tmp_path, post.format(row=row), line)
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


# -- the engine's Jacobian ---------------------------------------------------------------


def _jacobian_lines():
    from derivations.engine._matrix_expr import Jacobian

    d = sp.Symbol("d", integer=True, positive=True)
    a = sp.MatrixSymbol("A", d, d)
    x = sp.MatrixSymbol("x", d, 1)
    b = sp.MatrixSymbol("b", d, 1)
    return Jacobian, a, x, b


def test_the_jacobian_of_a_linear_map_is_the_matrix_not_its_transpose():
    from derivations.engine._matrix_normal import matrix_normal

    Jacobian, a, x, b = _jacobian_lines()
    j = matrix_normal(Jacobian(a * x + b, x))
    assert j[0] == a.shape
    assert sp.expand(j[1] - matrix_normal(a)[1]) == 0
    assert sp.expand(j[1] - matrix_normal(a.T)[1]) != 0


def test_the_jacobian_of_a_scaled_vector_takes_the_outer_product():
    # d/dx (x^T x) b = 2 b x^T (the number's gradient, transposed, times the column)
    from derivations.engine._matrix_expr import Scalar
    from derivations.engine._matrix_normal import matrix_normal

    Jacobian, _, x, b = _jacobian_lines()
    v = sp.MatMul(Scalar(x.T * x), b)
    j = matrix_normal(Jacobian(v, x))[1]
    assert sp.expand(j - matrix_normal(2 * b * x.T)[1]) == 0
    assert sp.expand(j - matrix_normal(2 * x * b.T)[1]) != 0


def test_the_numeric_jacobian_is_the_matrix_of_the_linear_map():
    # central differences, independent of the engine's rules
    import mpmath

    from derivations.engine._evaluate import evaluate
    from derivations.engine._matrix_eval import Mat

    Jacobian, a, x, b = _jacobian_lines()
    rows = [[1, 2, 0], [0, 3, 5], [7, 0, 1]]
    env = _Env(
        {
            "A": Mat.from_numbers(rows),
            "x": Mat.from_numbers([[1], [2], [3]]),
            "b": Mat.from_numbers([[0], [1], [0]]),
        },
        a.shape[0],
    )
    value = evaluate(Jacobian(a * x + b, x), env, 30)
    with mpmath.workdps(30):
        expected = env.matrix("A")
        assert abs(value - expected) < mpmath.mpf(10) ** -25
        assert abs(value - expected.transpose()) > 1


class _Env(dict):
    def __init__(self, matrices, dim):
        super().__init__({dim: sp.Integer(3)})
        self.matrices = matrices

    def matrix(self, name):
        return self.matrices[name]


def test_a_jacobian_needs_two_columns():
    Jacobian, a, x, _ = _jacobian_lines()
    with pytest.raises(TypeError):
        Jacobian(a, x)
