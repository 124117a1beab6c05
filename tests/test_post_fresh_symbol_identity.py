"""A row that brings in a symbol the post gives no value (``\\hat y_i`` in a sum of squares
split by adding and subtracting it) is proved when it holds for every value of that symbol,
and stays unchecked otherwise, never refuted: ``\\sum (y_i-\\bar y)^2 = \\sum ((\\hat y_i -
\\bar y) + (y_i - \\hat y_i))^2`` (held-out external42, two SST = SSR + SSE posts) was left
"unchecked: \\hat{y} appears here for the first time ... holds only for a suitable value of
it" although no value of \\hat y_i can make it fail.
"""

from __future__ import annotations

from _post_rows import display_rows


def test_adding_and_subtracting_a_new_symbol_is_proved(tmp_path):
    rows = display_rows(
        tmp_path,
        r"\sum_{i=1}^n(y_i-\overline y)^2=\sum_{i=1}^n((\hat y_i-\overline y)+(y_i - \hat y_i))^2",
    )
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)


def test_a_new_symbol_the_row_needs_a_value_of_stays_unchecked(tmp_path):
    rows = display_rows(
        tmp_path,
        r"\sum_{i=1}^n(y_i-\overline y)^2=\sum_{i=1}^n (y_i - \overline y)(y_i - \hat y_i)",
    )
    assert rows[5].verdict == "unchecked", (rows[5].verdict, rows[5].reason)
    assert "first time" in rows[5].reason


def test_a_decomposition_true_only_for_least_squares_fits_is_not_refuted(tmp_path):
    # SST = SSE + SSR holds for the fitted values of least squares, not for every hat y_i:
    # with no value of hat y_i the row is left unchecked, never refuted
    rows = display_rows(
        tmp_path,
        r"\sum_{i=1}^n(y_i-\bar y)^2=\sum_{i=1}^n(y_i-\hat y_i)^2+\sum_{i=1}^n(\hat y_i-\bar y)^2",
    )
    assert rows[5].verdict == "unchecked", (rows[5].verdict, rows[5].reason)


def test_a_new_symbol_after_a_refuted_value_is_not_refuted_there():
    # external37 heatonresearch 52: s'(x) = s(x)(1 - s(x)), s given no value, after the refuted
    # derivative of line 46; compared again with the value line 46 was compared with, the
    # prove-only link was refuted (a correct row) before after_refuted_values kept its fallback
    from pathlib import Path

    from _post_rows import rows_of

    name = "heatonresearch-aifh-sigmoid-derivative-minus-sign-in-split-product.md"
    path = Path(__file__).parent / "posts/incoming/external37" / name
    assert rows_of(path)[52].verdict != "refuted", rows_of(path)[52].reason
