"""``M''(t)|_{t=0}``: a bar with ``_{t = a}`` after an expression is its value at t = a.

Authors write the evaluation bar without ``\\left.`` ... ``\\right|`` (``f'(x)|_{x=0}``,
``\\frac{d}{dt} M(t) \\Big|_{t=0}``, ``(M'(t)|_{t=0})^2``); a truncated-normal variance row
``var(Z) = M''(t)|_{t=0} - (M'(t)|_{t=0})^2`` was unparsed ("a '|' without its partner").
The bar applies to everything before it in its bracket; a sum before it (``a + b|_{t=0}``:
all of it, or only b?) stays unread, and so does ``|_{a}^{b}`` at an infinite end. A bar
between two ends is the difference there (tests/test_post_evaluation_between_two_ends.py):
``t^2|_{t=0}^{1}`` was listed here as unclear while only points were read.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import verdict_of_row


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("bare", "paired"),
    [
        (r"M''(t)|_{t=0}", r"\left. M''(t) \right|_{t=0}"),
        (
            r"M''(t)|_{t=0} - (M'(t)|_{t=0})^2",
            r"\left. M''(t) \right|_{t=0} - \left(\left. M'(t) \right|_{t=0}\right)^2",
        ),
        (r"\frac{d}{dt} t^3 \Big|_{t=1}", r"\left. \frac{d}{dt} t^3 \right|_{t=1}"),
        (r"2 \frac{d}{dp} p^2 \vert_{p = q}", r"\left. 2 \frac{d}{dp} p^2 \right|_{p = q}"),
    ],
)
def test_a_bare_bar_with_a_point_is_the_value_there(bare, paired):
    assert _read(bare) == _read(paired)


@pytest.mark.parametrize(
    "text",
    [
        r"a + t^2|_{t=0}",
        r"x e^{-x^2}\Big|_{-\infty}^{+\infty}",
    ],
)
def test_a_bar_whose_scope_or_point_is_unclear_stays_unread(text):
    with pytest.raises(ValueError):
        _read(text)


def test_a_bar_between_two_named_ends_is_the_difference():
    import sympy as sp

    assert sp.simplify(_read(r"t^2|_{t=0}^{1}") - 1) == 0


def test_an_absolute_value_is_not_an_evaluation_bar():
    assert _read(r"|x - 1| + 2") == _read(r"\left| x - 1 \right| + 2")


def test_the_bare_bar_is_checked_as_the_paired_one_and_its_false_twin_is_not_proved(tmp_path):
    bare = "$$\\frac{d}{dt} (t^3 + t)\\Big|_{t=1} = 4$$\n"
    paired = "$$\\left.\\frac{d}{dt} (t^3 + t)\\right|_{t=1} = 4$$\n"
    got = verdict_of_row(tmp_path, bare, "t^3 + t")
    assert got != "unparsed"
    assert got == verdict_of_row(tmp_path, paired, "t^3 + t")
    twin = bare.replace("= 4", "= 3")
    assert verdict_of_row(tmp_path, twin, "t^3 + t") not in ("proved", "unparsed")
