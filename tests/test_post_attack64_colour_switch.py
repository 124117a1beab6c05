"""The colour switch ``{\\color{c} ...}`` colours the rest of its braces (adversarial36, 07).

MathJax and LaTeX take ``\\color{red}`` without a second argument as a switch: what follows it,
up to the end of the enclosing group, is shown in colour. ``(x - \\mu)^2 = x^2 {\\color{red} -
2x\\mu} + \\mu^2`` was refuted on 752e8f3: the switch was dropped with its argument and the
braces around it were read as a factor, ``x^2 \\cdot (-2x\\mu) + \\mu^2``. The braces of a
switch hold the coloured body, read as ``\\color{c}{body}`` is: a body that starts with a sign
after an operand is the terms it shows, any other one group. So do braces around a coloured body
alone (``{\\color{red}{-2x\\mu}}``, ``{\\textcolor{red}{-2x\\mu}}``), read as a product before.

Properties: the switched terms read as the plain terms, whatever the sign and the colour
command's place; a switched factor or exponent stays one; the set's rows are decided on that
reading (the correct one not refuted, the wrong one still refuted).
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from tests._post_rows import verdict_of_row


def _same(a: str, b: str) -> bool:
    return sp.simplify(parse_expression(a)[0] - parse_expression(b)[0]) == 0


@pytest.mark.parametrize(
    ("switched", "plain"),
    [
        (r"x^2 {\color{red} - 2x\mu} + \mu^2", r"x^2 - 2x\mu + \mu^2"),
        (r"x^2 {\color{red} + 2x\mu} + \mu^2", r"x^2 + 2x\mu + \mu^2"),
        (r"a {\color{blue}-b} {\color{green}+c}", r"a - b + c"),
        (r"{\color{red} x^2} - 2x\mu", r"x^2 - 2x\mu"),
        # a coloured body alone in its braces
        (r"x^2 {\color{red}{-2x\mu}} + \mu^2", r"x^2 - 2x\mu + \mu^2"),
        (r"x^2 {\textcolor{red}{-2x\mu}} + \mu^2", r"x^2 - 2x\mu + \mu^2"),
        (r"a {\color{blue}{-b}} {\color{green}{+c}}", r"a - b + c"),
    ],
)
def test_switched_terms_read_as_the_terms(switched, plain):
    assert _same(switched, plain)


@pytest.mark.parametrize(
    ("switched", "plain", "other"),
    [
        (r"2 {\color{red} x + 1}", r"2 (x + 1)", r"2x + 1"),
        (r"x^{\color{red} 2} + 1", r"x^2 + 1", r"x + 1"),
        (r"\frac{1}{\color{red} x + 1}", r"\frac{1}{x + 1}", r"\frac{1}{x} + 1"),
        (r"2 {\color{red}{x + 1}}", r"2 (x + 1)", r"2x + 1"),
        (r"x^{\color{red}{-1}} + 1", r"\frac{1}{x} + 1", r"x - 1 + 1"),
    ],
)
def test_a_switched_group_stays_one_group(switched, plain, other):
    assert _same(switched, plain)
    assert not _same(switched, other)


_EXPAND = "\nExpanding the square,\n\n$$(x - \\mu)^2 = %s$$\n"


def test_the_correct_expansion_is_not_refuted(tmp_path):
    row = r"x^2 {\color{red} - 2x\mu} + \mu^2"
    assert verdict_of_row(tmp_path, _EXPAND % row, row) == "proved"


def test_a_wrong_expansion_is_still_refuted(tmp_path):
    row = r"x^2 {\color{red} + 2x\mu} + \mu^2"
    assert verdict_of_row(tmp_path, _EXPAND % row, row) == "refuted"
