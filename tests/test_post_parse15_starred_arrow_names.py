r"""A starred name with an arrow subscript, ``\theta^*_{a \rightarrow b}`` (PARSE15).

``\theta_{a \rightarrow b}`` is read as the name of the pair's parameter (READ7); with a star
before the subscript (the estimate, ``\theta^*_{a \rightarrow b}``) the arrow was "a relation
sign inside an expression" (2 held-out rows of a bigram MLE post). The star's name takes
the arrow subscript the same way. A limit's arrow stays the limit's.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def test_the_starred_name_takes_the_pair():
    a, _ = parse_expression(r"\theta^*_{a \rightarrow b}")
    b, _ = parse_expression(r"\theta^*_{c \rightarrow t}")
    c, _ = parse_expression(r"\theta_{a \rightarrow b}")
    assert a != b and a != c


def test_a_definition_by_it_is_given(tmp_path):
    row = r"\theta^*_{a \rightarrow b} = \frac{\text{count}(a, b)}{\text{count}(a, \cdot)}"
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "given", (r.verdict, r.reason)


@pytest.mark.parametrize("text", [r"x^*_{a \rightarrow b \to c}", r"x^*_{ab \rightarrow c}"])
def test_other_scripts_stay_unread(text):
    with pytest.raises(ValueError):
        parse_expression(text)
