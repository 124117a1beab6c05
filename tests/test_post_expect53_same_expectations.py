"""EXPECT53: two lines that hold the same expectations, each taken as a quantity of its own,
are compared as such (``E[S(\\pi)] = E[\\sum_i \\partial_\\pi \\log p(x_i; \\pi)]`` after ``S``'s
definition).

An expectation the reader cannot write by linearity (a derivative of a density the post
never writes out) left every row holding it "unrelated" ("E(...) has no value the engine
can compare"), even a row that only puts in a name's definition: both sides then hold the
same ``E[...]``. Whatever its value, the same expectation is the same number, so two lines
equal with each one replaced by a symbol of its own are equal. Lines that differ so may
still be equal (the values are not known), so a difference is never a refutation; and an
expectation under a sum, an integral or a derivative (``\\sum_i E[g(x_i)]``, ``\\partial_\\pi
E[g]``) is not replaced, since it depends on the variable that runs there.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_SCORE = (
    "Suppose that $x_1, ..., x_n$ are observations whose density the post never writes "
    "(under a Bernoulli law the score's mean is 0, and every line below with it). Let\n\n"
    "$$\nS(\\pi) = \\sum_i \\frac{\\partial}{\\partial\\pi} \\log p(x_i; \\pi)\n$$\n\n"
)
_MEAN = "E\\left[ \\sum_i \\frac{\\partial}{\\partial\\pi} \\log p(x_i; \\pi) \\right]"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, _SCORE + f"$$\n{row}\n$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        f"E[S(\\pi)] = {_MEAN}",
        f"E[S(\\pi)] + 1 = 1 + {_MEAN}",
    ],
)
def test_the_same_expectations_on_both_sides_are_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        f"E[S(\\pi)] = 2 {_MEAN}",
        f"E[S(\\pi)] = {_MEAN} + 1",
        "E[S(\\pi)] = E\\left[ \\sum_i \\log p(x_i; \\pi) \\right]",
        f"\\frac{{\\partial}}{{\\partial \\pi}} E[S(\\pi)] = {_MEAN}",
    ],
)
def test_lines_that_differ_are_neither_proved_nor_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "refuted", "given", "plausible")


def test_an_expectation_under_a_running_variable_is_not_replaced():
    from derivations.post._one_measure import as_quantities
    from derivations.post._parse import parse_expression

    def read(latex):
        return parse_expression(latex)[0]

    same = as_quantities([read("E[X] + 1"), read("1 + E[X]")])
    assert same is not None and same[0] == same[1]
    for latex in ("\\sum_{i=1}^n E[X_i]", "\\frac{d}{d\\theta} E[X \\theta]"):
        assert as_quantities([read(latex), read("n E[X_1]")]) is None
