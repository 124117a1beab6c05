r"""A log's power with a letter in it (``\log(1-p)^{n-x}``) is read as the log of the power, as
a likelihood writes it (b405f2c), but the page may mean the power of the log's value: a row
that fails in that one reading is not refuted, nor called a wrong rule (adversarial set 29,
48).

``\log(1-p)^{n-x} = \left(\log(1-p)\right)^{n-x}`` under ``0 < p < 1``, the author's power of
the log written out, was "rule-mismatch" (side condition ``log(1 - p) > 0`` false). Failed at
b24a138. The likelihood's row ``\log(1-p)^{n-x} = (n - x)\log(1-p)`` stays proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "Let $0 < p < 1$ and let $n > x$ be integers.\n\n"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"{PROSE}$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\log(1-p)^{n-x} = \left(\log(1-p)\right)^{n-x}",
        r"\log(1-p)^{n} = \left(\log(1-p)\right)^{n}",
        r"\log(p)^{x} = \log(p) \cdot \log(p)^{x - 1}",
    ],
)
def test_the_power_of_the_log_is_not_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("refuted", "rule-mismatch", "proved")


def test_the_log_of_the_power_is_still_proved(tmp_path):
    assert _verdict(tmp_path, r"\log(1-p)^{n-x} = (n - x)\log(1-p)") == "proved"
