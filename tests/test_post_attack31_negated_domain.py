"""A formula the prose denies is no domain of the post.

Adversarial set 23 (attack31, written blind against 6f5d9e4): after "We do not assume $|t| <
1$", ``\\sum_{k=0}^\\infty t^k = \\frac{1}{1-t}`` was proved: every inline formula that reads as
a domain statement was taken, whatever negation governs it ("We do not assume $t > 0$" gave
``t > 0`` too).

Properties: a formula after "not", "never", "no longer", "without" and a verb (assume,
suppose, require, take, need, ...), or followed by "fails", "does not hold", "is false", states
no domain; the same formula in a plain sentence still does; negation words elsewhere in the
sentence ("not negative, so", "not zero and") do not reach it."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._assume import prose_statements

_DENIED = [
    "We do not assume $|t| < 1$.",
    "We do not assume that $t > 0$.",
    "We don't assume $t > 0$ here.",
    "It is not true that $t > 0$.",
    "We never suppose $-1 < t < 1$.",
    "We no longer require $t > 0$.",
    "This holds without assuming $t > 0$.",
    "Note that $|t| < 1$ fails here.",
    "Here $t > 0$ does not hold.",
    "The bound $t < 1$ is false for our data.",
]


@pytest.mark.parametrize("said", _DENIED)
def test_a_denied_formula_is_no_domain(said):
    assert not [s for s, _ in prose_statements(said) if "t" in s]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Let $t > 0$.", ["t > 0"]),
        ("Note that $t > 0$.", ["t > 0"]),
        ("The data are not negative, so $\\lambda > 0$.", ["lambda > 0"]),
        ("Where $x$ is not zero and $t > 0$, we have", ["t > 0"]),
        ("We assume $|t| < 1$.", ["t > -1", "t < 1"]),
    ],
)
def test_a_stated_domain_is_still_read(said, want):
    got = [s.replace("\\", "") for s, _ in prose_statements(said)]
    assert all(w in got for w in want), got


@pytest.mark.parametrize("said", _DENIED[:5])
def test_a_series_under_a_denied_bound_is_not_proved(tmp_path, said):
    body = said.replace("t > 0", "|t| < 1") + "\n\n$$\\sum_{k=0}^\\infty t^k = \\frac{1}{1-t}$$\n"
    assert verdict_of_row(tmp_path, body, "\\sum") != "proved"
