"""A moment of a variable whose law the post declares is a claim about that law.

``U \\sim \\mathcal{U}(a, b)`` then ``\\mathbb{E}[U^2] = (a + b)^2/4``: where the reader
could not work the moment out from the law, the row was "states a moment of the
distribution; taken as given", and the post with that false row ended "OK: every row is
proved or a definition" (adversarial set 5 pairs 28, 51-56, 58, 60, 61, 89). A moment
stated with no declared law is still a premise of the post; one of a declared law the
reader cannot work out is not checked, and never given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import cases

from derivations.post import check_post

SET5 = Path(__file__).parent / "posts" / "incoming" / "adversarial5"
MOMENT_PAIRS = ("28", "51", "52", "53", "54", "55", "56", "58", "60", "61", "89")


def _planted(name: str):
    line = dict(cases(SET5))[name]
    report = check_post(SET5 / name, jobs=1)
    (row,) = [r for r in report.rows if r.line == line]
    return row, report


@pytest.mark.parametrize("pair", MOMENT_PAIRS)
def test_a_false_moment_of_a_declared_law_is_neither_given_nor_proved(pair):
    name = next(p.name for p in SET5.glob(f"{pair}-*-false.md"))
    row, report = _planted(name)
    assert row.verdict not in ("given", "proved"), (row.verdict, row.reason)
    assert not report.ok


@pytest.mark.parametrize("pair", MOMENT_PAIRS)
def test_its_correct_twin_is_not_refuted(pair):
    name = next(p.name for p in SET5.glob(f"{pair}-*-true.md"))
    row, _ = _planted(name)
    assert row.verdict != "refuted", row.reason


def _one_row(tmp_path, prose: str, row: str):
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{prose}\n\n$${row}$$\n", encoding="utf-8")
    (out,) = check_post(post, jobs=1).rows
    return out


def test_a_moment_with_no_declared_law_is_still_a_premise(tmp_path):
    row = _one_row(tmp_path, "The claim size has mean", r"\mathbb{E}[X] = \frac{\alpha}{\gamma}")
    assert row.verdict == "given", row.reason


def test_a_moment_the_law_gives_is_still_proved_or_refuted(tmp_path):
    prose = r"Let $X \sim \mathrm{Poisson}(\lambda)$."
    assert _one_row(tmp_path, prose, r"\mathbb{E}[X] = \lambda").verdict == "proved"
    assert _one_row(tmp_path, prose, r"\mathbb{E}[X] = 2\lambda").verdict == "refuted"
