"""A chain whose first link is one of the general rows (an arg max unchanged by the log, a
data set's density read as a product, a naming of parameters) claims its later links too.

Found after adversarial set 26 (attack34, probing the arg max of a square with a chain):
``\\arg\\max g^2 = \\arg\\max \\log g^2 = \\arg\\max 2 \\log g = \\arg\\max g`` was **proved**
with g taking negative values, and so was ``\\arg\\max L = \\arg\\max \\log L = \\arg\\min L``,
even ``... = \\arg\\max_\\theta 7 = ...``, and ``\\log p(X | \\mu) = \\sum_n \\log p(x_n |
\\mu) = 5``: the row builder checked the first link by its general rule and returned, so
every link after it was never looked at.

Properties: a chain with a false link after a general one is never proved; a chain whose every
link holds by the general rules is still proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

G = r"Let $g$ be a real function of $\theta$ taking negative values too, and $L(\theta) > 0$."
DATA = r"The data $X = (x_1, \dots, x_N)$ are i.i.d."


def _verdict(tmp_path, prose: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "prose, row",
    [
        (
            G,
            r"\arg\max_\theta g(\theta)^2 = \arg\max_\theta \log g(\theta)^2 "
            r"= \arg\max_\theta 2\log g(\theta) = \arg\max_\theta g(\theta)",
        ),
        (
            G,
            r"\arg\max_\theta g(\theta)^2 = \arg\max_\theta \log g(\theta)^2 "
            r"= \arg\max_\theta g(\theta)",
        ),
        (
            G,
            r"\arg\max_\theta L(\theta) = \arg\max_\theta \log L(\theta) "
            r"= \arg\min_\theta L(\theta)",
        ),
        (G, r"\arg\max_\theta L(\theta) = \arg\max_\theta \log L(\theta) = \arg\max_\theta 7"),
        (DATA, r"\log p(X \mid \mu) = \sum_{n=1}^{N} \log p(x_n \mid \mu) = 5"),
        (
            DATA,
            r"\log p(X | \mu) = \sum_{n=1}^{N} \log p(x_n | \mu) = \sum_{n=1}^{N} p(x_n | \mu)",
        ),
    ],
)
def test_a_false_link_after_a_general_one_is_not_proved(tmp_path, prose, row):
    assert _verdict(tmp_path, prose, row) != "proved"


@pytest.mark.parametrize(
    "prose, row",
    [
        (
            G,
            r"\arg\max_\theta L(\theta) = \arg\max_\theta \log L(\theta) "
            r"= \arg\max_\theta L(\theta)",
        ),
        (
            DATA,
            r"\log p(X | \mu) = \sum_{n=1}^{N} \log p(x_n | \mu) "
            r"= \log \prod_{n=1}^{N} p(x_n | \mu)",
        ),
    ],
)
def test_a_chain_of_links_that_hold_is_proved(tmp_path, prose, row):
    assert _verdict(tmp_path, prose, row) == "proved"
