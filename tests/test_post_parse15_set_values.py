r"""A name stated to be a set: ``X = \lbrace 0, 1, 2, \ldots \rbrace``, ``\theta = (0, \infty)``,
``\Theta^* = \lbrace \log \lambda \mid \lambda \in \mathbb{R}^+ \rbrace = \mathbb{R}`` (PARSE15).

Supports, parameter spaces and data sets written as ``name = set`` were unparsed. Such a row
is read as a statement naming a set, taken as given; the name gets no value, so rows after
it read as they did. Only rows whose every right side is written as a set, after one name,
and only rows the reader could not read otherwise.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._set_values import is_set_side, names_a_set, split_equals

SETS = [
    r"X=\lbrace0,1,2,\ldots\rbrace",
    r"\theta=(0,\infty)",
    r"T=\{(x^{(1)},y^{(1)}),(x^{(2)},y^{(2)}),...,(x^{(m)},y^{(m)})\}",
    r"\Theta^* = \lbrace \log \lambda \mid \lambda \in \mathbb{R}^+ \rbrace = \mathbb{R}",
    r"\Theta^* = \lbrace \log \frac{\vartheta}{1-\vartheta} \mid \vartheta \in (0, 1) \rbrace"
    r" = \mathbb{R}",
    r"I_0 = \{i: y^{(i)} = 0 \}",
]

NOT_SETS = [
    r"x = (a, b)",
    r"f(x) = \{1,2\}",
    r"x = \mathbb{R}",
    r"x = \{a\} + \{b\}",
    r"x = \frac{1}{2}",
    r"x \in \{1,2\}",
    r"x = \{1, 2\} < 3",
]


@pytest.mark.parametrize("row", SETS)
def test_a_name_equal_to_a_set_is_a_set_statement(row):
    parts = split_equals(row)
    assert parts is not None and names_a_set(parts), parts


@pytest.mark.parametrize("row", NOT_SETS)
def test_other_rows_are_no_set_statement(row):
    parts = split_equals(row)
    assert parts is None or not names_a_set(parts), parts


def test_a_long_side_is_not_scanned():
    assert not is_set_side(r"\{" + "a, " * 500 + r"\}")


@pytest.mark.parametrize("row", SETS[:5])
def test_the_row_is_given_and_the_name_gets_no_value(tmp_path, row):
    name = row.split("=")[0].strip()
    rows = _rows(tmp_path, row, f"y = {name} + 1")
    assert rows[5].verdict == "given", (rows[5].verdict, rows[5].reason)
    assert "set" in rows[5].reason
    assert rows[7].verdict not in ("proved", "refuted"), (rows[7].verdict, rows[7].reason)


@pytest.mark.parametrize(
    "row", [r"x = \{1\} \ne y", r"x = \{1\} \le y", r"x = \{1\} \sim y", r"x \subseteq \{1, 2\}"]
)
def test_a_relation_outside_the_braces_is_another_statement(row):
    assert split_equals(row) is None


def test_sized_braces_are_no_relation():
    parts = split_equals(r"y = \left\lbrace y_1, \ldots, y_n \right\rbrace")
    assert parts is not None and names_a_set(parts), parts
