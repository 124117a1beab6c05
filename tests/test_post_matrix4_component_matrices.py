"""A matrix of one mixture component, ``\\Sigma_k`` with ``k`` not summed, is one matrix.

The reader keeps ``\\Sigma_k`` as the k-th of a family (``k`` indexes the
components elsewhere in the post), and a family was always read as column
vectors: ``\\Sigma_k^{-1} (x_i - mu_k)`` then had no shapes, and the GMM M-step row
``sum_i Sigma_k^{-1} (x_i - mu_k) T_ki = Sigma_k^{-1} sum_i (x_i - mu_k) T_ki``
fell back to 1x1 matrices (ahstat, held-out external6). With ``k`` fixed in the
lines (no sum runs over it), ``\\Sigma_k`` is one square matrix of its own, checked
with matrices; a matrix summed over its index stays unread.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

M = r"\boldsymbol{\mu}_k"

#: k and i index the components and the samples (sums over both, as a GMM post has).
_NOTATION = (
    rf"Q = \sum_{{k=1}}^K \sum_{{i=1}}^N T_{{k,i}} (x_i - {M})^\top \Sigma_k^{{-1}} (x_i - {M})"
)


def _rows(tmp_path, *rows: str):
    body = f"---\ntitle: t\n---\n\nThe objective: $$ {_NOTATION} $$\n\n"
    for row in rows:
        body += f"A step:\n\n$$ {row} $$\n\n"
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return [r for r in check_post(p).rows if r.line > 6]


_LEFT = rf"\sum_{{i = 1}}^{{N}} \Sigma_k^{{-1}} (x_i - {M}) T_{{k, i}}"
_SIGMA_SUM = r"\Sigma_k^{-1} \sum_{i = 1}^{N}"

HOLDS = [
    rf"{_LEFT} = {_SIGMA_SUM} (x_i - {M}) T_{{k, i}}",
    rf"{_LEFT} = {_SIGMA_SUM} x_i T_{{k, i}} - \Sigma_k^{{-1}} {M} \sum_{{i = 1}}^{{N}} T_{{k, i}}",
]

FALSE_TWINS = [
    # the weight T_ki dropped from one term
    rf"{_LEFT} = {_SIGMA_SUM} x_i T_{{k, i}} - N \Sigma_k^{{-1}} {M}",
    # Sigma_k^{-1} itself dropped from one term
    rf"{_LEFT} = {_SIGMA_SUM} x_i T_{{k, i}} - {M} \sum_{{i = 1}}^{{N}} T_{{k, i}}",
]


@pytest.mark.parametrize("row", HOLDS)
def test_a_component_matrix_row_is_proved_with_matrices(tmp_path, row):
    (r,) = _rows(tmp_path, row)
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("row", FALSE_TWINS)
def test_its_false_twins_are_refuted_with_matrices(tmp_path, row):
    (r,) = _rows(tmp_path, row)
    assert r.verdict == "refuted", (r.verdict, r.reason)
    assert "1x1" not in r.reason


def test_a_matrix_summed_over_its_own_index_is_not_proved(tmp_path):
    # sum_k Sigma_k^{-1} mu_k: a sum over a family of matrices, not one matrix; the row
    # (with the order of the factors swapped) must not be proved as if it were one.
    (r,) = _rows(
        tmp_path,
        rf"\sum_{{k=1}}^{{K}} \Sigma_k^{{-1}} {M} = \sum_{{k=1}}^{{K}} {M}^\top \Sigma_k^{{-1}}",
    )
    assert r.verdict != "proved", (r.verdict, r.reason)
