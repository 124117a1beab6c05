"""``beta^T x_i`` with ``x_i`` never written bold nor transposed: an inner product.

A regression post writes its covariates ``x_i`` plainly and the linear predictor
as ``\\beta^\\top x_i``; the reader keeps ``x_i`` a number, and
``\\exp(\\beta^\\top x_i)`` then had no shapes (a row vector in a function of
numbers), so the Poisson log-likelihood and its score fell back to 1x1 matrices
(athowes, held-out external5). A plain sample right after a transposed vector
(or itself transposed) is a vector when the number reading has no shapes; the
rows are checked with matrices, and a wrong score is refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_MODEL = r"\log(\lambda_i) = \beta^\top x_i"


def _rows(tmp_path, *rows: str):
    body = "---\ntitle: t\n---\n\nThe model:\n\n"
    body += f"$$ y_i \\sim \\text{{Poisson}}(\\lambda_i), \\quad {_MODEL} $$\n\n"
    for row in rows:
        body += f"A step:\n\n$$ {row} $$\n\n"
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return [r for r in check_post(p).rows if r.line > 7]


_SCORE = (
    r"\frac{\partial}{\partial \beta} \sum_{i=1}^n \left( y_i \beta^\top x_i"
    r" - \exp(\beta^\top x_i) \right)"
)

HOLDS = [
    # the log-likelihood with the link put in
    r"\ell(\beta) = \sum_{i=1}^n \left( y_i \log(\lambda_i) - \lambda_i \right)"
    r" = \sum_{i=1}^n \left( y_i \beta^\top x_i - \exp(\beta^\top x_i) \right)",
    # the score in vector form
    rf"{_SCORE} = \sum_{{i=1}}^n \left( y_i - \exp(\beta^\top x_i) \right) x_i",
]

FALSE_TWINS = [
    r"\ell(\beta) = \sum_{i=1}^n \left( y_i \log(\lambda_i) - \lambda_i \right)"
    r" = \sum_{i=1}^n \left( y_i \beta^\top x_i - \exp(2 \beta^\top x_i) \right)",
    rf"{_SCORE} = \sum_{{i=1}}^n \left( y_i - \exp(\beta^\top x_i) \right) \beta",
]


@pytest.mark.parametrize("row", HOLDS)
def test_the_poisson_regression_rows_are_proved_with_vectors(tmp_path, row):
    rows = _rows(tmp_path, row)
    checked = [r for r in rows if r.verdict != "given"]
    assert checked and all(r.verdict == "proved" for r in checked), [
        (r.verdict, r.reason) for r in rows
    ]


@pytest.mark.parametrize("row", FALSE_TWINS)
def test_their_false_twins_are_refuted(tmp_path, row):
    rows = _rows(tmp_path, row)
    assert any(r.verdict == "refuted" for r in rows), [(r.verdict, r.reason) for r in rows]
    assert not any(r.verdict == "proved" for r in rows), [(r.verdict, r.reason) for r in rows]
