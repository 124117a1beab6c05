"""A derivative by a sample mean the post defines (held-out batch 45).

The Oxford sheet-1 solution of external45 defines ``\\bar{X} = \\frac{1}{n}\\sum X_i``,
then ``g(\\bar{X}) = \\sqrt{\\bar{X}}`` and its derivative
``\\frac{\\partial g(\\bar{X})}{\\partial \\bar{X}} = \\frac{1}{2\\sqrt{\\bar{X}}}``; the
correct row was refuted ("previous=0"). Inside a derivative the variable is held as itself,
never replaced by the value a row gave it - but a held ``\\bar{X}`` still fell through to
the reading of any ``\\bar`` letter as the mean of its sample, so the value differentiated
held no ``\\bar{X}`` left and its derivative was 0. A held bar letter stays the variable.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

_HEAD = (
    "where $\\bar{X} = \\frac{1}{n}\\sum_{i=1}^n X_i$\n\n"
    "$$g(\\bar{X}) = \\sqrt{\\bar{X}}$$\n\n"
    "The derivative is:\n\n"
)


def test_the_derivative_by_a_defined_mean_is_taken_by_that_mean(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _HEAD
        + "$$\\frac{\\partial g(\\bar{X})}{\\partial \\bar{X}} = \\frac{1}{2\\sqrt{\\bar{X}}}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[7] in ("proved", "plausible"), got


def test_a_wrong_derivative_by_the_mean_is_still_refuted(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _HEAD
        + "$$\\frac{\\partial g(\\bar{X})}{\\partial \\bar{X}} = \\frac{1}{\\sqrt{\\bar{X}}}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[7] == "refuted", got


def test_a_bar_letter_outside_a_derivative_is_still_its_mean(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "Let $X_1, \\dots, X_n$ be a sample.\n\n"
        "$$\\bar{X} = \\frac{1}{n}\\sum_{i=1}^n X_i$$\n\n"
        "$$n \\bar{X} = \\sum_{i=1}^n X_i$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[5] == "proved", got
