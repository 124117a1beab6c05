r"""A box of one condition word with no space before it (``\text{for } a = 2``, ``\text{at }``,
``\text{for}\ ``, ``\mbox{on }``) is words, as ``\text{ for }`` is: the math after it is the
row's condition (adversarial set 28, 56, 80, 81).

The reader took a box for words only when a space came before a word of two letters
(``_TEXT_RE``), so ``a x = 2 x \quad \text{for } a = 2`` was read as the statement
``\mathrm{for} \cdot a = 2`` beside ``a x = 2x``, checked as an identity without its condition:
a correct row refuted. ``\text{if }``, ``\text{where }`` escaped it only as connectives a side
may start with. Failed at f31b68c.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "Let $a$ and $x$ be real numbers.\n\n"
ROWS = [
    r"a x = 2 x \quad {box} a = 2",
    r"|x| = -x \quad {box} x < 0",
    r"\sqrt{{x^2}} = x \quad {box} x \ge 0",
]
BOXES = {
    r"\text{{for }}": r"\text{{ for }}",
    r"\text{{for}}\ ": r"\text{{ for }}",
    r"\text{{for}}~": r"\text{{ for }}",
    r"\mbox{{for }}": r"\mbox{{ for }}",
    r"\textrm{{for }}": r"\textrm{{ for }}",
    r"\text{{at }}": r"\text{{ at }}",
    r"\text{{on }}": r"\text{{ on }}",
    r"\text{{provided }}": r"\text{{ provided }}",
    r"\text{{when }}": r"\text{{ when }}",
    r"\text{{if}}\;": r"\text{{ if }}",
}


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"{PROSE}$${row}$$\n", row)


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("box", sorted(BOXES))
def test_a_one_word_box_is_read_as_with_a_space_before(tmp_path, row, box):
    tight = _verdict(tmp_path, row.format(box=box.format()))
    spaced = _verdict(tmp_path, row.format(box=BOXES[box].format()))
    assert tight != "refuted"
    assert tight == spaced


@pytest.mark.parametrize(
    "row",
    [
        r"\int_0^1 t^2 \mathrm{d}t = \frac{1}{3}",
        r"\operatorname{Var}(2 x) = 4 \operatorname{Var}(x)",
        r"\text{Var}(2 x) = 4 \text{Var}(x)",
    ],
)
def test_boxes_of_math_names_stay_math(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"
