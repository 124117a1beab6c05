"""Listed samples of a law whose convention the words choose (laws67, "with rate").

Written before the fix, against 4ae2e340, where the tests marked so failed: "Let $X_1,
\\dots, X_n \\sim \\mathrm{Gamma}(\\alpha, \\lambda)$ be iid with rate $\\lambda$." (a
gamma or an exponential whose rate or scale is left to the words, moments29) gave the
``X_i`` the conventions of the law, and then the law of "samples the prose calls i.i.d.,
of no named law" (EXPECT7) took their place, because no law was named outright: every
moment was "a moment of a variable the post declares random, which the reader cannot work
out". ``X \\sim`` of one letter, or ``X_i \\sim``, was read.

Properties: the moment is proved under the convention the words allow, refuted when it
fails under every convention, and never proved when it holds only under the convention
the words rule out (the scale, after "with rate").
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

DECLARED = {
    "gamma": "Let $X_1, \\dots, X_n \\sim \\mathrm{Gamma}(\\alpha, \\lambda)$ be iid with rate "
    "$\\lambda$.",
    "exponential": "Let $X_1, \\dots, X_n \\sim \\mathrm{Exp}(\\lambda)$ be iid with rate "
    "$\\lambda$.",
}
#: law -> (right under the rate, wrong under both, right under the scale only)
VALUES = {
    "gamma": ("\\frac{\\alpha}{\\lambda}", "\\frac{\\alpha+1}{\\lambda}", "\\alpha\\lambda"),
    "exponential": ("\\frac{1}{\\lambda}", "\\frac{2}{\\lambda}", "\\lambda"),
}


def _verdict(tmp_path, law: str, value: str) -> tuple[str, str]:
    text = f"---\ntitle: t\n---\n\n{DECLARED[law]}\n\n$$\nE[X_i] = {value}\n$$\n"
    rows = rows_of_text(tmp_path, text)
    last = rows[max(rows)]
    return last.verdict, last.reason or ""


@pytest.mark.parametrize("law", sorted(DECLARED))
def test_the_rate_reading_is_proved(tmp_path, law):
    """Failed before the fix (unchecked)."""
    verdict, reason = _verdict(tmp_path, law, VALUES[law][0])
    assert verdict == "proved", (law, verdict, reason)


@pytest.mark.parametrize("law", sorted(DECLARED))
def test_a_moment_wrong_under_every_convention_is_refuted(tmp_path, law):
    """Failed before the fix (unchecked)."""
    verdict, reason = _verdict(tmp_path, law, VALUES[law][1])
    assert verdict == "refuted", (law, verdict, reason)


@pytest.mark.parametrize("law", sorted(DECLARED))
def test_the_scale_reading_is_never_proved(tmp_path, law):
    verdict, reason = _verdict(tmp_path, law, VALUES[law][2])
    assert verdict != "proved", (law, verdict, reason)
