"""The first equation of a row ``A = B \\iff C = D`` is an equation, not an identity
(adversarial33, 22).

``\\frac{x}{p} = \\frac{n - x}{1 - p} \\iff p = \\frac{x}{n}`` (correct for 0 < p < 1) was
refuted: its first equation, with nothing above it, was checked as the identity "left side
rewritten into the right side", and it fails for most p. So was ``2a + 1 = a + 3 \\iff a =
2``. A row that says its first equation is equivalent to, or implies, another equation
writes that equation as a condition on its letters: it is not refuted as an identity; the
arrow's step (A = B to C = D) is checked as an equation step, so a wrong root after the arrow
is not proved. A first equation with no arrow after it is read as before.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_PROSE = "For $0 < p < 1$ and $0 < x < n$, and a number $a$:"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{_PROSE}\n\n$${row}$$\n", row)


@pytest.mark.parametrize("arrow", [r"\iff", r"\Leftrightarrow", r"\implies", r"\Rightarrow"])
@pytest.mark.parametrize(
    ("first", "root", "wrong"),
    [
        (r"\frac{x}{p} = \frac{n - x}{1 - p}", r"p = \frac{x}{n}", r"p = \frac{n - x}{n}"),
        (r"2a + 1 = a + 3", "a = 2", "a = 4"),
    ],
)
def test_the_first_equation_is_no_identity(tmp_path, arrow, first, root, wrong):
    assert _verdict(tmp_path, f"{first} {arrow} {root}") != "refuted"
    assert _verdict(tmp_path, f"{first} {arrow} {wrong}") != "proved"


def test_an_identity_before_the_arrow_is_not_refuted_either(tmp_path):
    row = r"(a + 1)^2 = a^2 + 2a + 1 \iff 0 = 0"
    assert _verdict(tmp_path, row) != "refuted"


def test_the_set_pair(tmp_path):
    """adversarial33 22 as written: the prose names no other letter."""
    prose = "For $0 < p < 1$ and $0 < x < n$:"
    first = r"\frac{x}{p} = \frac{n - x}{1 - p} \iff "
    for root, bad in ((r"p = \frac{x}{n}", "refuted"), (r"p = \frac{n - x}{n}", "proved")):
        row = first + root
        assert verdict_of_row(tmp_path, f"\n{prose}\n\n$${row}$$\n", row) != bad
