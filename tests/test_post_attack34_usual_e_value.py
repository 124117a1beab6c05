"""A display row giving ``e`` its usual value (``$$e = 2.718$$``) keeps Euler's number in the
rows after it, also when they raise ``e`` only to whole powers.

Found after adversarial set 26 (attack34, probing display rows that give a letter a number):
after ``$$e = 2.718$$``, ``$$e^2 = 7.389$$`` (Euler's number squared, to the three decimals
written) was refuted: a post whose row opens with ``e = ...`` and raises ``e`` only to whole
numbers names a quantity e of its own (``_named_e``), and that reading did not ask whether the
number given is e's usual value, which keeps the letter's meaning in a sentence and in a
display row alike (``_prose_meanings._usual``, the lead's 5ab7b2d).

Properties: a usual value keeps Euler's number (rows true of it are not refuted, rows false of
it not proved); any other value, or an expression, still names a quantity e.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, rows: list[str]) -> str:
    body = "Recall\n\n" + "\n\n".join(f"$${r}$$" for r in rows) + "\n"
    return verdict_of_row(tmp_path, body, rows[-1])


@pytest.mark.parametrize("value", ["2.718", "2.72", "2.7183"])
def test_a_usual_value_keeps_eulers_number(tmp_path, value):
    assert _verdict(tmp_path, [f"e = {value}", "e^2 = 7.389"]) == "proved"
    assert _verdict(tmp_path, [f"e = {value}", "e^2 = 7.366"]) == "refuted"


def test_another_value_still_names_a_quantity(tmp_path):
    assert _verdict(tmp_path, ["e = 2", "e^2 = 4"]) == "proved"
    assert _verdict(tmp_path, ["e = 2", "e^2 = 7.389"]) == "refuted"


def test_an_expression_still_names_a_quantity(tmp_path):
    rows = ["e = y - a x", r"\frac{\partial e^2}{\partial a} = -2 x e"]
    assert _verdict(tmp_path, rows) == "proved"
