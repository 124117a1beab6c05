"""``x_{im}`` in a post that writes ``x_{i1}``, ``x_{i2}``: the element ``x[i, m]``, the row i
and the column m (the last regressor, ``\\hat\\beta_m``), as ``x_{i1}`` is ``x[i, 1]``. The
SST = SSR + SSE answer of held-out external42 (techqa) writes
``\\hat\\beta_1x_{i1}+\\hat\\beta_2x_{i2}+...+\\hat\\beta_mx_{im}`` in a sum over i: its three
rows were unparsed ("i is an index of the post's sums and m is not"). A post that never
writes the name with a digit beside the index keeps the old reading (unread).
"""

from __future__ import annotations

from _post_rows import display_rows


def test_the_last_column_of_a_two_index_name_is_read(tmp_path):
    rows = display_rows(
        tmp_path,
        r"a = \sum_{i=1}^n u_i(\beta_1x_{i1}+\beta_2x_{i2}+...+\beta_mx_{im})",
        r"a = \sum_{i=1}^n u_i\beta_1x_{i1}+\sum_{i=1}^n u_i\beta_2x_{i2}+...+\sum_{i=1}^n u_i\beta_mx_{im}",
    )
    assert rows[5].verdict != "unparsed", rows[5].reason
    assert rows[7].verdict != "unparsed", rows[7].reason


def test_without_a_column_number_elsewhere_it_stays_unread(tmp_path):
    rows = display_rows(tmp_path, r"a = \sum_{i=1}^n u_i x_{im}")
    assert rows[5].verdict == "unparsed", rows[5].reason
