"""``\\psi^2(\\alpha)`` is the square of psi's value, as ``\\sin^2 x`` is (sin x)^2.

Read as psi^2 times alpha, the correct trigamma row of held-out batch 11 (Wellner's
handout, ``\\psi'(\\alpha) = \\Gamma''/\\Gamma - \\psi^2(\\alpha)``) was refuted once its
integrals were read. A letter that is not a function stays a power times a bracket.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _last(tmp_path, text: str):
    post = tmp_path / "post.md"
    post.write_text("# t\n\n" + text + "\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1]


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("\\psi^2(\\alpha) = \\psi(\\alpha)^2", "proved"),
        ("\\psi^{2}(\\alpha) = \\psi(\\alpha) \\psi(\\alpha)", "proved"),
        ("\\psi^2(\\alpha) = \\psi(\\alpha)^3", "refuted"),
        ("\\Gamma^2(\\alpha) = \\Gamma(\\alpha)^2", "proved"),
    ],
)
def test_a_power_before_a_call_is_the_power_of_the_value(tmp_path, row, verdict):
    got = _last(tmp_path, f"$${row}$$")
    assert got.verdict == verdict, got.reason


def test_a_letter_that_is_no_function_stays_a_product(tmp_path):
    got = _last(tmp_path, "$$a^2(b + 1) = a^2 b + a^2$$")
    assert got.verdict == "proved", got.reason


def test_the_trigamma_row_with_psi_squared(tmp_path):
    text = (
        "$$\\psi(\\alpha) = \\frac{\\Gamma'(\\alpha)}{\\Gamma(\\alpha)}$$\n\n"
        "$$\\psi'(\\alpha) = \\frac{\\Gamma''(\\alpha)}{\\Gamma(\\alpha)} - "
        "\\left(\\frac{\\Gamma'(\\alpha)}{\\Gamma(\\alpha)}\\right)^2 = "
        "\\frac{\\Gamma''(\\alpha)}{\\Gamma(\\alpha)} - \\psi^2(\\alpha)$$"
    )
    assert _last(tmp_path, text).verdict != "refuted"
