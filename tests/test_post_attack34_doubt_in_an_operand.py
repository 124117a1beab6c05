"""A doubted reading inside the product a derivative operator takes (``\\frac{d}{db} \\log a b``)
is a doubt of the row, with both readings checked.

Adversarial set 26 (written blind against 0cfc1da), pair 28: ``\\frac{d}{db} \\log a b =
\\frac{1}{b}`` was refuted. The operator takes the product written after it (``\\log a`` times
``b``), and that product was built by the operator's own rule, which never asked whether
``\\log a b`` is the log of a times b or the log of the product: the doubt recorded for a bare
``\\log a b`` was not recorded there, so a row true in the author's likely reading (the log of
the product, whose derivative is 1/b) was refuted, and a row true only in the reader's reading
(``= \\log a``) was proved.

Properties: a derivative row over a doubted product is refuted only if it is false in both
readings, proved only if it holds in both.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "Let $a > 0$ and $b > 0$."


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"{PROSE}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{d}{db} \log a b = \frac{1}{b}",  # the log of the product
        r"\frac{d}{db} \ln a b = \frac{1}{b}",
        r"\frac{\partial}{\partial b} \log a b = \frac{1}{b}",
    ],
)
def test_true_in_the_other_reading_is_not_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) != "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{d}{db} \log a b = \log a",  # b log a: the reader's reading only
        r"\frac{d}{db} \ln a b = \ln a",
    ],
)
def test_true_in_one_reading_only_is_not_proved(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


def test_true_in_both_readings_is_proved(tmp_path):
    # the bracketed operand and the product the operator takes: one reading each side
    row = r"\frac{d}{db} (\log a b) = \frac{d}{db} \log a b"
    assert _verdict(tmp_path, row) == "proved"


def test_without_a_doubt_the_operator_keeps_its_product(tmp_path):
    # \log(a) b, bracketed: no doubt; the derivative is log a
    assert _verdict(tmp_path, r"\frac{d}{db} \log(a) b = \log a") == "proved"
    assert _verdict(tmp_path, r"\frac{d}{db} \log(a) b = \frac{1}{b}") == "refuted"
