"""``p(y, \\mu) = p(y | \\mu)\\, p(\\mu)``: the product rule of probability, proved as a law.

The joint density equals the conditional times the marginal of what the conditional is
given: a law, true whatever the densities are. The row was "given" (a definition taken
on trust), which left correct rows of three held-out posts unproved (external11
statproofbook-binomial-beta-log-model-evidence 52, external8 normal-normal 80, repro10
33). It is proved when the factors are exactly that conditional and that marginal; a
marginal of the wrong variable is no instance of the law and is not proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

MODEL = r"""Let $y_i \sim \mathcal{N}(\mu, 1)$.

$$p(y|\mu) = \prod_{i=1}^{n} \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{(y_i-\mu)^2}{2}\right)$$

$$p(\mu) = \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{\mu^2}{2}\right)$$

"""


@pytest.mark.parametrize(
    "row",
    [
        r"$$p(y,\mu) = p(y|\mu) \, p(\mu)$$",
        r"$$p(y,\mu) = p(\mu) \, p(y|\mu)$$",
    ],
)
def test_the_product_rule_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, MODEL + row + "\n", row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"$$p(y,\mu) = p(y|\mu) \, p(y)$$",
        r"$$p(y,\mu) = p(\mu|y) \, p(\mu)$$",
    ],
)
def test_a_wrong_marginal_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, MODEL + row + "\n", row) != "proved"
