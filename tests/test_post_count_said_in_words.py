"""A number said for the sample size holds for sums written to it as well.

Adversarial set 14, pairs 129-133: "Take a sample of $n = 3$ observations $x_1, x_2, x_3$",
then ``\\sum_{i=1}^{n} x_i = x_1 + x_2 + x_3`` was refuted at ``n = 1``. Set 13's fix gave
``n`` the value 3 only where the reader supplied a sum's range; a sum written to ``n`` kept
it free. The count is now read whatever the sums' ranges ("observations", "measured
values", "draws", ``n`` or ``N``), when the post says one number for the letter.

The properties: the correct rows are not refuted; their false twins are not proved; two
numbers for one letter give it no value (pair 130 stays open: refuted, listed in OPEN14).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SET14 = Path(__file__).resolve().parent / "posts" / "incoming" / "adversarial14"


def _planted(path: Path) -> str:
    rows = [r for r in check_post(path, jobs=1, cache=False).rows if r.line == 7]
    return rows[0].verdict if rows else "missing"


@pytest.mark.parametrize("pair", ["129", "131", "132", "133"])
def test_the_sum_to_the_said_count_is_not_refuted(pair):
    (true,) = SET14.glob(f"{pair}-*-true.md")
    assert _planted(true) != "refuted"


@pytest.mark.parametrize("pair", ["129", "130", "131", "132", "133"])
def test_a_wrong_sum_to_the_said_count_is_not_proved(pair):
    (false,) = SET14.glob(f"{pair}-*-false.md")
    assert _planted(false) != "proved"


def test_two_numbers_for_one_count_give_it_no_value(tmp_path):
    text = (
        "---\ntitle: t\n---\n\nTake a sample of $n = 3$ observations. Later we take "
        "$n = 4$ observations instead.\n\n$$\\sum_{i=1}^{n} 1 = 3$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    (row,) = check_post(path, jobs=1, cache=False).rows
    assert row.verdict != "proved"
