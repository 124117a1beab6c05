"""More words that release a setting: "a general sample size $n$", "unrestricted $b$",
"$m$ left free" (adversarial set 14, pairs 36, 41, 44: a row false in general was proved
at the earlier setting n = 3, b = 1, m = 2). The wrong rows are not proved; the correct
twins are not refuted (44's is unchecked: its sum to a free m has no numeric check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SET14 = Path(__file__).resolve().parent / "posts" / "incoming" / "adversarial14"


def _planted(path):
    rows = [r for r in check_post(path, jobs=1, cache=False).rows if r.line == 11]
    return rows[0].verdict


@pytest.mark.parametrize("pair", ["36", "41", "44"])
def test_a_row_false_in_general_is_not_proved_after_the_release(pair):
    (false,) = SET14.glob(f"{pair}-*-false.md")
    (true,) = SET14.glob(f"{pair}-*-true.md")
    assert _planted(false) != "proved"
    assert _planted(true) != "refuted"
