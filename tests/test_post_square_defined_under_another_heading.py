"""A letter defined through its square is given another value under another heading
(external36, a blog's Bessel correction).

The post defines the sample variance ``s^2 = \\frac{1}{n-1} \\sum (X_i - \\bar{x})`` under
"Introduction", then under "A Brief Proof" examines another estimator written with the same
letter, ``s^2 = \\frac{1}{n} \\sum (X_i - \\bar{X})^2``. The second row was compared with the
first and refuted, and so was the correct ``E[s^2] = ...`` that uses it. A letter defined
under one heading and given another value under another (``V = ...``, ``f(x) = ...``) is
already left unchecked - the section may define its own letter, or restate the old one
wrongly - and has no value after it. A letter defined through its square (``s^2 = R``
gives ``s`` the value ``sqrt(R)``) is such a letter too: the row gets the verdict the same
row gets with a plain letter. Under the same heading the restatement is still compared
(a wrong one refuted, a right one proved). Failed at 00fa771.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

FIRST = "\\frac{1}{n-1} \\sum_{i=1}^{n} (X_i - \\bar{X})^2"
OTHER = "\\frac{1}{n} \\sum_{i=1}^{n} (X_i - \\bar{X})^2"


def _post(tmp_path, letter: str, second: str, heading: bool) -> list[tuple[int, str, str]]:
    body = (
        "# Introduction\n\nThe sample mean is\n\n"
        "$$\\bar{X} = \\frac{1}{n} \\sum_{i=1}^{n} X_i$$\n\n"
        f"and the sample variance\n\n$${letter} = {FIRST}$$\n\n"
        + ("# Proof\n\n" if heading else "")
        + f"Now the estimator below:\n\n$${letter} = {second}$$\n"
    )
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.line, r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


def _last(rows):
    return rows[-1][1:]


@pytest.mark.parametrize("letter", ["s", "\\sigma", "\\sigma_n"])
def test_the_square_under_another_heading_is_not_compared(tmp_path, letter):
    square = _last(_post(tmp_path, f"{letter}^2", OTHER, heading=True))
    assert square[0] == "unchecked", square
    assert "another heading" in square[1], square


@pytest.mark.parametrize("letter", ["S", "s_n"])
def test_other_squares_under_another_heading_are_not_refuted(tmp_path, letter):
    # S^2 = R is an equation in S (two roots), s_n an entry of a family: not refuted either
    square = _last(_post(tmp_path, f"{letter}^2", OTHER, heading=True))
    assert square[0] != "refuted", square


def test_the_square_gets_the_verdict_of_a_plain_letter(tmp_path):
    plain = _last(_post(tmp_path, "V", OTHER, heading=True))
    square = _last(_post(tmp_path, "s^2", OTHER, heading=True))
    assert square[0] == plain[0] == "unchecked", (plain, square)


@pytest.mark.parametrize("letter", ["s", "\\sigma"])
def test_under_the_same_heading_a_wrong_restatement_is_refuted(tmp_path, letter):
    square = _last(_post(tmp_path, f"{letter}^2", OTHER, heading=False))
    assert square[0] == "refuted", square


@pytest.mark.parametrize("heading", [True, False])
def test_the_same_value_restated_is_not_refuted(tmp_path, heading):
    square = _last(_post(tmp_path, "s^2", FIRST, heading=heading))
    assert square[0] in ("proved", "plausible", "given", "unchecked"), square


def test_a_row_using_the_letter_after_it_is_not_refuted(tmp_path):
    body = (
        "# Introduction\n\n$$\\bar{X} = \\frac{1}{n} \\sum_{i=1}^{n} X_i$$\n\n"
        "$$s^2 = \\frac{1}{n-1} \\sum_{i = 1}^{n} (X_{i} - \\bar{x})$$\n\n"
        "# Proof\n\nThe estimator below:\n\n"
        f"$$s^2 = {OTHER}$$\n\n"
        "so\n\n$$\\mathbb{E}[s^2] = \\sigma^2 + \\mu^2 - \\left(\\frac{\\sigma^2}{n} + "
        "\\mu^2\\right)$$\n"
    )
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    verdicts = [r.verdict for r in check_post(post, jobs=1).rows]
    assert "refuted" not in verdicts, verdicts
