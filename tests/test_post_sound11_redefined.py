"""A function defined in a display and then again in a sentence ("From here on, let $K(x) =
3x$ instead") is not compared with its display value after that sentence: doing so proved
``K(2) = 3`` and refuted ``K(2) = 6`` (adversarial set 11, pairs 197, 238). A sentence that
restates the same function changes nothing."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = "Let\n\n$$H(s) = 2s - 1$$\n\nSENTENCE Then\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "From now on we take $H(s) = s^2$ instead.",
        "In what follows, let $H(t) = 5t$.",
    ],
)
@pytest.mark.parametrize("row", ["H(3) = 5", "H(3) = 9", "H(3) = 15"])
def test_a_function_redefined_in_prose_is_not_read_at_its_old_value(tmp_path, sentence, row):
    body = _POST.replace("SENTENCE", sentence).replace("ROW", row)
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted")


def test_a_restatement_in_prose_keeps_the_value(tmp_path):
    body = _POST.replace("SENTENCE", "Recall that $H(u) = -1 + 2u$.")
    assert verdict_of_row(tmp_path, body.replace("ROW", "H(3) = 5"), "H(3) = 5") == "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", "H(3) = 6"), "H(3) = 6") == "refuted"
