"""The sign of a difference is asked of its expanded form only when the expansion is small: a
power of a sum (``(a + b + c + d + f + g)^{40}``) has millions of terms expanded.

Found with the hostile inputs of adversarial set 26 (attack34): ``(a + b + c + d + f + g)^{40}
\\ne -1`` spent the step's whole time limit expanding the power in ``_arith.sign_check`` and was
unchecked, though the form as written decides it (an even power of a real plus one is
positive). Each such row cost a post seconds.

Properties: such a row is decided from the form as written, quickly; a difference whose terms
cancel only when expanded (``(x + 1)^2 - x^2 - 2x - 1 \\ne 0``) is still refuted.
"""

from __future__ import annotations

import time

from _post_rows import verdict_of_row

PROSE = "Let $a, b, c, d, f, g$ and $x$ be real numbers."


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"{PROSE}\n\n$${row}$$\n", row)


def test_a_large_power_is_decided_as_written_in_time(tmp_path):
    start = time.monotonic()
    assert _verdict(tmp_path, r"(a + b + c + d + f + g)^{40} \ne -1") == "proved"
    assert time.monotonic() - start < 3.0


def test_a_small_expansion_still_cancels(tmp_path):
    assert _verdict(tmp_path, r"(x + 1)^2 - x^2 - 2x - 1 \ne 0") == "refuted"
    assert _verdict(tmp_path, r"(x + 1)^2 - x^2 - 2x \ne 0") == "proved"
