"""Shapes of a post's vectors and matrices inferred from how a row uses them (MATRIX, issue 12).

Real posts use rectangular designs: ``X`` (n x p), ``y`` (n x 1), ``beta`` (p x 1).
Every name gets (rows, cols) dimension variables; products, sums, transposes,
inverses, the identity and functions of numbers constrain them. A row whose
shapes fit is checked with matrices of those shapes; one whose shapes do not
fit is never refuted because of a guessed shape.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._matrices import as_matrix_types
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context

#: Bold names, each transposed somewhere, so the reader keeps them as matrices.
CONTEXT = (
    r"\mathbf{X}^\top \mathbf{y}^\top \boldsymbol{\beta}^\top \mathbf{A}^\top \mathbf{B}^\top"
    r" \mathbf{v}^\top"
)


def _read(text: str):
    from derivations.post._extract import Row

    ctx = post_context([Row(text=CONTEXT, line=1, block=1, index=1)], Context())
    e, _ = parse_expression(text, ctx)
    return e


def _symbols(e) -> dict[str, sp.MatrixSymbol]:
    return {str(m.name): m for m in e.atoms(sp.MatrixSymbol)}


def test_a_design_matrix_is_rectangular():
    (g,) = as_matrix_types(_read(r"\mathbf{X}^\top (\mathbf{X} \boldsymbol{\beta} - \mathbf{y})"))
    m = _symbols(g)
    n, p = m["X"].shape
    assert n != p, m["X"].shape  # nothing in the row says X is square
    assert m["beta"].shape == (p, 1) and m["y"].shape == (n, 1)
    assert g.shape == (p, 1)


def test_an_inverse_or_a_sum_with_a_transpose_makes_a_matrix_square():
    (g,) = as_matrix_types(_read(r"(\mathbf{A} + \mathbf{A}^\top) \mathbf{v}"))
    a = _symbols(g)["A"]
    assert a.shape[0] == a.shape[1]
    (h,) = as_matrix_types(_read(r"(\mathbf{X}^\top \mathbf{X})^{-1} \mathbf{X}^\top \mathbf{y}"))
    n, p = _symbols(h)["X"].shape
    assert n != p and h.shape == (p, 1)


def test_shapes_that_cannot_fit_give_none():
    # X beta (n x 1) added to beta^T X^T (1 x n): only n = 1 fits, and X, transposed,
    # is then no matrix: the reading is a guess, not a matrix row.
    assert as_matrix_types(_read(r"\mathbf{X} \boldsymbol{\beta} - \mathbf{y}^\top")) is None
    # Two sides of a rewrite: a number (v^T v) and a matrix (v v^T) are one value only
    # for a 1 x 1 v, and v is transposed.
    v = r"\mathbf{v}"
    assert as_matrix_types(_read(rf"{v}^\top {v}"), _read(rf"{v} {v}^\top")) is None


def _post(tmp_path, *rows: str, context: str = CONTEXT):
    body = "---\ntitle: shapes\n---\n\nNotation: $$ c = " + context + " $$\n\n"
    for r in rows:
        body += "A step of matrix algebra:\n\n$$\n" + r + "\n$$\n\n"
    p = tmp_path / "shapes.md"
    p.write_text(body, encoding="utf-8")
    return [r for r in check_post(p).rows if r.line > 5]


X, Y, B, A_, B_, V, I_ = (
    r"\mathbf{X}",
    r"\mathbf{y}",
    r"\boldsymbol{\beta}",
    r"\mathbf{A}",
    r"\mathbf{B}",
    r"\mathbf{v}",
    r"\mathbf{I}",
)

HOLDS = [
    # the ridge gradient expanded
    rf"{X}^\top ({X} {B} - {Y}) + \lambda {B} = {X}^\top {X} {B} - {X}^\top {Y} + \lambda {B}",
    # the identity after lambda (the ridge normal equations)
    rf"{X}^\top {X} {B} + \lambda {I_} {B} = ({X}^\top {X} + \lambda {I_}) {B}",
    # the residual sum of squares expanded
    rf"({Y} - {X} {B})^\top ({Y} - {X} {B}) = {Y}^\top {Y} - 2 {B}^\top {X}^\top {Y}"
    rf" + {B}^\top {X}^\top {X} {B}",
    # the transpose of a product
    rf"({A_} {B_})^\top {V} = {B_}^\top {A_}^\top {V}",
    # the hat matrix keeps what is in the span of X
    rf"{X} ({X}^\top {X})^{{-1}} {X}^\top ({X} {B} + {Y}) = {X} {B} + {X} ({X}^\top {X})^{{-1}}"
    rf" {X}^\top {Y}",
    # the least-squares solution put back into the normal equations
    rf"{X}^\top {X} ({X}^\top {X})^{{-1}} {X}^\top {Y} = {X}^\top {Y}",
]

FALSE_TWINS = [
    # X X^T for X^T X
    rf"{X}^\top ({X} {B} - {Y}) + \lambda {B} = {X} {X}^\top {B} - {X}^\top {Y} + \lambda {B}",
    # a missing transpose
    rf"{X}^\top ({X} {B} - {Y}) = {X}^\top {X} {B} - {X} {Y}",
    # the transpose of a product in the same order
    rf"({A_} {B_})^\top {V} = {A_}^\top {B_}^\top {V}",
    # matrices commute
    rf"{A_} {B_} {V} = {B_} {A_} {V}",
    # the hat matrix is the identity only for a square design (n = p)
    rf"{X} ({X}^\top {X})^{{-1}} {X}^\top ({X} {B} + {Y}) = {X} {B} + {Y}",
    # the cross term without its factor 2
    rf"({Y} - {X} {B})^\top ({Y} - {X} {B}) = {Y}^\top {Y} - {B}^\top {X}^\top {Y}"
    rf" + {B}^\top {X}^\top {X} {B}",
]


@pytest.mark.parametrize("row", HOLDS)
def test_matrix_identities_that_hold_are_proved(tmp_path, row):
    (r,) = _post(tmp_path, row)
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("row", FALSE_TWINS)
def test_their_false_twins_are_refuted(tmp_path, row):
    (r,) = _post(tmp_path, row)
    assert r.verdict == "refuted", (r.verdict, r.reason)
    assert "1x1" not in r.reason


@pytest.mark.parametrize(
    "row",
    [
        # a number equal to a matrix: only for 1 x 1 "matrices", which X and beta are not
        rf"{X} {B} = {B} {X}",
        rf"{Y}^\top {V} = {V} {Y}^\top",
    ],
)
def test_shapes_that_do_not_fit_are_neither_proved_nor_refuted(tmp_path, row):
    (r,) = _post(tmp_path, row)
    assert r.verdict not in ("proved", "refuted"), (r.verdict, r.reason)


def test_a_capital_letter_can_be_a_column_vector(tmp_path):
    # One observation X (a p x 1 vector) of a ridge loss; t a number. The square reading
    # (X d x d) cannot read X^T beta - y at all; the inferred shapes can.
    loss = (
        rf"\frac{{\partial}}{{\partial {B}}} \left( ({X}^\top {B} - t)^2"
        rf" + \lambda {B}^\top {B} \right)"
    )
    rows = _post(tmp_path, loss + rf" = 2 ({X}^\top {B} - t) {X} + 2 \lambda {B}")
    assert [r.verdict for r in rows] == ["proved"], [(r.verdict, r.reason) for r in rows]
    rows = _post(tmp_path, loss + rf" = 2 ({X}^\top {B} - t) {X} + \lambda {B}")
    assert [r.verdict for r in rows] == ["refuted"], [(r.verdict, r.reason) for r in rows]


def test_a_vector_name_under_a_function_of_numbers_is_a_number(tmp_path):
    # eta is a vector elsewhere in the post (transposed); in this row it is the argument
    # of exp, so the only reading is a number, and the row is scalar calculus.
    rows = _post(
        tmp_path,
        r"\frac{d}{d\eta} \log(1 + e^{\eta}) = \frac{e^{\eta}}{1 + e^{\eta}}"
        r" = \frac{1}{1 + e^{-\eta}}",
        context=r"\boldsymbol{\eta}^\top \boldsymbol{\eta}",
    )
    assert [r.verdict for r in rows] == ["proved"], [(r.verdict, r.reason) for r in rows]
    # Its false twin is refuted.
    rows = _post(
        tmp_path,
        r"\frac{d}{d\eta} \log(1 + e^{\eta}) = \frac{1}{1 + e^{\eta}}",
        context=r"\boldsymbol{\eta}^\top \boldsymbol{\eta}",
    )
    assert [r.verdict for r in rows] == ["refuted"], [(r.verdict, r.reason) for r in rows]


def test_one_name_at_two_shapes_in_two_rows(tmp_path):
    # A is rectangular in the first row (nothing makes it square) and square in the
    # second (it is inverted): the check of the second row uses a square A.
    rows = _post(
        tmp_path,
        rf"({A_} {B_})^\top {V} = {B_}^\top {A_}^\top {V}",
        rf"{A_}^{{-1}} {A_} {V} = 2 {V}",
    )
    assert [r.verdict for r in rows] == ["proved", "refuted"], [(r.verdict, r.reason) for r in rows]
