"""X_i and x_i in one post: the random variables and their values, one sample.

A post that writes the sample both ways (the mean defined as
``\\overline{X} = \\frac{1}{n}\\sum X_i``, the likelihood in ``x_i``) means one sample:
a row that trades ``\\sum x_i / n`` for ``\\overline{X}`` is correct (a gamma answer's
last row was refuted with different values for X_1 and x_1). A post that defines one
from the other (``X_i = \\log x_i``) keeps them apart.
"""

from __future__ import annotations

from derivations.post import check_post

HEAD = "---\ntitle: sample written in two cases\n---\n\n"

BOTH = HEAD + (
    "Let $X_1, \\dots, X_n$ be the sample, with mean "
    "$\\overline{X} = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"
    "$$0 = \\frac{1}{\\beta}\\left(-3n + \\frac{1}{\\beta}\\sum_{i=1}^n x_i\\right)$$\n\n"
    "$$\\hat\\beta = \\frac{\\sum_{i=1}^n x_i}{3n} = \\frac{\\overline{X}}{3}$$\n"
)


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    return max(rows, key=lambda r: r.line)


def test_the_mean_of_the_capital_sample_is_the_mean_of_the_values(tmp_path):
    last = _last(tmp_path, BOTH)
    assert last.verdict != "refuted", last
    assert last.verdict in ("proved", "plausible"), last


def test_a_wrong_multiple_of_the_mean_is_still_refuted(tmp_path):
    wrong = BOTH.replace("\\frac{\\overline{X}}{3}$$", "\\frac{\\overline{X}}{2}$$")
    assert wrong != BOTH
    assert _last(tmp_path, wrong).verdict == "refuted"


def test_a_sample_defined_from_the_other_case_stays_apart(tmp_path):
    text = HEAD + (
        "Let $X_i = \\log x_i$ for $i = 1, \\dots, n$.\n\n"
        "$$S = \\sum_{i=1}^n X_i$$\n\n"
        "$$S = \\sum_{i=1}^n x_i$$\n"
    )
    assert _last(tmp_path, text).verdict not in ("proved", "plausible")
