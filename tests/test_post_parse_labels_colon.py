"""A row that opens with a word and a colon (``\\text{posterior} : p(\\beta|y) \\propto ...``)
names what follows: the label is no factor of it."""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "label",
    [
        r"\text{posterior} :",
        r"\text{Posterior}:",
        r"\text{Posterior:}",
        r"\textbf{Step 1}:",
        r"\mathrm{prior}\colon",
        r"\text{the likelihood is:}\ ",
    ],
)
def test_a_leading_label_is_left_out(label):
    assert parse_expression(rf"{label} a^2 b")[0] == parse_expression(r"a^2 b")[0]


@pytest.mark.parametrize(
    "latex",
    [
        r"a : b",  # a colon between two quantities is no label
        r"\text{posterior} \cdot a : b",
        r"\text{posterior} :",  # nothing after the label
    ],
)
def test_other_colons_are_still_not_read(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)


# BATCH28 (held-out batch 28, an Obsidian note's aligned rows '\eta(p):\theta&=\ln(...)' and
# '\eta^{-1}(\theta):p&=\frac{e^\theta}{1+e^\theta}'): a function written with its bracket and
# a colon names what follows, as a word does.
@pytest.mark.parametrize(
    "label",
    [
        r"\eta(p):",
        r"\eta^{-1}(\theta):",
        r"f\left(x\right) \colon",
        r"g_1(a, b) :",
    ],
)
def test_a_leading_function_label_is_left_out(label):
    assert parse_expression(rf"{label} a^2 b")[0] == parse_expression(r"a^2 b")[0]


@pytest.mark.parametrize(
    "latex",
    [
        r"f(x) :",  # nothing after it
        r"2(x) : b",  # a number is no function
        r"(x) : b",  # no name before the bracket
        r"f(x) + g(x) : b",  # a colon after a sum of terms
        r"f(x) :: b",
    ],
)
def test_other_colons_after_brackets_are_still_not_read(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)


def test_the_obsidian_rows_are_read(tmp_path):
    from _post_rows import display_rows

    rows = display_rows(
        tmp_path,
        r"\begin{align}\eta(p):\theta&=\ln(\frac{p}{1-p})\\ e^\theta&=\frac{p}{1-p}\\"
        r"e^\theta&=p*(1+e^\theta)\\ \eta^{-1}(\theta):p&=\frac{e^\theta}{1+e^\theta}\end{align}",
    )
    assert all(r.verdict != "unparsed" for r in rows.values())
    assert all(r.verdict != "refuted" for r in rows.values())
