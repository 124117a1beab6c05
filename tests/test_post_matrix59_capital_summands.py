"""A plain capital letter added to a matrix is a matrix of that shape (matrix59).

Posts write the matrices they transpose or invert in a way the reader sees
(``C^\\top``, ``S^{-1}``) and leave others plain: the Kalman filter's ``V`` of
``C \\Sigma_- C^\\top + V`` is never transposed. Read as a number, a number added to
a matrix has no matrix meaning, and every such row fell back to the 1x1 reading
("matrix algebra: it holds for 1x1 matrices ..."): the expansion of
``(I - K'C) \\Sigma_- (I - K'C)^\\top + K' V K'^\\top`` was never proved. Beside a
matrix term, the plain capital letter is a matrix of the same shape; the number
reading is its special case ``V = v I`` only where the product is ``1 x 1``, so a
proof covers it, and a numeric failure is no counterexample (a guessed shape).

Each correct row has a wrong twin (an order swapped, a transpose dropped, ``(A+B)^2``
expanded as numbers) that must not be proved; the correct ones must not be refuted.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HELD_OUT = Path(__file__).parent / "posts" / "incoming"
_MATRIX_NOTE = "matrix algebra: it holds for 1x1 matrices"


def _check(tmp_path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}


_KALMAN = r"""---
title: t
---

Let $V \succ 0$ be the noise covariance and $P$ the prior covariance; the gain is any matrix $K$.

$$ K (C P C^\top + V) K^\top = {right} $$
"""

CORRECT = [
    r"K C P C^\top K^\top + K V K^\top",
    r"K V K^\top + K C P C^\top K^\top",
    r"K (V + C P C^\top) K^\top",
]
WRONG = [
    r"K C P C^\top K^\top + V K K^\top",  # V moved out of its place
    r"K C P C^\top K^\top + K V K",  # a transpose dropped
    r"K^\top C P C^\top K + K V K^\top",  # the gain's transpose on the wrong side
]


@pytest.mark.parametrize("right", CORRECT)
def test_a_plain_capital_added_to_a_matrix_is_a_matrix(tmp_path, right):
    r = _check(tmp_path, _KALMAN.format(right=right))[7]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("right", WRONG)
def test_the_wrong_twins_are_not_proved(tmp_path, right):
    r = _check(tmp_path, _KALMAN.format(right=right))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


_SQUARE = r"""---
title: t
---

For matrices $A$ and $B^\top$ of one size:

$$ (A + B)(A + B) = {right} $$
"""


def test_the_square_of_a_sum_expands_in_order(tmp_path):
    r = _check(tmp_path, _SQUARE.format(right=r"A A + A B + B A + B B"))[7]
    assert r.verdict == "proved", (r.verdict, r.reason)


def test_the_square_of_a_sum_as_numbers_is_not_proved(tmp_path):
    r = _check(tmp_path, _SQUARE.format(right=r"A A + 2 A B + B B"))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_the_loose_reading_takes_only_a_capital_beside_a_matrix_term():
    """A capital letter added to a number (a count N) stays a number; one added to a
    product holding a matrix becomes a matrix."""
    import sympy as sp

    from derivations.post._matrices import _capitals_added_to_matrices as added

    K, C = sp.Symbol("K", commutative=False), sp.Symbol("C", commutative=False)
    V, N, a = sp.Symbol("V"), sp.Symbol("N"), sp.Symbol("a")
    assert added(sp.Add(sp.Mul(K, C, evaluate=False), V, evaluate=False)) == {"V"}
    assert added(sp.Add(N, a, evaluate=False) * K) == set()
    assert added(sp.Add(sp.Mul(a, K, evaluate=False), sp.Symbol("I"), evaluate=False)) == set()


# -- the held-out post: its expansion rows are checked as matrices, never refuted ------------

KALMAN = "external17/whatandwhy-kalman-gain-minimizes-posterior-covariance.md"


def test_the_kalman_expansions_are_not_left_to_the_1x1_reading():
    rows = {r.line: r for r in check_post(HELD_OUT / KALMAN).rows}
    for line in (28, 30):
        r = rows[line]
        assert r.verdict != "refuted", (line, r.reason)
        assert _MATRIX_NOTE not in r.reason, (line, r.reason)


# -- ^{T} is a transpose where the letter T is only a subscripted table (T_{k,i}) ------------

_TABLE = r"""---
title: t
---

