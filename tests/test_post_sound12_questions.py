"""A question in prose states nothing: "Is $\\lambda = 2$? Not necessarily" harvested
``\\lambda = 2`` as the post's value and proved ``\\lambda^2 = 4`` (adversarial set 12, pair
84). A formula in a sentence that asks is a hypothesis (``_inline_claims.is_hypothesis``)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PAIRS = [
    (
        "Is $\\lambda = 2$? Not necessarily: $\\lambda > 0$ is unknown.",
        "\\lambda^2 = 4",
        "\\lambda^2 = \\lambda \\cdot \\lambda",
    ),
    ("Does $\\mu = 3$ hold here? We cannot say.", "\\mu + 1 = 4", "\\mu + 1 = 1 + \\mu"),
    (
        "What if $k = 5$? Nothing says so, and $k$ is any real.",
        "k^2 + k = 30",
        "k^2 + k = k(k + 1)",
    ),
    ("Could $a = b + 1$, perhaps? Take $a$ and $b$ as any reals.", "a - b = 1", "a - b = -(b - a)"),
]


@pytest.mark.parametrize(("sentence", "wrong", "right"), PAIRS)
def test_a_question_defines_nothing(tmp_path, sentence, wrong, right):
    assert verdict_of_row(tmp_path, f"{sentence}\n\n$${wrong}$$\n", wrong) != "proved"


@pytest.mark.parametrize(("sentence", "wrong", "right"), PAIRS)
def test_the_correct_row_after_a_question_is_not_refuted(tmp_path, sentence, wrong, right):
    assert verdict_of_row(tmp_path, f"{sentence}\n\n$${right}$$\n", right) != "refuted"


def test_a_statement_still_defines(tmp_path):
    body = "Let $\\lambda = 2$. Then\n\n$$\\lambda^2 = 4$$\n"
    assert verdict_of_row(tmp_path, body, "\\lambda^2 = 4") == "proved"
    body = "Let $\\lambda = 2$. Then\n\n$$\\lambda^2 = 5$$\n"
    assert verdict_of_row(tmp_path, body, "\\lambda^2 = 5") == "refuted"
