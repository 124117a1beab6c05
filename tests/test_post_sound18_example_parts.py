"""Two examples that give one name two values (issue 12; ``tests/posts/incoming/repro26/``,
after astralord's Cramer-Rao post: ``T_1(x) = x`` in one bullet, ``T_1(x) = x^2`` in the next).
The second example's definition was compared with the first's and refuted. A definition that
opens a new list item or example is no restatement of another example's value: never refuted,
and the rows of the second example are never refuted through the first's value."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (name, first value, second value, a correct row of the second example, its wrong twin)
NAMES = [
    ("\\mu", "2\\theta", "3\\theta", "\\mu^2 = 9\\theta^2", "\\mu^2 = 4\\theta^2"),
    ("c", "e^{-t}", "(1 - t)^2", "c + 2t = 1 + t^2", "c + 2t = 1 + t"),
    ("T(x)", "x", "x^2", "T(3) = 9", "T(3) = 3"),
    ("Q(\\vartheta)", "\\log \\vartheta", "\\vartheta^2", "Q(2) = 4", "Q(2) = \\log 2"),
]

#: How the second example opens: (first opener, second opener, indent).
OPENERS = [
    ("- First, take", "- Next, take", "  "),
    ("* Binomial:", "* Normal:", "  "),
    ("1. In the first case", "2. In the second case", "   "),
    ("**Example 1.** Take", "**Example 2.** Take", ""),
    ("Example 1: take", "Example 2: take", ""),
]


def _post(first: str, second: str, indent: str, name: str, a: str, b: str, row: str) -> str:
    return (
        f"{first}\n\n{indent}$${name} = {a}$$\n\n"
        f"{second}\n\n{indent}$${name} = {b}$$\n\n{indent}so\n\n{indent}$${row}$$\n"
    )


@pytest.mark.parametrize(("first", "second", "indent"), OPENERS)
@pytest.mark.parametrize(("name", "a", "b", "right", "wrong"), NAMES)
def test_the_second_definition_is_not_refuted(
    tmp_path, first, second, indent, name, a, b, right, wrong
):
    body = _post(first, second, indent, name, a, b, right)
    assert verdict_of_row(tmp_path, body, f"{name} = {b}") != "refuted"


@pytest.mark.parametrize(("first", "second", "indent"), OPENERS)
@pytest.mark.parametrize(("name", "a", "b", "right", "wrong"), NAMES)
def test_a_row_of_the_second_example_is_not_refuted(
    tmp_path, first, second, indent, name, a, b, right, wrong
):
    body = _post(first, second, indent, name, a, b, right)
    assert verdict_of_row(tmp_path, body, right) != "refuted"


@pytest.mark.parametrize(("first", "second", "indent"), OPENERS)
@pytest.mark.parametrize(("name", "a", "b", "right", "wrong"), NAMES)
def test_a_row_true_only_of_the_first_example_is_not_proved(
    tmp_path, first, second, indent, name, a, b, right, wrong
):
    body = _post(first, second, indent, name, a, b, wrong)
    assert verdict_of_row(tmp_path, body, wrong) != "proved"


def test_one_example_still_refutes_a_wrong_restatement(tmp_path):
    body = "Take\n\n$$\\mu = 2\\theta$$\n\nso that\n\n$$\\mu^2 = 5\\theta^2$$\n"
    assert verdict_of_row(tmp_path, body, "\\mu^2 = 5\\theta^2") == "refuted"


def test_values_in_sentences_of_two_bullets_never_crash_nor_refute(tmp_path):
    """astralord's spelling: the values in sentences of each bullet (at b2ab224 comparing the
    two values of c crashed the reader: complex() of the difference recursed without end)."""
    body = (
        "* Binomial: here $c(\\vartheta) = (1-\\vartheta)^n$, $T_1(x) = x$. Then\n\n"
        "  $$\\frac{d}{d\\vartheta} \\log c(\\vartheta) = -\\frac{n}{1-\\vartheta}$$\n\n"
        "* Poisson: here $c(\\vartheta) = e^{-\\vartheta}$, $T_1(x) = x^2$. Then\n\n"
        "  $$\\frac{d}{d\\vartheta} \\log c(\\vartheta) = -1$$\n\n"
        "  $$T_1(3) = 9$$\n"
    )
    assert verdict_of_row(tmp_path, body, "\\log c(\\vartheta) = -1") != "refuted"
    assert verdict_of_row(tmp_path, body, "T_1(3) = 9") != "refuted"
