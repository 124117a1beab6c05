"""A letter given a number in a sentence after a setting word ("by taking $k=2$, we can
obtain ...") in a post whose math is all inline: a choice of the letter (a setting), not a
claim. Held-out batch 51, mjtsai's gamma post line 122: "by taking $k=1$" gave k the value 1,
and "by taking $k=2$" two lines on was read as a claim that k = 2 and refuted against it.
Such a formula is prose now (its number ends the old one, as "later we take $c = 5$" does),
so the rows after it are read with k = 2 or with no value, never against k = 1. A claim that
gives the letter another number without such a word is compared as before. Variants of our
own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_LEADS = ["by taking", "taking", "take", "set", "with", "for", "setting"]


def _post(first: str, second: str) -> str:
    return (
        "---\ntitle: t\n---\n\n"
        f"The moment, {first} $k=1$, is the mean, and\n\n"
        f"the other one, {second} $k=2$, we can obtain the second moment.\n\n"
        ">$m_k = \\frac{k(k+1)}{2}$  \n"
    )


@pytest.mark.parametrize("lead", _LEADS)
def test_a_second_setting_of_a_letter_is_not_refuted(tmp_path, lead):
    rows = rows_of_text(tmp_path, _post(lead, lead))
    assert all(r.verdict != "refuted" for r in rows.values())


@pytest.mark.parametrize("lead", _LEADS)
def test_a_setting_is_never_proved(tmp_path, lead):
    rows = rows_of_text(tmp_path, _post(lead, lead))
    assert 7 not in rows or rows[7].verdict != "proved"


def test_a_row_after_the_second_setting_is_not_read_with_the_first(tmp_path):
    # m_k = k(k+1)/2 holds for every k: after "by taking $k=2$" it is not compared with k = 1
    body = _post("by taking", "by taking") + ">$m_k = 3$  \n"
    rows = rows_of_text(tmp_path, body)
    assert rows[10].verdict != "refuted"
