"""Condition boxes inside a display: ``\\text{, if }``, ``\\text{, for }``, and a second
condition joined by ``\\text{ and }`` (adversarial set 10, pairs 15, 19, 173, 174).

Only a box holding exactly "if"/"for"/... made the math after it a condition; a box with
its comma inside was blanked, so ``|t| = -t \\text{, for } t < 0`` was read as the
product ``-t \\cdot t < 0`` and the correct row refuted; after ``\\text{ if } x < 0``, a box
``\\text{ and }`` was blanked too, and the two conditions ran together as one. Each is
now a condition of its own: a correct row is never refuted at a point outside it, a false
one never proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._extract import extract_rows


def verdict(tmp_path, prose: str, row: str) -> str:
    post = tmp_path / "post.md"
    post.write_text(f"{prose}\n\n$${row}$$\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


CASES = [
    (
        "For a real $t$,",
        r"\sqrt{t^2} = -t \text{, if } t < 0",
        r"\sqrt{t^2} = t \text{, if } t < 0",
    ),
    ("For a real $t$,", r"|t| = -t \text{, for } t < 0", r"|t| = t \text{, for } t < 0"),
    (
        "For reals $x$ and $y$,",
        r"|xy| = -xy \text{ if } x > 0 \text{ and } y < 0",
        r"|xy| = xy \text{ if } x > 0 \text{ and } y < 0",
    ),
    (
        "For reals $x$ and $y$,",
        r"|xy| = xy \text{ for } x < 0 \text{ and } y < 0",
        r"|xy| = -xy \text{ for } x < 0 \text{ and } y < 0",
    ),
]


@pytest.mark.parametrize(("prose", "true_row", "false_row"), CASES)
def test_a_condition_box_keeps_its_condition(tmp_path, prose, true_row, false_row):
    assert verdict(tmp_path, prose, true_row) != "refuted"
    assert verdict(tmp_path, prose, false_row) != "proved"


def test_the_boxes_become_separators():
    (row,) = extract_rows(r"$$|xy| = xy \text{ for } x < 0 \text{ and } y < 0$$")
    assert row.text.split().count(r"\quad") == 2


def test_and_without_a_condition_before_it_is_still_blanked():
    (row,) = extract_rows(r"$$a = b \text{ and } c = d$$")
    assert r"\quad" not in row.text
