"""Orders among the data stated in prose, which the sampler does not follow (adversarial set
10, pairs 86, 90, 171, 172).

``$x_1 \\le x_2 \\le \\dots \\le x_n$``, ``$\\theta \\ge \\max_i x_i$``, order statistics and
``$x_1 < x_2 < x_3$`` were skipped as "the data's support", so the sampler drew the data
unordered and correct rows that use the order were refuted. An order the assumption
language cannot read is now a condition on its letters: a counterexample in them is no
refutation. A bound by numbers (``x_1, \\dots, x_n > 0``) is still the data's support.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def verdict(tmp_path, prose: str, row: str) -> str:
    post = tmp_path / "post.md"
    post.write_text(f"{prose}\n\n$${row}$$\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        (r"The sample is sorted: $x_1 \le x_2 \le \dots \le x_n$.", r"|x_2 - x_1| = x_2 - x_1"),
        (
            r"The parameter bounds the data: $\theta \ge \max_i x_i$.",
            r"\sum_{i=1}^{n} |\theta - x_i| = n\theta - \sum_{i=1}^{n} x_i",
        ),
        (
            r"Let $x_{(1)} \le x_{(2)} \le \dots \le x_{(n)}$ be the order statistics.",
            r"|x_{(n)} - x_{(1)}| = x_{(n)} - x_{(1)}",
        ),
        (r"The observations increase: $x_1 < x_2 < x_3$.", r"|x_3 - x_1| = x_3 - x_1"),
    ],
)
def test_a_row_true_under_a_stated_order_of_the_data_is_not_refuted(tmp_path, prose, row):
    assert verdict(tmp_path, prose, row) != "refuted"
    # without the order, the same row is refuted: the mechanism is the stated order
    assert verdict(tmp_path, "The sample:", row) == "refuted"


def test_a_bound_by_numbers_is_no_order_among_the_data(tmp_path):
    prose = r"The data are positive: $x_1, \dots, x_n > 0$."
    assert verdict(tmp_path, prose, r"|x_2 - x_1| = x_2 - x_1") == "refuted"
