"""A row after a system of equations given together may continue any of them.

Real posts set both score equations to zero (or both moments equal to their
estimates) and then say "from the first equation": StatProofBook's beta method of
moments (repro2/statproofbook-beta-mome-full.md line 56) and many lecture notes. The
reader compared such a row with the last equation of the system only, and refuted a
correct row. A row that follows from one equation of the system is proved, naming it;
one that follows from none alone is not refuted (it may follow from the system as a
whole, which is not checked), it is unchecked and names the system.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

HERE = Path(__file__).resolve().parent / "posts" / "incoming" / "systems"
MOMENTS = "moment-system-first-equation.md"
SCORES = "score-system-first-equation.md"


def _rows(path: Path) -> dict:
    return rows_of(path)


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    return edited_copy(tmp_path, HERE / name, old, new)


@pytest.mark.parametrize(("name", "line"), [(MOMENTS, 28), (SCORES, 24)])
def test_a_row_from_the_first_equation_is_proved(name, line):
    row = _rows(HERE / name)[line]
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_the_rows_after_it_still_follow_the_chain():
    rows = _rows(HERE / MOMENTS)
    assert rows[29].verdict == "proved", (rows[29].verdict, rows[29].reason)


@pytest.mark.parametrize(
    ("name", "line", "old", "new"),
    [
        (MOMENTS, 28, r"\bar{y}(\alpha+\beta) &= \alpha", r"\bar{y}(\alpha+\beta) &= 2\alpha"),
        (SCORES, 24, r"\sum_{i=1}^n x_i - n\mu = 0", r"\sum_{i=1}^n x_i + n\mu = 0"),
    ],
)
def test_a_row_from_no_equation_alone_is_not_refuted_and_names_the_system(
    tmp_path, name, line, old, new
):
    row = _rows(_variant(tmp_path, name, old, new))[line]
    assert row.verdict == "unchecked", (row.verdict, row.reason)
    assert "system" in row.reason


def test_a_row_after_a_single_equation_is_still_refuted(tmp_path):
    # Without the second moment equation there is no system: the wrong row is refuted.
    text = (HERE / MOMENTS).read_text(encoding="utf-8")
    text = text.replace(
        "\\\\\n\\bar{v} &= \\frac{\\alpha\\beta}{(\\alpha+\\beta)^2 (\\alpha+\\beta+1)}", ""
    ).replace(r"\bar{y}(\alpha+\beta) &= \alpha", r"\bar{y}(\alpha+\beta) &= 2\alpha")
    p = tmp_path / MOMENTS
    p.write_text(text, encoding="utf-8")
    assert _rows(p)[28 - 1].verdict == "refuted"
