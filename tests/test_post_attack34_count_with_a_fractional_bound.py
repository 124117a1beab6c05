"""A lower bound that is no whole number (``n \\ge 1/2``, ``N > 0.5``) says the letter is a real
number: it does not narrow the count convention of ``n`` and ``N``.

Found after adversarial set 26 (attack34, probing ``counts_stay_integers``): after "Let $n \\ge
1/2$", ``\\sin(\\pi n) = 0`` was **proved**: a numeric lower bound of at least 0 was read as a
bound of a count, a positive integer, whatever the number; nobody bounds a count by 1/2.

Properties: with a fractional bound the letter is real (a row true only at whole numbers is not
proved); with a whole bound (``n \\ge 1``) it stays a count (the row is proved, as before).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, prose: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "prose",
    ["Let $n \\ge 1/2$.", "Let $n \\ge 0.5$.", "Let $N > 2.5$.", r"Let $n \ge \frac{1}{2}$."],
)
def test_a_fractional_bound_makes_a_real(tmp_path, prose):
    letter = "N" if "N" in prose else "n"
    assert _verdict(tmp_path, prose, rf"\sin(\pi {letter}) = 0") != "proved"


@pytest.mark.parametrize("prose", ["Let $n \\ge 1$.", "Let $N > 0$.", "Let $n \\ge 2$."])
def test_a_whole_bound_keeps_the_count(tmp_path, prose):
    letter = "N" if "N" in prose else "n"
    assert _verdict(tmp_path, prose, rf"\sin(\pi {letter}) = 0") == "proved"
