r"""A letter before a bracket holding one bar alone: ``Q(\theta | \theta^{(t)})`` (PARSE15).

EM posts write the expected log-likelihood ``Q(\theta | \theta^{(t)})``. ``Q`` is no letter
the reader knows as a function, and one bar pairs with nothing, so the rows were unparsed
("a '|' without its partner"). A single plain bar at the top level of the bracket can only
be a condition bar: the letter is applied, as ``p(x | \theta)`` is. Bars that pair up
(``Q(|x|)``) are absolute values, and the letter multiplies as before.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "text", [r"Q(\theta | \theta^{(t)})", r"a(x | y)", r"Q(\theta|\theta_0) + 1"]
)
def test_one_bar_alone_makes_a_call(text):
    e, _ = parse_expression(text)
    assert not e.atoms(sp.Abs), e
    assert any(len(f.args) == 2 for f in e.atoms(sp.Function)), e


@pytest.mark.parametrize("text", [r"Q(|x|)", r"Q(|x| + |y|)"])
def test_bars_that_pair_are_absolute_values(text):
    e, _ = parse_expression(text)
    assert e.atoms(sp.Abs), e


def test_a_definition_by_it_is_read(tmp_path):
    r = _rows(tmp_path, r"Q(\theta | \theta_0) = \sum_{i=1}^{n} \log p(x_i | \theta)")[5]
    assert r.verdict not in ("unparsed", "refuted", "proved"), (r.verdict, r.reason)
