"""A chain whose last side is 0 sets the line above to zero only when that line has an unknown.

``\\frac{d\\ell}{d\\theta} = \\frac{n}{\\theta} - \\sum x_i = 0`` is the first-order condition:
the "= 0" is a premise, a condition on theta. Any chain ending in "= 0" was read so, whatever
the line above: ``\\int_0^1 x/|x| dx = [|x|]_0^1 = 0`` (adversarial set 24, 34-false) and
``\\int_0^1 2x dx = 1 - 0 = 0`` were proved, a number "set to zero". A line with no letter
left solves for nothing: its "= 0" is a claim, compared like any other link.

Properties: a number set to zero is refuted when it is not zero and proved when it is; a line
with a letter left is still a condition (never refuted for being nonzero somewhere).
"""

from __future__ import annotations

import pytest


def _verdicts(tmp_path, text: str) -> list[str]:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize(
    "row",
    [
        r"\int_0^1 2x \, dx = 1 - 0 = 0",
        r"\int_0^1 \frac{x}{|x|} \, dx = \left[|x|\right]_{0}^{1} = 0",
        r"\int_0^1 3 x^2 \, dx = \left[x^3\right]_{0}^{1} = 0",
        r"\frac{1}{2} + \frac{1}{3} = \frac{5}{6} = 0",
    ],
)
def test_a_nonzero_number_set_to_zero_is_refuted(tmp_path, row):
    assert _verdicts(tmp_path, f"The value is\n\n$${row}$$\n") == ["refuted"]


@pytest.mark.parametrize(
    "row",
    [
        r"\int_0^1 (2x - 1) \, dx = \left[x^2 - x\right]_{0}^{1} = 0",
        r"\frac{1}{2} - \frac{1}{2} = 1 - 1 = 0",
    ],
)
def test_a_number_that_is_zero_is_proved(tmp_path, row):
    assert _verdicts(tmp_path, f"The value is\n\n$${row}$$\n") == ["proved"]


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{d\ell}{d\theta} = \frac{n}{\theta} - \sum_{i=1}^n x_i = 0",
        r"\int_0^1 (x - a) \, dx = \frac{1}{2} - a = 0",
    ],
)
def test_a_line_with_a_letter_left_is_still_a_condition(tmp_path, row):
    text = f"Let $\\ell(\\theta) = n \\log\\theta - \\theta \\sum_{{i=1}}^n x_i$.\n\n$${row}$$\n"
    assert "refuted" not in _verdicts(tmp_path, text)
