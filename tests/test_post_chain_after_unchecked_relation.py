"""A chain goes on from the right side of a row whose relation the reader does not check
(``\\sim R``, "equal up to a factor not depending on x"): the next ``= S`` rewrites R, never
the line before the ``\\sim`` row. Compared with that line, the correct ``= S`` after
``\\sim`` dropped a constant factor was refuted (held-out batch 25, Kalman line 41;
``tests/posts/incoming/repro25/``). Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# (the line before, the row R after \sim with a factor dropped, S = R rewritten, S wrong)
_CHAINS = [
    (
        "e^{-(a x^2 - 2 b x + c)}",
        "e^{-(a x^2 - 2 b x)}",
        "e^{-a x^2 + 2 b x}",
        "e^{-a x^2 + b x}",
    ),
    (
        "3 (x + 1)^2 e^{t}",
        "(x + 1)^2",
        "x^2 + 2x + 1",
        "x^2 + x + 1",
    ),
    (
        "\\frac{5 y^2}{2}",
        "y^2",
        "y \\cdot y",
        "2 y",
    ),
]


def _post(start: str, after: str, row: str, aligned: bool) -> str:
    if aligned:
        return (
            "Up to factors:\n$$\\begin{aligned}\nf &= "
            f"{start} \\\\\n&\\sim {after} \\\\\n&= {row}\n\\end{{aligned}}$$\n"
        )
    return (
        f"Up to factors:\n\n\\[\nf = {start}\n\\]\n\n\\[\n\\sim {after}\n\\]\n\n\\[\n= {row}\n\\]\n"
    )


@pytest.mark.parametrize(("start", "after", "right", "wrong"), _CHAINS)
@pytest.mark.parametrize("aligned", [False, True])
def test_the_row_after_an_unchecked_relation_continues_its_right_side(
    tmp_path, start, after, right, wrong, aligned
):
    assert verdict_of_row(tmp_path, _post(start, after, right, aligned), right) != "refuted"
    assert verdict_of_row(tmp_path, _post(start, after, wrong, aligned), wrong) != "proved"
