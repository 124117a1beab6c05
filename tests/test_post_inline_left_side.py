"""A row whose left side is an inline formula of its own, the relation opening the next one
(``$\\mathbf{u}^T A_i \\mathbf{u}$ $=\\mathbf{u}^T(...)\\mathbf{u}$``, a Colab notebook's way):
one row, read as if written in one formula. Read apart, the formula that opens with '=' went
on from the row above and a correct row was refuted (held-out batch 27, papillonbee line 88;
``tests/posts/incoming/repro29/``). The reading changes no verdict of the row written whole,
and a false row is never proved. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# (a definition, the left side, a right side that holds, one that does not)
_CASES = [
    ("A = c x^2", "u A u", "u (c x^2) u", "u (c x^3) u"),
    ("A_i = c_i x_i x_i^T", "u^T A_i u", "u^T(c_i x_i x_i^T)u", "u^T(c_i x_i)u"),
    ("g(t) = t^2 + 1", "g(2)", "5", "4"),
    ("h = a b", "h^2", "a^2 b^2", "a^2 b"),
]

_BEFORE = "$\\nabla^2 f(\\beta) = \\sum_{i=1}^n c_i x_i x_i^T$\n\n"


def _split(defn: str, left: str, right: str) -> str:
    return f"\n{_BEFORE}Consider ${defn}$\n\nFor every $u$, ${left}$ $={right}$\n"


def _whole(defn: str, left: str, right: str) -> str:
    return f"\n{_BEFORE}Consider ${defn}$\n\nFor every $u$, ${left}={right}$\n"


@pytest.mark.parametrize(("defn", "left", "right", "false"), _CASES)
def test_a_left_side_in_its_own_formula_reads_as_the_row_written_whole(
    tmp_path, defn, left, right, false
):
    split = verdict_of_row(tmp_path, _split(defn, left, right), f"={right}$")
    whole = verdict_of_row(tmp_path, _whole(defn, left, right), f"={right}$")
    assert split == whole
    assert split != "refuted"


@pytest.mark.parametrize(("defn", "left", "right", "false"), _CASES)
def test_a_false_row_split_so_is_never_proved(tmp_path, defn, left, right, false):
    assert verdict_of_row(tmp_path, _split(defn, left, false), f"={false}$") != "proved"


def test_a_sum_split_from_its_value_is_not_refuted(tmp_path):
    # "$a + b$ $= 2$": the row is a + b = 2, not "= 2" after the row above (b = 1)
    body = "\nLet $a = 1$ and $b = 1$.\n\nThen $a + b$ $= 2$.\n"
    assert verdict_of_row(tmp_path, body, "$= 2$") != "refuted"
