"""Words in a text box before a condition that the reader does not know (``unless``, ``if
not``, ``except at``, ``or``, ``only if``, ``where``, a condition ending in words) were
blanked as punctuation: ``x \\text{ where } x \\ge 0`` read as ``x^2 \\ge 0``, the second
equation after ``or`` as the row's, and correct rows were refuted (adversarial set 11, pairs
51, 52, 57, 188, 198, 199, 202, 203, 222, 223, 225, 226). Such a row is not read now, or read
with its condition when the words have one meaning (``for all``, ``assuming``, ``as long
as``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = "Let $u$ and $v$ be real numbers and $m$ an integer.\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    "right",
    [
        "|u| = u \\text{ unless } u < 0",
        "|u| = u \\text{ if not } u < 0",
        "|u| = u \\text{ if } u > 0 \\text{ or } u = 0",
        "\\frac{u^3}{u} = u^2 \\text{ except at } u = 0",
        "(-1)^m = -1 \\text{ for } m \\text{ odd}",
        "|v| = -v \\text{ when } v \\text{ is negative}",
        "u = 2 \\text{ or } u = -2",
        "\\frac{v}{v} = 1 \\text{ for all } v \\ne 0",
        "|u| = u \\text{ only if } u \\ge 0",
        "\\sqrt{v^2} = v \\text{ where } v \\ge 0",
        "\\sqrt{v^2} = v \\text{ assuming } v \\ge 0",
        "\\log(uv) = \\log u + \\log v \\text{ as long as } u, v > 0",
    ],
)
def test_a_condition_in_unknown_words_refutes_nothing(tmp_path, right):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", right), right) != "refuted"


@pytest.mark.parametrize(
    "wrong",
    [
        "|u| = -u \\text{ unless } u < 0",
        "\\sqrt{v^2} = -v \\text{ where } v \\ge 0",
        "\\frac{v}{v} = v \\text{ for all } v \\ne 0",
        "(-1)^m = 1 \\text{ for } m \\text{ odd}",
    ],
)
def test_a_condition_in_unknown_words_proves_nothing(tmp_path, wrong):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", wrong), wrong) != "proved"


def test_an_annotation_between_two_sides_still_reads(tmp_path):
    row = "(u + 1)^2 = u^2 + 2u + 1 \\text{ by expanding } = 1 + 2u + u^2"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) == "proved"
