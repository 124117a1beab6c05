"""``$c, \\beta > 0$`` in a sentence states the bound of every listed name: a post's
parameters are often declared together, and a list read as nothing let the numeric check
draw c < 0 where the post's moment holds only for c > 0 (held-out batch 12, Weibull)."""

from __future__ import annotations

import pytest

from derivations.post._assume import expand, prose_statements


@pytest.mark.parametrize(
    ("written", "each"),
    [
        ("c,\\beta>0", ["c > 0", "\\beta > 0"]),
        ("\\alpha, \\beta \\geq 1", ["\\alpha \\geq 1", "\\beta \\geq 1"]),
        ("a, b, c < 0.", ["a < 0", "b < 0", "c < 0"]),
        ("x_i, y_{12} > 0", ["x_i > 0", "y_{12} > 0"]),
    ],
)
def test_a_list_of_names_with_one_bound_bounds_each(written, each):
    assert expand(written) == each


@pytest.mark.parametrize("written", ["f(x), y > 0", "a + b, c > 0", "a, b > c", "a > 0"])
def test_anything_else_is_left_to_the_assumption_language(written):
    assert expand(written) == [written]


def test_the_list_is_read_in_a_sentence():
    text = "given by parameters $c,\\beta>0$ and so that for all $t\\geq 0$, the rest."
    assert [s for s, _ in prose_statements(text)] == ["c > 0", "\\beta > 0", "t\\geq 0"]
