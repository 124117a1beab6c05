"""Matrix derivatives in posts: the transposed gradient and the two conventions (MATRIX5).

``(\\nabla_\\Sigma \\ell)^T = M`` (the Gaussian discriminant analysis notes, line 242)
was left to the 1x1 reading: the engine's derivative by a matrix is not a matrix
expression a transpose can hold. It is read as ``\\nabla_\\Sigma \\ell = M^T``; the
next row continues ``M``.

The derivative of ``log|Sigma|`` by ``Sigma`` is ``Sigma^{-1}`` in the convention of
independent entries (``Sigma^{-T}``, the same for a symmetric ``Sigma``); posts write
either ``Sigma^{-1}`` or ``Sigma^{-T}``, and neither may be refuted. The gradient of
``x^T A x`` is ``(A + A^T) x``; ``2 A x`` only for a symmetric ``A``.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

import pytest

from derivations.post import check_post

_GRADIENT = r"""---
title: t
---

The objective:

$$ \ell(\Sigma) = -\frac{{n}}{{2}} \log |\Sigma| - \frac{{1}}{{2}} \operatorname{{tr}}(\Sigma^{{-1}} \mathbf{{B}}) $$

Its gradient:

$$ {row} $$

The next row:

$$ \nabla_\Sigma \ell(\Sigma) = \frac{{1}}{{2}} \left[ -n\Sigma^{{-1}} + \Sigma^{{-1}} \mathbf{{B}}^T \Sigma^{{-1}} \right] $$
"""


def _rows(tmp_path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}


def test_the_transposed_gradient_is_read_as_the_gradient_of_the_transpose(tmp_path):
    row = r"(\nabla_\Sigma \ell(\Sigma))^T = \frac{1}{2} \left[ -n\Sigma^{-1} + \Sigma^{-1} \mathbf{B} \Sigma^{-1} \right]"
    rows = _rows(tmp_path, _GRADIENT.format(row=row))
    assert rows[11].verdict == "proved", (rows[11].verdict, rows[11].reason)
    assert rows[15].verdict != "refuted", (rows[15].verdict, rows[15].reason)


@pytest.mark.parametrize(
    "row",
    [
        # B for B^T: the gradient itself, not its transpose (B is not symmetric)
        r"(\nabla_\Sigma \ell(\Sigma))^T = \frac{1}{2} \left[ -n\Sigma^{-1} + \Sigma^{-1} \mathbf{B}^T \Sigma^{-1} \right]",
        # a factor dropped
        r"(\nabla_\Sigma \ell(\Sigma))^T = \left[ -n\Sigma^{-1} + \Sigma^{-1} \mathbf{B} \Sigma^{-1} \right]",
        # Sigma for Sigma^{-1}
        r"(\nabla_\Sigma \ell(\Sigma))^T = \frac{1}{2} \left[ -n\Sigma + \Sigma^{-1} \mathbf{B} \Sigma^{-1} \right]",
    ],
)
def test_its_wrong_twins_are_not_proved(tmp_path, row):
    rows = _rows(tmp_path, _GRADIENT.format(row=row))
    assert rows[11].verdict not in ("proved", "plausible"), (rows[11].verdict, rows[11].reason)


_ONE = r"""---
title: t
---

A step:

$$ {row} $$
"""


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial \Sigma} \log |\Sigma| = \Sigma^{-1}",
        r"\frac{\partial}{\partial \Sigma} \log |\Sigma| = \Sigma^{-T}",
        r"\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^T \mathbf{A} \mathbf{x} = (\mathbf{A} + \mathbf{A}^T) \mathbf{x}",
        r"\frac{\partial}{\partial \boldsymbol{\mu}} (\mathbf{x} - \boldsymbol{\mu})^T \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu}) = -2 \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu})",
    ],
)
def test_correct_matrix_derivatives_are_proved(tmp_path, row):
    r = _rows(tmp_path, _ONE.format(row=row))[7]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial}{\partial \Sigma} \log |\Sigma| = \Sigma",  # Sigma for its inverse
        r"\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^T \mathbf{A} \mathbf{x} = 2 \mathbf{A} \mathbf{x}",  # A not symmetric
        r"\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^T \mathbf{A} \mathbf{x} = \mathbf{x}^T (\mathbf{A} + \mathbf{A}^T)",  # a row for the column
        r"\frac{\partial}{\partial \boldsymbol{\mu}} (\mathbf{x} - \boldsymbol{\mu})^T \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu}) = 2 \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu})",  # a sign
    ],
)
def test_wrong_matrix_derivatives_are_not_proved(tmp_path, row):
    r = _rows(tmp_path, _ONE.format(row=row))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_the_transposed_gradient_needs_a_derivative_by_a_matrix():
    import sympy as sp

    from derivations.post._matrices import transposed_gradient
    from derivations.post._tosympy import Transposed

    a, b = sp.Symbol("a"), sp.Symbol("B", commutative=False)
    assert transposed_gradient((Transposed(sp.Derivative(a**2, a)), b)) is None
    assert transposed_gradient((Transposed(b), b)) is None