The responsibilities are $T_{{k, i}}$, with $$ N_k = \sum_{{i = 1}}^{{N}} T_{{k, i}} $$

For a vector $z$ and a matrix $\Lambda_k$:

$$\nabla_{{\Lambda_k}} z^{{T}} \Lambda_k z = {right}.$$
"""


def test_a_transpose_beside_a_subscripted_letter_t_is_a_transpose(tmp_path):
    r = _check(tmp_path, _TABLE.format(right=r"z z^{T}"))[9]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("right", [r"z^{T} z", r"2 z z^{T}", r"\Lambda_k z z^{T}"])
def test_its_wrong_twins_are_not_proved(tmp_path, right):
    r = _check(tmp_path, _TABLE.format(right=right))[9]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_a_bare_letter_t_keeps_the_exponent_reading():
    """``\\frac{1}{T}`` writes T alone: ``x^T`` there may be a power (not changed)."""
    from derivations.post._parse import _standalone

    assert _standalone(r"\frac{1}{T} \sum_{t} x_t^{T}", "T", subscripted=False)
    assert not _standalone(r"T_{k, i}^{(t)} (x_i - m_k)^{T}", "T", subscripted=False)
    assert _standalone(r"T_{k, i}^{(t)} (x_i - m_k)^{T}", "T")


# -- x \cdot y of two column vectors is their inner product x^T y ---------------------------

_DOT = r"""---
title: t
---

Let $x, y \in \mathbb{{R}}^n$ and $A \in M_{{nn}}$:

$$ {left} = {right} $$
"""


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"x \cdot y", r"x^T y"),
        (r"x \cdot y", r"y^T x"),
        (r"x \cdot y", r"y^Tx"),  # ^T without braces takes the T alone: y^T x
        (r"\frac{\partial }{\partial x}(y^Tx)", r"y"),
        (r"\frac{\partial}{\partial x}(x \cdot y)", r"y"),
        (r"x \cdot (A y)", r"y^T A^T x"),
    ],
)
def test_a_dot_of_two_columns_is_their_inner_product(tmp_path, left, right):
    r = _check(tmp_path, _DOT.format(left=left, right=right))[7]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"x \cdot y", r"x y^T"),  # the outer product
        (r"\frac{\partial}{\partial x}(x \cdot y)", r"x"),
        (r"x \cdot (A y)", r"y^T A x"),  # A is not symmetric
        (r"x \cdot y", r"2 x^T y"),
        (r"x \cdot y", r"x^Ty + y^Tx"),
    ],
)
def test_the_wrong_twins_of_a_dot_are_not_proved(tmp_path, left, right):
    r = _check(tmp_path, _DOT.format(left=left, right=right))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


NOTES = "external16/github-notes-least-squares-normal-equation-sign-slip.md"


def test_the_notes_dot_rows_are_proved_and_their_slip_still_caught():
    """``x \\cdot y = x^Ty = y^Tx`` and ``d/dx (x \\cdot y) = y`` are matrix rows now; the
    second link of the first row compares the engine's ``x`` (held from the first link)
    with the reader's: the same name, not a letter first seen there, or every later row
    with ``x`` was "a link may give it a value" and line 34's slip (-b^T b) went uncaught."""
    rows = {r.line: r for r in check_post(HELD_OUT / NOTES).rows}
    assert rows[17].verdict == "proved", rows[17].reason
    assert rows[34].verdict == "refuted", rows[34].reason
    assert "first time" not in rows[14].reason, rows[14].reason


# -- a matrix the post states positive definite (V \succ 0) is symmetric -------------------

_STATED = r"""---
title: t
---

Let $V \succ 0$ and let $C$ be any matrix.

$$ {left} = {right} $$
"""

