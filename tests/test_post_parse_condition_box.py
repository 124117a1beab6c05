"""A condition introduced by words in a text box inside a display (``\\frac{|x|}{x} = 1
\\text{ if } x > 0``) is a condition, not a factor: with the box blanked the row read
``|x|/x = 1 x > 0``, a chain through the product ``x``, and the correct row was refuted
(adversarial set 9, pair 12). The box now separates like ``, \\quad``. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._extract import extract_rows

_BODY = "For real $t \\ne 0$,\n\n$$ROW$$\n"


@pytest.mark.parametrize("word", ["if", "for", "when", "whenever", "provided that"])
@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("\\sqrt{t^2} = t", "\\sqrt{t^2} = -t"),
        ("\\frac{t}{|t|} = 1", "\\frac{t}{|t|} = -1"),
    ],
)
def test_a_condition_in_words_inside_a_display_is_no_factor(tmp_path, word, right, wrong):
    tail = f" \\text{{ {word} }} t > 0"
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", right + tail), right) != "refuted"
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", wrong + tail), wrong) != "proved"


def test_words_that_only_annotate_a_row_are_still_blanked():
    rows = extract_rows("$$a = b \\text{ by the chain rule}$$\n")
    assert "quad" not in rows[0].text
    assert "chain" not in rows[0].text
