"""``\\bar x`` is the sample mean by convention only where the prose does not say otherwise.

Adversarial set 23 (attack31, written blind against 6f5d9e4): after "let $\\bar x$ here denote
its median", ``\\sum_{i=1}^n (x_i - \\bar x) = 0`` was proved: ``\\bar x`` was the sample mean
by convention (``ctx.mean``), whatever the prose said it is. The prose already told the data
reader that ``\\bar X`` may be "the total" (``._said_data.mean_said_otherwise``); a median, a
mode, a weighted, trimmed, geometric or harmonic mean is no sample mean either.

Properties: the row is never proved when the words right after ``\\bar x`` name another
statistic; it is still proved when they name the mean or say nothing; the bar of another
letter keeps its convention."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._said_data import bars_not_means

ROW = "$$\\sum_{i=1}^n (x_i - \\bar x) = 0$$\n"


def _body(said: str) -> str:
    return f"Let $x_1, \\dots, x_n$ be a sample and let $\\bar x$ {said}.\n\n{ROW}"


@pytest.mark.parametrize(
    "said",
    [
        "here denote its median",
        "denote the sample median",
        "be the geometric mean",
        "denote a weighted mean of the values",
        "here stand for the trimmed mean",
        "be their total",
    ],
)
def test_another_statistic_is_no_sample_mean(tmp_path, said):
    assert verdict_of_row(tmp_path, _body(said), "(x_i - \\bar x) = 0") != "proved"


@pytest.mark.parametrize("said", ["denote its mean", "be the sample average", "be given"])
def test_the_mean_keeps_its_convention(tmp_path, said):
    assert verdict_of_row(tmp_path, _body(said), "(x_i - \\bar x) = 0") == "proved"


def test_only_the_letter_said_otherwise_loses_its_convention():
    prose = "Let $\\bar y$ denote the median of the $y_i$ and $\\bar x$ the mean of the $x_i$."
    assert bars_not_means(prose) == frozenset({"y"})
