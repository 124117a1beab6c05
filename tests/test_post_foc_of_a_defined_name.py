r"""``\frac{\partial L}{\partial \mu} = 0`` after ``L(\mu) = ...``: a first-order condition.

The reader reads ``d/dv (formula) = 0`` as an identity when the formula, written out, does not
depend on ``v`` (``\frac{d}{db}(-n \log 2) = 0``). A bare letter the post defined as a function
of the parameter (``L(\mu) = ...`` then ``\partial L``) was taken for such a formula: the letter
has no ``\mu`` in it, so its derivative "vanished identically", the row was compared as an
identity with the value of ``L`` put in, and the most common row of an MLE post - the
derivative set to zero - was **refuted**. (``\ell(\mu)`` and ``L = ...`` were read right.)
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

DEFINITIONS = [
    r"L(\mu) = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2",
    r"l(\mu) = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2",
    r"\ell(\mu) = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2",
    r"L = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2",
    r"J(\theta) = \sum_{i=1}^n (y_i - \theta)^2",
]


def _letter(definition: str) -> str:
    return definition.split("=")[0].split("(")[0].strip()


def _param(definition: str) -> str:
    return r"\theta" if "theta" in definition else r"\mu"


@pytest.mark.parametrize("definition", DEFINITIONS)
def test_the_derivative_of_a_defined_name_set_to_zero_is_not_refuted(tmp_path, definition):
    name, v = _letter(definition), _param(definition)
    r = _rows(tmp_path, definition, rf"\frac{{\partial {name}}}{{\partial {v}}} = 0")[7]
    assert r.verdict not in ("refuted", "proved"), (r.verdict, r.reason)


@pytest.mark.parametrize("definition", DEFINITIONS)
def test_zero_on_the_left_too(tmp_path, definition):
    name, v = _letter(definition), _param(definition)
    r = _rows(tmp_path, definition, rf"0 = \frac{{\partial {name}}}{{\partial {v}}}")[7]
    assert r.verdict not in ("refuted", "proved"), (r.verdict, r.reason)


@pytest.mark.parametrize("definition", DEFINITIONS[:3])
def test_the_equation_after_it_is_checked(tmp_path, definition):
    """The condition is a premise: the next row, an equation it leads to, is proved, and a
    wrong one is not."""
    name = _letter(definition)
    rows = _rows(
        tmp_path,
        definition,
        rf"\frac{{\partial {name}}}{{\partial \mu}} = 0",
        r"\sum_{i=1}^n (x_i - \mu) = 0",
        r"\sum_{i=1}^n (x_i + \mu) = 0",
    )
    assert rows[7].verdict != "refuted", (rows[7].verdict, rows[7].reason)
    assert rows[9].verdict == "proved", (rows[9].verdict, rows[9].reason)
    assert rows[11].verdict != "proved", (rows[11].verdict, rows[11].reason)


def test_a_formula_free_of_the_variable_still_vanishes(tmp_path):
    r = _rows(tmp_path, r"\frac{d}{d b}\left(-n \log 2\right) = 0")[5]
    assert r.verdict == "proved", (r.verdict, r.reason)
