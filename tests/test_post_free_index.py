"""A row that leaves a sample index free where the line above bound it is checked for
every value of the index.

gamma-mse-score-equations line 16 writes prod_i x_i^(g-1) as x_i^(n(g-1)): the index i,
bound by the product above, is free in the row. The row then "holds only for a suitable
value of i" and was left unchecked, so the author's slip went uncaught. For n = 3 the
row can hold only if one of its three instances i = 1, 2, 3 does; where none does, the
row is refuted. Where one does (i cancels), the row is not refuted, and it is never
proved this way (three values of n do not prove it for every n).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

HERE = Path(__file__).resolve().parent / "posts" / "incoming" / "free-index"
POWER = "product-power-of-one-sample.md"
EXP = "product-to-one-sample.md"


def _row(path: Path, line: int = 9):
    return rows_of(path)[line]


@pytest.mark.parametrize("name", [POWER, EXP])
def test_a_product_written_with_one_free_sample_is_refuted(name):
    row = _row(HERE / name)
    assert row.verdict == "refuted", (row.verdict, row.reason)


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    return edited_copy(tmp_path, HERE / name, old, new)


def test_the_correct_row_is_proved(tmp_path):
    p = _variant(tmp_path, EXP, r"e^{-n \lambda x_i}", r"e^{-\lambda \sum_{i=1}^n x_i}")
    assert _row(p).verdict == "proved"


def test_a_free_index_that_cancels_is_not_refuted_nor_proved(tmp_path):
    p = _variant(
        tmp_path, EXP, r"e^{-n \lambda x_i}", r"e^{-\lambda \sum_{i=1}^n x_i} \frac{x_i}{x_i}"
    )
    assert _row(p).verdict not in ("refuted", "proved")


def test_an_index_no_line_above_bounds_is_not_refuted(tmp_path):
    # k ranges over nothing the post states: no values of k to try
    p = _variant(tmp_path, EXP, r"e^{-n \lambda x_i}", r"e^{-n \lambda y_k}")
    assert _row(p).verdict != "refuted"


def test_the_gamma_post_slip_is_caught():
    post = Path(__file__).resolve().parent / "posts" / "external" / "gamma-mse-score-equations.md"
    assert _row(post, 16).verdict == "refuted"


def test_a_free_index_that_cancels_only_numerically_is_not_refuted(tmp_path):
    # log(x_i^2) / (2 log x_i) is 1 for x_i > 0 (the density's support): rounding of
    # large lines must not make the instances differ
    p = _variant(
        tmp_path,
        EXP,
        r"e^{-n \lambda x_i}",
        r"e^{-\lambda \sum_{i=1}^n x_i} \frac{\log(e^{40} x_i^2)}{40 + 2\log(x_i)}",
    )
    assert _row(p).verdict != "refuted"
