"""Letters that leave a row by integration are no data put in (held-out soton line 29,
cv-cauchy line 49, kezhi entropy).

``\\frac{1}{\\sqrt{2\\pi}\\sigma}\\int e^{-\\frac12((x-\\mu)/\\sigma)^2}dx = 1``: mu and sigma
vanish because the density integrates to 1, not because numbers were put in for them; the
row was "unchecked: the row puts in numbers". It is compared now: confirmed when right,
refuted when wrong. A row that puts a number for a letter outside any integral still is
data.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

NORMAL = (
    "Let $\\sigma > 0$.\n\n$$\\frac{1}{\\sqrt{2\\pi}\\sigma}\\int_{-\\infty}^\\infty "
    "e^{-\\frac{1}{2}(\\frac{x-\\mu}{\\sigma})^2}\\,dx={}$$\n"
)


def verdict(tmp_path, body: str):
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    return check_post(post, jobs=1).rows[-1]


@pytest.mark.parametrize(("value", "good"), [("1", True), ("2", False)])
def test_a_normalised_density_integrates_to_one(tmp_path, value, good):
    row = verdict(tmp_path, NORMAL.replace("{}", value))
    assert "puts in numbers" not in row.reason
    expected = ("proved", "plausible") if good else ("refuted",)
    assert row.verdict in expected, (row.verdict, row.reason)


def test_a_number_for_a_letter_outside_an_integral_is_still_data(tmp_path):
    row = verdict(tmp_path, "Let $a > 0$.\n\n$$a^2 + \\int_0^1 x\\,dx = 4.5$$\n")
    assert row.verdict == "unchecked" and "puts in numbers" in row.reason