NEEDS_SYMMETRY = [
    (r"(C V C^\top + V)^\top", r"C V C^\top + V"),
    (r"K (C V C^\top + V) K^\top", r"K C V C^\top K^\top + K V^\top K^\top"),
]


@pytest.mark.parametrize(("left", "right"), NEEDS_SYMMETRY)
def test_a_matrix_stated_positive_definite_is_symmetric(tmp_path, left, right):
    """Correct for a symmetric V only; refuted with V drawn as any matrix (a breach). The
    symmetry of C V C^T + V is an open condition of the engine's rule (plausible)."""
    r = _check(tmp_path, _STATED.format(left=left, right=right))[7]
    assert r.verdict in ("proved", "plausible"), (r.verdict, r.reason)
    if "K" in left:
        assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"(C V C^\top + V)^\top", r"C^\top V C + V"),
        (r"K (C V C^\top + V) K^\top", r"K C V C^\top K^\top + V K K^\top"),
    ],
)
def test_its_wrong_twins_are_still_not_proved(tmp_path, left, right):
    r = _check(tmp_path, _STATED.format(left=left, right=right))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


# -- |y_i - X_i beta| beside matrix rows: bars around a residual, read 1x1 ------------------

QUANTILE = "external39/marco-c-yu-quantile-regression-argmax-for-argmin-irls-limit-over-n.md"


def test_bars_around_a_residual_are_not_refuted_as_a_determinant():
    """``X^TW_tX`` (a bare ^T) makes X a matrix name; ``|y_i - X_i beta|`` has no matrix
    reading, and read 1x1 its bars became a determinant, the number itself: the correct
    row 37 (|r| = r^2 / sqrt(r^2)) was refuted at a negative residual."""
    rows = {r.line: r for r in check_post(HELD_OUT / QUANTILE).rows}
    assert rows[37].verdict != "refuted", rows[37].reason


# -- a plain capital letter between vectors in a product is a matrix -------------------------

_SANDWICH = r"""---
title: t
---

For an n by 1 vector $\vec{{a}}$ and an n by n matrix A:

$$\vec{{a}}^{{T}}A\vec{{a}} = {right}$$
"""


@pytest.mark.parametrize(
    "right", [r"trace(\vec{a}A\vec{a}^{T})", r"\vec{a}^{T}\vec{a} A", r"trace(\vec{a}^{T}\vec{a}A)"]
)
def test_a_capital_between_vectors_is_no_number(tmp_path, right):
    """Read as a number, A left the product: a^T A a = tr(a A a^T) (no matrix meaning),
    a^T a A and tr(a^T a A) = (a^T a) tr A were proved."""
    r = _check(tmp_path, _SANDWICH.format(right=right))[7]
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


@pytest.mark.parametrize("right", [r"trace(A\vec{a}\vec{a}^{T})", r"trace(\vec{a}\vec{a}^{T}A)"])
def test_the_trace_form_of_the_quadratic_form_is_not_refuted(tmp_path, right):
    r = _check(tmp_path, _SANDWICH.format(right=right))[7]
    assert r.verdict in ("proved", "plausible"), (r.verdict, r.reason)


MVN = "external20/techqa-mvn-maximized-likelihood-trace-np.md"


def test_the_undefined_middle_trace_is_not_proved():
    rows = {r.line: r for r in check_post(HELD_OUT / MVN).rows}
    assert rows[21].verdict != "proved", rows[21].reason
    assert rows[23].verdict != "refuted", rows[23].reason


HEXO = "external17/duzhongxiang-hexo-logistic-regression-newton-loss-sign.md"


def test_a_vector_stated_in_a_real_space_holds_any_drawn_point():
    """``w^Tx`` (a bare ^T) makes x a vector; the post's ``x \\in R^d`` then could not
    place the counterexample's vector in or out of R^d, and the missing minus sign of
    line 12 (-log P written as log P) went uncaught. Real entries are always in R^d."""
    rows = [r for r in check_post(HELD_OUT / HEXO).rows if r.line == 12]
    assert any(r.verdict == "refuted" for r in rows), [(r.verdict, r.reason) for r in rows]
