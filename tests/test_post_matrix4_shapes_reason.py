"""A matrix plus a number (``X^T X + lambda`` for ``X^T X + lambda I``) is said to be one.

``X^T X beta + lambda beta = (X^T X + lambda) beta`` is the author's mistake in the
ridge question (held-out external3): the right side adds the number ``lambda`` to
the ``p x p`` matrix ``X^T X``. Read as 1x1 matrices the row holds, so it must not
be proved; the reason must say that the shapes do not fit (which is why it is not
checked), not only that it "holds for 1x1 matrices". The row with the identity
``lambda I`` is the correct twin and is proved with matrices.
"""

from __future__ import annotations

from derivations.post import check_post

X, B, I_ = r"\mathbf{X}", r"\boldsymbol{\beta}", r"\mathbf{I}"
_NOTATION = rf"c = {X}^\top {B}^\top {I_}"


def _row(tmp_path, row: str):
    body = f"---\ntitle: t\n---\n\nNotation: $$ {_NOTATION} $$\n\nA step:\n\n$$ {row} $$\n"
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    (r,) = [r for r in check_post(p).rows if r.line > 5]
    return r


def test_a_number_added_to_a_matrix_is_not_proved_and_the_reason_says_shapes(tmp_path):
    r = _row(tmp_path, rf"{X}^\top {X} {B} + \lambda {B} = ({X}^\top {X} + \lambda) {B}")
    assert r.verdict not in ("proved", "refuted"), (r.verdict, r.reason)
    assert "shapes" in r.reason and "lambda" in r.reason, r.reason


def test_the_other_order_is_not_proved_either(tmp_path):
    r = _row(tmp_path, rf"{B} ({X}^\top {X} + \lambda) = {X}^\top {X} {B} + \lambda {B}")
    assert r.verdict not in ("proved", "refuted"), (r.verdict, r.reason)
    assert "shapes" in r.reason, r.reason


def test_the_identity_after_lambda_is_proved(tmp_path):
    r = _row(tmp_path, rf"{X}^\top {X} {B} + \lambda {B} = ({X}^\top {X} + \lambda {I_}) {B}")
    assert r.verdict == "proved", (r.verdict, r.reason)
