"""A single name in braces, or under a font or an accent command, takes scripts as the name
itself does: TeX sets ``{\\hat\\beta}_\\tau`` as ``\\hat\\beta_\\tau`` and ``\\mathbf{v}^T_1`` as
``\\mathbf{v}_1^T`` (held-out batches 18 and 39 write them; the rows were 'unexpected _').
A group of more than one name (``{x + y}_i``) keeps refusing its script: what the subscript
belongs to is not one name."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ALIGNED = "\\begin{aligned} g &= (NAME + 1)^2 \\\\ &= SQUARE + 2 NAME SIGN 1 \\end{aligned}"


@pytest.mark.parametrize(
    ("name", "square"),
    [
        (r"{\hat{\beta}}_\tau", r"{\hat{\beta}}_\tau^2"),
        (r"{\hat\beta}_1", r"\hat\beta_1^2"),
        (r"{x}_i", r"{x}_i^2"),
        (r"{\bf v}_1", r"{\bf v}^2_1"),
        (r"\mathbf{v}_1", r"\mathbf{v}^2_1"),
        (r"\hat{x}_1", r"\hat{x}^{2}_{1}"),
        (r"{\boldsymbol{\mu}}_k", r"{\boldsymbol{\mu}}^2_k"),
    ],
)
def test_a_named_group_takes_its_scripts(tmp_path, name, square):
    right = ALIGNED.replace("NAME", name).replace("SQUARE", square).replace("SIGN", "+")
    wrong = ALIGNED.replace("NAME", name).replace("SQUARE", square).replace("SIGN", "-")
    assert display_rows(tmp_path, right)[5].verdict == "proved"
    row = display_rows(tmp_path, wrong)[5]
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_a_transpose_before_the_subscript_is_the_elements_transpose(tmp_path):
    rows = display_rows(tmp_path, r"\mathbf{v}^T_1 \mathbf{v}_1 = \mathbf{v}_1^T \mathbf{v}_1")
    assert rows[5].verdict not in ("unparsed", "refuted"), rows[5].reason


@pytest.mark.parametrize("group", [r"{x + y}_i", r"{x y}_i", r"{\hat x \hat y}_i"])
def test_a_group_of_more_than_one_name_keeps_refusing_its_script(tmp_path, group):
    row = display_rows(tmp_path, f"{group} = 2")[5]
    assert row.verdict == "unparsed", (row.verdict, row.reason)


def test_a_sums_limits_are_unchanged(tmp_path):
    rows = display_rows(tmp_path, r"\sum^{3}_{i=1} i = 6", r"\sum^{3}_{i=1} i = 7")
    assert rows[5].verdict == "proved" and rows[7].verdict == "refuted"
