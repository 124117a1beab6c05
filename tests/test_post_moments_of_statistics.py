r"""A moment of a sum or of a statistic is a claim, never a premise taken as given.

``E(X) = \alpha/\gamma`` with no law stated is the distribution's moment as the post states it,
taken as given. But ``\mathrm{Var}(\sum_i X_i) = n^2\sigma^2`` (false: ``n\sigma^2`` for
independent ``X_i``) and ``E[\hat\sigma^2] = \sigma^2`` (false for the MLE of the variance) were
taken as given the same way - "states a moment of the distribution" - and the post passed with
every row "proved or a definition". A moment of anything but one variable (or a power of it),
or of an estimate (a letter with a hat or a bar), is a result to derive: unchecked when the
reader cannot work it out.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

IID = r"Let $X_1, \ldots, X_n$ be iid with mean $\mu$ and variance $\sigma^2$."


@pytest.mark.parametrize(
    "body, row",
    [
        (IID, r"\mathrm{Var}\left(\sum_{i=1}^n X_i\right) = n^2\sigma^2"),
        (IID, r"E\left[\sum_{i=1}^n X_i^2\right] = n\mu^2"),
        (
            r"Let $X_1,\ldots,X_n$ be iid $N(\mu,\sigma^2)$ and "
            r"$\hat\sigma^2 = \frac1n\sum_{i=1}^n (X_i-\bar X)^2$. Then",
            r"E[\hat\sigma^2] = \sigma^2",
        ),
        (IID, r"E[\bar X^2] = \mu^2"),
        (
            r"For iid $X_i$ with mean $\mu$ and variance $\sigma^2$,",
            r"\mathrm{Var}\left(\sum_{i=1}^n X_i\right) = n^2\sigma^2",
        ),
    ],
)
def test_a_false_moment_of_a_statistic_is_neither_given_nor_proved(tmp_path, body, row):
    verdict = verdict_of_row(tmp_path, f"{body}\n\n$${row}$$\n", row)
    assert verdict not in ("given", "proved"), verdict


@pytest.mark.parametrize(
    "row", [r"E(X) = \frac{\alpha}{\gamma}", r"\mathrm{Var}(X) = \frac{\alpha}{\gamma^2}"]
)
def test_a_moment_of_one_variable_is_still_the_premise_it_states(tmp_path, row):
    assert verdict_of_row(tmp_path, f"The moments are\n\n$${row}$$\n", row) == "given"
