"""Two spellings of a definition by cases (external39, the logistic posterior of the hack note).

``P(y | x) = \\left\\{ \\begin{array}{lr} h, & \\text{if } y=1 \\\\ 1-h, & \\text{if } y=0
\\end{array} \\right\\}`` was unparsed ("a matrix whose cells cannot be read: unexpected
','"): a comma ends each value (punctuation before the condition, as ``\\text{if}`` is a word
before it), and the braced array is closed by ``\\right\\}`` where the reader knew only
``\\right.``. Each reads as the same cases written plainly: the same sympy expression. A comma
inside a value (``(a, b), & ...``) is not its last token and is left alone. Failed at 047f722.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

ARRAY = r"\left\{{ \begin{{array}}{{lr}} {} \end{{array}} \right{}"
PLAIN = r"\begin{cases} h & \text{if } y=1 \\ 1-h & \text{if } y=0 \end{cases}"


@pytest.mark.parametrize(
    "written",
    [
        r"\begin{cases} h, & \text{if } y=1 \\ 1-h, & \text{if } y=0 \end{cases}",
        r"\begin{cases} h , & \text{if } y=1 \\ 1-h\,, & \text{if } y=0 \end{cases}",
        ARRAY.format(r"h & \text{if } y=1 \\ 1-h & \text{if } y=0", r"\}"),
        ARRAY.format(r"h, & \text{if } y=1\\ 1-h, & \text{if } y=0", r"\}"),
        ARRAY.format(r"h & \text{if } y=1 \\ 1-h & \text{if } y=0", "."),
    ],
)
def test_the_spellings_read_as_the_plain_cases(written):
    assert parse_expression(written)[0] == parse_expression(PLAIN)[0]


def test_a_value_that_is_a_list_stays_unread():
    with pytest.raises(ValueError):
        parse_expression(r"\begin{cases} a, b, & \text{if } y=1 \\ 0, & \text{if } y=0 \end{cases}")
