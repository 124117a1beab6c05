"""A value a sentence gives a letter under one heading does not reach a later heading that
writes the model anew (catch65).

external46 jimmyhickey (Casella and Berger 7.6 and 7.11): "so take $\\theta = X_{(1)}$" under
7.6 (b) was put into the rows of problem 7.11, which writes ``f(x|\\theta) = \\theta
x^{\\theta-1}`` again: its likelihood was compared as ``\\prod X_{(1)} X_i^{X_{(1)}-1}``. The
new model's letters are its own; the sentence's value ends there, as the old ``f`` does.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_variants

_POST = r"""---
title: a value under another heading
---

# Problem 1

Let $X_1, \dots, X_n$ be a random sample from $f(x | \theta) = \theta x^{-2}$, $0 < \theta \le x$.

The likelihood increases with $\theta$, so take $\theta = X_{(1)}$.

# Problem 2

Let $X_1, \dots, X_n$ be iid with pdf

$$f(x | \theta) = \theta x^{\theta - 1}$$

$$L(\theta | x) = \prod_{i=1}^n \theta x_i^{\theta - 1}$$

$$L(\theta | x) = SECOND$$

$$\ell(\theta | x) = n \log(\theta) + (\theta - 1) \sum_{i=1}^n \log(x_i)$$
"""

_SECOND = {
    "wrong": r"\theta^2 \prod_{i=1}^n \theta x_i^{\theta - 1}",
    "right": r"\theta^n \prod_{i=1}^n x_i^{\theta - 1}",
}


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    return rows_of_variants(tmp_path_factory.mktemp("catch65"), _POST, _SECOND)


def _mentions_the_old_value(row) -> bool:
    text = f"{row.reason} {sorted((row.counterexample or {}).keys())}"
    return "X_(1)" in text or "x_(1)" in text


def test_the_wrong_row_is_refuted_in_the_new_model_s_letters(posts):
    row = posts["wrong"][19]
    assert row.verdict == "refuted"
    assert "theta" in (row.counterexample or {})
    assert not _mentions_the_old_value(row)


def test_the_right_twin_is_proved(posts):
    assert posts["right"][19].verdict == "proved"


@pytest.mark.parametrize("case", sorted(_SECOND))
def test_no_row_of_the_new_model_holds_the_old_value(posts, case):
    for line, row in posts[case].items():
        if line >= 13:
            assert not _mentions_the_old_value(row), (line, row.reason)
