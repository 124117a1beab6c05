r"""``\Phi`` and ``\phi`` named another function in a sentence that also speaks of the normal law
("the logistic cdf, not the standard normal cdf", "the characteristic function of the standard
normal distribution") are not the normal law's cdf and density (adversarial set 28, 82, 83).

A sentence that named the letter a function kept it from the normal reading only when it did
not speak of the normal law at all (``_named_otherwise``): ``\Phi(1) = 1/(1 + e^{-1})`` of a
logistic cdf and ``\phi(0) = 1`` of a characteristic function were refuted through the normal
law's values. Failed at f31b68c. A sentence that names the normal's cdf or density is read as
before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, prose: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (
            r"Here $\Phi$ is the logistic cdf, not the standard normal cdf.",
            r"\Phi(1) = \frac{1}{1 + e^{-1}}",
        ),
        (
            r"Let $\Phi$ be the cdf of the logistic law; the noise is normally distributed.",
            r"\Phi(1) = \frac{1}{1 + e^{-1}}",
        ),
        (
            r"Let $\phi$ be the characteristic function of the standard normal distribution.",
            r"\phi(0) = 1",
        ),
        (
            r"Let $\phi$ be the moment generating function of a normally distributed variable.",
            r"\phi(0) = 1",
        ),
        (
            r"Here $\Phi$ is the survival function of the normal law.",
            r"\Phi(0) + \Phi(1) = \frac{1}{2} + \Phi(1)",
        ),
    ],
)
def test_a_letter_named_another_function_is_not_the_normal_law(tmp_path, prose, row):
    assert _verdict(tmp_path, prose, row) != "refuted"


@pytest.mark.parametrize(
    "prose",
    [
        r"Let $\phi$ and $\Phi$ be the standard normal density and cdf.",
        r"$\Phi$ denotes the cumulative distribution function of the standard normal distribution.",
        r"Let $\Phi$ be the cdf of the standard normal distribution.",
    ],
)
def test_the_normal_cdf_named_so_is_read_as_before(tmp_path, prose):
    assert _verdict(tmp_path, prose, r"\Phi(x) + \Phi(-x) = 1") == "proved"
