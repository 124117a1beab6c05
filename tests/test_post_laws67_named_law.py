"""Samples declared ``\\sim D`` of a law a sentence names by a letter (laws67).

Written before the fix, against 4ae2e340, where the tests marked so failed: "Consider a
distribution $D$ with mean $\\mu$ and variance $\\sigma^2$. Let $X_1, \\dots, X_n \\sim D$
be iid." gave the mean and variance to ``D`` (the first formula of its sentence) and
nothing to the ``X_i``: ``E[X_1 + X_2] = 2\\mu`` was "a moment of a variable the post
declares random, which the reader cannot work out".

Properties: the samples take the moments said of ``D`` (proved where right, refuted where
wrong); the variance of a sum is worked out only where the samples are said independent;
a letter said with two laws, or with none, gives the samples nothing.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

LAW = "Consider a distribution $D$ with mean $\\mu$ and variance $\\sigma^2$."


def _verdict(tmp_path, said: str, row: str) -> tuple[str, str]:
    rows = rows_of_text(tmp_path, f"---\ntitle: t\n---\n\n{said}\n\n$$\n{row}\n$$\n")
    last = rows[max(rows)]
    return last.verdict, last.reason or ""


IID = f"{LAW} Let $X_1, \\dots, X_n \\sim D$ be iid."


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("E[X_1 + X_2] = 2\\mu", "proved"),  # failed before the fix (unchecked)
        ("E[X_1 + X_2] = 3\\mu", "refuted"),  # failed before the fix (unchecked)
        ("\\mathrm{Var}(X_1 + X_2) = 2\\sigma^2", "proved"),  # failed before (unchecked)
        ("\\mathrm{Var}(X_1 + X_2) = \\sigma^2", "refuted"),  # failed before (unchecked)
    ],
)
def test_the_samples_take_the_letters_moments(tmp_path, row, want):
    verdict, reason = _verdict(tmp_path, IID, row)
    assert verdict == want, (row, verdict, reason)


@pytest.mark.parametrize(
    "said",
    [
        # no independence said: the variance of a sum is not the sum of the variances
        f"{LAW} Let $X_1 \\sim D$ and $X_2 \\sim D$.",
        # the letter said with two laws
        f"{LAW} Consider a distribution $D$ with mean $\\nu$ and variance $\\tau^2$. "
        "Let $X_1, \\dots, X_n \\sim D$ be iid.",
        # another letter than the one said
        f"{LAW} Let $X_1, \\dots, X_n \\sim F$ be iid.",
    ],
)
@pytest.mark.parametrize(
    "row", ["\\mathrm{Var}(X_1 + X_2) = 2\\sigma^2", "\\mathrm{Var}(X_1 + X_2) = \\sigma^2"]
)
def test_no_law_the_post_does_not_give(tmp_path, said, row):
    verdict, reason = _verdict(tmp_path, said, row)
    assert verdict not in ("proved", "refuted"), (said, row, verdict, reason)
