"""Matrix rows of a post, read into the engine's matrix types and checked as matrices."""

from __future__ import annotations

from pathlib import Path

import sympy as sp

from derivations.engine._matrix_expr import MatrixSum, Scalar, VectorSample
from derivations.post import check_post
from derivations.post._matrices import DIM, as_matrix_types
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context

CTX_ROWS = (
    r"\sum_{n=1}^{N} (\mathbf{x}_n - \boldsymbol{\mu})^\top \boldsymbol{\Sigma}^{-1} \mathbf{S}"
)


def _read(text: str):
    """One side read with the context of a post that writes bold vectors and matrices."""
    from derivations.post._extract import Row

    ctx = post_context([Row(text=CTX_ROWS, line=1, block=1, index=1)], Context())
    e, _ = parse_expression(text, ctx)
    return e


def _post(tmp_path, body: str):
    p = tmp_path / "m.md"
    p.write_text(body, encoding="utf-8")
    return check_post(p)


def test_shapes_follow_the_names():
    quad = _read(
        r"\sum_{n=1}^{N} (\mathbf{x}_n - \boldsymbol{\mu})^\top \boldsymbol{\Sigma}^{-1}"
        r" (\mathbf{x}_n - \boldsymbol{\mu})"
    )
    (m,) = as_matrix_types(quad)
    # A quadratic form is a number: a Sum of a Scalar of a 1 x 1 product.
    assert isinstance(m, sp.Sum) and m.function.atoms(Scalar)
    (v,) = as_matrix_types(_read(r"\boldsymbol{\Sigma}^{-1} \sum_{n=1}^{N} \mathbf{x}_n"))
    assert v.shape == (DIM, 1) and v.atoms(MatrixSum) and v.atoms(VectorSample)
    assert v.atoms(sp.Inverse)


def test_shapes_that_do_not_fit_give_none():
    # x x (a column times a column) has no meaning; the reader falls back to 1x1 numbers.
    assert as_matrix_types(_read(r"\mathbf{x}_n \mathbf{x}_n + 1")) is None
    # A matrix on one side and a number on the other is not one claim.
    assert as_matrix_types(_read(r"\boldsymbol{\Sigma}"), sp.Integer(1)) is None


#: The mean half of the lecture-notes post: density, log-likelihood, gradient in mu.
MVN_ROWS = "".join((Path(__file__).parent / "posts" / "domains" / "mvn.md").open().readlines()[:33])


def test_matrix_rows_are_proved_as_matrices(tmp_path):
    rows = {r.line: r for r in _post(tmp_path, MVN_ROWS).rows}
    proved = [line for line, r in rows.items() if r.verdict == "proved"]
    # Lines 19, 20 (equal up to const), 30 and 31.
    assert len(proved) == 4, [(r.line, r.verdict, r.reason) for r in rows.values()]
    assert all("1x1" not in r.reason for r in rows.values())


def test_a_wrong_matrix_row_is_refuted_not_proved(tmp_path):
    # Sigma^{-1} moved to the right of the sum of vectors: the shapes do not even fit,
    # and with Sigma on the wrong side of a quadratic form the value changes.
    wrong = MVN_ROWS.replace(
        r"- \frac{N}{2} \log |\boldsymbol{\Sigma}| - \frac{1}{2} \sum",
        r"- \frac{N}{2} \log |\boldsymbol{\Sigma}| - \frac{1}{2} \sum_{n=1}^{N} "
        r"(\mathbf{x}_n - \boldsymbol{\mu})^\top \boldsymbol{\Sigma} (\mathbf{x}_n - "
        r"\boldsymbol{\mu}) + 0 \cdot \sum",
        1,
    )
    assert wrong != MVN_ROWS
    rows = [r for r in _post(tmp_path, wrong).rows]
    assert any(r.verdict == "refuted" for r in rows)
    # The false row is never called proved.
    bad = next(r for r in rows if r.text.count(r"\boldsymbol{\Sigma} (") >= 1)
    assert bad.verdict != "proved"


#: The mean and the covariance of the lecture-notes post, through the equation steps.
MVN_POST = (Path(__file__).parent / "posts" / "domains" / "mvn.md").read_text(encoding="utf-8")


def test_matrix_equation_steps_are_checked_as_matrices(tmp_path):
    # Setting the gradient to zero, multiplying by Sigma, solving for mu; and for Sigma
    # with mu at its estimate: equation steps in the engine's matrix types.
    rows = {r.line: r for r in _post(tmp_path, MVN_POST).rows}
    for line in (39, 40, 41, 70, 71, 72):
        assert rows[line].verdict == "proved", (line, rows[line].reason)
        assert "1x1" not in rows[line].reason


def test_a_wrong_matrix_equation_step_is_refuted(tmp_path):
    # N mu written as (N - 1) mu: the sum of the centred samples is not zero there.
    wrong = MVN_POST.replace(
        r"\sum_{n=1}^{N} \mathbf{x}_n - N \boldsymbol{\mu} &= \mathbf{0}",
        r"\sum_{n=1}^{N} \mathbf{x}_n - (N - 1) \boldsymbol{\mu} &= \mathbf{0}",
    )
    assert wrong != MVN_POST
    rows = {r.line: r for r in _post(tmp_path, wrong).rows}
    assert rows[40].verdict == "refuted", rows[40].reason
    assert rows[40].counterexample is not None
    # A Sigma multiplied on the wrong side of the covariance equation: never proved.
    wrong = MVN_POST.replace(
        r"\boldsymbol{\Sigma} &= \frac{1}{N} \mathbf{S}",
        r"\boldsymbol{\Sigma} &= \frac{1}{N} \mathbf{S} \boldsymbol{\Sigma}",
    )
    assert wrong != MVN_POST
    rows = {r.line: r for r in _post(tmp_path, wrong).rows}
    assert rows[71].verdict != "proved"
