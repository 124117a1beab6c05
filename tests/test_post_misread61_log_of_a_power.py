"""``\\log x^2 y`` is as ambiguous as ``\\log x y`` (misread61).

``\\log x y`` already carries its doubt (the log of x times y, or the log of the product?
BATCH28): a row holding under one reading only is neither proved nor refuted. The log of a
letter's power before a letter had none: ``\\log x^2 y = y \\log x^2`` was proved and
``\\ln x^2 y = 2\\ln x + \\ln y`` refuted, each through one of the two readings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

POWERS = ["x^2", "x^{3}", "x_i^2", "a^2"]


def _verdict(tmp_path: Path, row: str) -> tuple[str, str]:
    p = tmp_path / "post.md"
    p.write_text(f"Here $x, y, a, b > 0$.\n\n$$\n{row}\n$$\n", encoding="utf-8")
    last = check_post(p, jobs=1).rows[-1]
    return last.verdict, last.reason or ""


@pytest.mark.parametrize("power", POWERS)
@pytest.mark.parametrize("log", ["\\log", "\\ln"])
def test_property_the_product_reading_alone_proves_nothing(tmp_path, power, log):
    assert _verdict(tmp_path, f"{log} {power} y = y {log} {power}")[0] != "proved"


@pytest.mark.parametrize("power", POWERS)
@pytest.mark.parametrize("log", ["\\log", "\\ln"])
def test_property_the_log_of_the_product_is_never_refuted(tmp_path, power, log):
    assert _verdict(tmp_path, f"{log} {power} y = {log}({power} y)")[0] != "refuted"


def test_a_row_false_under_both_readings_is_treated_as_that_of_log_x_y(tmp_path):
    """Neither proved (as \\log x y: the doubt leaves a failing row unchecked)."""
    assert (
        _verdict(tmp_path, "\\log x^2 y = 3\\log x + 5 + y")[0]
        == _verdict(tmp_path, "\\log x y = 3\\log x + 5 + y")[0]
    )


def test_the_log_of_a_power_alone_keeps_its_reading(tmp_path):
    assert _verdict(tmp_path, "\\log x^2 + \\log y = 2\\log x + \\log y")[0] in (
        "proved",
        "plausible",
    )
