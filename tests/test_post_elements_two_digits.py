"""``x_{12}`` in a post that writes ``x`` with two indices is row 1, column 2.

Read as the twelfth element of a one-index sample it refuted correct rows (adversarial set 8,
pairs 91 and 204): ``\\sum_{i=1}^{3} x_{i2} = x_{12} + x_{22} + x_{32}``.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def verdict(tmp_path, lead: str, row: str) -> str:
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n{lead}\n\n$${row}$$\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


LEAD = "A table has entries $x_{ij}$, with $i$ the row and $j$ the column."


@pytest.mark.parametrize(
    "right, wrong",
    [
        (
            r"\sum_{i=1}^{3} x_{i2} = x_{12} + x_{22} + x_{32}",
            r"\sum_{i=1}^{3} x_{i2} = x_{21} + x_{22} + x_{23}",
        ),
        (r"\sum_{i=1}^{2} y_{i1} = y_{11} + y_{21}", r"\sum_{i=1}^{2} y_{i1} = y_{11} + y_{12}"),
    ],
)
def test_two_digits_are_row_and_column(tmp_path, right, wrong):
    lead = LEAD.replace("x_{ij}", "y_{ij}") if "y_" in right else LEAD
    assert verdict(tmp_path, lead, right) == "proved"
    assert verdict(tmp_path, lead, wrong) != "proved"


def test_three_digits_are_not_split(tmp_path):
    assert verdict(tmp_path, LEAD, r"\sum_{i=1}^{3} x_{i2} = x_{123}") == "unparsed"


def test_a_row_index_first_is_never_refuted(tmp_path):
    got = verdict(tmp_path, LEAD, r"\sum_{j=1}^{2} x_{1j} = x_{11} + x_{12}")
    assert got != "refuted"


def test_a_one_index_sample_keeps_its_twelfth_element():
    from derivations.post._indices import two_index_names
    from derivations.post._parse import parse_expression

    assert not two_index_names([r"The sample is $x_1, \dots, x_n$, $\sum_i x_i$."])
    e, _ = parse_expression("x_{12}")
    assert str(e) == "x[12]"
